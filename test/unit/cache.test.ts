/** Re-linting with the paragraph cache gives exactly what a fresh lint gives, edit after edit. */
import * as assert from 'node:assert/strict';
import { LintCache } from '../../src/core/cache';
import { LineIndex } from '../../src/core/text/lines';
import { lint } from '../../src/core/lint';
import { readSeed, seedCorpus } from './helpers';

function snapshot(text: string, cache?: LintCache): string {
  return JSON.stringify(lint(text, { corpus: seedCorpus(), cache }).diagnostics);
}

describe('lint cache', () => {
  for (const id of ['001', '003', '004']) {
    it(`seed ${id}: cached and fresh results agree across 40 edits`, () => {
      let text = readSeed(id);
      const cache = new LintCache();
      // A fixed sequence of edits: insert, delete, a line break, a heading marker.
      let seed = 7;
      const next = () => (seed = (seed * 48271) % 2147483647);
      for (let i = 0; i < 40; i++) {
        const at = next() % text.length;
        const edits = ['的', '', '\n', '二、', '，', '（'];
        const insert = edits[next() % edits.length];
        const remove = insert === '' ? 1 : 0;
        text = text.slice(0, at) + insert + text.slice(at + remove);
        assert.equal(snapshot(text, cache), snapshot(text), `edit ${i} at ${at}`);
      }
      assert.ok(cache.size > 0);
    });
  }

  it('never hands out an entry placed two lints ago at an index the last lint skipped', () => {
    // A Markdown fence or comment line is never looked up: its slot must not keep an
    // entry from an older text (the placements are reused every other lint).
    const cache = new LintCache();
    const lintLines = (text: string, skip: number[] = []) => {
      cache.begin(text);
      const lines = new LineIndex(text);
      cache.expect('line', lines.lineCount);
      const got = [];
      for (let n = 0; n < lines.lineCount; n++) {
        if (skip.includes(n)) continue;
        got[n] = cache.entryAt('line', n, lines.starts[n], lines.ends[n], text);
      }
      cache.remember({ text, folded: text, lines });
      return got;
    };
    const first = lintLines('AAAAA\nB')[0];
    lintLines('AAAAA\nX');
    lintLines('CCCCC\nB', [0]);
    const fourth = lintLines('CCCCC\nD')[0];
    assert.notEqual(fourth, first);
    assert.equal(fourth, cache.entry('CCCCC'));
  });

  it('drops entries the last lint did not use', () => {
    const cache = new LintCache();
    lint(readSeed('001'), { cache });
    const big = cache.size;
    lint('某市实施方案\n一、总体要求\n', { cache });
    assert.ok(cache.size < big / 10, `${cache.size} of ${big} entries left`);
  });
});
