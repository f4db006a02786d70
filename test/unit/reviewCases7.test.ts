/**
 * Cases from the seventh review of fresh drafts (会议通知, 专项整治方案, 起草说明,
 * 征求意见函, 报告; a provincial 方案 with CRLF, a Markdown 方案, a plan copied from a
 * PDF): each the smallest text that shows one behaviour.
 */
import * as assert from 'node:assert/strict';
import { UnitLexicon } from '../../src/core/lexicon/units';
import { parseDraft } from '../../src/core/parse/parse';
import { findDeadline } from '../../src/core/parse/quantity';
import { draftOf, only } from './helpers';

const applyFix = (text: string, fix: { range: { start: number; end: number }; text: string }) => text.slice(0, fix.range.start) + fix.text + text.slice(fix.range.end);

describe('review cases (seventh review)', () => {
  describe('a labelled clause with role words in it', () => {
    const units = (clause: string) =>
      parseDraft(`某县方案\n一、任务\n1.做事。${clause}\n`).documents[0].clauses.flatMap((c) => c.units.map((u) => `${u.role}:${u.name}`));

    it('gives the role words their groups and the label the rest', () => {
      assert.deepEqual(units('（责任单位：局办公室、食品经营监管股，县安监局配合）'), ['responsible:局办公室', 'responsible:食品经营监管股', 'cooperate:县安监局']);
      assert.deepEqual(units('（责任单位：县市场监管局牵头，县商务局、县公安局配合）'), ['lead:县市场监管局', 'cooperate:县商务局', 'cooperate:县公安局']);
    });
  });

  describe('the document a title names', () => {
    it('is not looked for in the corpus when a 说明 explains it, and is when a plan carries it out', () => {
      const note = draftOf(['关于《某市城市更新行动实施方案（征求意见稿）》的起草说明', '　　一、起草背景', '　　为推进城市更新，起草了本方案。']);
      assert.deepEqual(only(note, 'citation-unresolved'), []);
      const plan = draftOf(['某市贯彻落实《某省城市更新条例》的实施方案', '一、总体要求', '　　全面推进城市更新。']);
      assert.equal(only(plan, 'citation-unresolved').length, 1);
    });

    it('is one title when its period or stage stands on the next line', () => {
      const text = draftOf(['某区城市更新行动实施方案', '（2026—2030年）', '一、总体要求']);
      assert.equal(parseDraft(text).documents[0].header.title?.original, '某区城市更新行动实施方案（2026—2030年）');
      assert.equal(parseDraft('某县工作方案\n（征求意见稿）\n').documents[0].header.title?.original, '某县工作方案（征求意见稿）');
      // A clause on the line after a title is no part of it.
      assert.equal(parseDraft('某县工作方案\n（县发展改革委牵头）\n').documents[0].header.title?.original, '某县工作方案');
    });
  });

  describe('a plan of one year', () => {
    it('has its deadline in a month and day', () => {
      assert.equal(findDeadline('6月30日前，安装率达到100%'), '6月30日前');
      assert.equal(findDeadline('年底前全部整改到位'), '年底前');
      assert.equal(findDeadline('安装率达到100%'), undefined);
    });
  });

  describe('a chapter title led by a verb', () => {
    it('is a task chapter, not the background', () => {
      const text = draftOf(['某市工业化实施方案', '一、总体要求', '　　全面推进。', '二、主要目标', '　　到2027年，增加值达到500亿元。', '三、做强产业', '　　培育企业。（市工信局牵头）', '四、优化产业发展环境', '　　完善政策。（市发展改革委牵头）', '五、保障措施', '　　加强领导。']);
      assert.deepEqual(only(text, 'section-order'), []);
    });
  });

  describe('a plan copied from a PDF', () => {
    it('keeps its line break when the year range fix lands across it', () => {
      const text = '某县工作方案\n规划期为2026-\n2030年。\n';
      const [d] = only(text, 'year-range');
      assert.equal(applyFix(text, d.fix!), '某县工作方案\n规划期为2026—\n2030年。\n');
    });

    it('quotes a unit without the OCR space inside it', () => {
      const [d] = only('某区方案\n一、任务\n1.做事。（区 住建局牵头，区住建局配合）\n', 'responsible-unit-duplicate');
      assert.match(d.message, /“区住建局”/);
    });
  });

  describe('a report with 一. 二. under 三、存在问题', () => {
    it('reads them as sub-sections and suggests （一）', () => {
      const text = draftOf(['某县关于耕地保护工作情况的报告', '一、基本情况', '　　全县耕地保有量稳定。', '二、存在问题', '一.耕地压力较大。近年来占用增多。', '二.种粮效益偏低。受价格影响。', '三、下一步打算', '　　严格落实制度。']);
      assert.deepEqual(only(text, 'heading-sequence'), []);
      assert.deepEqual(only(text, 'empty-section'), []);
      const style = only(text, 'heading-style');
      assert.deepEqual(style.map((d) => d.fix?.text), ['（一）', '（二）']);
    });
  });

  describe('units of every day', () => {
    const lexicon = new UnitLexicon();
    it('know the stations of a county bureau and never suggest one unit for a collective', () => {
      assert.ok(lexicon.isKnown('城关市场监管所') && lexicon.isKnown('各市场监管所') && lexicon.isKnown('区文体旅游局'));
      assert.equal(lexicon.suggest('各市场监督所'), undefined);
    });

    it('offer the full name, not a shorter alias', () => {
      assert.equal(lexicon.suggest('市通信发展办公室'), '市通信发展管理办公室');
    });

    it('find an old name as the subject of any duty verb', () => {
      const [d] = only(draftOf(['某县关于春耕工作情况的报告', '一、主要做法', '　　县卫计委组织开展返乡健康服务。']), 'responsible-unit-outdated');
      assert.match(d.message, /县卫计委/);
    });
  });

  describe('a plan one department issues to its own offices', () => {
    const plan = (items: string[]) =>
      draftOf([
        '关于印发《某县餐饮场所燃气安全专项整治方案》的通知',
        '各市场监管所，局机关各股室：',
        '　　现将《某县餐饮场所燃气安全专项整治方案》印发给你们，请认真贯彻执行。',
        '某县市场监督管理局',
        '2026年4月24日',
        '某县餐饮场所燃气安全专项整治方案',
        '一、工作目标',
        '　　6月30日前，报警装置安装率达到100%。',
        '二、整治内容',
        ...items,
      ]);

    it('leaves items without a clause to the department', () => {
      const text = plan(['（一）检查燃气设施。重点检查灶具。（责任单位：各市场监管所）', '（二）督促落实主体责任。督促经营者建立制度。']);
      assert.deepEqual(only(text, 'responsible-unit-missing'), []);
    });

    it('is held to its clauses when it gives most items one', () => {
      const items = ['（一）检查设施。（责任单位：各市场监管所）', '（二）检查气瓶。（责任单位：食品经营监管股）', '（三）检查软管。（责任单位：各市场监管所）', '（四）开展培训。（责任单位：局办公室）', '（五）督促落实主体责任。督促经营者建立制度。'];
      assert.equal(only(plan(items), 'responsible-unit-missing').length, 1);
    });
  });
});
