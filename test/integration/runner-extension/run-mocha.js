// Runs mocha suites with mocha's programmatic API and writes a JSON result file.
// Shared by the test-runner extension (inside code-server's extension host) and by
// out/test/integration/suite-index.js (inside VS Code desktop, via @vscode/test-electron).
// Plain CommonJS on purpose: it is loaded from this folder as is, without compiling.
'use strict';

const fs = require('fs');
const path = require('path');

/** Turns a glob (`*`, `**`, `?`) into a RegExp over '/'-separated relative paths. */
function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else {
          re += '.*';
        }
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else {
      re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp('^' + re + '$');
}

function walk(dir, out) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules') walk(p, out);
    } else if (e.isFile()) {
      out.push(p);
    }
  }
  return out;
}

/**
 * The test files named by `spec`: a file, a directory (every `*.test.js` under it), or
 * a glob; several may be separated by the path delimiter (':'). Sorted, no duplicates.
 */
function collectFiles(spec) {
  const files = new Set();
  for (const part of String(spec || '').split(path.delimiter).map((s) => s.trim()).filter(Boolean)) {
    const wildcard = part.search(/[*?]/);
    if (wildcard < 0) {
      const abs = path.resolve(part);
      let st;
      try {
        st = fs.statSync(abs);
      } catch {
        throw new Error(`no test files: ${abs} does not exist`);
      }
      if (st.isDirectory()) {
        for (const f of walk(abs, [])) if (f.endsWith('.test.js')) files.add(f);
      } else {
        files.add(abs);
      }
      continue;
    }
    const slash = part.lastIndexOf('/', wildcard);
    const base = path.resolve(slash < 0 ? '.' : part.slice(0, slash) || '/');
    const re = globToRegExp(slash < 0 ? part : part.slice(slash + 1));
    for (const f of walk(base, [])) {
      if (re.test(path.relative(base, f).split(path.sep).join('/'))) files.add(f);
    }
  }
  return [...files].sort();
}

function loadMocha(mochaPath) {
  if (!mochaPath) throw new Error('POLICYLINT_MOCHA_PATH is not set (the repository\'s node_modules/mocha)');
  const m = require(mochaPath); // mocha 12 is ESM: needs require(esm), Node >= 20.19
  const Mocha = (m && (m.Mocha || m.default)) || m;
  if (typeof Mocha !== 'function') throw new Error(`${mochaPath} did not export the Mocha class`);
  return Mocha;
}

function titlePathOf(runnable) {
  try {
    return runnable.titlePath();
  } catch {
    return [runnable.title];
  }
}

function errorFields(err) {
  if (err === undefined || err === null) return { error: String(err), stack: '' };
  const message = err instanceof Error || typeof err.message === 'string' ? String(err.message) : String(err);
  const out = { error: message, stack: typeof err.stack === 'string' ? err.stack : '' };
  if (err.showDiff !== false && ('expected' in Object(err) || 'actual' in Object(err))) {
    const show = (v) => {
      try {
        return typeof v === 'string' ? JSON.stringify(v) : require('util').inspect(v, { depth: 4 });
      } catch {
        return String(v);
      }
    };
    if ('expected' in err) out.expected = show(err.expected);
    if ('actual' in err) out.actual = show(err.actual);
  }
  return out;
}

function emptyResult(extra) {
  return Object.assign(
    { passed: 0, failed: 0, pending: 0, total: 0, durationMs: 0, failures: [], tests: [] },
    extra || {},
  );
}

/** A result that says loading or running failed before the tests could report. */
function errorResult(title, err, extra) {
  const r = emptyResult(extra);
  const f = errorFields(err);
  r.failed = 1;
  r.total = 1;
  r.failures.push({ title, fullTitle: title, error: f.error, stack: f.stack });
  r.tests.push({ title, fullTitle: title, titlePath: [title], state: 'failed', durationMs: 0 });
  return r;
}

/**
 * Runs the suites; resolves to the result object (never rejects: a load error or an
 * exception becomes one failure).
 */
