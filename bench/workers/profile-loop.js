'use strict';
/**
 * The hottest path under a CPU profiler: run as
 *   node --cpu-prof --cpu-prof-dir DIR workers/profile-loop.js <iterations>
 * Loads the built-in corpus, warms up, then lints seed 001 <iterations> times inside
 * __benchWarmLoop, the frame the summary (lib/cpuprofile.js) restricts itself to.
 */
const path = require('node:path');
const { emit } = require('../lib/child');
const { seed001 } = require('../lib/inputs');
const { OUT_CORE, SEEDS } = require('../lib/paths');

const { lint } = require(path.join(OUT_CORE, 'lint.js'));
const { Corpus } = require(path.join(OUT_CORE, 'corpus', 'corpus.js'));

function __benchWarmLoop(text, options, iterations) {
  let n = 0;
  for (let i = 0; i < iterations; i++) n += lint(text, options).diagnostics.length;
  return n;
}

const iterations = Number(process.argv[2] || 150);
const text = seed001();
const options = { corpus: Corpus.load({ builtInDir: SEEDS }), fileName: 'seed001.txt' };
for (let i = 0; i < 20; i++) lint(text, options);
const t = process.hrtime.bigint();
__benchWarmLoop(text, options, iterations);
const ms = Number(process.hrtime.bigint() - t) / 1e6;
emit({ iterations, loopMs: ms, perLintMs: ms / iterations });
