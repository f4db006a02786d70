'use strict';
/** A forked worker answering { sample: k } requests over IPC (see workers/warm-lint.js). */
const { fork } = require('node:child_process');
const path = require('node:path');

function startSampler(script, args, { timeoutMs = 600000 } = {}) {
  const child = fork(path.join(__dirname, '..', 'workers', script), args.map(String), { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let pending;
  const fail = (why) => {
    if (pending) {
      const p = pending;
      pending = undefined;
      p.resolve({ error: `${why}${stderr ? `: ${stderr.trim().split('\n').slice(-3).join(' ')}` : ''}` });
    }
  };
  child.on('message', (m) => {
    if (pending) {
      const p = pending;
      pending = undefined;
      clearTimeout(p.timer);
      p.resolve(m);
    }
  });
  child.on('exit', (code) => fail(`worker exited with ${code}`));
  const next = () =>
    new Promise((resolve) => {
      const timer = setTimeout(() => fail(`timed out after ${timeoutMs / 1000} s`), timeoutMs);
      pending = { resolve, timer };
    });
  const ready = next();
  return {
    ready,
    sample: (k) => {
      const p = next();
      child.send({ sample: k });
      return p;
    },
    stop: () => {
      try {
        child.send({ done: true });
      } catch {
        // already gone
      }
      setTimeout(() => child.kill(), 2000).unref();
    },
  };
}

module.exports = { startSampler };
