/**
 * Property tests (fast-check) over random drafts from the grammar in generators.ts,
 * salted with random Unicode. Seeded and reproducible:
 *
 *   POLICYLINT_PROPERTY_SEED   base seed (default below); each property adds its index
 *   POLICYLINT_PROPERTY_PATH   replay one failure: the `path` fast-check printed (use
 *                              with the seed it printed and `--grep` for the property)
 *   POLICYLINT_PROPERTY_RUNS   total number of cases across the file (default 11 000),
 *                              shared out by each property's weight (cheap properties
 *                              get more runs than the ones that lint six times a case)
 *
 * On failure the message names the seed, the path and a shrunk counterexample.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { LintCache } from '../../src/core/cache';
import { applyFixes } from '../../src/core/fix';
import { INTERNAL_RULE_ID, TRUNCATED_RULE_ID, lint, type Diagnostic, type LintOptions } from '../../src/core/lint';
import { parseDraft } from '../../src/core/parse/parse';
import type { DocumentType, Heading, ParsedDraft, Range } from '../../src/core/parse/types';
import { RULE_IDS } from '../../src/core/rules/registry';
import type { Fix } from '../../src/core/rules/types';
import { anyText, draft, unicodeSoup } from './generators';
import { seedCorpus } from './helpers';

const DEFAULT_SEED = 20240305;
const DEFAULT_TOTAL_RUNS = 11000;

const envSeed = Number(process.env.POLICYLINT_PROPERTY_SEED);
const BASE_SEED = Number.isInteger(envSeed) && process.env.POLICYLINT_PROPERTY_SEED ? envSeed : DEFAULT_SEED;
const envRuns = Number(process.env.POLICYLINT_PROPERTY_RUNS);
const TOTAL_RUNS = Number.isFinite(envRuns) && envRuns > 0 ? envRuns : DEFAULT_TOTAL_RUNS;
const REPLAY_PATH = process.env.POLICYLINT_PROPERTY_PATH || undefined;

/** Share of TOTAL_RUNS per property (they sum to 1). */
const WEIGHTS = {
  lintNeverThrows: 0.25,
  soup: 0.14,
  singleFix: 0.14,
  fixAll: 0.06,
  outline: 0.24,
  applyFixes: 0.14,
  cacheAgrees: 0.03,
} as const;
type PropertyName = keyof typeof WEIGHTS;

let casesRun = 0;

function check<Ts extends [unknown, ...unknown[]]>(name: PropertyName, property: fc.IProperty<Ts>): void {
  const index = Object.keys(WEIGHTS).indexOf(name);
  const seed = BASE_SEED + index;
  const numRuns = Math.max(1, Math.round(TOTAL_RUNS * WEIGHTS[name]));
  const details = fc.check(property, { seed, numRuns, path: REPLAY_PATH });
  casesRun += details.numRuns;
  if (details.failed) {
    const message = fc.defaultReportMessage(details) ?? 'property failed';
    const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(
      `${message}\n\nError: ${error}\n\nReproduce: POLICYLINT_PROPERTY_SEED=${BASE_SEED} POLICYLINT_PROPERTY_PATH="${details.counterexamplePath}" ` +
        `npx mocha out/test/unit/property.test.js --grep "${name}" (property seed ${seed})`,
    );
  }
}

// ---------------------------------------------------------------------------
// Invariant helpers

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function assertRange(text: string, range: Range, what: string, opts: { checkEmpty?: boolean } = {}): void {
  assert.ok(
    Number.isInteger(range.start) && Number.isInteger(range.end) && 0 <= range.start && range.start <= range.end && range.end <= text.length,
    `${what}: range ${JSON.stringify(range)} outside the text (length ${text.length})`,
  );
  if (range.start < range.end || opts.checkEmpty) {
    assert.ok(!splitsPair(text, range.start), `${what}: range ${JSON.stringify(range)} starts inside a surrogate pair`);
    assert.ok(!splitsPair(text, range.end), `${what}: range ${JSON.stringify(range)} ends inside a surrogate pair`);
  }
}

