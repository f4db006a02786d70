'use strict';
/**
 * Figure 6: CLI throughput over a folder of 1 000 drafts — one thread, two worker
 * threads, and, as the ceiling any parallel design could reach on this machine, two
 * independent single-thread processes on half the folder each, at the same time.
 * The three are run interleaved, round by round, so load from elsewhere weighs on
 * each alike; CPU time (user + sys) comes from /usr/bin/time where it is installed.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { summarize } = require('../lib/stats');
const { seedFiles, tempDir } = require('../lib/inputs');
const { CLI, FIXTURES } = require('../lib/paths');

/** 1 000 drafts cycling through the five seeds and the fixture drafts, dealt alternately into part-0/ and part-1/. */
function makeFolder(count) {
  const dir = tempDir('drafts');
  const sources = [...seedFiles(), ...fs.readdirSync(FIXTURES).filter((n) => /\.(txt|md)$/.test(n)).sort().map((n) => path.join(FIXTURES, n))];
  const parts = [path.join(dir, 'part-0'), path.join(dir, 'part-1')];
  for (const p of parts) fs.mkdirSync(p);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const src = sources[i % sources.length];
    const dest = path.join(parts[i % 2], `draft-${String(i).padStart(4, '0')}${path.extname(src)}`);
    fs.copyFileSync(src, dest);
    bytes += fs.statSync(dest).size;
  }
  return { dir, parts, bytes, sources: sources.length };
}

function hasJobs() {
  // Unknown options are a usage error (exit 2); a known one lets --version answer.
  const r = spawnSync(process.execPath, [CLI, '--jobs', '2', '--version'], { encoding: 'utf8' });
  return r.status === 0;
}

const PROBE = path.join(__dirname, '..', 'workers', 'alloc-probe.js');
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** The machine's CPU counters (jiffies): all, and stolen by the hypervisor for other guests. */
function cpuTimes() {
  try {
    const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { total: f.slice(0, 8).reduce((a, b) => a + b, 0), steal: f[7] || 0 };
  } catch {
    return undefined;
  }
}

/**
 * One run of a shell command: wall ms; CPU ms of it and its children when
 * /usr/bin/time is there; the share of the machine's CPU time the hypervisor stole
 * meanwhile (Linux /proc/stat), which no program can win back.
 */
function runOnce(script, env) {
  const argv = TIME ? [TIME, '-f', 'CPU %U %S', 'sh', '-c', script] : ['sh', '-c', script];
  const before = cpuTimes();
  const t = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const after = cpuTimes();
  const cpu = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr || '');
  const steal = before && after && after.total > before.total ? (after.steal - before.steal) / (after.total - before.total) : undefined;
  return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined, steal };
}

