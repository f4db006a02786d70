'use strict';
/**
 * Figure 2: how lint, parse and the corpus index scale from 1x to 10x input.
 *   node --expose-gc scaling.js <lint|parse|corpus> <warmup> <rounds>
 * lint/parse: seed 001 vs its 10x concatenation. corpus: Corpus.load over a folder
 * holding the five seeds once vs a folder holding ten copies of them (in-memory
 * index, no disk cache, so every file is really extracted).
 *
 * Each round times the same amount of text both ways, back to back: ten 1x runs in
 * a row (their time / 10 is the 1x cost) and one 10x run, in alternating order
 * (ABBA), each after a full collection outside the timing. So both sides allocate
 * about as much, start from the same clean heap, and meet the same spell of the
 * machine's speed; what is left between them is what a larger input really costs
 * (its larger live model surviving the collector's scavenges included).
 */
const fs = require('node:fs');
const { PerformanceObserver, performance } = require('node:perf_hooks');
const path = require('node:path');
const { emit } = require('../lib/child');
const { seed001, tenTimes, seedFiles, tempDir } = require('../lib/inputs');
const { OUT_CORE, SEEDS } = require('../lib/paths');

/** The two sizes of one measurement, and what they hold. */
function subjects(what) {
  if (what === 'lint' || what === 'parse') {
    const text1 = seed001();
    const text10 = tenTimes(text1);
    const sizes = { oneBytes: Buffer.byteLength(text1), tenBytes: Buffer.byteLength(text10) };
    if (what === 'lint') {
      const { lint } = require(path.join(OUT_CORE, 'lint.js'));
      const { Corpus } = require(path.join(OUT_CORE, 'corpus', 'corpus.js'));
      const corpus = Corpus.load({ builtInDir: SEEDS });
      // maxFindings high enough that the 10x input is not capped (capping would flatter it).
      const options = { corpus, maxFindings: 1e9 };
      return { sizes, one: () => lint(text1, options), ten: () => lint(text10, options), cleanup() {} };
    }
    const { parseDraft } = require(path.join(OUT_CORE, 'parse', 'parse.js'));
    return { sizes, one: () => parseDraft(text1), ten: () => parseDraft(text10), cleanup() {} };
  }
  if (what === 'corpus') {
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
    const one = () => Corpus.load({ builtInDir: dir1 }).documents.length;
    const ten = () => Corpus.load({ builtInDir: dir10 }).documents.length;
    const sizes = { oneBytes: b1, tenBytes: 10 * b1, oneFiles: seedFiles().length, tenFiles: 10 * seedFiles().length, oneDocs: one(), tenDocs: ten() };
    return {
      sizes,
      one,
      ten,
      cleanup() {
        fs.rmSync(dir1, { recursive: true, force: true });
        fs.rmSync(dir10, { recursive: true, force: true });
      },
    };
  }
  throw new Error(`unknown ${what}`);
}

function main() {
  if (typeof global.gc !== 'function') throw new Error('run with --expose-gc');
  const [what, warmupArg, roundsArg] = process.argv.slice(2);
  const warmup = Number(warmupArg);
  const rounds = Number(roundsArg);
  const { sizes, one, ten, cleanup } = subjects(what);
  for (let i = 0; i < warmup; i++) {
    for (let k = 0; k < 10; k++) one();
    ten();
  }
  // Garbage-collection pauses on this thread, as V8 reports them, assigned to the
  // timed window they fall in (the forced collections fall outside every window).
  const pauses = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push({ start: e.startTime, ms: e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  const windows = [];
  const timed = (size, fn) => {
    global.gc();
    const start = performance.now();
    fn();
    const end = performance.now();
    windows.push({ size, start, end });
    return end - start;
  };
  const tenOnes = () => {
    for (let k = 0; k < 10; k++) one();
  };
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    // ABBA: 1x first in even rounds, 10x first in odd ones.
    let oneMs;
    let tenMs;
    if (r % 2 === 0) {
      oneMs = timed('one', tenOnes) / 10;
      tenMs = timed('ten', ten);
    } else {
      tenMs = timed('ten', ten);
      oneMs = timed('one', tenOnes) / 10;
    }
    samples.push({ oneMs, tenMs, ratio: tenMs / oneMs });
  }
  // The observer is told asynchronously: let the last entries arrive.
  setTimeout(() => {
    observer.disconnect();
    cleanup();
    const gcMs = { one: 0, ten: 0 };
    const totalMs = { one: 0, ten: 0 };
    for (const w of windows) {
      totalMs[w.size] += w.end - w.start;
      for (const p of pauses) if (p.start >= w.start && p.start < w.end) gcMs[w.size] += p.ms;
    }
    emit({ what, ...sizes, rounds, samples, gcMs, totalMs });
  }, 50);
}

try {
  main();
} catch (e) {
  emit({ error: String(e && e.stack ? e.stack : e) });
}
