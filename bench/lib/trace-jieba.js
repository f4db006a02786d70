'use strict';
/**
 * Preloaded with `node -r` (or required first): records every attempt to load
 * nodejieba through require(), and at exit writes { loaded, requests } to the file
 * named by BENCH_TRACE_FILE. Also used in-process by workers/no-jieba.js.
 */
const Module = require('node:module');
const fs = require('node:fs');

const requests = [];
const original = Module._load;
Module._load = function (request, parent, isMain) {
  if (/nodejieba/i.test(request)) requests.push({ request, from: parent && parent.filename });
  return original.apply(this, arguments);
};

function jiebaState() {
  const inCache = Object.keys(require.cache).filter((k) => /nodejieba/i.test(k));
  let mapped;
  try {
    mapped = /nodejieba/i.test(fs.readFileSync('/proc/self/maps', 'utf8'));
  } catch {
    mapped = undefined;
  }
  return { loaded: requests.length > 0 || inCache.length > 0 || mapped === true, requests: requests.slice(), inCache, nativeMapped: mapped };
}

if (process.env.BENCH_TRACE_FILE) {
  process.on('exit', () => {
    try {
      fs.writeFileSync(process.env.BENCH_TRACE_FILE, JSON.stringify(jiebaState()));
    } catch {
      // nothing to report to
    }
  });
}

module.exports = { jiebaState };