const describeDiagnostic = (d: Diagnostic) => `${d.ruleId} ${JSON.stringify(d.range)} "${d.message}"`;

function assertDiagnostics(text: string, diagnostics: Diagnostic[], options: LintOptions): void {
  const max = options.maxFindings ?? 1000;
  assert.ok(diagnostics.length <= max + 1, `${diagnostics.length} diagnostics, cap ${max}`);
  const truncated = diagnostics.filter((d) => d.ruleId === TRUNCATED_RULE_ID);
  assert.ok(truncated.length <= 1, 'more than one policylint-too-many');
  if (diagnostics.length > max) assert.equal(truncated.length, 1, 'over the cap without a policylint-too-many summary');
  for (const d of diagnostics) {
    const what = describeDiagnostic(d);
    assert.notEqual(d.ruleId, INTERNAL_RULE_ID, `a rule threw: ${d.message}`);
    assert.ok(RULE_IDS.has(d.ruleId) || d.ruleId === TRUNCATED_RULE_ID, `unknown rule id ${d.ruleId}`);
    assert.ok(['error', 'warning', 'info'].includes(d.severity), `${what}: severity ${d.severity}`);
    assert.ok(typeof d.message === 'string' && d.message.length > 0, `${what}: empty message`);
    assertRange(text, d.range, what);
    for (const r of d.related ?? []) assertRange(text, r.range, `${what} related "${r.message}"`);
    // A fix or a suggestion that cuts a surrogate pair in two would write a broken character.
    if (d.fix) assertRange(text, d.fix.range, `${what} fix`, { checkEmpty: true });
    if (d.suggestion) assertRange(text, d.suggestion.range, `${what} suggestion`, { checkEmpty: true });
  }
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;
const keyOf = (d: Diagnostic) => `${d.ruleId}|${d.range.start}|${d.range.end}|${d.severity}|${d.message}`;

/** A capped list keeps the best `max` findings (errors first, then warnings, then info, earlier first), in document order. */
function assertCapped(capped: Diagnostic[], all: Diagnostic[], max: number): void {
  if (all.length <= max) {
    assert.deepEqual(capped.map(keyOf), all.map(keyOf), 'under the cap, yet the list changed');
    return;
  }
  const summary = capped[capped.length - 1];
  assert.equal(summary.ruleId, TRUNCATED_RULE_ID, 'the summary is not the last diagnostic');
  assert.match(summary.message, new RegExp(`\\b${all.length - max}\\b`), `the summary does not give the ${all.length - max} omitted findings`);
  const chosen = capped.slice(0, -1);
  assert.equal(chosen.length, max);
  for (let i = 1; i < chosen.length; i++) assert.ok(chosen[i - 1].range.start <= chosen[i].range.start, 'capped findings not in document order');
  const left = new Map<string, number>();
  for (const d of all) left.set(keyOf(d), (left.get(keyOf(d)) ?? 0) + 1);
  for (const d of chosen) {
    const n = left.get(keyOf(d)) ?? 0;
    assert.ok(n > 0, `capped list has a finding the full list lacks: ${describeDiagnostic(d)}`);
    left.set(keyOf(d), n - 1);
  }
  const dropped = all.filter((d) => {
    const n = left.get(keyOf(d)) ?? 0;
    if (n > 0) left.set(keyOf(d), n - 1);
    return n > 0;
  });
  const better = (a: Diagnostic, b: Diagnostic) =>
    SEVERITY_RANK[a.severity] < SEVERITY_RANK[b.severity] || (a.severity === b.severity && a.range.start <= b.range.start);
  for (const d of dropped) {
    const worse = chosen.find((c) => !better(c, d));
    assert.ok(!worse, `dropped ${describeDiagnostic(d)} (${d.severity}) but kept ${worse && describeDiagnostic(worse)} (${worse?.severity})`);
  }
}

const DOCUMENT_TYPES: DocumentType[] = ['实施方案', '工作方案', '行动计划', '行动方案', '方案', '规划', '意见', '通知', '批复', '指南'];

const lintOptions: fc.Arbitrary<LintOptions> = fc.record(
  {
    documentType: fc.option(fc.constantFrom(...DOCUMENT_TYPES), { nil: undefined, freq: 3 }),
    format: fc.option(fc.constantFrom<'text' | 'markdown'>('text', 'markdown'), { nil: undefined }),
    lang: fc.constantFrom<'zh' | 'en'>('zh', 'en'),
    corpus: fc.boolean().map((b) => (b ? seedCorpus() : undefined)),
    maxFindings: fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: fc.integer({ min: 0, max: 12 }), weight: 1 }),
  },
  { requiredKeys: [] },
);

