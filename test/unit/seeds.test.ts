/**
 * The findings the core issue requires on the seeds (line numbers as in
 * seed-structure.md), and the look-alikes that must not be flagged.
 */
import * as assert from 'node:assert/strict';
import { hits, lineOf, lintText, readSeed } from './helpers';

function lintSeed(id: string) {
  const text = readSeed(id);
  const { diagnostics, draft } = lintText(text, { fileName: `${id}.txt` });
  return { text, diagnostics, draft, at: (rule: string) => hits(text, diagnostics, [rule]).map((h) => Number(h.split('@')[1])) };
}

describe('seed findings', () => {
  const s000 = lintSeed('000');
  const s002 = lintSeed('002');
  const s003 = lintSeed('003');
  const s004 = lintSeed('004');

  it('000: no lead unit at 21, 22 and 34; a duplicate unit at 24', () => {
    assert.deepEqual(s000.at('responsible-unit-no-lead'), [21, 22, 34]);
    assert.deepEqual(s000.at('responsible-unit-duplicate'), [24]);
    const dup = s000.diagnostics.find((d) => d.ruleId === 'responsible-unit-duplicate')!;
    assert.match(dup.message, /市农业农村局/);
    assert.equal(dup.related?.length, 1);
  });

  it('000: single-unit clauses such as (市教育局牵头) are fine', () => {
    for (const line of [28, 29]) assert.ok(!s000.at('responsible-unit-no-lead').includes(line));
  });

  it('000: items 1–17 numbered across （一）–（七） and 保障措施 restarting are in sequence', () => {
    assert.deepEqual(s000.at('heading-sequence'), []);
  });

  it('000: 保障措施 items (39–44) are not task items', () => {
    assert.deepEqual(s000.at('responsible-unit-missing'), []);
  });

  it('003: 【】 in the cited number at 13 is a doc-number-format error with a fix', () => {
    assert.deepEqual(s003.at('doc-number-format'), [13]);
    const d = s003.diagnostics.find((x) => x.ruleId === 'doc-number-format')!;
    assert.equal(d.severity, 'error');
    assert.equal(d.fix?.text, '〔2021〕9号');
  });

  it('003: unbalanced and ASCII quotes are reported', () => {
    assert.ok(s003.at('quote-pairs').length >= 20);
    assert.ok(s003.at('quote-pairs').includes(13));
  });

  it('003: the group clause at 57 covers item 3; no item of 三、 misses a clause', () => {
    assert.deepEqual(s003.at('responsible-unit-missing'), []);
    const doc = s003.draft.documents.find((d) => d.header.title?.text.startsWith('甘肃省强县域'))!;
    const item3 = doc.items.find((i) => i.heading.title.startsWith('大力发展新能源产业'))!;
    assert.equal(item3.ownClauses.length, 0);
    assert.equal(lineOf(s003.text, { range: item3.groupClause!.range } as never), 57);
  });

  it('004: a date-format finding at 186 and heading-style for every 1、 item', () => {
    assert.deepEqual(s004.at('date-format'), [186]);
    const d = s004.diagnostics.find((x) => x.ruleId === 'date-format')!;
    assert.equal(d.fix?.text, '2012年9月29日');
    const styled = s004.at('heading-style');
    assert.equal(styled.length, 30);
    for (const line of [62, 82, 94, 104, 110, 148, 160, 168, 172]) assert.ok(styled.includes(line), `heading-style at ${line}`);
  });

  it('004: item 110 is covered by the clauses of its sub-paragraphs', () => {
    assert.ok(!s004.at('responsible-unit-missing').includes(110));
    assert.deepEqual(s004.at('responsible-unit-missing'), []);
  });

  it('002: the 行动计划 runs （一）–（三十九） across chapters in sequence', () => {
    assert.deepEqual(s002.at('heading-sequence'), []);
  });

  it('002: nothing is reported on junk lines (257 is a download link)', () => {
    for (const d of s002.diagnostics) assert.ok(!s002.draft.junkLines.has(lineOf(s002.text, d) - 1), `${d.ruleId} on a junk line`);
    assert.ok(s002.draft.junkLines.has(256));
    assert.ok(!s002.at('doc-number-format').includes(257));
  });

  it('every seed lints without an internal error', () => {
    for (const id of ['000', '001', '002', '003', '004']) {
      const { diagnostics } = lintSeed(id);
      assert.deepEqual(diagnostics.filter((d) => d.ruleId === 'policylint-internal').map((d) => d.message), []);
    }
  });
});
