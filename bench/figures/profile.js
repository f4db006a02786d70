'use strict';
/**
 * Where the time goes: `node --cpu-prof` over (a) a warm lint loop of seed 001 and
 * (b) the CLI (its tsc output, out/src/cli/main.js) over the folder of 1 000 drafts
 * of figure 6. Self time per function,
 * with the builtins and regular expressions it calls charged to it.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { runWorker } = require('../lib/child');
const { summarizeProfile } = require('../lib/cpuprofile');
const { tempDir } = require('../lib/inputs');
const { BENCH, ROOT } = require('../lib/paths');

// The tsc output of the CLI (unminified, with source maps): dist/ may hold a --production build.
const CLI_OUT = path.join(ROOT, 'out', 'src', 'cli', 'main.js');
const { makeFolder, hasJobs } = require('./6-folder');

function keep(cfg, from, name) {
  if (!cfg.keepProfile) return undefined;
  const out = path.join(BENCH, 'profile');
  fs.mkdirSync(out, { recursive: true });
  const to = path.join(out, name);
  fs.copyFileSync(from, to);
  return path.relative(path.dirname(BENCH), to);
}

function rowsOf(summary, per, unit) {
  return summary.ownerTop.slice(0, 12).map((e) => ({ label: e.key, text: `${e.pct.toFixed(1)} %`, note: `${(e.ms / per).toFixed(2)} ${unit}` }));
}

module.exports = async function profile(cfg) {
  const figures = [];
  // (a) warm lint loop
  const dir = tempDir('prof');
  const iterations = cfg.quick ? 40 : 150;
  const r = runWorker('profile-loop.js', [iterations], { nodeArgs: ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '200'], timeoutMs: 300000 });
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const data = {};
  if (r.error || !file) {
    figures.push({ rows: [{ label: 'profile', error: r.error || 'no profile written' }] });
  } else {
    const summary = summarizeProfile(path.join(dir, file), { top: 25 });
    const kept = keep(cfg, path.join(dir, file), 'lint-warm.cpuprofile');
    data.lintLoop = { ...r, summary: { ...summary, file: kept } };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  // (b) the CLI over 1 000 drafts
  cfg.log('  CLI over 1 000 drafts under --cpu-prof');
  const folder = makeFolder(1000);
  const dir2 = tempDir('prof-cli');
  const xdg = tempDir('xdg');
  spawnSync(process.execPath, [CLI_OUT, folder.dir], { stdio: 'ignore', env: { ...process.env, XDG_CACHE_HOME: xdg } }); // warm the index cache
  const t = Date.now();
  const single = hasJobs() ? ['--jobs', '1'] : []; // worker threads would leave the main thread idle
  spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir2, '--cpu-prof-interval', '500', CLI_OUT, ...single, folder.dir], { stdio: 'ignore', env: { ...process.env, XDG_CACHE_HOME: xdg } });
  const cliMs = Date.now() - t;
  const file2 = fs.readdirSync(dir2).find((f) => f.endsWith('.cpuprofile'));
  if (file2) {
    // `run` is the CLI's entry (src/cli/main.ts); rules' run() nest inside it.
    const summary = summarizeProfile(path.join(dir2, file2), { marker: 'run', top: 25 });
    const kept = keep(cfg, path.join(dir2, file2), 'cli-1000-drafts.cpuprofile');
    data.cliFolder = { wallMs: cliMs, summary: { ...summary, file: kept } };
  }
  for (const d of [dir2, xdg, folder.dir]) fs.rmSync(d, { recursive: true, force: true });

  const rows = [];
  if (data.lintLoop) {
    rows.push({ label: `(a) warm lint loop, seed 001: ${iterations} lints, ${r.perLintMs.toFixed(1)} ms each under the profiler`, text: '' });
    rows.push(...rowsOf(data.lintLoop.summary, iterations, 'ms per lint'));
  }
  if (data.cliFolder) {
    rows.push({ label: `(b) node out/src/cli/main.js ${hasJobs() ? '--jobs 1 ' : ''}<1 000 drafts>: ${(data.cliFolder.summary.windowMs / 1000).toFixed(1)} s profiled`, text: '' });
    rows.push(...rowsOf(data.cliFolder.summary, 1000, 'ms per file'));
  }
  const where = cfg.keepProfile ? 'bench/profile/lint-warm.cpuprofile and bench/profile/cli-1000-drafts.cpuprofile' : '(temporary; --json keeps them in bench/profile/)';
  return {
    id: 'P',
    title: 'CPU profile — self time of each function, including the builtins and regexes it calls (top 12)',
    rows,
    checks: [],
    notes: [`Profiles: ${where}. Locations are src/…ts lines through the source maps; per-function tables for self time alone are in results.json.`],
    data,
  };
};
