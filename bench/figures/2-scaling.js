'use strict';
/** Figure 2: 10x input costs at most 11x the 1x input — lint, parse, corpus index. */
const { runWorker } = require('../lib/child');
const { summarize } = require('../lib/stats');

/**
 * Each size in fresh processes of its own, alternated (1×, 10×, 1×, 10× …), so
 * that neither pays for the other's garbage and load on the machine weighs on both
 * alike; samples pooled over the processes.
 */
module.exports = async function scaling(cfg) {
  const plan = cfg.quick ? { rounds: 1, one: { warmup: 5, runs: 10 }, ten: { warmup: 2, runs: 4 } } : { rounds: 7, one: { warmup: 20, runs: 40 }, ten: { warmup: 3, runs: 10 } };
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
    const pooled = { one: [], ten: [] };
    const gc = { one: { gcMs: 0, totalMs: 0, runs: 0 }, ten: { gcMs: 0, totalMs: 0, runs: 0 } };
    const roundRatios = [];
    let error;
    for (let r = 0; r < plan.rounds && !error; r++) {
      const medians = {};
      for (const size of ['one', 'ten']) {
        const res = runWorker('scaling.js', [w, size, plan[size].warmup, plan[size].runs], { timeoutMs: 600000 });
        if (res.error) {
          error = res.error;
          break;
        }
        pooled[size].push(...res.samples);
        gc[size].gcMs += res.gcMs;
        gc[size].totalMs += res.totalMs;
        gc[size].runs += res.samples.length;
        medians[size] = res.stats.median;
        data[w] = { ...(data[w] || {}), sizes: res };
      }
      if (!error) roundRatios.push(medians.ten / medians.one);
    }
    if (error) {
      rows.push({ label: what[w][0], error });
      checks.push({ name: `${w}: 10× input ≤ 11× time`, error, pass: false, budget: 11, op: '<=' });
      continue;
    }
    const one = summarize(pooled.one);
    const ten = summarize(pooled.ten);
    // The median of the pairs' ratios: each pair ran back to back, so a slow spell
    // of the machine weighs on both sides of one ratio rather than on one pooled side.
    const ratio = summarize(roundRatios).median;
    data[w] = { one: { samples: pooled.one, stats: one }, ten: { samples: pooled.ten, stats: ten }, ratio, roundRatios, gc };
    const gcNote = (g) => `of which GC pauses ${(g.gcMs / g.runs).toFixed(1)} ms a run (${((100 * g.gcMs) / g.totalMs).toFixed(0)} %)`;
    rows.push({ label: what[w][0], stats: one, note: gcNote(gc.one) });
    rows.push({ label: what[w][1], stats: ten, note: gcNote(gc.ten) });
    checks.push({
      name: `${w}: 10× input costs ≤ 11× the 1× input`,
      value: ratio,
      unit: '×',
      budget: 11,
      op: '<=',
      pass: ratio <= 11,
      detail: `pairs of processes ${roundRatios.map((x) => x.toFixed(1)).join(', ')}×; pooled medians ${ten.median.toFixed(1)} / ${one.median.toFixed(1)} ms = ${(ten.median / one.median).toFixed(1)}×`,
    });
    // The same ratio with the collector's pauses taken out (mean time a run minus mean GC pause a run).
    const net = (g) => (g.totalMs - g.gcMs) / g.runs;
    checks.push({ name: `${w}: 10× / 1× without GC pauses (mean)`, value: net(gc.ten) / net(gc.one), unit: '×', info: true, detail: `GC pauses ${(gc.ten.gcMs / gc.ten.runs / (gc.one.gcMs / gc.one.runs)).toFixed(0)}× as long` });
  }
  return {
    id: 2,
    title: 'Scaling: 1× vs 10× input',
    rows,
    checks,
    notes: [
      `Each size measured in fresh processes of its own, ${plan.rounds} pair(s) alternated (1×, 10×, …): per 1× process ${plan.one.warmup} warm-up and ${plan.one.runs} timed runs, per 10× process ${plan.ten.warmup} and ${plan.ten.runs}. The verdict is the median of the pairs' ratios (each pair's 10× median over its 1× median); the detail also gives the ratio of the pooled medians.`,
    ],
    data,
  };
};
