/**
 * Cases from the fifth review of fresh drafts (若干措施, 意见, 批复, a Markdown 规划,
 * a township plan, a 行动计划 with a project list): each the smallest text that shows
 * one behaviour.
 */
import * as assert from 'node:assert/strict';
import { UnitLexicon } from '../../src/core/lexicon/units';
import { isTableRow } from '../../src/core/parse/lineKinds';
import { lintText } from './helpers';

const only = (text: string, rule: string) => lintText(text).diagnostics.filter((d) => d.ruleId === rule);

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
});
