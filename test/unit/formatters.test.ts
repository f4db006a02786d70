/**
 * The CLI's two-step formatters: each file formatted on its own (in a worker for a
 * big run), then joined. The joined text must be exactly what one JSON.stringify of
 * the whole would print, whatever the findings hold.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { toFindings, type FileFinding } from '../../src/cli/findings';
import { formatterFor } from '../../src/cli/formatters';
import { addTally, emptyTally, tallyOf, type FormatName } from '../../src/cli/formatters/formatter';
import { batchesOf } from '../../src/cli/workers';
import { FIXTURES, lintText, readSeed } from './helpers';

const OPTIONS = { lang: 'zh' as const, color: false, version: '9.9.9' };

function findingsOf(name: string, text: string): FileFinding[] {
  const r = lintText(text);
  return toFindings(name, r.draft.lines, r.diagnostics);
}

function formatAll(format: FormatName, files: FileFinding[][]): string {
  const f = formatterFor(format, OPTIONS);
  const tally = emptyTally();
  for (const list of files) addTally(tally, tallyOf(list));
  return f.finish(files.map((list) => f.file(list)), tally);
}

describe('formatters', () => {
  const defects = findingsOf('草稿.txt', fs.readFileSync(path.join(FIXTURES, 'drafts/defects-implementation.txt'), 'utf8'));
  const seed = findingsOf('seed000.txt', readSeed('000'));
  const clean: FileFinding[] = [];
  // A message with the characters String.replace treats as patterns, and a newline.
  const tricky: FileFinding[] = [{ ...defects[0], file: 'x.txt', message: "价格$&与$'及$`、$$1\n第二行\u2028", fix: { range: defects[0], text: '$&' } }];

  for (const format of ['json', 'sarif'] as const) {
    it(`${format}: the joined parts are exactly JSON.stringify of the whole, findings in input order`, () => {
      for (const files of [[defects, clean, seed], [clean], [], [clean, tricky, clean]]) {
        const out = formatAll(format, files);
        const parsed = JSON.parse(out);
        assert.equal(out, JSON.stringify(parsed, null, 2));
        const items = format === 'json' ? parsed : parsed.runs[0].results;
        assert.equal(items.length, files.flat().length);
        const messages = items.map((i: { message: string | { text: string } }) => (typeof i.message === 'string' ? i.message : i.message.text));
        assert.deepEqual(messages, files.flat().map((f) => f.message));
      }
    });
  }

  it('sarif: the rules and tool version are there with no results too', () => {
    const log = JSON.parse(formatAll('sarif', [clean]));
    assert.equal(log.runs[0].tool.driver.version, '9.9.9');
    assert.deepEqual(log.runs[0].results, []);
    assert.ok(log.runs[0].tool.driver.rules.length >= 26);
  });

  it('stylish: a block per file with findings, a blank line between, then the totals', () => {
    const out = formatAll('stylish', [defects, clean, tricky]);
    const blocks = out.split('\n\n');
    assert.equal(blocks.length, 3);
    assert.match(blocks[0], /^草稿\.txt\n {2}\d+:\d+ +(错误|警告|提示) {2}/);
    assert.match(blocks[1], /^x\.txt\n/);
    const t = tallyOf([...defects, ...tricky]);
    assert.ok(blocks[2].startsWith(`✖ 共 ${t.errors + t.warnings + t.infos} 个问题（${t.errors} 个错误`), blocks[2]);
    assert.equal(formatAll('stylish', [clean, clean]), '');
  });

  it('tallies severities and fixes', () => {
    const t = tallyOf(defects);
    assert.equal(t.errors + t.warnings + t.infos, defects.length);
    assert.equal(t.fixable, defects.filter((f) => f.fix).length);
    assert.ok(t.errors >= 1 && t.fixable >= 1);
  });
});

describe('worker batches', () => {
  const files = Array.from({ length: 100 }, (_, i) => ({ display: `f${i}`, path: `/x/f${i}` }));

  it('deal files out in input order, within 32 files or 512 KB, a big file alone', () => {
    const sizes = files.map((_, i) => (i === 40 ? 5_000_000 : i < 40 ? 100 : 200_000));
    const batches = batchesOf(files, (f) => sizes[Number(f.display.slice(1))]);
    assert.deepEqual(batches.flat().map((b) => b.index), files.map((_, i) => i));
    assert.equal(batches[0].length, 32);
    const big = batches.find((b) => b.some((x) => x.index === 40))!;
    assert.deepEqual(big.map((x) => x.index), [40]);
    for (const b of batches) {
      const bytes = b.reduce((s, x) => s + sizes[x.index], 0);
      assert.ok(b.length <= 32 && (bytes <= 512 * 1024 || b.length === 1));
    }
  });

  it('make no batch of nothing', () => {
    assert.deepEqual(batchesOf([], () => 0), []);
  });
});
