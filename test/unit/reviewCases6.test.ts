/**
 * Cases from the sixth review of fresh drafts (管理办法, 应急预案, 工作要点, 转发 notices,
 * a 市委 市政府 实施意见, a 规划纲要 with 篇, a short 工作通知): each the smallest text
 * that shows one behaviour.
 */
import * as assert from 'node:assert/strict';
import { UnitLexicon } from '../../src/core/lexicon/units';
import { isTableRow } from '../../src/core/parse/lineKinds';
import { parseDraft } from '../../src/core/parse/parse';
import { draftOf, only } from './helpers';

describe('review cases (sixth review)', () => {
  describe('a 规划纲要 that groups its chapters in 篇', () => {
    const outline = draftOf([
      '某县国民经济和社会发展第十五个五年规划纲要',
      '第一篇　开启新征程',
      '第一章　发展基础和发展环境',
      '　　“十四五”时期，全县经济总量稳步增长。',
      '第二章　总体要求',
      '第一节　指导思想',
      '　　以习近平新时代中国特色社会主义思想为指导。',
      '第二节　发展目标',
      '　　到2030年，地区生产总值达到300亿元。',
      '第二篇　建设现代化产业体系',
      '第三章　做强特色产业',
      '　　培育龙头企业20家。',
      '第三篇　保障措施',
      '第五章　加强规划实施保障',
      '　　健全规划实施机制。',
    ]);

    it('finds the standard sections in its 章', () => {
      assert.deepEqual(only(outline, 'required-section'), []);
      assert.deepEqual(only(outline, 'section-order'), []);
    });

    it('runs its 章 on from one 篇 to the next, and only so', () => {
      const [d] = only(outline, 'heading-sequence');
      assert.match(d.message, /应为“第四章”，实为“第五章”/);
    });
  });

  describe('an indicator table row pasted as text', () => {
    it('is a header row by its shape, with columns of its own', () => {
      assert.ok(isTableRow('类别 指标 2025年 2030年 年均增长[累计] 属性'));
      assert.ok(!isTableRow('到2030年 全县 生产总值 显著提升'));
    });
  });

  describe('a target paragraph naming the 2035 vision as its basis', () => {
    it('is the lead-in, not the vision', () => {
      const text = draftOf(['某县发展规划', '一、发展目标', '　　锚定2035年远景目标，今后五年要努力实现以下主要目标。', '　　到2030年，地区生产总值达到300亿元。']);
      const [d] = only(text, 'target-unquantified');
      assert.match(d.message, /引导段/);
    });
  });

  describe('an ASCII quote closing a Chinese one', () => {
    it('is one finding, not also an unbalanced pair', () => {
      const found = only(draftOf(['某市工作方案', '　　开展“无废城市"建设。']), 'quote-pairs');
      assert.deepEqual(found.map((d) => d.message.includes('英文引号')), [true]);
    });
  });

  describe('a regulation cited twice', () => {
    it('is reported once, at its first citation', () => {
      const found = only(draftOf(['某县森林火灾应急预案', '　　依据《森林防火条例》，制定本预案。', '　　按照《森林防火条例》规定执行。']), 'citation-unresolved');
      assert.equal(found.length, 1);
    });
  });

  describe('an emergency plan (预案) with decimal headings', () => {
    const plan = draftOf([
      '某县人民政府办公室关于印发某县森林火灾应急预案的通知',
      '各乡镇人民政府：',
      '　　现将《某县森林火灾应急预案》印发给你们。',
      '某县人民政府办公室',
      '2026年3月20日',
      '某县森林火灾应急预案',
      '1　总则',
      '5　预警和信息报告',
      '5.2　信息报告',
      '　　发生森林火灾后，乡镇人民政府应当在30分钟内报告。',
      '6.2　响应措施',
      '　　县安监局：负责指导协调危险化学品企业的安全防护工作。',
      '（1）组织有关成员单位和专家进行会商；',
    ]);

    it('is one document under its notice, its decimal headings no titles', () => {
      assert.deepEqual(parseDraft(plan).documents.map((d) => d.header.title?.text), ['某县人民政府办公室关于印发某县森林火灾应急预案的通知', '某县森林火灾应急预案']);
      assert.deepEqual(only(plan, 'responsible-unit-missing'), []);
    });

    it('gets responsible-unit-outdated on an entry of its duty list', () => {
      const [d] = only(plan, 'responsible-unit-outdated');
      assert.match(d.message, /县安监局/);
    });
  });

  describe('a department\'s 工作要点', () => {
    const points = (extra: string[]) =>
      draftOf([
        '某市自然资源局2026年工作要点',
        '一、严格耕地保护',
        '（一）落实耕地保护党政同责。开展耕地保护责任目标考核。（责任科室：耕地保护监督科，配合科室：法规科）',
        '（二）加强占补平衡管理。（责任领导：李志刚；责任科室：国土空间生态修复科）',
        '（三）整治违法占地。（责任科室：执法监察支队、法规科、执法监察支队）',
        '（四）推进高标准农田建设。（责任科室：耕地保护监督科，配合单位：市农业农村局）',
        ...extra,
      ]);

    it('reads 责任科室 and 配合科室 as clause labels, and the leader as no unit', () => {
      const units = parseDraft(points([])).documents[0].clauses.flatMap((c) => c.units.map((u) => u.name));
      assert.ok(!units.includes('李志刚') && !units.some((u) => u.startsWith('责任')), units.join(' '));
      assert.deepEqual(only(points([]), 'responsible-unit-unknown'), []);
      assert.equal(only(points([]), 'responsible-unit-duplicate').length, 1);
    });

    it('holds itself to its own clauses: an item without one is reported', () => {
      const found = only(points(['（五）保障重点项目用地。建立重点项目用地清单。']), 'responsible-unit-missing');
      assert.equal(found.length, 1);
      assert.match(found[0].message, /保障重点项目用地/);
    });

    it('reads a 责任领导…责任科室… line under an item as its clause', () => {
      const text = points(['（五）抓好安全生产。落实安全生产责任制。', '责任领导：王建军　责任科室：办公室']);
      assert.deepEqual(only(text, 'responsible-unit-missing'), []);
    });

    it('knows a department\'s own offices, and no unit under a jurisdiction by that shape alone', () => {
      const lexicon = new UnitLexicon();
      assert.ok(lexicon.isKnown('耕地保护监督科') && lexicon.isKnown('机关党委') && lexicon.isKnown('市委文明办'));
      assert.ok(!lexicon.isKnown('市耕地保护监督科'));
    });
  });

  describe('a short 工作通知 with a single attachment', () => {
    it('numbers it not at all, and the fix takes the number out', () => {
      const text = draftOf(['某县人民政府办公室关于做好2026年防汛工作的通知', '各乡镇人民政府：', '　　现将有关事项通知如下。', '　　附件：1、防汛工作责任人回执表', '某县人民政府办公室', '2026年4月8日']);
      const [d] = only(text, 'attachment-format');
      assert.ok(d.fix);
      const fixed = text.slice(0, d.fix.range.start) + d.fix.text + text.slice(d.fix.range.end);
      assert.match(fixed, /附件：防汛工作责任人回执表/);
    });
  });

  describe('a 办法 written in articles', () => {
    const rules = draftOf([
      '某市城市户外广告设施设置管理办法',
      '第一章　总则',
      '第一条　为了规范户外广告设施设置，制定本办法。',
      '第二条　本办法适用于本市城市规划区。',
      '第二章　设置管理',
      '第三条　有下列情形之一的，不得设置户外广告设施：',
      '（一）利用交通安全设施的；',
      '（二）影响消防设施使用的。',
      '第五条　设置人应当提交下列材料：',
      '（一）设置申请书；',
      '（二）场地使用权证明。',
      '第六条　本办法自2026年5月1日起施行。',
    ]);

    it('has its articles in order, numbered straight through its chapters', () => {
      assert.deepEqual(parseDraft(rules).documents[0].articles.map((a) => a.number), [1, 2, 3, 5, 6]);
      const found = only(rules, 'heading-sequence');
      assert.deepEqual(found.map((d) => d.message), ['序号不连续：此处应为“第四条”，实为“第五条”']);
    });

    it('reads the （一） of an article as its items, not as headings', () => {
      assert.deepEqual(only(rules, 'heading-level'), []);
      assert.deepEqual(parseDraft(rules).documents[0].headings.map((h) => h.marker), ['第一章', '第二章']);
    });
  });

  describe('the decimal headings of a 预案', () => {
    it('are checked level by level, from 1 under each parent', () => {
      const text = draftOf(['某县森林火灾应急预案', '1　总则', '1.1　编制目的', '　　建立健全工作机制。', '1.2　编制依据', '1.4　适用范围', '2　组织指挥体系', '2.1　县指挥部', '2.1.1　指挥部组成', '2.1.1　成员单位', '2.2　现场指挥部']);
      assert.deepEqual(only(text, 'heading-sequence').map((d) => d.message), ['序号不连续：此处应为“1.3”，实为“1.4”', '序号重复：“2.1.1”与上一标题相同']);
    });

    it('are not looked for in a document with a line or two starting with a figure', () => {
      assert.deepEqual(only(draftOf(['某县工作方案', '一、主要任务', '3 号楼改造完成。', '5 个村通硬化路。']), 'heading-sequence'), []);
    });
  });

  describe('a task table pasted with tabs', () => {
    const table = draftOf([
      '某市数字经济三年行动方案（2026—2028年）',
      '一、主要任务',
      '（一）建设数字基础设施。新建5G基站1000个。（市工信局牵头）',
      '附件',
      '重点任务清单',
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      '1\t建设算力中心\t市发展改革委\t市数据局\t2028年底',
      '2\t培育数据市场\t市数据局\t市财政局、市工商局\t2027年底',
      '3\t推进工业互联网\t市工信局\t市工信局\t2028年底',
    ]);

    it('keeps each row a paragraph of its own', () => {
      const rows = parseDraft(table).paragraphs.filter((p) => p.tableRow);
      assert.equal(rows.length, 4);
    });

    it('reads its unit columns like clauses', () => {
      const outdated = only(table, 'responsible-unit-outdated');
      assert.deepEqual(outdated.map((d) => d.message.slice(0, 7)), ['“市工商局”是']);
      assert.equal(only(table, 'responsible-unit-duplicate').length, 1);
      assert.deepEqual(only(table, 'responsible-unit-missing'), []);
    });
  });
});
