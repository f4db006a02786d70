/**
 * Cases from the fifth review of fresh drafts (若干措施, 意见, 批复, a Markdown 规划,
 * a township plan, a 行动计划 with a project list): each the smallest text that shows
 * one behaviour.
 */
import * as assert from 'node:assert/strict';
import { UnitLexicon } from '../../src/core/lexicon/units';
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
});