async function runSuites(opts) {
  const started = Date.now();
  const base = { suites: opts.suites, vscodeVersion: opts.vscodeVersion, files: [] };
  let mocha;
  try {
    const Mocha = loadMocha(opts.mochaPath);
    const files = collectFiles(opts.suites);
    base.files = files;
    if (files.length === 0) {
      return errorResult('loading test suites', new Error(`no test files found for ${opts.suites}`), base);
    }
    mocha = new Mocha({
      ui: 'bdd',
      color: false,
      timeout: Number(opts.timeoutMs) > 0 ? Number(opts.timeoutMs) : 20000,
      reporter: opts.reporter || 'spec',
      grep: opts.grep || undefined,
    });
    mocha.files = files;
    try {
      mocha.loadFiles(); // synchronous require(): a syntax error or a throwing suite lands here
    } catch (e) {
      return errorResult('loading test suites', e, Object.assign(base, { durationMs: Date.now() - started }));
    }
    mocha.lazyLoadFiles(true); // already loaded: run() must not require them again
  } catch (e) {
    return errorResult('loading test suites', e, Object.assign(base, { durationMs: Date.now() - started }));
  }

  const result = emptyResult(base);
  try {
    await new Promise((resolve, reject) => {
      let runner;
      try {
        runner = mocha.run(() => resolve());
      } catch (e) {
        reject(e);
        return;
      }
      runner.on('pass', (test) => {
        result.passed++;
        result.tests.push({
          title: test.title,
          fullTitle: test.fullTitle(),
          titlePath: titlePathOf(test),
          state: 'passed',
          durationMs: test.duration || 0,
        });
      });
      runner.on('fail', (test, err) => {
        result.failed++;
        const f = errorFields(err);
        const failure = { title: test.title, fullTitle: test.fullTitle(), error: f.error, stack: f.stack };
        if ('expected' in f) failure.expected = f.expected;
        if ('actual' in f) failure.actual = f.actual;
        result.failures.push(failure);
        result.tests.push({
          title: test.title,
          fullTitle: test.fullTitle(),
          titlePath: titlePathOf(test),
          state: 'failed',
          durationMs: test.duration || 0,
          failure: result.failures.length,
        });
      });
      runner.on('pending', (test) => {
        result.pending++;
        result.tests.push({
          title: test.title,
          fullTitle: test.fullTitle(),
          titlePath: titlePathOf(test),
          state: 'pending',
          durationMs: 0,
        });
      });
    });
  } catch (e) {
    const f = errorFields(e);
    result.failed++;
    result.failures.push({ title: 'running test suites', fullTitle: 'running test suites', error: f.error, stack: f.stack });
    result.tests.push({ title: 'running test suites', fullTitle: 'running test suites', titlePath: ['running test suites'], state: 'failed', durationMs: 0 });
  }
  result.total = result.passed + result.failed + result.pending;
  result.durationMs = Date.now() - started;
  return result;
}

/** Writes JSON to a temp file next to `file`, then renames it: readers never see half a file. */
function writeJsonAtomic(file, data) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${Date.now()}`;
  fs.writeFileSync(tmp, JSON.stringify(data, null, 2) + '\n');
  fs.renameSync(tmp, file);
}

/** Runs the suites and writes the result file; resolves to the result. */
async function runAndWrite(opts) {
  let result;
  try {
    result = await runSuites(opts);
  } catch (e) {
    result = errorResult('test runner', e, { suites: opts.suites, vscodeVersion: opts.vscodeVersion });
  }
  if (opts.resultsFile) writeJsonAtomic(opts.resultsFile, result);
  return result;
}

/** The options from the environment variables the launcher sets. */
function optionsFromEnv(env) {
  return {
    resultsFile: env.POLICYLINT_TEST_RESULTS,
    suites: env.POLICYLINT_TEST_SUITES,
    mochaPath: env.POLICYLINT_MOCHA_PATH,
    timeoutMs: env.POLICYLINT_MOCHA_TIMEOUT,
    grep: env.POLICYLINT_TEST_GREP,
  };
}

module.exports = { globToRegExp, collectFiles, runSuites, runAndWrite, writeJsonAtomic, errorResult, optionsFromEnv };
