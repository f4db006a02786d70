'use strict';
/**
 * Whole-process wall time: hyperfine when it is installed (`apt-get install -y
 * hyperfine`), else a spawnSync loop. Either way the samples come back in ms.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { summarize } = require('./stats');

let hyperfineVersion;
function hyperfine() {
  if (hyperfineVersion === undefined) {
    const r = spawnSync('hyperfine', ['--version'], { encoding: 'utf8' });
    hyperfineVersion = r.status === 0 ? r.stdout.trim() : null;
  }
  return hyperfineVersion;
}

/**
 * Times `argv` (no shell) `runs` times after `warmup` runs; stdout/stderr discarded,
 * exit codes ignored (a linter exits 1 when it finds errors).
 */
function timeCommand(argv, { runs = 10, warmup = 2, cwd, env, useHyperfine = true } = {}) {
  const fullEnv = { ...process.env, ...(env || {}) };
  if (useHyperfine && hyperfine()) {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-bench-hf-')), 'hf.json');
    const quote = (a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);
    const cmd = argv.map(quote).join(' ');
    const r = spawnSync(
      'hyperfine',
      ['--shell=none', '--ignore-failure', '--style', 'none', '--warmup', String(warmup), '--runs', String(runs), '--export-json', out, cmd],
      { encoding: 'utf8', cwd, env: fullEnv, maxBuffer: 64 * 1024 * 1024 },
    );
    if (r.status === 0 && fs.existsSync(out)) {
      const res = JSON.parse(fs.readFileSync(out, 'utf8')).results[0];
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
      const samples = res.times.map((s) => s * 1000);
      return { tool: hyperfine(), samples, stats: summarize(samples), exitCodes: [...new Set(res.exit_codes)] };
    }
    // fall through to the spawnSync loop if hyperfine failed to run this command
  }
  const once = () => {
    const t = process.hrtime.bigint();
    const r = spawnSync(argv[0], argv.slice(1), { cwd, env: fullEnv, stdio: 'ignore' });
    return { ms: Number(process.hrtime.bigint() - t) / 1e6, code: r.status };
  };
  for (let i = 0; i < warmup; i++) once();
  const samples = [];
  const codes = new Set();
  for (let i = 0; i < runs; i++) {
    const r = once();
    samples.push(r.ms);
    codes.add(r.code);
  }
  return { tool: 'spawnSync', samples, stats: summarize(samples), exitCodes: [...codes] };
}

module.exports = { hyperfine, timeCommand };
