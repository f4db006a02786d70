'use strict';
/** Figure 8: adversarial inputs at n, 2n, 4n; growth ratio (linear ≈ 2.0). */
const fs = require('node:fs');
const path = require('node:path');
const { runWorker } = require('../lib/child');
const { summarizeProfile } = require('../lib/cpuprofile');
const { tempDir } = require('../lib/inputs');

/** Profiles one size of a case and names the functions the time goes to. */
function hotSpots(name, size) {
  const dir = tempDir('adv-prof');
  try {
    const r = runWorker('adversarial.js', [name, size, 1], { nodeArgs: ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '500'], timeoutMs: 120000 });
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (r.error || !file) return undefined;
    const s = summarizeProfile(path.join(dir, file), { marker: '__benchAdversarial', top: 3 });
    return s.ownerTop.map((e) => ({ key: e.key, pct: e.pct }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = async function adversarial(cfg) {
  const list = runWorker('adversarial.js', ['list']);
  const timeoutMs = (cfg.quick ? 30 : 60) * 1000;
  const reps = cfg.quick ? 1 : 3;
  const rows = [];
  const checks = [];
  const data = {};
  for (const [name, c] of Object.entries(list.cases)) {
    const series = [];
    const run = (size) => {
      cfg.log(`  ${name} ${size} ${c.unit}`);
      const r = runWorker('adversarial.js', [name, size, reps], { timeoutMs });
      series.push({ size, ...r });
      return r;
    };
    let base = c.n;
    for (const m of [1, 2, 4]) {
      const r = run(base * m);
      if (r.error) break;
    }
    // When the stated size already fails, probe smaller sizes for the growth ratio.
    let probed = false;
    if (series[0].error) {
      probed = true;
      base = Math.max(1, Math.floor(c.n / 20));
      for (const m of [1, 2, 4]) {
        const r = run(base * m);
        if (r.error) break;
      }
    }
    data[name] = { ...c, series };
    const ok = series.filter((s) => !s.error);
    const growth = [];
    const judged = []; // doublings whose larger time is ≥ 100 ms: below that, noise on a shared machine decides the ratio
    for (let i = 1; i < ok.length; i++) {
      if (ok[i].size !== 2 * ok[i - 1].size) continue;
      const g = ok[i].stats.median / ok[i - 1].stats.median;
      growth.push(g);
      if (ok[i].stats.median >= 100) judged.push(g);
    }
    const cells = series.map((s) => (s.error ? `${s.size}: ${s.timedOut ? `> ${timeoutMs / 1000} s` : 'CRASH'}` : `${s.size}: ${s.stats.median.toFixed(s.stats.median < 10 ? 1 : 0)} ms`));
    const failure = series.find((s) => s.error);
    const worst = judged.length ? Math.max(...judged) : growth.length ? 0 : undefined;
    const verdict = failure && !failure.timedOut ? 'CRASH' : worst === undefined ? (failure ? 'TIMEOUT' : '?') : worst <= 2.6 ? (failure ? 'TIMEOUT' : 'linear') : 'SUPERLINEAR';
    // Where a superlinear case spends its time: profile the largest size that took 0.3–20 s.
    let hot;
    if (verdict !== 'linear') {
      const pick = [...ok].reverse().find((s) => s.stats.median >= 300 && s.stats.median <= 20000);
      if (pick) {
        cfg.log(`  ${name}: profiling at ${pick.size}`);
        hot = hotSpots(name, pick.size);
        if (hot) data[name].hotSpots = { size: pick.size, top: hot };
      }
    }
    rows.push({ label: `${name}: ${c.what}`, text: cells.join(' · '), note: `growth ${growth.map((g) => g.toFixed(2)).join(', ') || '–'} → ${verdict}` });
    if (hot) rows.push({ label: `    ↳ time at ${data[name].hotSpots.size}: ${hot.map((h) => `${h.key} ${h.pct.toFixed(0)} %`).join('; ')}`, text: '' });
    checks.push({
      name: `${name} grows linearly (ratio per doubling ≈ 2.0)`,
      value: worst === undefined ? verdict : `${growth.map((g) => g.toFixed(2)).join(' / ')}`,
      pass: verdict === 'linear',
      soft: true,
      detail: [probed ? `probed at ${base}, ${2 * base}, ${4 * base} since ${c.n} failed` : '', failure ? failure.error.split('\n')[0].slice(0, 160) : ''].filter(Boolean).join('; '),
    });
  }
  return {
    id: 8,
    title: 'Adversarial inputs — full lint at n, 2n, 4n (median)',
    rows,
    checks,
    notes: [`Verdict: SUPERLINEAR when a doubling whose larger time is ≥ 100 ms grows by more than 2.6×. One process per size, ${reps} runs (9 when a run takes under 100 ms; 1 when it exceeds 15 s), time-out ${timeoutMs / 1000} s. A size that fails at n is probed at n/20, n/10, n/5 for the growth ratio. Each payload sits in a minimal draft (title, 发文字号, 一、, （一）).`],
    data,
  };
};
