/** The nodejieba wrapper: lazy, validated words, keywords; never loaded by lint(). */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { Segmenter, segmenterWith } from '../../src/core/segment';
import { UnitLexicon } from '../../src/core/lexicon/units';
import { ROOT, readSeed } from './helpers';

describe('segment', function () {
  this.timeout(30000);
  const seg = new Segmenter();

  it('is not loaded until a word-level feature asks for it', () => {
    assert.equal(new Segmenter().loaded, false);
  });

  it('keeps added unit names whole', () => {
    assert.deepEqual(seg.addWords(['市发展改革委', '市工信局']), []);
    assert.deepEqual(seg.cut('市发展改革委牵头，市工信局配合').filter((w) => w.startsWith('市')), ['市发展改革委', '市工信局']);
  });

  it('rejects invalid words with a reason instead of passing them on', () => {
    const rejected = seg.addWords(['', 'a', '../../etc/passwd', 42, '正常单位名称']);
    assert.deepEqual(
      rejected.map((r) => r.word),
      ['', 'a', '../../etc/passwd', 42],
    );
    assert.ok(rejected.every((r) => r.reason.length > 0));
  });

  it('a bad unit list gives a message, and segmentation goes on', () => {
    const messages: string[] = [];
    const seg2 = segmenterWith(new UnitLexicon().allNames(), ['市数据局', '/no/such/dict.utf8', '', { path: 'x' }], (rejected) =>
      messages.push(...rejected.map((r) => String(r.reason))),
    );
    assert.equal(messages.length, 3);
    assert.ok(seg2.cut('市数据局牵头').includes('市数据局'));
    assert.ok(seg2.cut('市发展改革委配合').includes('市发展改革委'));
  });

  it('gives keywords of a seed plan', () => {
    const text = readSeed('001').split('\n').slice(20, 120).join('\n');
    const words = seg.keywords(text, 8).map((k) => k.word);
    assert.equal(words.length, 8);
    assert.ok(words.includes('兰州'), words.join(' '));
  });

  it('splits a unit list written without separators at known names', () => {
    assert.deepEqual(
      seg.splitUnits('市发展改革委市工信局', (w) => ['市发展改革委', '市工信局'].includes(w)),
      ['市发展改革委', '市工信局'],
    );
  });

  it('is never loaded by lint(), even on a seed with citations and clauses', () => {
    const script = `
      const { lint } = require(${JSON.stringify(path.join(ROOT, 'out/src/core/lint.js'))});
      const fs = require('fs');
      lint(fs.readFileSync(${JSON.stringify(path.join(ROOT, 'seeds/000_a195f0ee2a1a2df6.txt'))}, 'utf8'));
      const loaded = Object.keys(require.cache).some((k) => k.includes('nodejieba'));
      process.stdout.write(loaded ? 'loaded' : 'not loaded');`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.equal(r.stdout, 'not loaded', r.stderr);
  });
});
