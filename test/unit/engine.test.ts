/** lint() itself: severities, a broken rule, the finding cap, disable comments, docs examples. */
import * as assert from 'node:assert/strict';
import { lint } from '../../src/core/lint';
import { RULES } from '../../src/core/rules/registry';
import { applyFixes } from '../../src/core/fix';
import { lintText } from './helpers';

describe('lint engine', () => {
  it('applies configured severities, keeps rule-marked info findings at info, and turns rules off', () => {
    const text = '某市实施方案\n一、总体要求\n（一）工作目标\n全市营商环境显著提升，服务效能明显增强。\n具体指标达到全国一流水平。\n二、重点任务\n1.任务。（市发改委牵头）\n三、保障措施\n（一）加强领导。';
    const base = lintText(text).diagnostics.filter((d) => d.ruleId === 'target-unquantified');
    assert.deepEqual(base.map((d) => d.severity), ['info', 'warning']);
    const raised = lintText(text, { rules: { 'target-unquantified': 'error' } }).diagnostics.filter((d) => d.ruleId === 'target-unquantified');
    assert.deepEqual(raised.map((d) => d.severity), ['info', 'error']);
    const off = lintText(text, { rules: { 'target-unquantified': 'off' } }).diagnostics.filter((d) => d.ruleId === 'target-unquantified');
    assert.equal(off.length, 0);
  });

  it('reports a throwing rule once, by name, and still runs the others', () => {
    const rule = RULES.find((r) => r.meta.id === 'quote-pairs')!;
    const run = rule.run;
    rule.run = () => {
      throw new Error('boom');
    };
    try {
      const { diagnostics } = lint('某市实施方案\n1、任务“一');
      const internal = diagnostics.filter((d) => d.ruleId === 'policylint-internal');
      assert.equal(internal.length, 1);
      assert.match(internal[0].message, /quote-pairs.*boom/);
      assert.ok(diagnostics.some((d) => d.ruleId === 'heading-style'));
    } finally {
      rule.run = run;
    }
  });

  it('caps findings per file, errors first, with one summary diagnostic', () => {
    const lines = ['某市实施方案'];
    for (let i = 0; i < 30; i++) lines.push(`${i % 2 ? '1、' : ''}文号甘发【2021】${i + 1}号，此处,有半角。`);
    const text = lines.join('\n');
    const all = lint(text).diagnostics;
    assert.ok(all.length > 40);
    const { diagnostics } = lint(text, { maxFindings: 10 });
    assert.equal(diagnostics.length, 11);
    assert.ok(diagnostics.slice(0, 10).every((d) => d.severity === 'error'));
    // In document order among themselves.
    const starts = diagnostics.slice(0, 10).map((d) => d.range.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    const summary = diagnostics.find((d) => d.ruleId === 'policylint-too-many')!;
    assert.match(summary.message, new RegExp(`前 10 条，另有 ${all.length - 10} 条`));
  });

  it('honours <!-- policylint-disable-next-line rule --> in Markdown', () => {
    const md = '# 某市实施方案\n\n## 二、重点任务\n\n<!-- policylint-disable-next-line heading-style -->\n1、任务一。（市发改委牵头）\n\n2、任务二。（市发改委牵头）\n';
    const found = lint(md, { format: 'markdown' }).diagnostics.filter((d) => d.ruleId === 'heading-style');
    assert.equal(found.length, 1);
  });

  it('messages come in English with lang en', () => {
    const { diagnostics } = lint('某市实施方案\n二、重点任务\n1、任务。（市发改委牵头）', { lang: 'en' });
    const d = diagnostics.find((x) => x.ruleId === 'heading-style')!;
    assert.match(d.message, /^Heading marker "1、" is non-standard/);
  });
});

describe('rule docs examples', () => {
  for (const rule of RULES) {
    const id = rule.meta.id;
    it(`${id}: the bad example is flagged and the good one is not`, () => {
      const bad = lintText(wrap(rule.meta.docs.bad, id)).diagnostics.filter((d) => d.ruleId === id);
      assert.ok(bad.length > 0, `bad example of ${id} not flagged`);
      const good = lintText(wrap(rule.meta.docs.good, id)).diagnostics.filter((d) => d.ruleId === id);
      assert.deepEqual(good.map((d) => d.message), [], `good example of ${id} flagged`);
      if (rule.meta.fixable) {
        const fixed = applyFixes(wrap(rule.meta.docs.bad, id), bad.filter((d) => d.fix).map((d) => d.fix!)).text;
        assert.ok(bad.some((d) => d.fix), `${id} is fixable but its bad example has no fix`);
        assert.equal(lintText(fixed).diagnostics.filter((d) => d.ruleId === id && d.fix).length, 0);
      }
    });
  }
});

/** Docs examples are fragments; rules that need a document type get a title and skeleton. */
function wrap(example: string, id: string): string {
  if (/实施方案|规划|通知$/m.test(example.split('\n')[0])) return example;
  if (id === 'addressee-format' || id === 'attachment-format') return `关于开展专项检查的通知\n${example}`;
  return `某市专项工作实施方案\n${example}`;
}
