/**
 * Cases from the ninth review: genres the tool had seen little of (重点任务分工方案,
 * 考核办法, 申报指南, 通告), each the smallest text that shows one behaviour.
 */
import * as assert from 'node:assert/strict';
import { UnitLexicon } from '../../src/core/lexicon/units';
import { parseDraft } from '../../src/core/parse/parse';
import { responsibilityMatrices } from '../../src/core/reports/responsibility';
import { draftOf, lineContaining, lineOf, lintText, only } from './helpers';

const applyFix = (text: string, fix: { range: { start: number; end: number }; text: string }) => text.slice(0, fix.range.start) + fix.text + text.slice(fix.range.end);

describe('review cases (ninth review)', () => {
  describe('a 分工方案 with its units on label lines', () => {
    const text = draftOf([
      '某市重点任务分工方案',
      '一、提升政务服务效能',
      '　　1.深化“一网通办”改革。推动政务服务事项全部网上可办。',
      '　　牵头单位：市政务服务中心',
      '　　完成时限：2027年12月底前',
      '　　配合单位：市数据局，各县（区）人民政府',
      '　　2.推行“高效办成一件事”。新增主题服务事项不少于15项。',
      '　　牵头单位：市政务服务中心',
      '　　配合单位：市市场监管局、市住建局',
      '　　3.规范政务服务中介。公布保留的中介服务事项清单。',
      '　　配合单位：市发展改革委',
      '二、工作要求',
      '　　各牵头单位要细化措施，按时完成。',
    ]);

    it('reads the 牵头单位 and 配合单位 lines of one item as one clause', () => {
      assert.deepEqual(only(text, 'responsible-unit-no-lead').map((d) => lineOf(text, d)), [lineContaining(text, '配合单位：市发展改革委')]);
      const [matrix] = responsibilityMatrices(parseDraft(text), new UnitLexicon());
      assert.deepEqual(matrix.tasks.map((t) => t.noLead), [false, false, true]);
      assert.equal(matrix.tasks[0].cells['市政务服务中心'], '牵头');
      assert.equal(matrix.tasks[0].cells['市数据局'], '配合');
    });

    it('needs no 总体要求 or 目标 of its own', () => {
      assert.deepEqual(only(text, 'required-section'), []);
      assert.deepEqual(only(draftOf(['某县乡村振兴责任清单', '一、产业发展', '　　1.发展特色产业。（县农业农村局负责）']), 'required-section'), []);
    });
  });

  it('knows 市直各行政执法部门 as a collective of units', () => {
    assert.ok(new UnitLexicon().isKnown('市直各行政执法部门'));
  });

  it('reads a task table row with no unit in its unit cells as a task no unit is responsible for', () => {
    const text = draftOf(['某市工作方案', '一、主要任务', '序号\t重点任务\t牵头单位\t配合单位\t完成时限', '1\t建设政务平台。\t市数据局\t市财政局\t2027年底', '2\t规范中介服务。\t\t—\t2027年6月', '3\t完善制度。\t市发展改革委\t\t2027年9月']);
    const found = only(text, 'responsible-unit-missing');
    assert.deepEqual(found.map((d) => lineOf(text, d)), [5]);
    assert.match(found[0].message, /规范中介服务/);
  });

  describe('an attachment note', () => {
    it('lists an attachment whose name starts with a year on a line of its own', () => {
      const text = draftOf(['某市科学技术局关于申报项目的通知', '各县区科技局：', '　　现将有关事项通知如下。', '', '附件：1.2027年度项目申报书', '　　　2.2027年度项目汇总表', '', '某市科学技术局', '2027年1月5日']);
      assert.deepEqual(only(text, 'attachment-format'), []);
      assert.equal(parseDraft(text).documents[0].header.attachmentNote?.length, 2);
    });
  });

  describe('empty-section', () => {
    it('reads sentences set as headings, all standing alone, as a list in a document with no standard sections', () => {
      const text = draftOf(['某县人民政府关于加强燃放烟花爆竹管理的通告', '一、禁放区域', '　　城区全域。', '二、有关事项', '（一）禁止在禁放区域燃放烟花爆竹。', '（二）禁止销售非法烟花爆竹。', '特此通告。']);
      assert.deepEqual(only(text, 'empty-section'), []);
    });

    it('still reports the safeguard sections of a plan left unwritten', () => {
      const text = draftOf(['某市工作方案', '一、总体要求', '　　坚持问题导向。', '二、保障措施', '（一）加强组织领导。', '（二）强化督查考核。']);
      assert.equal(only(text, 'empty-section').length, 2);
    });
  });

  describe('year-range on spans of days and hours', () => {
    const text = draftOf(['某县公安局关于交通管制的通告', '　　一、管制时间为2027年5月1日-5月3日每日7：00-19：00，5月4-6日另行通知。', '　　二、咨询电话：0931-8888888，3月1日至3月5日8:30—12:00受理。']);

    it('asks for the 一字线 and fixes the mark alone', () => {
      const found = only(text, 'year-range');
      assert.deepEqual(
        found.map((d) => d.message),
        ['日期区间“5月1日-5月3日”应使用一字线：“5月1日—5月3日”', '时间区间“7：00-19：00”应使用一字线：“7：00—19：00”', '日期区间“5月4-6日”应使用一字线：“5月4—6日”'],
      );
      const fixed = found.reduceRight((t, d) => applyFix(t, d.fix!), text);
      assert.ok(fixed.includes('2027年5月1日—5月3日每日7：00—19：00，5月4—6日另行通知'));
      assert.ok(fixed.includes('0931-8888888'));
    });
  });

  describe('responsibility clauses as real plans write them', () => {
    const plan = (clause: string) => draftOf(['某市卫生健康工作方案', '一、重点任务', `　　1.推进医疗服务。完善工作机制。${clause}`]);
    const units = (clause: string) => parseDraft(plan(clause)).documents[0].clauses.flatMap((c) => c.units.map((u) => `${u.name}:${u.role}`));

    it('end the unit list at a 完成时限 set off by a space', () => {
      assert.deepEqual(units('（责任单位：市税务局　完成时限：2027年6月底）'), ['市税务局:responsible']);
      assert.deepEqual(units('（牵头单位：市卫生健康委 配合单位：市医保局 完成时限：2026年底）'), ['市卫生健康委:lead', '市医保局:cooperate']);
      assert.deepEqual(only(plan('（责任单位：市税务局　完成时限：2027年6月底）'), 'responsible-unit-missing'), []);
    });

    it('keep a 责任领导 first in the clause out of the units', () => {
      assert.deepEqual(units('（责任领导：李志刚；责任科室：地质勘查管理科；配合单位：各县区自然资源局）'), ['地质勘查管理科:responsible', '各县区自然资源局:cooperate']);
    });

    it('read 牵头抓总, 协同 and 主责 as roles, and split at 和 after a unit name only', () => {
      assert.deepEqual(units('（市卫生健康委牵头抓总，市医保局、市财政局和各县区政府配合）'), ['市卫生健康委:lead', '市医保局:cooperate', '市财政局:cooperate', '各县区政府:cooperate']);
      assert.deepEqual(units('（市卫生健康委牵头，市医保局协同）'), ['市卫生健康委:lead', '市医保局:cooperate']);
      assert.deepEqual(units('（县发展和改革局牵头，各乡镇党委和政府配合）'), ['县发展和改革局:lead', '各乡镇党委和政府:cooperate']);
    });
  });

  it('ends an attachment note before the 发文机关署名 on the next line', () => {
    const text = draftOf(['某县人民政府办公室关于印发某县垃圾治理工作方案的通知', '各乡镇人民政府，县直各部门：', '　　现印发给你们，请认真贯彻执行。', '　　附件：某县垃圾治理工作方案', '某县人民政府办公室', '2024年5月20日']);
    const header = parseDraft(text).documents[0].header;
    assert.deepEqual(header.attachmentNote?.map((p) => p.text.text), ['附件:某县垃圾治理工作方案']);
    assert.equal(header.signature?.text.text, '某县人民政府办公室');
  });

  describe('a PDF copy', () => {
    const plan = [
      '某市优化营商环境行动计划',
      '一、总体要求',
      '　　以习近平新时代中国特色社会主义思想为指导，坚持以企业和群众需求为导向，对',
      '',
      '— 1 —',
      '某市优化营商环境行动计划',
      '标国内先进地区，推动营商环境持续优化提升。',
      '二、重点任务',
      '　　1.清理市场准入隐性壁垒。全面排查。（市发展改革委牵头，市市场监管局、',
      '第2页 共3页',
      '市商务局配合）',
      '　　2.提升审批效率。压减审批时间。',
      '三、保障措施',
      '　　加强组织领导。',
    ];

    it('reads across page numbers and the running header after them, as one text', () => {
      const draft = parseDraft(draftOf(plan));
      assert.equal(draft.documents.length, 1);
      assert.ok(draft.paragraphs.some((p) => p.text.text.endsWith('对标国内先进地区,推动营商环境持续优化提升。')));
      const text = draftOf(plan);
      assert.deepEqual(only(text, 'clause-brackets'), []);
      assert.deepEqual(only(text, 'responsible-unit-missing').map((d) => lineOf(text, d)), [12]);
      assert.deepEqual(only(text, 'target-unquantified'), []);
    });

    it('but a title first seen after a page number starts a document', () => {
      const text = draftOf(['某市人民政府关于印发某市行动计划的通知', '各县区人民政府：', '　　现将《某市行动计划》印发给你们。', '某市人民政府', '2024年4月12日', '', '— 1 —', '某市行动计划', '一、总体要求', '　　坚持稳中求进。']);
      assert.equal(parseDraft(text).documents.length, 2);
    });
  });

  describe('Markdown drafts', () => {
    it('read bold run-in headings and - list items as headings', () => {
      const text = draftOf(['# 某县垃圾治理工作方案', '', '# 一、总体要求', '', '**（一）工作思路。**坚持政府主导。', '', '**（二）工作目标。**到2025年处理率达到95%。', '', '# 二、主要任务', '', '- （1）完善设施。（县住建局负责）', '- （3）推进减量。（县住建局负责）']);
      const doc = parseDraft(text, { format: 'markdown' }).documents[0];
      assert.deepEqual(doc.headings.map((h) => h.marker), ['一、', '（一）', '（二）', '二、', '（1）', '（3）']);
      assert.equal(doc.headings[1].title, '工作思路');
      const gap = lintText(text, { format: 'markdown' }).diagnostics.filter((d) => d.ruleId === 'heading-sequence');
      assert.deepEqual(gap.map((d) => lineOf(text, d)), [12]);
    });

    it('take a ## title after the notice, and the period on the line under a # title', () => {
      const text = draftOf(['# 某市人民政府关于印发某市实施方案的通知', '', '各县区人民政府：', '', '现将《某市实施方案》印发给你们。', '', '某市人民政府', '', '2024年3月8日', '', '## 某市实施方案', '', '一、总体要求', '', '坚持稳中求进。']);
      const draft = parseDraft(text, { format: 'markdown' });
      assert.deepEqual(draft.documents.map((d) => d.header.title?.text), ['某市人民政府关于印发某市实施方案的通知', '某市实施方案']);
      const titled = parseDraft(draftOf(['# 某市行动计划', '（2024—2026年）', '', '一、总体要求']), { format: 'markdown' });
      assert.equal(titled.documents[0].header.title?.text, '某市行动计划(2024—2026年)');
    });
  });

  it('skips the widgets of a government web page', () => {
    const text = draftOf(['【字体：大 中 小】　【打印本页】　【关闭窗口】', '分享到：', '某县工作方案', '一、总体要求', '　　坚持稳中求进。', '扫一扫在手机打开当前页', '主办：某县人民政府办公室　　网站标识码：6201000001']);
    assert.deepEqual([...parseDraft(text).junkLines].sort(), [0, 1, 5, 6]);
  });

  describe('punctuation', () => {
    const notice = (body: string) => draftOf(['某县关于做好工作的通知', '各乡镇:', `　　${body}`, '', '附件:某县方案']);

    it('counts a mark after a short ASCII run that follows Chinese, and leaves the header colons to their rules', () => {
      const text = notice('推进5G,2024年完成"指尖办",2025年推广,共1,000人,比例1:1。');
      const found = lintText(text).diagnostics.filter((d) => d.ruleId === 'punctuation-width');
      assert.deepEqual(found.map((d) => [lineOf(text, d), d.message]), [[3, '本段有 4 处半角标点（如“,”），中文应使用全角标点']]);
      assert.equal(only(text, 'addressee-format').length, 1);
      assert.equal(only(text, 'attachment-format').length, 1);
    });

    it('pairs the ASCII double quotes of a paragraph that has no other quotes', () => {
      const text = notice('推行"一网通办""跨省通办"。');
      const [d] = only(text, 'quote-pairs');
      assert.ok(applyFix(text, d.fix!).includes('推行“一网通办”“跨省通办”。'));
      const [mixed] = only(notice('推行"一网通办"和“跨省通办"。'), 'quote-pairs');
      assert.equal(mixed.fix, undefined);
    });

    it('closes a half-width clause bracket with a matching pair', () => {
      const text = draftOf(['某市实施方案', '一、重点任务', '　　1.发展软件业。建设软件产业园。(市工信局牵头，市科技局配合']);
      const [d] = only(text, 'clause-brackets');
      assert.ok(applyFix(text, d.fix!).includes('（市工信局牵头，市科技局配合）'));
    });
  });

  it('gives a parent item one row in the matrix, for its own clause, whether its sub-items have clauses or not', () => {
    const text = draftOf([
      '某市养老服务工作方案',
      '一、重点任务',
      '1.发展社区嵌入式养老。建设设施20个。（市民政局牵头，市住建局配合）',
      '（1）开展设施普查。摸清底数。',
      '（2）推进项目建设。每个县区建成3个。',
      '2.推进智慧养老。建设市级平台。（市民政局牵头，市数据局配合）',
      '（1）建设平台。（市数据局牵头，市民政局配合）',
      '（2）推广应用。（各县区政府负责）',
    ]);
    const [matrix] = responsibilityMatrices(parseDraft(text), new UnitLexicon());
    assert.deepEqual(matrix.tasks.map((t) => `${t.marker}${t.title}`), ['1.发展社区嵌入式养老', '2.推进智慧养老', '（1）建设平台', '（2）推广应用']);
    assert.deepEqual(matrix.tasks[0].cells, { 市民政局: '牵头', 市住建局: '配合' });
    assert.deepEqual(matrix.units.find((u) => u.name === '市住建局'), { name: '市住建局', lead: 0, cooperate: 1, responsible: 0, onlyCooperates: true });
  });

  describe('units a sentence names, read further', () => {
    const plan = (sentence: string) => draftOf(['某县安全生产工作方案', '一、重点任务', `　　1.开展专项整治。${sentence}`]);

    it('give the verb to every name of a list before it', () => {
      const found = only(plan('县食药监局、县工商局要加强市场巡查。（县市场监管局负责）'), 'responsible-unit-outdated');
      assert.deepEqual(found.map((d) => d.message.slice(0, 7)), ['“县食药监局”', '“县工商局”是']);
    });

    it('read a duty entry after a full stop, not only first in the paragraph', () => {
      const text = plan('全面排查企业隐患。县安监局：负责统筹协调。');
      assert.equal(only(text, 'responsible-unit-outdated').length, 1);
      assert.deepEqual(only(text, 'responsible-unit-missing'), []);
    });
  });

  it('keeps 中央、省驻X有关单位 one collective', () => {
    const text = draftOf(['某县工作方案', '一、重点任务', '　　1.优化服务。推行一网通办。（县政务服务中心牵头，中央、省驻县有关单位配合）']);
    assert.deepEqual(parseDraft(text).documents[0].clauses[0].units.map((u) => u.name), ['县政务服务中心', '中央、省驻县有关单位']);
    assert.deepEqual(only(text, 'responsible-unit-unknown'), []);
  });

  it('gives each row of a task table its row in the matrix, and none to the heading over it', () => {
    const text = draftOf(['某市重点任务分工方案', '一、重点任务分工', '序号\t重点任务\t牵头单位\t配合单位\t完成时限', '1\t推行“高效办成一件事”\t市政务服务中心\t市数据局\t2026年底', '2\t开展涉企收费清理\t\t\t2026年9月']);
    const [matrix] = responsibilityMatrices(parseDraft(text), new UnitLexicon());
    assert.deepEqual(matrix.tasks.map((t) => [`${t.marker}${t.title}`, t.coverage]), [['1 推行“高效办成一件事”', 'own'], ['2 开展涉企收费清理', 'none']]);
    assert.deepEqual(matrix.tasks[0].cells, { 市政务服务中心: '牵头', 市数据局: '配合' });
  });

  it('asks for the 一字线 in a span of hours or months with no year in the paragraph', () => {
    const text = draftOf(['某县关于延长服务时间的通知', '　　每日9:00-17:00受理，5月-10月开放。']);
    assert.deepEqual(only(text, 'year-range').map((d) => d.message), ['时间区间“9:00-17:00”应使用一字线：“9:00—17:00”', '日期区间“5月-10月”应使用一字线：“5月—10月”']);
  });

  it('counts a body with two plaques once in the matrix', () => {
    const text = draftOf(['某县乡村振兴工作方案', '一、重点任务', '　　1.发展特色产业。建设基地5个。（县农业农村局（县乡村振兴局）牵头，县财政局配合）']);
    const [matrix] = responsibilityMatrices(parseDraft(text), new UnitLexicon());
    assert.deepEqual(matrix.tasks[0].cells, { 县农业农村局: '牵头', 县财政局: '配合' });
    assert.deepEqual(only(text, 'responsible-unit-outdated'), []);
  });
});