/** Options for the fix properties: no cap (a capped list may drop the fix of the finding we look for). */
const fixOptions: fc.Arbitrary<LintOptions> = fc.record(
  {
    documentType: fc.option(fc.constantFrom(...DOCUMENT_TYPES), { nil: undefined, freq: 3 }),
    format: fc.option(fc.constantFrom<'text' | 'markdown'>('text', 'markdown'), { nil: undefined }),
    corpus: fc.boolean().map((b) => (b ? seedCorpus() : undefined)),
  },
  { requiredKeys: [] },
);

function fixesOf(diagnostics: Diagnostic[]): Array<Fix & { ruleId: string }> {
  return diagnostics.flatMap((d) => (d.fix ? [{ ...d.fix, ruleId: d.ruleId }] : []));
}

const overlaps = (a: Range, b: Range) =>
  a.start === a.end || b.start === b.end ? a.start <= b.end && b.start <= a.end : a.start < b.end && b.start < a.end;

function assertOutline(draft: ParsedDraft): void {
  const text = draft.text;
  for (const doc of draft.documents) {
    const where = (h: Heading) => `document ${doc.index}, heading "${h.marker}${h.title}" ${JSON.stringify(h.sectionRange)}`;
    const seen = new Set<Heading>();
    const visit = (siblings: Heading[], parent: Heading | undefined) => {
      for (let i = 0; i < siblings.length; i++) {
        const h = siblings[i];
        assert.ok(!seen.has(h), `${where(h)} appears twice in the outline`);
        seen.add(h);
        assert.equal(h.parent, parent, `${where(h)}: parent link ${h.parent ? `"${h.parent.marker}${h.parent.title}"` : 'none'} does not match`);
        assertRange(text, h.sectionRange, where(h));
        assert.ok(
          h.sectionRange.start <= h.paragraph.range.start && h.paragraph.range.end <= h.sectionRange.end,
          `${where(h)}: section range does not contain the heading paragraph ${JSON.stringify(h.paragraph.range)}`,
        );
        if (parent) {
          assert.ok(
            parent.sectionRange.start <= h.sectionRange.start && h.sectionRange.end <= parent.sectionRange.end,
            `${where(h)} lies outside its parent's section, ${where(parent)}`,
          );
        }
        if (i > 0) {
          const prev = siblings[i - 1];
          assert.ok(prev.paragraph.range.start < h.paragraph.range.start, `${where(h)} comes before its previous sibling ${where(prev)}`);
          assert.ok(prev.sectionRange.end <= h.sectionRange.start, `${where(h)} overlaps its previous sibling ${where(prev)}`);
        }
        visit(h.children, h);
      }
    };
    visit(doc.outline, undefined);
    for (const b of doc.boxes) visit(b.headings, undefined);
    for (const h of doc.headings) {
      assert.ok(seen.has(h), `${where(h)} is in headings but not in the outline tree`);
      if (h.parent) assert.ok(h.parent.children.includes(h), `${where(h)}: not among its parent's children`);
    }
    assert.equal(seen.size, doc.headings.length, 'the outline has headings that are not in doc.headings');
    for (let i = 1; i < doc.headings.length; i++) {
      assert.ok(doc.headings[i - 1].paragraph.range.start < doc.headings[i].paragraph.range.start, 'doc.headings not in document order');
    }
  }
}

