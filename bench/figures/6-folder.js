'use strict';
/** Figure 6: CLI throughput over a folder of 1 000 drafts; --jobs 2 if the CLI has it. */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { timeCommand } = require('../lib/timing');
const { seedFiles, tempDir } = require('../lib/inputs');
const { CLI, FIXTURES } = require('../lib/paths');

/** 1 000 drafts cycling through the five seeds and the fixture drafts (their extension kept). */
function makeFolder(count) {
  const dir = tempDir('drafts');
  const sources = [...seedFiles(), ...fs.readdirSync(FIXTURES).filter((n) => /\.(txt|md)$/.test(n)).sort().map((n) => path.join(FIXTURES, n))];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const src = sources[i % sources.length];
    const dest = path.join(dir, `draft-${String(i).padStart(4, '0')}${path.extname(src)}`);
    fs.copyFileSync(src, dest);
    bytes += fs.statSync(dest).size;
  }
  return { dir, bytes, sources: sources.length };
}

function hasJobs() {
  // Unknown options are a usage error (exit 2); a known one lets --version answer.
  const r = spawnSync(process.execPath, [CLI, '--jobs', '2', '--version'], { encoding: 'utf8' });
  return r.status === 0;
}

async function folder(cfg) {
  const count = 1000;
  const { dir, bytes, sources } = makeFolder(count);
  const cache = tempDir('xdg');
  const env = { XDG_CACHE_HOME: cache, NO_COLOR: '1' };
  const runs = cfg.quick ? 2 : 5;
  const rows = [];
  const checks = [];
  const data = { files: count, bytes, sources };
  data.jobs = hasJobs();
  // With --jobs the CLI defaults to `auto` (worker threads for many files): single
  // thread is then --jobs 1.
  const single1 = data.jobs ? ['--jobs', '1'] : [];
  cfg.log(`  single thread: ${count} files, ${(bytes / 1e6).toFixed(1)} MB`);
  const single = timeCommand([process.execPath, CLI, ...single1, dir], { runs, warmup: 1, env });
  data.single = single;
  const s = single.stats.median / 1000;
  rows.push({ label: `node dist/cli.js ${single1.join(' ')} <folder of ${count} drafts, ${(bytes / 1e6).toFixed(1)} MB> (single thread)`.replace('  ', ' '), stats: single.stats, note: `exit ${single.exitCodes.join('/')}` });
  checks.push({ name: 'throughput, single thread', value: `${(count / s).toFixed(0)} files/s, ${(bytes / 1e6 / s).toFixed(1)} MB/s`, info: true });
  if (data.jobs) {
    cfg.log('  --jobs 2');
    const two = timeCommand([process.execPath, CLI, '--jobs', '2', dir], { runs, warmup: 1, env });
    data.twoWorkers = two;
    rows.push({ label: `node dist/cli.js --jobs 2 <same folder>`, stats: two.stats, note: `exit ${two.exitCodes.join('/')}` });
    checks.push({ name: 'speed-up with 2 workers (--jobs 1 / --jobs 2)', value: single.stats.median / two.stats.median, unit: '×', info: true });
  } else {
    rows.push({ label: 'workers (--jobs 2)', text: 'workers: not implemented' });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(cache, { recursive: true, force: true });
  return { id: 6, title: `CLI over a folder of ${count} drafts`, rows, checks, notes: [`Drafts generated in a temp dir cycling through ${sources} sources (the 5 seeds and the fixture drafts); stylish output to /dev/null; corpus index cache in a fresh XDG_CACHE_HOME, warmed by the warm-up run.`], data };
};

module.exports = folder;
module.exports.makeFolder = makeFolder;
module.exports.hasJobs = hasJobs;
