/**
 * Cases from the fifth review of fresh drafts (若干措施, 意见, 批复, a Markdown 规划,
 * a township plan, a 行动计划 with a project list): each the smallest text that shows
 * one behaviour.
 */
import * as assert from 'node:assert/strict';
import { UnitLexicon } from '../../src/core/lexicon/units';
import { isTableRow } from '../../src/core/parse/lineKinds';
import { parseDraft } from '../../src/core/parse/parse';
import { lintText, only } from './helpers';

describe('review cases (fifth review)', () => {
  describe('a typo in the full name of a unit the lexicon lists by its short form', () => {
    const lexicon = new UnitLexicon();

    it('is offered the full name (市工业和信息局 → 市工业和信息化局)', () => {
      assert.equal(lexicon.suggest('市工业和信息局'), '市工业和信息化局');
      const text = '某市工作方案\n一、主要任务\n（一）建设数据平台。（市工业和信息局牵头，市财政局配合）\n';
      const [d] = only(text, 'responsible-unit-unknown');
      assert.match(d.message, /市工业和信息局.*市工业和信息化局/);
    });

    it('keeps one edit under the name\'s own jurisdiction ahead of a body of another kind', () => {
      assert.equal(lexicon.suggest('县发展改委'), '县发展改革委');
    });
  });

  describe('an indicator table in Markdown', () => {
    const plan = [
      '# 某市“十五五”生态环境保护规划',
      '## 第二章 总体要求',
      '### 二、发展目标',
      '到2030年，细颗粒物平均浓度降至26微克/立方米。',
      '> | 序号 | 指标 | 2025年 | 2030年 | 属性 |',
      '> | :--: | :-- | --: | --: | :--: |',
      '> | 1 | 新增治理水土流失面积（平方公里） | [310] | [350] | 预期性 |',
      '',
    ].join('\n\n');

    it('has rows, its alignment row and bracketed cumulative figures, none of them a target', () => {
      assert.deepEqual(lintText(plan, { fileName: 'plan.md' }).diagnostics.filter((d) => d.ruleId === 'target-unquantified'), []);
      assert.ok(isTableRow('| :--: | :-- | --: |'));
      assert.ok(isTableRow('新增治理水土流失面积 平方公里 [310] 〔350〕 预期性'));
    });
  });

  describe('a sentence pointing to the table of indicators', () => {
    it('is not a target, and the paragraph above it keeps its stages checked', () => {
      const text =
        '某县垃圾分类工作方案\n一、总体要求\n（一）工作目标\n　　到2026年底，生活垃圾回收利用率达到37%以上。到2027年底，生活垃圾分类水平显著提升。\n　　主要指标见表1。\n';
      const found = only(text, 'target-unquantified');
      assert.equal(found.length, 1);
      assert.match(found[0].message, /2027/);
    });
  });

  describe('a target paragraph ending in a colon', () => {
    it('is the lead-in of the stages below it, even when it opens with a stage', () => {
      const text = [
        '某市数字经济行动计划',
        '一、总体要求',
        '（一）行动目标',
        '　　到2028年，全市数字经济综合实力显著增强，分年度目标如下：',
        '　　到2026年底，数字经济核心产业增加值达到280亿元。',
        '　　到2028年，数字经济核心产业增加值突破380亿元。',
        '',
      ].join('\n');
      const found = only(text, 'target-unquantified');
      assert.deepEqual(found.map((d) => d.severity), ['info']);
    });
  });

  describe('a 若干措施', () => {
    const measures = (extra: string[]) =>
      [
        '某市支持民营经济发展若干措施',
        '一、营造公平竞争的市场环境',
        '　　1.破除市场准入壁垒。全面落实市场准入负面清单制度。（市发展改革委牵头，市商务局配合）',
        '　　2.规范涉企收费。开展涉企收费专项治理。（市市场监管局牵头）',
        '二、加大财税金融支持力度',
        '　　3.落实税费优惠政策。（市税务局牵头，市财政局配合）',
        ...extra,
        '',
      ].join('\n');

    it('is a type of its own, whose measures each need a lead unit', () => {
      assert.equal(parseDraft(measures([])).documents[0].header.type, '措施');
      const found = only(measures(['　　4.加大信贷投放力度。民营企业贷款增速不低于各项贷款平均增速。']), 'responsible-unit-missing');
      assert.equal(found.length, 1);
      assert.match(found[0].message, /加大信贷投放力度/);
    });

    it('may number its measures straight through its chapters, but consistently', () => {
      assert.deepEqual(only(measures(['三、强化要素保障', '　　4.保障用地需求。（市自然资源局牵头）']), 'heading-sequence'), []);
      const mixed = only(measures(['三、强化要素保障', '　　1.保障用地需求。（市自然资源局牵头）']), 'heading-sequence');
      assert.equal(mixed.length, 1);
      assert.match(mixed[0].message, /4\./);
    });

    it('has a closing provision that is neither a task nor an empty section', () => {
      const text = measures(['三、附则', '　　4.本措施自印发之日起施行，有效期3年。']);
      assert.deepEqual(only(text, 'responsible-unit-missing'), []);
      const points = '某市促进消费若干措施\n一、开展汽车以旧换新。对报废旧车并购买新能源汽车的，给予补贴。（市商务局牵头）\n二、本措施自印发之日起施行。\n';
      assert.deepEqual(only(points, 'empty-section'), []);
      assert.deepEqual(only(points, 'responsible-unit-missing'), []);
    });
  });

  describe('a 批复', () => {
    const reply = [
      '某县人民政府关于同意《某县城区北片区控制性详细规划（2026—2035年）》的批复',
      '县自然资源局：',
      '　　你局康自然资发〔2026〕8号《关于审批〈某县城区北片区控制性详细规划（2026—2035年）〉的请示》收悉。经研究，现批复如下：',
      '　　一、原则同意《某县城区北片区控制性详细规划（2026—2035年）》。',
      '　　二、你局要认真做好规划实施工作。',
      '　　此复。',
      '某县人民政府',
      '2026年3月12日',
      '',
    ].join('\n');

    it('has numbered decision points, not empty sections', () => {
      assert.deepEqual(only(reply, 'empty-section'), []);
    });

    it('looks for neither the 请示 it answers nor the plan it approves in the corpus', () => {
      assert.deepEqual(only(reply, 'citation-unresolved'), []);
    });

    it('quotes the 文号 of the 请示 without the 你局 before it', () => {
      const [d] = only(reply, 'citation-order');
      assert.match(d.message, /“康自然资发〔2026〕8号”/);
    });
  });

  describe('units as county and township plans name them', () => {
    const lexicon = new UnitLexicon();
    const clause = (units: string) => `某县工作方案\n一、重点任务\n1.建设设施。建成处理厂1座。（${units}）\n`;

    it('knows townships, customs, survey teams and the branches of the central bank and the regulator by their shape', () => {
      for (const name of ['沙河镇人民政府', '城关街道办事处', '天水海关', '国家统计局天水调查队', '人民银行天水市分行', '国家金融监督管理总局天水监管分局']) {
        assert.ok(lexicon.isKnown(name), name);
      }
    });

    it('reads 〔〕 like （） inside a name, and splits a unit from the one it shares a sign with', () => {
      assert.deepEqual(only(clause('县住建局牵头，各县〔市、区〕人民政府、各村〔社区〕配合'), 'responsible-unit-unknown'), []);
      const units = parseDraft(clause('市发展改革委（市粮食和储备局）牵头，市农业农村局（市乡村振兴局）配合')).documents[0].clauses[0].units;
      assert.deepEqual(units.map((u) => u.name), ['市发展改革委', '市粮食和储备局', '市农业农村局', '市乡村振兴局']);
    });

    it('takes the unit out of 市市场监管局等市直有关部门', () => {
      const units = parseDraft(clause('市发展改革委牵头，市市场监管局等市直有关部门按职责分工负责')).documents[0].clauses[0].units;
      assert.deepEqual(units.map((u) => u.name), ['市发展改革委', '市市场监管局']);
    });

    it('never suggests a name at another level or in another region', () => {
      assert.equal(lexicon.suggest('镇综合行政执法中队'), '镇综合行政执法队');
      assert.equal(lexicon.suggest('县通信管理办公室'), undefined);
      assert.ok(!/甘肃/.test(lexicon.suggest('国家金融监督管理总局鹭州金融监管分局') ?? ''));
    });
  });

  describe('a township plan', () => {
    const plan = (lines: string[]) => ['某镇2026年森林防灭火工作方案', '一、工作目标', '　　全年不发生重大森林火灾，受害率控制在0.9‰以内。', ...lines, ''].join('\n');

    it('sets up its leading group in a chapter that is no task', () => {
      const text = plan(['二、成立工作领导小组', '　　成立某镇森林防灭火工作领导小组。', '　　成　员：镇党政办、镇应急办负责人。', '三、主要任务', '（一）加强巡查。（镇应急办牵头）']);
      assert.deepEqual(only(text, 'responsible-unit-missing'), []);
      assert.deepEqual(only(text, 'section-order'), []);
    });

    it('may name an item\'s unit in its sentences instead of a clause', () => {
      const text = plan([
        '二、主要任务',
        '　　1.严管野外用火。镇应急办牵头，各村（社区）负责，在重点时段加强巡查。',
        '　　2.开展隐患排查。由镇农业综合服务中心负责，每月开展一次排查。',
        '　　3.强化宣传教育。利用广播开展防火宣传。',
      ]);
      const found = only(text, 'responsible-unit-missing');
      assert.equal(found.length, 1);
      assert.match(found[0].message, /强化宣传教育/);
    });
  });

  describe('a unit a sentence assigns', () => {
    const reply = (point: string) =>
      ['某县人民政府关于同意某县城区控制性详细规划的批复', '县自然资源局：', '　　你局报来的请示收悉。现批复如下：', `　　一、${point}`, '　　此复。', ''].join('\n');

    it('is found where it stands, with its role', () => {
      const stated = parseDraft(reply('县规划局要做好成果汇交工作，县住建局牵头做好实施管理。')).documents[0].statedUnits;
      assert.deepEqual(stated.map((u) => [u.name, u.role]), [['县规划局', 'responsible'], ['县住建局', 'lead']]);
    });

    it('gets responsible-unit-outdated under its old name, unless it is called former', () => {
      const [d] = only(reply('县规划局要做好成果汇交工作。'), 'responsible-unit-outdated');
      assert.match(d.message, /县规划局.*县自然资源局/);
      assert.deepEqual(only(reply('原县规划局要移交档案。'), 'responsible-unit-outdated'), []);
    });

    it('is never a unit of a clause read again', () => {
      const text = '某县工作方案\n一、重点任务\n1.推进安全改造。（县安监局牵头，县工商局配合）\n2.排查隐患。(县农委牵头)\n';
      assert.deepEqual(parseDraft(text).documents[0].statedUnits, []);
      assert.equal(only(text, 'responsible-unit-outdated').length, 3);
    });
  });

  describe('the header of a notice', () => {
    const notice = (addressee: string, attachments: string[]) =>
      ['某县人民政府办公室关于做好春耕生产工作的通知', '', addressee, '　　现将有关事项通知如下。', '', ...attachments, '', '某县人民政府办公室', '2026年3月5日', ''].join('\n');

    it('has its addressee under the title whatever it ends with, and the fix writes the colon', () => {
      for (const [line, fixed] of [
        ['各乡镇人民政府，县政府各部门。', '各乡镇人民政府，县政府各部门：'],
        ['各乡镇人民政府，县政府各部门；', '各乡镇人民政府，县政府各部门：'],
        ['各乡镇人民政府、县政府各部门', '各乡镇人民政府、县政府各部门：'],
      ]) {
        const text = notice(line, []);
        const found = only(text, 'addressee-format');
        assert.equal(found.length, 1, line);
        const { fix } = found[0];
        assert.ok(fix, line);
        const out = text.slice(0, fix.range.start) + fix.text + text.slice(fix.range.end);
        assert.equal(out.split('\n')[2], fixed);
      }
    });

    it('does not take the first sentence of the body for an addressee', () => {
      const text = ['某县人民政府办公室关于做好春耕生产工作的通知', '　　各乡镇人民政府要抓好农资供应，确保春耕生产顺利进行。', ''].join('\n');
      assert.equal(parseDraft(text).documents[0].header.addressee, undefined);
    });

    it('numbers its attachments 1. and not 1、', () => {
      const text = notice('各乡镇人民政府：', ['　　附件：1、春耕生产任务表', '　　　　　2、农资储备表']);
      const found = only(text, 'attachment-format');
      assert.equal(found.length, 2);
      assert.ok(found.every((d) => d.fix?.text === '.' && text.slice(d.fix.range.start, d.fix.range.end) === '、'));
    });
  });

  describe('a message quoting a heading', () => {
    it('keeps the space the drafter wrote between marker and title', () => {
      const text = '某市交通运输发展规划\n第一章 发展基础\n第一节 完善高速公路网\n（一）加快国家高速公路建设\n推进扩容改造。\n';
      const [d] = only(text, 'heading-level');
      assert.match(d.message, /“第一节 完善高速公路网”/);
    });
  });

  describe('a year range with its second year cut short', () => {
    it('is written in full, with the fix', () => {
      const found = only('某县工作方案\n规划期为2026—28年，其后为2029年至31年。\n', 'year-range');
      assert.deepEqual(found.map((d) => d.fix?.text), ['2026—2028年', '2029年至2031年']);
    });
  });

  describe('a forced document type', () => {
    it('is the type of the plan, not of the notice that issues it', () => {
      const text = ['某市人民政府办公室关于印发某市支持民营经济发展若干措施的通知', '各县区人民政府：', '　　现将《某市支持民营经济发展若干措施》印发给你们，请认真贯彻落实。', '某市人民政府办公室', '2026年3月5日', '某市支持民营经济发展若干措施', '一、主要任务', '（一）破除准入壁垒。（市发展改革委牵头）', ''].join('\n');
      const types = parseDraft(text, { documentType: '实施方案' }).documents.map((d) => d.header.type);
      assert.deepEqual(types, ['通知', '实施方案']);
    });
  });
});