// ---------------------------------------------------------------------------

describe('property: random drafts', function () {
  // About 40 s on two cores at the default run count; shrinking a failure takes longer.
  this.timeout(600000);

  before(() => {
    seedCorpus();
    console.log(`      seed ${BASE_SEED}, ${TOTAL_RUNS} cases in total (POLICYLINT_PROPERTY_SEED / _RUNS / _PATH)`);
  });
  after(() => console.log(`      ${casesRun} cases run`));

  it('lintNeverThrows: parse and lint never throw; ranges inside the text, not inside surrogate pairs; no internal errors', () => {
    check(
      'lintNeverThrows',
      fc.property(anyText({ noise: 'some' }), lintOptions, (text, options) => {
        const { draft: parsed, diagnostics } = lint(text, options);
        assert.equal(parsed.text, text);
        assert.equal(parsed.folded.length, text.length);
        assertDiagnostics(text, diagnostics, options);
        if (options.maxFindings !== undefined) assertCapped(diagnostics, lint(text, { ...options, maxFindings: 1e9 }).diagnostics, options.maxFindings);
      }),
    );
  });

  it('cacheAgrees: after any sequence of edits, a lint with the document cache equals a fresh lint, down to the line index and folded text', () => {
    // Edits that stress the incremental passes: line breaks of every kind (a CR
    // before an LF, an LF after a CR), width-folded characters, a heading marker.
    const piece = fc.constantFrom('\n', '\r', '\r\n', '\u3000', 'Ａ', '（', '一、', '的', '', '牵头');
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 4 }), insert: fc.array(piece, { maxLength: 3 }).map((p) => p.join('')) });
    check(
      'cacheAgrees',
      fc.property(anyText({ noise: 'some' }), fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        const cache = new LintCache();
        let text = start;
        lint(text, { cache });
        for (const e of edits) {
          const at = text.length ? e.at % (text.length + 1) : 0;
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          const cached = lint(text, { cache });
          const fresh = lint(text);
          assert.equal(cached.draft.folded, fresh.draft.folded);
          assert.deepEqual(cached.draft.lines.starts, fresh.draft.lines.starts);
          assert.deepEqual(cached.draft.lines.ends, fresh.draft.lines.ends);
          assert.equal(JSON.stringify(cached.diagnostics), JSON.stringify(fresh.diagnostics));
        }
      }),
    );
  });

  it('soup: heavily salted drafts and pure random Unicode', () => {
    check(
      'soup',
      fc.property(fc.oneof(draft({ noise: 'heavy' }), unicodeSoup), lintOptions, (text, options) => {
        const { diagnostics } = lint(text, options);
        assertDiagnostics(text, diagnostics, options);
      }),
    );
  });

  it('singleFix: applying any single fix changes only the text inside its range', () => {
    check(
      'singleFix',
      fc.property(anyText({ noise: 'some' }), fixOptions, (text, options) => {
        const { diagnostics } = lint(text, options);
        for (const fix of fixesOf(diagnostics)) {
          const { start, end } = fix.range;
          const result = applyFixes(text, [fix]);
          assert.equal(result.applied.length, 1, `${fix.ruleId} fix ${JSON.stringify(fix)} was not applied on its own`);
          const out = result.text;
          assert.equal(out.length, text.length - (end - start) + fix.text.length, `${fix.ruleId}: length after the fix`);
          assert.equal(out.slice(0, start), text.slice(0, start), `${fix.ruleId} fix ${JSON.stringify(fix)} changed text before its range`);
          assert.equal(out.slice(start + fix.text.length), text.slice(end), `${fix.ruleId} fix ${JSON.stringify(fix)} changed text after its range`);
        }
      }),
    );
  });

  it('fixAll: fixing to a fixpoint (≤ 5 passes) fixes each finding it touches and is idempotent', () => {
    check(
      'fixAll',
      fc.property(draft({ noise: 'some' }), fixOptions, (text, options) => {
        let current = text;
        let fixes = fixesOf(lint(current, options).diagnostics);
        for (let pass = 1; pass <= 5 && fixes.length; pass++) {
          const result = applyFixes(current, fixes);
          // Where each applied fix's replacement lies in the new text.
          let delta = 0;
          const placed = (result.applied as Array<Fix & { ruleId: string }>).map((f) => {
            const start = f.range.start + delta;
            delta += f.text.length - (f.range.end - f.range.start);
            return { ruleId: f.ruleId, before: f, range: { start, end: start + f.text.length } };
          });
          current = result.text;
          fixes = fixesOf(lint(current, options).diagnostics);
          for (const p of placed) {
            const again = fixes.find((f) => f.ruleId === p.ruleId && overlaps(f.range, p.range));
            assert.ok(
              !again,
              `pass ${pass}: ${p.ruleId} fix ${JSON.stringify(p.before)} applied, yet the fixed text gets another ${p.ruleId} fix at the same place: ` +
                `${JSON.stringify(again)}\nfixed text: ${JSON.stringify(current)}`,
            );
          }
        }
        const final = applyFixes(current, fixesOf(lint(current, options).diagnostics));
        assert.equal(final.text, current, `fixes still change the text after 5 passes: ${JSON.stringify(final.applied)}`);
      }),
    );
  });

  it('outline: a tree — sections nest, siblings do not overlap, document order, parent links match', () => {
    check(
      'outline',
      fc.property(anyText({ noise: 'some' }), fc.option(fc.constantFrom(...DOCUMENT_TYPES), { nil: undefined }), (text, documentType) => {
        assertOutline(parseDraft(text, { documentType }));
      }),
    );
  });

  it('outline: the counterexamples found so far, every run', () => {
    const examples = [
      // 专栏 entries with sub-entries: the entry's section must hold them.
      '某市实施方案\n一、重点任务\n（一）推进建设\n专栏1 重点项目\n1.项目一\n（1）子项目甲\n（2）子项目乙\n二、保障措施\n',
    ];
    for (const text of examples) assertOutline(parseDraft(text));
  });

  it('applyFixes: applies non-overlapping fixes in order, skips the rest, touches nothing else', () => {
    const fixArb = (len: number) =>
      fc
        .tuple(fc.integer({ min: 0, max: len + 2 }), fc.integer({ min: 0, max: 6 }), fc.constantFrom('', 'x', '，', '〔2021〕', '$&', '😀', '\r\n'))
        .map(([start, width, t]) => ({ range: { start, end: start + width }, text: t }));
    check(
      'applyFixes',
      fc.property(
        fc.string({ maxLength: 30 }).chain((s) => fc.tuple(fc.constant(s), fc.array(fixArb(s.length), { maxLength: 6 }))),
        ([text, fixes]) => {
          const { text: out, applied, skipped } = applyFixes(text, fixes);
          assert.equal(applied.length + skipped.length, fixes.length);
          let expected = '';
          let cursor = 0;
          for (const f of applied) {
            assert.ok(f.range.start >= cursor && f.range.start <= f.range.end && f.range.end <= text.length, 'applied an invalid or overlapping fix');
            expected += text.slice(cursor, f.range.start) + f.text;
            cursor = f.range.end;
          }
          expected += text.slice(cursor);
          assert.equal(out, expected);
          for (const f of skipped) {
            const valid = f.range.start <= f.range.end && f.range.end <= text.length;
            assert.ok(!valid || applied.some((a) => overlaps(a.range, f.range)), `a valid, non-overlapping fix was skipped: ${JSON.stringify(f)}`);
          }
        },
      ),
    );
  });
});
