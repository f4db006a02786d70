'use strict';
/**
 * Figure 2: how lint, parse and the corpus index scale from 1x to 10x input.
 *   node scaling.js <lint|parse|corpus> <warmup> <runs1x> <runs10x>
 * lint/parse: seed 001 vs its 10x concatenation. corpus: Corpus.load over a folder
 * holding the five seeds once vs a folder holding ten copies of them (in-memory
 * index, no disk cache, so every file is really extracted).
 */
const fs = require('node:fs');
const path = require('node:path');
const { emit } = require('../lib/child');
const { seed001, tenTimes, seedFiles, tempDir } = require('../lib/inputs');
const { OUT_CORE, SEEDS } = require('../lib/paths');
const { summarize } = require('../lib/stats');

function main() {
  const [what, warmupArg, runs1Arg, runs10Arg] = process.argv.slice(2);
  const warmup = Number(warmupArg);
  const runs1 = Number(runs1Arg);
  const runs10 = Number(runs10Arg);
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
  // Warm both sizes, then measure them interleaved (one 10x run, then runs1/runs10
  // 1x runs, per round), so that load on the machine weighs on both alike.
  for (let i = 0; i < warmup; i++) one();
  for (let i = 0; i < Math.max(2, Math.ceil(warmup / 5)); i++) ten();
  const s1 = [];
  const s10 = [];
  const per = Math.max(1, Math.round(runs1 / runs10));
  const time = (fn, into) => {
    const t = process.hrtime.bigint();
    fn();
    into.push(Number(process.hrtime.bigint() - t) / 1e6);
  };
  for (let r = 0; r < runs10; r++) {
    time(ten, s10);
    for (let k = 0; k < per; k++) time(one, s1);
  }
  cleanup();
  const a = summarize(s1);
  const b = summarize(s10);
  emit({ what, ...sizes, one: { samples: s1, stats: a }, ten: { samples: s10, stats: b }, ratio: b.median / a.median });
}

try {
  main();
} catch (e) {
  emit({ error: String(e && e.stack ? e.stack : e) });
}
