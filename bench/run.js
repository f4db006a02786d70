#!/usr/bin/env node
'use strict';
/**
 * PolicyLint benchmark: every figure in one run, this project and its peers
 * (zhlint, markdownlint) on the same inputs. Prints the tables and the budgets
 * (PASS/FAIL); --json writes bench/results.json (and keeps the CPU profile).
 *
 *   npm run bench                    # = npm run build && node bench/run.js
 *   node bench/run.js [--json] [--quick] [--only 1,2,4,P] [--markdown FILE]
 *   node bench/run.js --from bench/results.json [--markdown FILE]   # re-render a saved run
 *
 * The peers are dev dependencies of the benchmark only (bench/package.json and its
 * lock); they are installed with `npm ci --prefix bench` when missing. Budgets are
 * reported, never asserted: the exit code is 0 whatever they say (2 on a usage or
 * setup error).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { parseArgs } = require('node:util');
const { BENCH, ROOT, CLI, SERVER, OUT_CORE, RESULTS_JSON, BENCH_MODULES } = require('./lib/paths');
const { textFigure, markdownFigure, budgets } = require('./lib/report');

const FIGURES = {
  1: require('./figures/1-inprocess'),
  2: require('./figures/2-scaling'),
  3: require('./figures/3-process'),
  4: require('./figures/4-lsp'),
  5: require('./figures/5-activation'),
  6: require('./figures/6-folder'),
  7: require('./figures/7-jieba'),
  8: require('./figures/8-adversarial'),
  P: require('./figures/profile'),
};

function ensurePeers(log) {
  const need = ['zhlint', 'markdownlint', 'markdownlint-cli'];
  const missing = need.filter((p) => !fs.existsSync(path.join(BENCH_MODULES, p, 'package.json')));
  if (!missing.length) return;
  log(`installing the benchmark's peers (${missing.join(', ')} missing): npm ci --prefix bench`);
  const r = spawnSync('npm', ['ci', '--prefix', BENCH, '--no-audit', '--no-fund'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('npm ci --prefix bench failed');
}

function ensureBuilt() {
  const need = [CLI, SERVER, path.join(OUT_CORE, 'lint.js')];
  const missing = need.filter((f) => !fs.existsSync(f));
  if (missing.length) throw new Error(`not built (${missing.map((f) => path.relative(ROOT, f)).join(', ')} missing): run \`npm run build\` first, or \`npm run bench\``);
}

function machine() {
  let cpu = 'unknown';
  try {
    cpu = (/^model name\s*:\s*(.*)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8')) || [])[1] || cpu;
  } catch {
    cpu = os.cpus()[0]?.model ?? cpu;
  }
  const versionOf = (dir) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
    } catch {
      return undefined;
    }
  };
  const hf = spawnSync('hyperfine', ['--version'], { encoding: 'utf8' });
  return {
    date: new Date().toISOString(),
    nproc: os.availableParallelism ? os.availableParallelism() : os.cpus().length,
    cpu,
    memGB: +(os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    policylint: versionOf(ROOT),
    zhlint: versionOf(path.join(BENCH_MODULES, 'zhlint')),
    markdownlint: versionOf(path.join(BENCH_MODULES, 'markdownlint')),
    markdownlintCli: versionOf(path.join(BENCH_MODULES, 'markdownlint-cli')),
    hyperfine: hf.status === 0 ? hf.stdout.trim() : 'not installed',
    loadavg: os.loadavg().map((l) => +l.toFixed(2)),
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      markdown: { type: 'string' },
      from: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write('node bench/run.js [--json] [--quick] [--only 1,2,3,4,5,6,7,8,P] [--markdown FILE]\nnode bench/run.js --from bench/results.json [--markdown FILE]\n');
    return 0;
  }
  const log = (s) => process.stderr.write(s + '\n');
  if (values.from) {
    // Re-render a saved run (tables, budgets, --markdown) without measuring again.
    const saved = JSON.parse(fs.readFileSync(values.from, 'utf8'));
    for (const f of saved.figures) process.stdout.write(textFigure(f) + '\n');
    if (values.markdown) writeMarkdown(values.markdown, saved.machine, saved.quick, saved.figures, log);
    return 0;
  }
  ensureBuilt();
  ensurePeers(log);
  const only = values.only ? values.only.split(',').map((s) => s.trim().toUpperCase()) : Object.keys(FIGURES);
  const cfg = { quick: values.quick, keepProfile: values.json, log };
  const m = machine();
  process.stdout.write(
    `PolicyLint benchmark — ${m.date}\n` +
      `machine: ${m.nproc} CPUs (${m.cpu}), ${m.memGB} GiB, ${m.platform}; node ${m.node}; load average ${m.loadavg.join(' ')} at start\n` +
      `tools: policylint ${m.policylint}, zhlint ${m.zhlint}, markdownlint ${m.markdownlint}, markdownlint-cli ${m.markdownlintCli}, ${m.hyperfine}\n` +
      (values.quick ? 'mode: --quick (fewer runs; figures indicative only)\n' : ''),
  );
  const figures = {};
  const started = Date.now();
  for (const id of Object.keys(FIGURES)) {
    if (!only.includes(id)) continue;
    log(`figure ${id} …`);
    const t = Date.now();
    let fig;
    try {
      fig = await FIGURES[id](cfg, figures);
    } catch (e) {
      fig = { id, title: `figure ${id}`, rows: [{ label: 'figure', error: String(e && e.stack ? e.stack : e) }], checks: [], notes: [] };
    }
    fig.seconds = (Date.now() - t) / 1000;
    figures[id] = fig;
    process.stdout.write(textFigure(fig) + '\n');
  }
  const list = Object.values(figures);
  m.loadavgEnd = os.loadavg().map((l) => +l.toFixed(2));
  const b = budgets(list);
  process.stdout.write('\nBudgets\n');
  for (const x of b) process.stdout.write(`  ${x.tag}  [${x.figure}] ${x.text}\n`);
  const hard = b.filter((x) => !x.soft);
  process.stdout.write(`\n${hard.filter((x) => x.pass).length}/${hard.length} budgets pass; ${b.filter((x) => x.soft && !x.pass).length} adversarial input(s) not linear. (${((Date.now() - started) / 1000).toFixed(0)} s; load average at end ${m.loadavgEnd.join(' ')})\n`);
  if (values.json) {
    const out = { machine: m, quick: values.quick, figures: list.map(({ data, ...f }) => ({ ...f, data })), budgets: b };
    fs.writeFileSync(RESULTS_JSON, JSON.stringify(out, null, 2) + '\n');
    log(`wrote ${path.relative(process.cwd(), RESULTS_JSON)}`);
  }
  if (values.markdown) writeMarkdown(values.markdown, m, values.quick, list, log);
  return 0;
}

function writeMarkdown(file, m, quick, list, log) {
  const md = [
    `_Run ${m.date} on ${m.nproc} CPUs (${m.cpu}), node ${m.node}, load average ${m.loadavg.join(' ')} at start${quick ? ', --quick' : ''}._`,
    '',
    ...list.map(markdownFigure).flatMap((s) => [s, '']),
  ].join('\n');
  fs.writeFileSync(file, md);
  log(`wrote ${file}`);
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`bench: ${e.message}\n`);
    process.exit(2);
  },
);
