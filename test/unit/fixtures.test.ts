/**
 * Fixture drafts with planted defects: each `X.txt`/`X.md` under
 * test/fixtures/drafts with an `X.expect` sidecar listing `LINE RULE-ID` for the
 * rules it names. Then every fix is applied, the text re-linted, and nothing
 * fixable of those rules may remain; text outside the fixes must not change.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyFixes } from '../../src/core/fix';
import { FIXTURES, hits, lintText } from './helpers';

const DIR = path.join(FIXTURES, 'drafts');

interface Expectation {
  rules: string[];
  hits: string[];
}

function readExpectation(file: string): Expectation {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  const rulesLine = lines.find((l) => l.startsWith('# rules:'));
  if (!rulesLine) throw new Error(`${file}: no "# rules:" line`);
  const rules = rulesLine.slice('# rules:'.length).trim().split(/\s+/);
  const expected = lines
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [line, rule] = l.trim().split(/\s+/);
      if (!rules.includes(rule)) throw new Error(`${file}: ${rule} is not listed in "# rules:"`);
      return `${rule}@${Number(line)}`;
    })
    .sort();
  return { rules, hits: expected };
}

const drafts = fs.readdirSync(DIR).filter((f) => /\.(txt|md)$/.test(f));

describe('fixture drafts', () => {
  it('has fixtures to run', () => assert.ok(drafts.length >= 5, `only ${drafts.length} fixture drafts`));

  for (const name of drafts) {
    const file = path.join(DIR, name);
    const expectFile = file.replace(/\.(txt|md)$/, '.expect');
    describe(name, () => {
      const text = fs.readFileSync(file, 'utf8');
      const expectation = readExpectation(expectFile);

      it('reports exactly the planted findings', () => {
        const { diagnostics } = lintText(text, { fileName: file });
        assert.deepEqual(hits(text, diagnostics, expectation.rules), expectation.hits);
      });

      it('fixes change only their ranges and leave nothing fixable behind', () => {
        const { diagnostics } = lintText(text, { fileName: file });
        const fixes = diagnostics.filter((d) => d.fix && expectation.rules.includes(d.ruleId)).map((d) => d.fix!);
        const result = applyFixes(text, fixes);
        // Outside the applied ranges the text is unchanged.
        let cursor = 0;
        let rebuilt = '';
        for (const f of [...result.applied].sort((a, b) => a.range.start - b.range.start)) {
          rebuilt += text.slice(cursor, f.range.start) + f.text;
          cursor = f.range.end;
        }
        rebuilt += text.slice(cursor);
        assert.equal(result.text, rebuilt);
        // Apply the rest in further passes, as --fix does.
        let current = result.text;
        for (let pass = 0; pass < 5; pass++) {
          const again = lintText(current, { fileName: file }).diagnostics.filter(
            (d) => d.fix && expectation.rules.includes(d.ruleId),
          );
          if (!again.length) break;
          current = applyFixes(current, again.map((d) => d.fix!)).text;
        }
        const left = lintText(current, { fileName: file }).diagnostics.filter(
          (d) => d.fix && expectation.rules.includes(d.ruleId),
        );
        assert.deepEqual(left.map((d) => d.ruleId), []);
        // Applying the fixes of a fixed text changes nothing (idempotent).
        assert.equal(applyFixes(current, []).text, current);
      });
    });
  }
});
