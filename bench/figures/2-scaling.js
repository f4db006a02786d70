'use strict';
/** Figure 2: 10x input costs at most 11x the 1x input — lint, parse, corpus index. */
const { runWorker } = require('../lib/child');

module.exports = async function scaling(cfg) {
  const plan = cfg.quick ? { warmup: 5, one: 10, ten: 4 } : { warmup: 20, one: 60, ten: 20 };
  const rows = [];
  const checks = [];
  const data = {};
  const what = {
    lint: ['lint() seed 001', 'lint() 10× seed 001 (1.7 MB, no findings cap)'],
    parse: ['parseDraft() seed 001', 'parseDraft() 10× seed 001'],
    corpus: ['Corpus.load() 5 seeds (445 KB, in memory)', 'Corpus.load() 10 copies of the 5 seeds (50 files)'],
  };
  for (const w of ['lint', 'parse', 'corpus']) {
    cfg.log(`  ${w}`);
    const r = runWorker('scaling.js', [w, plan.warmup, plan.one, plan.ten], { timeoutMs: 600000 });
    data[w] = r;
    if (r.error) {
      rows.push({ label: what[w][0], error: r.error });
      checks.push({ name: `${w}: 10× input ≤ 11× time`, error: r.error, pass: false, budget: 11, op: '<=' });
      continue;
    }
    rows.push({ label: what[w][0], stats: r.one.stats });
    rows.push({ label: what[w][1], stats: r.ten.stats });
    checks.push({
      name: `${w}: 10× input costs ≤ 11× the 1× input`,
      value: r.ratio,
      unit: '×',
      budget: 11,
      op: '<=',
      pass: r.ratio <= 11,
      detail: `${r.ten.stats.median.toFixed(1)} / ${r.one.stats.median.toFixed(1)} ms; p5–p95 bound ${(r.ten.stats.p5 / r.one.stats.p95).toFixed(1)}–${(r.ten.stats.p95 / r.one.stats.p5).toFixed(1)}×`,
    });
  }
  return { id: 2, title: 'Scaling: 1× vs 10× input', rows, checks, notes: ['1× and 10× runs interleaved in one process (one 10× run, then three 1× runs, per round). Ratio of medians; the p5–p95 bound divides the extremes (10× p5 / 1× p95 – 10× p95 / 1× p5).'], data };
};
