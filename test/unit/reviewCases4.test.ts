/**
 * Cases from the fourth review of fresh drafts (test/fixtures/drafts/
 * defects-notice-attachments, defects-digital-action-plan, defects-district-business,
 * defects-tourism-chapter-plan): each the smallest text that shows one behaviour.
 */
import * as assert from 'node:assert/strict';
import { UnitLexicon } from '../../src/core/lexicon/units';
import { isTableRow } from '../../src/core/parse/lineKinds';
import { matchMarker } from '../../src/core/parse/markers';
import { slotOf } from '../../src/core/parse/slots';
import { parseDraft } from '../../src/core/parse/parse';
import { draftOf, lintText, only } from './helpers';

const rules = (text: string) => lintText(text).diagnostics.map((d) => d.ruleId);

describe('review cases (fourth review)', () => {
  describe('an attachment note naming a plan', () => {
    const notice = (colon: string) =>
      draftOf([
        '某县人民政府办公室关于印发某县农村人居环境整治提升工作方案的通知',
        '各乡镇人民政府，县政府各部门：',
        '现将《某县农村人居环境整治提升工作方案》印发给你们，请认真贯彻落实。',
        `附件${colon}1.某县农村人居环境整治提升工作方案`,
        '      2.某县农村人居环境整治提升重点任务清单',
        '某县人民政府办公室',
        '2024年3月18日',
      ]);

    it('is the notice\'s 附件说明, not the title of a plan nor a heading', () => {
      const text = notice('：');
      const found = rules(text);
      assert.ok(!found.includes('required-section'), found.join(' '));
      assert.ok(!found.includes('heading-sequence'), found.join(' '));
      const draft = parseDraft(text);
      assert.equal(draft.documents.length, 1);
      const roles = draft.paragraphs.filter((p) => /^(某县人民政府办公室关于|附件|2\.)/.test(p.text.text)).map((p) => p.headerRole);
      assert.deepEqual(roles, ['title', 'attachmentNote', 'attachmentNote']);
    });

    it('gets attachment-format on a half-width colon', () => {
      assert.equal(only(notice(':'), 'attachment-format').length, 1);
    });
  });

  describe('an item starting with 5G, 3D, 4K or 5A', () => {
    it('is item 1 followed by the term, and a decimal is still no marker', () => {
      assert.deepEqual([matchMarker('1.5G网络提升工程')?.number, matchMarker('1.5G网络提升工程')?.length], [1, 2]);
      assert.equal(matchMarker('2.3D打印产业集聚')?.number, 2);
      assert.equal(matchMarker('1.5万亩高标准农田'), undefined);
      assert.equal(matchMarker('1.5GW光伏项目'), undefined);
    });

    it('keeps the items of a 专栏 in sequence', () => {
      const text = '某市行动计划\n一、重点任务\n专栏1　新型基础设施重点工程\n1.5G网络提升工程。新建5G基站1000个。\n2.千兆城市建设工程。千兆宽带用户达到10万户。\n';
      assert.deepEqual(only(text, 'heading-sequence'), []);
    });
  });

  describe('collective designations', () => {
    const lexicon = new UnitLexicon();

    it('are known under any jurisdiction, with the 各 a list shares', () => {
      for (const n of ['区直各有关部门', '区直各执法部门', '县政府各部门', '市级相关单位', '旗直有关部门', '乡（镇）人民政府']) assert.ok(lexicon.isKnown(n), n);
    });

    it('include the bodies a review found missing, under any jurisdiction', () => {
      for (const n of ['市招商局', '区招商局', '区国资局', '区委人才办', '区金融服务中心', '县综合执法局']) assert.ok(lexicon.isKnown(n), n);
    });

    it('do not make a real unit name known', () => {
      for (const n of ['区直各有关部门局', '市发展改革部门办']) assert.ok(!lexicon.isKnown(n), n);
    });
  });

  describe('an indicator table pasted as text', () => {
    const box = draftOf([
      '某市行动计划',
      '一、主要目标',
      '到2025年，数字经济增加值占地区生产总值比重达到28%。',
      '专栏1　主要指标',
      '序号　指标名称　单位　2023年　2025年',
      '',
      '1　数字经济增加值占GDP比重　%　24.5　28',
      '',
      '2　5G基站数　个　2460　3500',
      '注：2023年为统计快报数。',
    ]);

    it('has rows that are lines of their own', () => {
      assert.ok(isTableRow('序号 指标名称 单位 2023年 2025年'));
      assert.ok(isTableRow('旅游发展 1 年接待游客人次 万人次 286 800 22.8 预期性'));
      assert.ok(!isTableRow('到 2025 年 全市 达到 95%。'));
      assert.ok(!isTableRow('各 乡 镇 人 民 政 府'));
      const rows = parseDraft(box).paragraphs.map((p) => p.text.text).filter((t) => /^(序号|\d )/.test(t));
      assert.equal(rows.length, 3, rows.join(' | '));
    });

    it('asks no number of its header row, caption or note', () => {
      assert.deepEqual(only(box, 'target-unquantified'), []);
    });
  });

  describe('one unit in two spellings in one clause', () => {
    it('is a duplicate, and the message names both spellings', () => {
      const text = '某县实施方案\n一、重点任务\n（一）改善村容村貌。实施村庄绿化美化。（县住建局、县住房和城乡建设局按职责分工负责）\n';
      const [d] = only(text, 'responsible-unit-duplicate');
      assert.ok(d, 'no finding');
      assert.match(d.message, /县住房和城乡建设局.*县住建局/);
      assert.deepEqual(only(text.replace('县住房和城乡建设局', '县交通运输局'), 'responsible-unit-duplicate'), []);
    });
  });

  describe('messages', () => {
    it('quote the draft\'s own characters, not the folded copy the parser reads', () => {
      const text = '某县实施方案\n一、重点任务\n（一）改善村容村貌。实施村庄绿化美化。（县住建局牵头，县某（某）办配合）\n根据《某某县（2021—2025年）规划》，永政办发（2024）21号。\n';
      const message = (rule: string) => only(text, rule).map((d) => d.message).join(' ');
      assert.match(message('responsible-unit-unknown'), /“县某（某）办”/);
      assert.match(message('citation-unresolved'), /《某某县（2021—2025年）规划》/);
      assert.match(message('doc-number-format'), /“永政办发（2024）21号”/);
    });
  });

  describe('from the second set of review drafts', () => {
    it('resolves 《关于印发〈X〉的通知》 to the same file\'s document titled 关于印发X的通知', () => {
      const text = draftOf([
        '某州人民政府办公室关于转发《某省人民政府办公厅关于印发〈某省设备更新实施方案〉的通知》的通知',
        '各县市人民政府：',
        '现将《某省人民政府办公厅关于印发〈某省设备更新实施方案〉的通知》转发给你们，请认真贯彻落实。',
        '某州人民政府办公室',
        '2024年5月28日',
        '某省人民政府办公厅关于印发某省设备更新实施方案的通知',
        '各市州人民政府：',
        '现将方案印发给你们，请认真贯彻执行。',
      ]);
      assert.deepEqual(only(text, 'citation-unresolved').map((d) => d.message), []);
    });

    it('knows a committee\'s member units and the bodies the drafts named', () => {
      const lexicon = new UnitLexicon();
      for (const n of ['省老龄委各成员单位', '市安委会成员单位', '省政府督查室', '中国铁路兰州局集团有限公司']) assert.ok(lexicon.isKnown(n), n);
    });

    it('lets 二、组织领导 stand before the tasks, but not 保障措施', () => {
      const plan = (second: string) =>
        `某市燃气安全专项整治工作方案\n一、总体要求\n到2024年底，整治隐患1000处。\n二、${second}\n成立专项整治工作领导小组。\n三、重点任务\n（一）排查隐患。全面排查。（市住建局牵头，市应急局配合）\n四、工作要求\n各单位要落实责任。\n`;
      assert.deepEqual(only(plan('组织领导'), 'section-order'), []);
      assert.equal(only(plan('保障措施'), 'section-order').length, 1);
    });

    it('reports a repeated number once, whichever way the next heading goes on', () => {
      const items = (numbers: string[]) =>
        '某县实施方案\n一、重点任务\n' + numbers.map((n) => `（${n}）推进第${n}项工作。（县发展改革局负责）`).join('\n') + '\n';
      for (const run of [['一', '二', '三', '三', '五'], ['一', '二', '三', '三', '四']]) {
        assert.deepEqual(only(items(run), 'heading-sequence').length, 1, run.join());
      }
    });
  });

  describe('a stage target', () => {
    const targets = (stage: string) =>
      `某县交通规划\n一、发展目标\n到2023年，全县公路总里程达到3000公里。\n${stage}\n展望2035年，全面建成现代化综合交通运输体系。\n`;

    const warnings = (text: string) => only(text, 'target-unquantified').filter((d) => d.severity !== 'info');

    it('runs on to the sentences after its opening, up to the next stage or the vision', () => {
      assert.deepEqual(warnings(targets('到2025年，基本建成综合交通运输体系。全县公路总里程达到3500公里，农村公路优良中等路率达到85%以上。')), []);
    });

    it('is still reported when none of its sentences gives a number', () => {
      const found = warnings(targets('到2025年，基本建成综合交通运输体系。城乡交通一体化水平明显提升。'));
      assert.equal(found.length, 1, found.map((d) => d.message).join(' | '));
    });
  });

  describe('targets stated in 总体要求 with no 目标 heading', () => {
    const plan = (targets: string) =>
      draftOf([
        '某市推动设备更新实施方案',
        '一、总体要求',
        '以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。',
        targets,
        '二、重点任务',
        '（一）推进设备更新。实施设备更新改造项目。（市工信局牵头，市发展改革委配合）',
        '三、保障措施',
        '（一）加强组织领导。各单位要落实责任。',
      ]);

    it('fill the target slot and are checked as targets', () => {
      const quantified = plan('到2027年，全市工业设备投资规模较2023年增长25%以上。到2030年，设备更新水平明显提升。');
      assert.deepEqual(only(quantified, 'required-section'), []);
      const stage = only(quantified, 'target-unquantified');
      assert.equal(stage.length, 1);
      assert.match(stage[0].message, /2030年/);
    });

    it('leave the slot empty when the general part states no stage', () => {
      assert.equal(only(plan('坚持市场为主、政府引导。'), 'required-section').length, 1);
    });

    it('of parallel stage paragraphs, the first is an item, not a lead-in', () => {
      const text = '某县交通规划\n一、发展目标\n到2023年，城乡交通一体化水平明显提升。\n到2025年，全县公路总里程达到3500公里。\n';
      const found = only(text, 'target-unquantified');
      assert.equal(found.length, 1);
      assert.equal(found[0].severity, 'warning');
    });
  });

  describe('a chapter title that names an action', () => {
    it('is no background chapter (优化发展环境, 夯实产业基础), the noun still is', () => {
      for (const t of ['强化要素保障，优化发展环境', '夯实产业基础', '改善基础条件']) assert.notEqual(slotOf(t), 'background', t);
      for (const t of ['发展环境', '产业基础', '发展基础', '面临的发展环境']) assert.equal(slotOf(t), 'background', t);
    });
  });

  describe('from the third set of review drafts', () => {
    const plan = (chapters: string[]) =>
      draftOf(['某镇森林防火工作方案', '一、总体要求', '到2024年底，森林火灾受害率控制在0.9‰以内。', ...chapters]);
    const tasks = ['二、重点工作', '（一）落实包村责任制。镇领导班子成员按照包村分工落实责任。', '（二）加强入山管控。在主要路口设置检查站。'];

    it('asks no clause of each task when a chapter gives each unit its duties', () => {
      const duties = ['三、工作职责', '（一）镇党政办', '负责指挥部综合协调工作。', '（二）镇林业站', '负责火情监测和技术指导。'];
      assert.deepEqual(only(plan([...tasks, ...duties, '四、保障措施', '各村要落实责任。']), 'responsible-unit-missing'), []);
      assert.equal(only(plan([...tasks, '四、保障措施', '各村要落实责任。']), 'responsible-unit-missing').length, 2);
    });

    it('knows the offices and stations of a township', () => {
      const lexicon = new UnitLexicon();
      for (const n of ['镇党政办', '镇党政办公室', '乡林业站', '镇派出所', '镇综治办', '乡应急办']) assert.ok(lexicon.isKnown(n), n);
    });

    it('reads 工作职责 and 监督考核 as neither task chapters nor out of order', () => {
      const text = plan(['二、工作职责', '（一）镇党政办', '负责综合协调。', ...tasks.map((t) => t.replace('二、', '三、')), '四、保障措施', '各村要落实责任。', '五、监督考核', '（一）定期调度。镇政府每季度调度通报进展。']);
      assert.deepEqual(only(text, 'section-order'), []);
      assert.ok(!only(text, 'responsible-unit-missing').some((d) => d.message.includes('定期调度')));
    });
  });
});
