/**
 * Cases from the fourteenth review: citations and the GB/T 9704 header on realistic
 * text, against the bundled seeds; each the smallest text that shows one behaviour.
 */
import * as assert from 'node:assert/strict';
import { sameEdition } from '../../src/core/corpus/titleMatch';
import { officialTitle } from '../../src/core/corpus/resolveCitation';
import { UnitLexicon } from '../../src/core/lexicon/units';
import { isTableRow } from '../../src/core/parse/lineKinds';
import { parseDraft } from '../../src/core/parse/parse';
import { targetTables } from '../../src/core/reports/targets';
import { normalizeTitle } from '../../src/core/text/normalizeTitle';
import { draftOf, lintText, only } from './helpers';

const applyFix = (text: string, fix: { range: { start: number; end: number }; text: string }) => text.slice(0, fix.range.start) + fix.text + text.slice(fix.range.end);
const citing = (...titles: string[]) => draftOf(['某市实施方案', '一、总体要求', ...titles.map((t) => `　　根据${t}，制定本方案。`)]);

describe('review cases (fourteenth review: citations and header)', () => {
  describe('editions', () => {
    const same = (a: string, b: string, period?: string) => sameEdition(normalizeTitle(a), normalizeTitle(b), period);

    it('read 十五五 as its years: a corpus plan with no period is another edition', () => {
      assert.equal(same('甘肃省“十五五”新材料产业发展规划', '甘肃省新材料产业发展规划'), false);
      assert.equal(same('“十四五”兰州经济圈发展规划', '兰州经济圈发展规划（2021—2025年）'), true);
    });

    it('take ranges sharing one year for two editions, and a range inside the other for a slip', () => {
      assert.equal(same('甘肃省强县域行动实施方案（2025—2027年）', '甘肃省强县域行动实施方案（2022—2025年）'), false);
      assert.equal(same('甘肃省强县域行动实施方案（2022—2024年）', '甘肃省强县域行动实施方案（2022—2025年）'), true);
    });

    it('leave a next edition of a seed unfixed', () => {
      const text = citing('《甘肃省“十五五”新材料产业发展规划》', '《甘肃省强县域行动实施方案（2025—2027年）》');
      assert.deepEqual(only(text, 'citation-title-mismatch'), []);
    });
  });

  describe('the title a fix writes', () => {
    it('has 〈〉 inside and no crawled spaces around brackets or before 关于', () => {
      assert.equal(
        officialTitle('中共甘肃省委办公厅 甘肃省人民政府办公厅 关于印发《甘肃省强县域行动实施方案 （2022—2025年）》的通知'),
        '中共甘肃省委办公厅 甘肃省人民政府办公厅关于印发〈甘肃省强县域行动实施方案（2022—2025年）〉的通知',
      );
    });

    it('is not offered when the cited title was cut at the wrong 》', () => {
      const text = citing('《关于印发〈“十四五”兰州经济圈发展规划》的通知》');
      assert.deepEqual(only(text, 'citation-title-mismatch'), []);
      assert.equal(only(text, 'citation-brackets').length, 1);
    });
  });

  it('declares an alias after the 文号, in one bracket or in its own', () => {
    const text = citing('《甘肃省新材料产业发展规划》（甘政发〔2023〕73号，以下简称《新材料规划》）和《“十四五”兰州经济圈发展规划》（甘政办发〔2021〕93号）（以下简称《经济圈规划》）', '《新材料规划》《经济圈规划》');
    const aliases = parseDraft(text).documents[0].citations.filter((c) => c.aliasDeclared).map((c) => c.aliasDeclared!.alias);
    assert.deepEqual(aliases, ['新材料规划', '经济圈规划']);
    assert.deepEqual(only(text, 'citation-unresolved'), []);
  });

  it('keeps the magnitude whole in a number range: 1～2万亿元 → 1万亿～2万亿元', () => {
    const text = draftOf(['某市规划', '　　地区生产总值达到1～2万亿元。']);
    const [d] = only(text, 'number-range');
    assert.ok(applyFix(text, d.fix!).includes('1万亿～2万亿元'));
  });

  describe('a 批复', () => {
    const reply = (addressee: string) =>
      draftOf(['张掖市人民政府关于临泽县国土空间总体规划（2021—2035年）的批复', addressee, '　　你县《关于审批〈临泽县国土空间总体规划（2021—2035年）〉的请示》收悉。现批复如下：', '　　一、原则同意《临泽县国土空间总体规划（2021—2035年）》。', '张掖市人民政府', '2026年3月5日']);

    it('reads its one addressee without a colon as the addressee', () => {
      assert.equal(parseDraft(reply('临泽县人民政府')).documents[0].header.addressee?.text.text, '临泽县人民政府');
      assert.equal(only(reply('临泽县人民政府'), 'addressee-format').length, 1);
      assert.deepEqual(only(reply('临泽县人民政府：'), 'addressee-format'), []);
    });

    it('does not look for the plan it approves in the corpus', () => {
      assert.deepEqual(lintText(reply('临泽县人民政府：')).diagnostics.filter((d) => d.ruleId === 'citation-unresolved'), []);
    });
  });

  it('reports a 发文字号 with its year cut to two digits or written with 年', () => {
    const text = draftOf(['某县人民政府办公室关于印发方案的通知', '县政办发〔26〕12号', '', '各乡镇人民政府：', '　　根据甘政发2026年12号文件精神，2026年12号台风过境后，现印发。', '', '某县人民政府办公室', '2026年3月5日']);
    const found = only(text, 'doc-number-format');
    assert.deepEqual(found.map((d) => d.fix?.text), ['〔2026〕12号', '〔2026〕12号']);
    assert.match(found[1].message, /甘政发2026年12号.*甘政发〔2026〕12号/);
  });

  describe('drafts from other provinces (sixteenth review)', () => {
    it('know the units of 浙江, 四川 and 广西 drafts', () => {
      const lexicon = new UnitLexicon();
      for (const name of ['省文化广电旅游厅', '省人力社保厅', '县邮政分公司', '区文化广电体育和旅游局', '区商务和投资促进局', '武警四川省总队', '县公路事业发展中心', '宜宾学院', '四川轻化工大学宜宾校区', '县中药材产业发展中心']) {
        assert.ok(lexicon.isKnown(name), name);
      }
    });

    it('take the 林业局 of a province as current, of a county as likely outdated', () => {
      const lexicon = new UnitLexicon();
      assert.equal(lexicon.outdated('省林业局'), undefined);
      assert.equal(lexicon.outdated('县林业局')?.confidence, 'likely');
    });

    it('read 预案 sections whose title starts with the character of a measure word as decimal headings', () => {
      const text = draftOf(['某县防汛抗旱应急预案', '1　总则', '1.1　编制目的', '2　人员转移安置', '2.1　名词术语', '2.2　次生灾害防范', '3　附则']);
      assert.deepEqual(parseDraft(text).documents[0].decimalHeadings.map((d) => d.path.join('.')), ['1', '1.1', '2', '2.1', '2.2', '3']);
      assert.deepEqual(only(text, 'heading-sequence'), []);
    });

    it('name a pace after an indicator by that indicator in the targets report', () => {
      const text = draftOf(['某县商业体系建设实施方案', '一、总体要求', '（一）工作目标', '　　到2027年，农产品网络零售额突破50亿元，年均增长10%以上。', '二、重点任务', '　　1.建设网点。（县商务局牵头）']);
      const [table] = targetTables(parseDraft(text));
      assert.deepEqual(table.indicators.map((i) => i.indicator), ['农产品网络零售额', '农产品网络零售额（年均增长）']);
    });

    it('read an indicator row with a 顿号 in a cell as a table row, not a target sentence', () => {
      assert.ok(isTableRow('环境质量 3 国、省控地表水断面水质优良比例 % 94.7 ≥95 约束性'));
      assert.ok(!isTableRow('加强 国、省 道路 建设'));
    });
  });

  it('joins 20 000 unpunctuated lines into one paragraph without reading the growing text at each line', () => {
    const lines = Array.from({ length: 20000 }, (_, i) => `第${i}项重点工作内容`);
    const draft = parseDraft(draftOf(['某市实施方案', '一、重点任务', ...lines]));
    assert.equal(draft.paragraphs.length, 3);
  });
});
