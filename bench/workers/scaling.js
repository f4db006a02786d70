'use strict';
/**
 * Figure 2: how lint, parse and the corpus index scale from 1x to 10x input.
 *   node scaling.js <lint|parse|corpus> <one|ten> <warmup> <runs>
 * One size per process, so that neither size pays for garbage the other left
 * (figure 2 alternates the processes). lint/parse: seed 001 vs its 10x concatenation. corpus: Corpus.load over a folder
 * holding the five seeds once vs a folder holding ten copies of them (in-memory
 * index, no disk cache, so every file is really extracted).
 */
const fs = require('node:fs');
const { PerformanceObserver } = require('node:perf_hooks');
const path = require('node:path');
const { emit } = require('../lib/child');
const { seed001, tenTimes, seedFiles, tempDir } = require('../lib/inputs');
const { OUT_CORE, SEEDS } = require('../lib/paths');
const { summarize } = require('../lib/stats');

function main() {
  const [what, size, warmupArg, runsArg] = process.argv.slice(2);
  const warmup = Number(warmupArg);
  const runs = Number(runsArg);
  if (size !== 'one' && size !== 'ten') throw new Error(`size must be one or ten, not ${size}`);
  let one;
  let ten;
  let sizes;
  let cleanup = () => {};
  if (what === 'lint' || what === 'parse') {
    const text1 = seed001();
    const text10 = tenTimes(text1);
    sizes = { oneBytes: Buffer.byteLength(text1), tenBytes: Buffer.byteLength(text10) };
    if (what === 'lint') {
      const { lint } = require(path.join(OUT_CORE, 'lint.js'));
      const { Corpus } = require(path.join(OUT_CORE, 'corpus', 'corpus.js'));
      const corpus = Corpus.load({ builtInDir: SEEDS });
      // maxFindings high enough that the 10x input is not capped (capping would flatter it).
      const options = { corpus, maxFindings: 1e9 };
      one = () => lint(text1, options);
      ten = () => lint(text10, options);
    } else {
      const { parseDraft } = require(path.join(OUT_CORE, 'parse', 'parse.js'));
      one = () => parseDraft(text1);
      ten = () => parseDraft(text10);
    }
  } else if (what === 'corpus') {
    const { Corpus } = require(path.join(OUT_CORE, 'corpus', 'corpus.js'));
    const dir1 = tempDir('corpus1');
    const dir10 = tempDir('corpus10');
    let b1 = 0;
    for (const f of seedFiles()) {
      fs.copyFileSync(f, path.join(dir1, path.basename(f)));
      b1 += fs.statSync(f).size;
      for (let k = 0; k < 10; k++) {
        const sub = path.join(dir10, `copy${k}`);
        fs.mkdirSync(sub, { recursive: true });
        fs.copyFileSync(f, path.join(sub, path.basename(f)));
      }
    }
    sizes = { oneBytes: b1, tenBytes: 10 * b1, oneFiles: seedFiles().length, tenFiles: 10 * seedFiles().length };
    one = () => Corpus.load({ builtInDir: dir1 }).documents.length;
    ten = () => Corpus.load({ builtInDir: dir10 }).documents.length;
    sizes.oneDocs = one();
    sizes.tenDocs = ten();
    cleanup = () => {
      fs.rmSync(dir1, { recursive: true, force: true });
      fs.rmSync(dir10, { recursive: true, force: true });
    };
  } else throw new Error(`unknown ${what}`);
  const fn = size === 'one' ? one : ten;
  for (let i = 0; i < warmup; i++) fn();
  // Garbage-collection pauses on this thread, as V8 reports them (PerformanceObserver 'gc').
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  const samples = [];
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < runs; r++) {
    const t = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const totalMs = Number(process.hrtime.bigint() - t0) / 1e6;
  // The observer is told asynchronously: let the last entries arrive.
  setTimeout(() => {
    observer.disconnect();
    cleanup();
    emit({ what, size, ...sizes, samples, stats: summarize(samples), gcMs, totalMs, gcShare: gcMs / totalMs });
  }, 50);
}

try {
  main();
} catch (e) {
  emit({ error: String(e && e.stack ? e.stack : e) });
}