async function folder(cfg) {
  const count = 1000;
  const { dir, parts, bytes, sources } = makeFolder(count);
  const cache = tempDir('xdg');
  const env = { XDG_CACHE_HOME: cache, NO_COLOR: '1' };
  const runs = cfg.quick ? 2 : 5;
  const data = { files: count, bytes, sources, jobs: hasJobs() };
  const q = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
  const node = q(process.execPath);
  const cli = q(CLI);
  const variants = [
    { key: 'single', label: `node dist/cli.js --jobs 1 <folder of ${count} drafts, ${(bytes / 1e6).toFixed(1)} MB> (one thread)`, script: `${node} ${cli} --jobs 1 ${q(dir)} >/dev/null 2>&1` },
    { key: 'twoWorkers', label: 'node dist/cli.js --jobs 2 <same folder> (two worker threads)', script: `${node} ${cli} --jobs 2 ${q(dir)} >/dev/null 2>&1` },
    {
      // Half the folder on one thread: with the full run it splits CPU time into what
      // a process pays once (start-up, JIT warm-up) and what each draft costs.
      key: 'singleHalf',
      label: `node dist/cli.js --jobs 1 <half the folder, ${count / 2} drafts> (one thread)`,
      script: `${node} ${cli} --jobs 1 ${q(parts[0])} >/dev/null 2>&1`,
    },
    {
      key: 'twoProcesses',
      label: 'ceiling: two `--jobs 1` processes at once, on half the folder each',
      script: `${node} ${cli} --jobs 1 ${q(parts[0])} >/dev/null 2>&1 & ${node} ${cli} --jobs 1 ${q(parts[1])} >/dev/null 2>&1; wait`,
    },
    {
      // The same one-thread run with V8's optimising compiler on the main thread: what
      // the run keeps busy beside its own thread is then left to the collector alone.
      key: 'singleNoConcurrentJit',
      label: 'node --no-concurrent-recompilation dist/cli.js --jobs 1 <same folder> (JIT on the main thread)',
      script: `${node} --no-concurrent-recompilation ${cli} --jobs 1 ${q(dir)} >/dev/null 2>&1`,
    },
    { key: 'probeOne', label: 'machine probe: an allocating loop that is not ours (bench/workers/alloc-probe.js), alone', script: `${node} ${q(PROBE)}` },
    { key: 'probeTwo', label: 'machine probe: the same loop, two processes at once', script: `${node} ${q(PROBE)} & ${node} ${q(PROBE)}; wait` },
  ].filter((v) => data.jobs || v.key !== 'twoWorkers');
  cfg.log(`  ${count} files, ${(bytes / 1e6).toFixed(1)} MB: ${variants.map((v) => v.key).join(', ')} interleaved, ${runs} rounds`);
  for (const v of variants) runOnce(v.script, env); // warm-up; also fills the corpus index cache
  const samples = Object.fromEntries(variants.map((v) => [v.key, { wall: [], cpu: [], steal: [] }]));
  for (let round = 0; round < runs; round++) {
    for (const v of variants) {
      const r = runOnce(v.script, env);
      samples[v.key].wall.push(r.ms);
      if (r.cpuMs !== undefined) samples[v.key].cpu.push(r.cpuMs);
      if (r.steal !== undefined) samples[v.key].steal.push(r.steal);
    }
  }
  const rows = [];
  for (const v of variants) {
    const s = samples[v.key];
    data[v.key] = { samples: s.wall, stats: summarize(s.wall), cpu: s.cpu.length ? summarize(s.cpu) : undefined, steal: s.steal.length ? summarize(s.steal) : undefined };
    const { cpu, steal } = data[v.key];
    const note = [cpu && `CPU (user + sys) ${(cpu.median / 1000).toFixed(2)} s`, steal && `steal ${(steal.median * 100).toFixed(0)} %`].filter(Boolean).join('; ');
    rows.push({ label: v.label, stats: data[v.key].stats, note });
  }
  const checks = [];
  const single = data.single.stats.median;
  checks.push({ name: 'throughput, one thread', value: `${(count / (single / 1000)).toFixed(0)} files/s, ${(bytes / 1e6 / (single / 1000)).toFixed(1)} MB/s`, info: true });
  if (data.twoWorkers) {
    const ratio = single / data.twoWorkers.stats.median;
    checks.push({ name: '1 000 drafts: two worker threads ≥ 1.6× one thread (--jobs 1 / --jobs 2)', value: ratio, unit: '×', budget: 1.6, op: '>=', pass: ratio >= 1.6 });
  }
  checks.push({ name: 'ceiling on this machine: two independent processes (one thread / two processes)', value: single / data.twoProcesses.stats.median, unit: '×', info: true });
  if (data.single.cpu) {
    // Node's collector and compiler threads work beside the main thread: "one thread" keeps more than one core busy.
    const busy = data.single.cpu.median / single;
    checks.push({ name: 'cores kept busy by the one-thread run (CPU time / wall time)', value: busy, unit: '×', info: true });
    checks.push({ name: `upper bound for any speed-up on ${os.availableParallelism()} CPUs (CPUs / cores the one-thread run keeps busy)`, value: os.availableParallelism() / busy, unit: '×', info: true });
  }
  if (data.single.cpu && data.singleHalf.cpu) {
    // CPU(n) = fixed + n × per draft, from n = 500 and n = 1 000.
    const perThousand = 2 * (data.single.cpu.median - data.singleHalf.cpu.median);
    const fixed = 2 * data.singleHalf.cpu.median - data.single.cpu.median;
    checks.push({ name: 'CPU time a process pays once (start-up, JIT warm-up): 2 × CPU(500 drafts) − CPU(1 000)', value: `${(fixed / 1000).toFixed(2)} s`, info: true });
    checks.push({ name: 'CPU time per 1 000 drafts once warm: 2 × (CPU(1 000) − CPU(500))', value: `${(perThousand / 1000).toFixed(2)} s`, info: true });
    if (data.twoWorkers?.cpu) {
      checks.push({ name: 'CPU time two workers spend beyond the one-thread run (a second warm-up, contention)', value: `${((data.twoWorkers.cpu.median - data.single.cpu.median) / 1000).toFixed(2)} s`, info: true });
    }
  }
  if (data.singleNoConcurrentJit.cpu) {
    const busy = data.singleNoConcurrentJit.cpu.median / data.singleNoConcurrentJit.stats.median;
    checks.push({ name: 'cores kept busy by the one-thread run with the JIT on its main thread', value: busy, unit: '×', info: true, detail: `wall time ${(data.singleNoConcurrentJit.stats.median / single).toFixed(2)}× the usual one-thread run` });
  }
  // Two probe processes do twice the probe's work: throughput is 2 × alone / together.
  checks.push({ name: 'machine probe: two cores give an allocating loop that is not ours (2 × alone / two at once)', value: (2 * data.probeOne.stats.median) / data.probeTwo.stats.median, unit: '×', info: true });
  if (data.single.cpu && data.twoProcesses.cpu) {
    checks.push({ name: 'CPU time for the same 1 000 files, two processes at once vs one alone', value: data.twoProcesses.cpu.median / data.single.cpu.median, unit: '×', info: true });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(cache, { recursive: true, force: true });
  return {
    id: 6,
    title: `CLI over a folder of ${count} drafts`,
    rows,
    checks,
    notes: [
      `Drafts generated in a temp dir cycling through ${sources} sources (the 5 seeds and the fixture drafts), dealt alternately into two sub-folders; output to /dev/null; corpus index cache in a fresh XDG_CACHE_HOME, warmed by the warm-up round. One warm-up round, then ${runs} rounds of the variants in turn; wall time per run, CPU time by /usr/bin/time (children included); steal = the share of the machine's CPU time (/proc/stat) the hypervisor gave to other guests during the run.`,
    ],
    data,
  };
}

module.exports = folder;
module.exports.makeFolder = makeFolder;
module.exports.hasJobs = hasJobs;
