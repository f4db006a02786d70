'use strict';
/** Figure 7: nodejieba — dictionary load, cut and extract of 171 KB; lint never loads it. */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { runWorker } = require('../lib/child');
const { summarize } = require('../lib/stats');
const { tempDir } = require('../lib/inputs');
const { CLI, SEEDS, FIXTURES, BENCH } = require('../lib/paths');

module.exports = async function jieba(cfg, previous) {
  const loads = cfg.quick ? 2 : 5;
  const rows = [];
  const checks = [];
  const data = { loads: [] };
  cfg.log(`  dictionary load ×${loads} (fresh processes)`);
  for (let i = 0; i < loads; i++) data.loads.push(runWorker('jieba.js', ['load'], { timeoutMs: 120000 }));
  const ok = data.loads.filter((l) => !l.error);
  if (ok.length) {
    rows.push({ label: 'load dictionary (require + load(), fresh process)', stats: summarize(ok.map((l) => l.loadMs)) });
    rows.push({ label: 'RSS added by the dictionary', value: summarize(ok.map((l) => l.rssAfterMB - l.rssBeforeMB)).median, unit: 'MB' });
  } else rows.push({ label: 'load dictionary', error: data.loads[0].error });
  cfg.log('  cut / extract');
  const warm = runWorker('jieba.js', ['warm', cfg.quick ? 1 : 3, cfg.quick ? 5 : 15], { timeoutMs: 300000 });
  data.warm = warm;
  if (warm.error) rows.push({ label: 'cut / extract', error: warm.error });
  else {
    rows.push({ label: `cut(seed 001, 171 KB) → ${warm.words} words`, stats: warm.cut.stats });
    rows.push({ label: `keywords(seed 001) (extract, TF-IDF) → ${warm.keywords.slice(0, 4).join('、')}…`, stats: warm.extract.stats });
  }
  // lint never loads it: in-process, the CLI, and the server before any hover.
  cfg.log('  lint never loads nodejieba');
  const inProc = runWorker('no-jieba.js', [], { timeoutMs: 300000 });
  const traceDir = tempDir('trace');
  const trace = path.join(traceDir, 'trace.json');
  spawnSync(process.execPath, ['-r', path.join(BENCH, 'lib', 'trace-jieba.js'), CLI, SEEDS, FIXTURES], {
    stdio: 'ignore',
    env: { ...process.env, BENCH_TRACE_FILE: trace, XDG_CACHE_HOME: traceDir },
  });
  let cli;
  try {
    cli = JSON.parse(fs.readFileSync(trace, 'utf8'));
  } catch (e) {
    cli = { error: String(e) };
  }
  fs.rmSync(traceDir, { recursive: true, force: true });
  const server = previous && previous[4] && previous[4].data && !previous[4].data.error ? previous[4].data.jiebaBeforeHover : undefined;
  data.neverLoaded = { inProcess: inProc, cli, serverBeforeHover: server };
  const inOk = !inProc.error && inProc.loaded === false;
  const cliOk = !cli.error && cli.loaded === false;
  checks.push({ name: `lint() in-process never loads nodejieba (${inProc.files || '?'} inputs: seeds, fixtures, 10×)`, pass: inOk, value: inProc.error ? 'error' : inProc.loaded ? 'LOADED' : 'not loaded' });
  checks.push({ name: 'CLI over seeds/ and fixtures never loads nodejieba', pass: cliOk, value: cli.error ? 'error' : cli.loaded ? 'LOADED' : 'not loaded' });
  if (server !== undefined) checks.push({ name: 'language server: not mapped after open + 200 edits (before any hover)', pass: server === false, value: server ? 'LOADED' : 'not loaded' });
  return { id: 7, title: 'nodejieba (src/core/segment.ts)', rows, checks, notes: ['"Loaded" means any of: require() of nodejieba seen by a Module._load hook, the module in require.cache, or its native library mapped in /proc/self/maps.'], data };
};
