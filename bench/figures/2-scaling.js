'use strict';
/** Figure 2: 10x input costs at most 11x the 1x input — lint, parse, corpus index. */
const { runWorker } = require('../lib/child');
const { summarize } = require('../lib/stats');

/**
 * Each measurement in a few fresh processes; in each, rounds of the same amount of
 * text both ways back to back (ten 1× runs, one 10× run; ABBA order; a full
 * collection before each, untimed — see workers/scaling.js). The verdict is the
 * median of every round's ratio, so a slow spell of the machine weighs on both
 * sides of a ratio instead of on one size.
 */
module.exports = async function scaling(cfg) {
  const plan = cfg.quick ? { processes: 1, warmup: 2, rounds: { lint: 6, parse: 6, corpus: 4 } } : { processes: 3, warmup: 5, rounds: { lint: 20, parse: 20, corpus: 10 } };
  const rows = [];
  const checks = [];
  const data = {};
  const what = {
    lint: ['lint() seed 001 (ten runs in a row, per run)', 'lint() 10× seed 001 (1.7 MB, no findings cap)'],
    parse: ['parseDraft() seed 001 (ten runs in a row, per run)', 'parseDraft() 10× seed 001'],
    corpus: ['Corpus.load() 5 seeds (445 KB, in memory; ten loads in a row, per load)', 'Corpus.load() 10 copies of the 5 seeds (50 files)'],
  };
  for (const w of ['lint', 'parse', 'corpus']) {
    cfg.log(`  ${w}`);
    const rounds = [];
    const gcMs = { one: 0, ten: 0 };
    const totalMs = { one: 0, ten: 0 };
    let error;
    for (let p = 0; p < plan.processes && !error; p++) {
      const res = runWorker('scaling.js', [w, plan.warmup, plan.rounds[w]], { nodeArgs: ['--expose-gc'], timeoutMs: 600000 });
      if (res.error) {
        error = res.error;
        break;
      }
      rounds.push(...res.samples);
      for (const size of ['one', 'ten']) {
        gcMs[size] += res.gcMs[size];
        totalMs[size] += res.totalMs[size];
      }
      data[w] = { sizes: res };
    }
    if (error) {
      rows.push({ label: what[w][0], error });
      checks.push({ name: `${w}: 10× input ≤ 11× time`, error, pass: false, budget: 11, op: '<=' });
      continue;
    }
    const one = summarize(rounds.map((r) => r.oneMs));
    const ten = summarize(rounds.map((r) => r.tenMs));
    const ratios = rounds.map((r) => r.ratio);
    const ratio = summarize(ratios).median;
    const quartiles = [...ratios].sort((a, b) => a - b);
    const q = (f) => quartiles[Math.min(quartiles.length - 1, Math.floor(f * quartiles.length))];
    // totalMs.one covers ten runs a round; per run it is a tenth of it.
    const gcShare = (size) => `of which GC pauses ${((100 * gcMs[size]) / totalMs[size]).toFixed(0)} %`;
    rows.push({ label: what[w][0], stats: one, note: gcShare('one') });
    rows.push({ label: what[w][1], stats: ten, note: gcShare('ten') });
    data[w] = { ...data[w], one: { stats: one }, ten: { stats: ten }, ratio, ratios, gcMs, totalMs };
    checks.push({
      name: `${w}: 10× input costs ≤ 11× the 1× input`,
      value: ratio,
      unit: '×',
      budget: 11,
      op: '<=',
      pass: ratio <= 11,
      detail: `median of ${ratios.length} rounds (quartiles ${q(0.25).toFixed(1)}–${q(0.75).toFixed(1)}×); all rounds' time together ${(totalMs.ten / (totalMs.one / 10)).toFixed(2)}×`,
    });
    checks.push({
      name: `${w}: 10× / 1× without GC pauses (all rounds together)`,
      value: (totalMs.ten - gcMs.ten) / ((totalMs.one - gcMs.one) / 10),
      unit: '×',
      info: true,
      detail: `GC pauses ${(gcMs.ten / (gcMs.one / 10)).toFixed(0)}× as long`,
    });
  }
  return {
    id: 2,
    title: 'Scaling: 1× vs 10× input',
    rows,
    checks,
    notes: [
      `${plan.processes} fresh process(es) per measurement, ${plan.warmup} warm-up rounds each, then ${plan.rounds.lint} (lint, parse) or ${plan.rounds.corpus} (corpus) timed rounds. A round times ten 1× runs in a row and one 10× run — the same amount of text, about the same garbage — back to back in alternating order, each after a full collection outside the timing. The verdict is the median of the rounds' ratios (10× time over a tenth of the ten-run time).`,
    ],
    data,
  };
};
