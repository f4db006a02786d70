'use strict';
/**
 * Figure 1: one tool's warm in-process lint, in its own process, driven over IPC so
 * that the tools' samples can be interleaved in time (load on the machine then
 * weighs on every tool alike).
 *   fork('warm-lint.js', [<policylint|zhlint|markdownlint>, <1x|10x>, <warmup>])
 * → sends { ready, … } after set-up and warm-up; answers { sample: k } with
 * { samples: [k times in ms] }; exits on { done: true }.
 * policylint: parse + every rule (all 26 at their default severity, none off) with
 * the built-in corpus loaded beforehand (loading it is figure 2's business).
 */
const path = require('node:path');
const { seed001, tenTimes } = require('../lib/inputs');
const { OUT_CORE, SEEDS, BENCH_MODULES, ROOT } = require('../lib/paths');

async function setup(tool, text) {
  if (tool === 'policylint') {
    const { lint } = require(path.join(OUT_CORE, 'lint.js'));
    const { Corpus } = require(path.join(OUT_CORE, 'corpus', 'corpus.js'));
    const { RULES } = require(path.join(OUT_CORE, 'rules', 'registry.js'));
    const corpus = Corpus.load({ builtInDir: SEEDS });
    // Every rule on, whatever its default: none may be skipped by a default of 'off'.
    const rules = Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.defaultSeverity === 'off' ? 'warning' : r.meta.defaultSeverity]));
    const options = { corpus, rules, fileName: 'seed001.txt' };
    return { fn: () => lint(text, options).diagnostics.length, version: require(path.join(ROOT, 'package.json')).version, rules: RULES.length };
  }
  if (tool === 'zhlint') {
    const zhlint = require(path.join(BENCH_MODULES, 'zhlint'));
    return { fn: () => zhlint.run(text).validations.length, version: require(path.join(BENCH_MODULES, 'zhlint', 'package.json')).version };
  }
  if (tool === 'markdownlint') {
    // markdownlint >= 0.38 is ESM-only: lint() from 'markdownlint/sync'; default config = all default rules.
    const { lint } = await import(require.resolve('markdownlint/sync', { paths: [BENCH_MODULES] }));
    return { fn: () => lint({ strings: { a: text }, config: { default: true } }).a.length, version: require(path.join(BENCH_MODULES, 'markdownlint', 'package.json')).version };
  }
  throw new Error(`unknown tool ${tool}`);
}

async function main() {
  const [tool, which, warmupArg] = process.argv.slice(2);
  const text = which === '10x' ? tenTimes() : seed001();
  const { fn, ...meta } = await setup(tool, text);
  const findings = fn();
  for (let i = 0; i < Number(warmupArg); i++) fn();
  process.send({ ready: true, tool, input: which, chars: text.length, bytes: Buffer.byteLength(text), findings, ...meta });
  process.on('message', (m) => {
    if (m.done) process.exit(0);
    const samples = [];
    for (let i = 0; i < m.sample; i++) {
      const t = process.hrtime.bigint();
      fn();
      samples.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    process.send({ samples });
  });
}

main().catch((e) => {
  process.send({ error: String(e && e.stack ? e.stack : e) });
  process.exit(1);
});
