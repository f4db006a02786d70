/**
 * Cases from the twelfth review: the target rules on the phrasings real target sections
 * use, each the smallest text that shows one behaviour.
 */
import * as assert from 'node:assert/strict';
import { findDeadline, findQuantities } from '../../src/core/parse/quantity';
import { MappedText } from '../../src/core/text/mapped';
import { parseDraft } from '../../src/core/parse/parse';
import { targetTables } from '../../src/core/reports/targets';
import { draftOf, lineOf, only } from './helpers';

const quantities = (s: string) => findQuantities(MappedText.of(s, 0, s.length)).map((q) => q.text);
const plan = (...targets: string[]) => draftOf(['某市制造业高质量发展实施方案', '一、总体要求', '（一）工作目标', ...targets.map((t) => `　　${t}`), '二、重点任务', '　　1.推进技术改造。（市工信局牵头）']);

describe('review cases (twelfth review: targets)', () => {
  describe('quantities', () => {
    it('read a magnitude before a measure word, a grade and a score', () => {
      assert.deepEqual(quantities('新增规上工业企业1万家，村卫生室1.2万个，新能源汽车10万辆'), ['1万家', '1.2万个', '10万辆']);
      assert.deepEqual(quantities('获评国家5A级旅游景区，考核得分90分以上，算力规模达到10EFlops'), ['5A级', '90分', '10EFlops']);
    });

    it('read a bare figure after a comparison or before 以上/以下', () => {
      assert.deepEqual(quantities('校际差异系数小学不高于0.50，PUE降至1.3以下'), ['不高于0.50', '降至1.3以下']);
      assert.deepEqual(quantities('城乡收入比缩小到2.1'), ['缩小到2.1']);
    });

    it('read all-or-none targets, ranks and counts in Chinese numerals, but not slogans or 一批', () => {
      assert.deepEqual(quantities('黑臭水体全部清零，安全事故零发生'), ['全部清零', '零发生']);
      assert.deepEqual(quantities('进入全省第一方阵，位居全省首位，争创全国百强县'), ['第一方阵', '首位', '百强']);
      assert.deepEqual(quantities('新增4A级旅游景区三家，新增学位两万个'), ['4A级', '三家', '两万个']);
      assert.deepEqual(quantities('形成全市一张网、一盘棋格局，培育一批龙头企业'), []);
    });

    it('try a run of digits from its first digit only (linear, not quadratic)', () => {
      const run = '达到' + '1'.repeat(200000) + '。';
      assert.equal(quantities(run).length, 1);
      // and a run of Chinese numerals with no measure word after it: none (it was cubic)
      assert.deepEqual(quantities('到2025年，' + '一'.repeat(200000) + '。'), []);
    });
  });

  it('reads 年内, 今年 and 三年累计 as deadlines', () => {
    assert.equal(findDeadline('年内新增企业100家'), '年内');
    assert.equal(findDeadline('今年新增企业100家'), '今年');
    assert.equal(findDeadline('三年累计新增企业100家'), '三年累计');
  });

  describe('target-unquantified', () => {
    it('warns on an unquantified target and not on the quantified forms', () => {
      const text = plan('到2027年，新增规上工业企业1万家。', '农村黑臭水体全部清零。', '进入全省第一方阵。', '营商环境显著提升。');
      assert.deepEqual(only(text, 'target-unquantified').map((d) => lineOf(text, d)), [7]);
    });

    it('reads a label line over the items as a lead-in (info)', () => {
      const text = plan('到2027年，新增企业100家。', '主要指标：', '新增学位4万个。');
      const found = only(text, 'target-unquantified');
      assert.deepEqual(found.map((d) => [lineOf(text, d), d.severity]), [[5, 'info']]);
    });

    it('reads 总体目标 before 具体目标 as the overview of the numbers below (info)', () => {
      const text = draftOf(['某县卫生健康工作方案', '一、总体要求', '（一）指导思想', '　　坚持以人民为中心。', '（二）总体目标', '　　县域医疗服务能力明显提升，群众就医更加便捷。', '（三）具体目标', '　　到2026年底，新建改造村卫生室120个。', '二、重点任务', '　　1.建设村卫生室。（县卫生健康局负责）']);
      assert.deepEqual(only(text, 'target-unquantified').map((d) => [lineOf(text, d), d.severity]), [[6, 'info']]);
    });

    it('checks the stages under 阶段目标 and 建设目标 headings', () => {
      const text = draftOf(['某市文旅融合发展行动计划', '一、总体要求', '（一）阶段目标', '　　中期（2026年）：重点文旅项目建设取得积极成效。', '二、重点任务', '　　1.建设项目。（市文旅局牵头）']);
      assert.equal(only(text, 'target-unquantified').length, 1);
    });
  });

  describe('target-no-deadline', () => {
    it('takes the period from a title with 十五五 or a year, and from the preamble', () => {
      const body = ['一、总体要求', '（一）工作目标', '　　新增企业100家。', '二、重点任务', '　　1.培育企业。（市工信局牵头）'];
      assert.deepEqual(only(draftOf(['某市“十五五”企业培育规划', ...body]), 'target-no-deadline'), []);
      assert.deepEqual(only(draftOf(['2025年全市企业培育工作要点', ...body]), 'target-no-deadline'), []);
      assert.deepEqual(only(draftOf(['某市企业培育实施方案', '　　力争用三年时间（2025—2027年），培育一批骨干企业，制定本方案。', ...body]), 'target-no-deadline'), []);
      assert.equal(only(draftOf(['某市企业培育实施方案', ...body]), 'target-no-deadline').length, 1);
    });
  });

  it('names the indicators of the targets report without the words around them', () => {
    const text = plan('到2027年，规上工业单位增加值能耗比2020年下降18%，省级智能工厂200个、数字化车间500个，营业收入突破6万亿元。', '数据中心电能利用效率（PUE）：1.3以下。');
    const [table] = targetTables(parseDraft(text));
    assert.deepEqual(
      table.indicators.map((i) => [i.indicator, i.valueText, i.unit ?? '', i.comparator ?? '', i.direction]),
      [
        ['规上工业单位增加值能耗', '18%', '%', '', 'down'],
        ['省级智能工厂', '200个', '个', '', 'up'],
        ['数字化车间', '500个', '个', '', 'up'],
        ['营业收入', '6万亿元', '万亿元', '突破', 'up'],
        ['数据中心电能利用效率(PUE)', '1.3以下', '', '以下', 'down'],
      ],
    );
  });

  it('reads the 牵头单位/配合单位/完成时限 lines under a target of a 分工方案 as no targets', () => {
    const text = draftOf(['某市重点任务分工方案', '一、主要预期目标', '　　1.地区生产总值增长6%左右。', '　　牵头单位：市发展改革委', '　　配合单位：市统计局', '　　完成时限：2026年底', '二、重点任务', '　　1.推进项目建设。（市发展改革委牵头）']);
    assert.deepEqual(only(text, 'target-unquantified'), []);
  });

  it('lists a target with no figure in the targets report, and reads 压缩至…以内 and 不高于 as limits', () => {
    const text = plan('到2026年，企业开办时间压缩至1个工作日以内，数据中心PUE不高于1.25，城市建成区绿地率达到40%，农村黑臭水体全部清零。');
    const [table] = targetTables(parseDraft(text));
    assert.deepEqual(
      table.indicators.map((i) => [i.indicator, i.valueText, i.unit ?? '', i.comparator ?? '', i.direction]),
      [
        ['企业开办时间', '1个工作日', '个工作日', '以内', 'down'],
        ['数据中心PUE', '不高于1.25', '', '不高于', 'down'],
        ['城市建成区绿地率', '40%', '%', '', 'up'],
        ['农村黑臭水体', '全部清零', '', '', 'up'],
      ],
    );
  });
});
