'use strict';
/** Figure 3: whole process — `node dist/cli.js seed001` vs markdownlint-cli on the same file. */
const path = require('node:path');
const fs = require('node:fs');
const { timeCommand, hyperfine } = require('../lib/timing');
const { tempDir } = require('../lib/inputs');
const { BENCH, CLI, SEED_001, BENCH_MODULES } = require('../lib/paths');

module.exports = async function processFigure(cfg) {
  const runs = cfg.quick ? 5 : 20;
  const warmup = cfg.quick ? 1 : 3;
  const cache = tempDir('xdg');
  const env = { XDG_CACHE_HOME: cache, NO_COLOR: '1' };
  const node = process.execPath;
  const mdCli = path.join(BENCH_MODULES, 'markdownlint-cli', 'markdownlint.js');
  const mdVersion = JSON.parse(fs.readFileSync(path.join(BENCH_MODULES, 'markdownlint-cli', 'package.json'), 'utf8')).version;
  const commands = [
    { key: 'policylint', label: 'node dist/cli.js seed001 (corpus index cache warm)', argv: [node, CLI, SEED_001], runs },
    { key: 'policylintNoCache', label: 'node dist/cli.js --no-cache seed001', argv: [node, CLI, '--no-cache', SEED_001], runs },
    { key: 'markdownlint', label: `markdownlint-cli ${mdVersion} seed001 (node …/markdownlint.js)`, argv: [node, mdCli, SEED_001], runs },
    { key: 'npxMarkdownlint', label: 'npx markdownlint seed001 (npx startup included)', argv: ['npx', '--no-install', 'markdownlint', SEED_001], runs: Math.max(3, Math.round(runs / 2)) },
    { key: 'node', label: 'node -e 0 (Node startup, for reference)', argv: [node, '-e', '0'], runs },
  ];
  const rows = [];
  const data = { timer: hyperfine() ? hyperfine() : 'spawnSync (hyperfine not installed)' };
  for (const c of commands) {
    cfg.log(`  ${c.label}`);
    const r = timeCommand(c.argv, { runs: c.runs, warmup, cwd: BENCH, env });
    data[c.key] = r;
    rows.push({ label: c.label, stats: r.stats, note: `exit ${r.exitCodes.join('/')}` });
  }
  fs.rmSync(cache, { recursive: true, force: true });
  const checks = [];
  const ours = data.policylint.stats.median;
  checks.push({ name: 'markdownlint-cli / policylint CLI (wall time)', value: data.markdownlint.stats.median / ours, unit: '×', info: true });
  checks.push({ name: 'npx markdownlint / policylint CLI (wall time)', value: data.npxMarkdownlint.stats.median / ours, unit: '×', info: true });
  checks.push({ name: 'policylint CLI above bare Node startup', value: ours - data.node.stats.median, unit: 'ms', info: true });
  return { id: 3, title: `Whole process, seed 001 — median wall time (${data.timer})`, rows, checks, notes: ['stdout/stderr discarded; exit codes ignored (a linter exits 1 when it finds errors; each row shows the exit code seen). XDG_CACHE_HOME points at a fresh temporary folder, warmed by the warm-up runs.'], data };
};
