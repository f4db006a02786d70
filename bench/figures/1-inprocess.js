'use strict';
/**
 * Figure 1: warm in-process lint of seed 001, policylint vs zhlint vs markdownlint.
 * Each tool lives in its own process (own heap, own JIT); after their warm-ups the
 * samples are taken round-robin, so load on the machine weighs on all three alike.
 */
const { startSampler } = require('../lib/fork');
const { summarize } = require('../lib/stats');

module.exports = async function inprocess(cfg) {
  // per round: samples of each tool (the fast one gets more); warm-up runs
  const plan = cfg.quick
    ? { rounds: 5, per: { policylint: 4, markdownlint: 2, zhlint: 1 }, warmup: { policylint: 10, markdownlint: 5, zhlint: 2 } }
    : { rounds: 15, per: { policylint: 4, markdownlint: 2, zhlint: 1 }, warmup: { policylint: 40, markdownlint: 20, zhlint: 5 } };
  const tools = Object.keys(plan.per);
  const samplers = {};
  const meta = {};
  for (const tool of tools) {
    cfg.log(`  ${tool}: set-up and ${plan.warmup[tool]} warm-up runs`);
    samplers[tool] = startSampler('warm-lint.js', [tool, '1x', plan.warmup[tool]]);
    meta[tool] = await samplers[tool].ready;
  }
  const samples = Object.fromEntries(tools.map((t) => [t, []]));
  cfg.log(`  ${plan.rounds} interleaved rounds`);
  for (let r = 0; r < plan.rounds; r++) {
    for (const tool of tools) {
      if (meta[tool].error) continue;
      const m = await samplers[tool].sample(plan.per[tool]);
      if (m.error) meta[tool].error = m.error;
      else samples[tool].push(...m.samples);
    }
  }
  for (const tool of tools) samplers[tool].stop();
  const res = Object.fromEntries(tools.map((t) => [t, { ...meta[t], samples: samples[t], stats: samples[t].length ? summarize(samples[t]) : undefined }]));
  const rows = [];
  const label = {
    policylint: 'policylint lint() — parse + all rules, built-in corpus',
    zhlint: 'zhlint run(text)',
    markdownlint: 'markdownlint lint({strings}) — all default rules',
  };
  for (const [tool, r] of Object.entries(res)) {
    if (r.error || !r.stats) rows.push({ label: label[tool], error: r.error || 'no samples' });
    else rows.push({ label: `${label[tool]} (${tool} ${r.version}, ${r.findings} findings)`, stats: r.stats });
  }
  const ours = res.policylint;
  const checks = [];
  const ratio = (peer, budget) => {
    const p = res[peer];
    if (!ours.stats || !p.stats) return checks.push({ name: `policylint ≥${budget}× faster than ${peer}`, error: 'not measured', budget, op: '>=', pass: false });
    const value = p.stats.median / ours.stats.median;
    checks.push({
      name: `policylint ≥${budget}× faster than ${peer} (warm, seed 001)`,
      value,
      unit: '×',
      budget,
      op: '>=',
      pass: value >= budget,
      detail: `${p.stats.median.toFixed(1)} / ${ours.stats.median.toFixed(1)} ms; p5–p95 bound ${(p.stats.p5 / ours.stats.p95).toFixed(1)}–${(p.stats.p95 / ours.stats.p5).toFixed(1)}×`,
    });
  };
  ratio('zhlint', 10);
  ratio('markdownlint', 3);
  const notes = [
    `Each tool in its own Node process, warmed up, then sampled round-robin (${plan.rounds} rounds of ${tools.map((t) => `${plan.per[t]} ${t}`).join(', ')}). The corpus is loaded before timing. Same input string for all (seed 001 as UTF-8). zhlint reports 0 findings on this plain-text file, markdownlint ${res.markdownlint.findings ?? '?'}.`,
  ];
  return { id: 1, title: 'Warm in-process lint of seed 001 (171 KB)', rows, checks, notes, data: res };
};
