'use strict';
/**
 * Runs a worker script in a fresh Node process (so each tool and each figure starts
 * from a clean heap and JIT state) and reads the one JSON result it prints after
 * the marker. A worker that times out or crashes yields { error }.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const MARKER = '@@BENCH-RESULT@@';

function emit(result) {
  process.stdout.write('\n' + MARKER + JSON.stringify(result) + '\n');
}

function runWorker(script, args = [], { timeoutMs = 300000, nodeArgs = [], env = {}, cwd } = {}) {
  const file = path.isAbsolute(script) ? script : path.join(__dirname, '..', 'workers', script);
  const started = Date.now();
  const r = spawnSync(process.execPath, [...nodeArgs, file, ...args.map(String)], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...env },
    cwd,
  });
  const wallMs = Date.now() - started;
  if (r.error && r.error.code === 'ETIMEDOUT') return { error: `timed out after ${timeoutMs / 1000} s`, timedOut: true, wallMs };
  const at = (r.stdout || '').lastIndexOf(MARKER);
  if (at < 0) {
    const tail = ((r.stderr || '') + (r.stdout || '')).trim().split('\n').slice(-8).join('\n');
    return { error: `worker ${path.basename(file)} exited with ${r.status ?? r.signal} and no result:\n${tail}`, wallMs };
  }
  const line = r.stdout.slice(at + MARKER.length).split('\n')[0];
  return { ...JSON.parse(line), wallMs };
}

module.exports = { MARKER, emit, runWorker };
