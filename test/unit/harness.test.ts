/**
 * Unit tests of the integration-test harness pieces that need no code-server:
 * ports, HTTP readiness, process groups, the install lock, the result file, the
 * summary, and the runner's mocha driver (run in a child Node process).
 */
import * as assert from 'assert';
import * as child_process from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { acquireLock, cacheDir, CODE_SERVER_VERSION, findExthostLogs, readInstall, tailOfFile } from '../support/code-server';
import {
  findPidsByCmdline,
  getFreePort,
  killProcessGroup,
  listGroupPids,
  readProc,
  spawnGroup,
  waitForHttp,
  waitGroupGone,
} from '../support/process';
import { closingLine, exitCodeFor, formatSummary, parseResults, type TestResults } from '../support/results';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const runMochaPath = path.join(repoRoot, 'test', 'integration', 'runner-extension', 'run-mocha.js');
const isLinux = process.platform === 'linux';

function tmpDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `policylint-unit-${prefix}-`));
}

function alive(pid: number): boolean {
  const p = readProc(pid);
  return p !== undefined && p.state !== 'Z';
}

describe('harness: ports and HTTP', () => {
  it('getFreePort gives a loopback port nobody listens on', async () => {
    const port = await getFreePort();
    assert.ok(port > 0 && port < 65536);
    await new Promise<void>((resolve, reject) => {
      const srv = net.createServer();
      srv.once('error', reject);
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve()));
    });
  });

  it('getFreePort gives different ports to concurrent callers', async () => {
    const ports = await Promise.all([getFreePort(), getFreePort(), getFreePort()]);
    assert.ok(ports.every((p) => p > 0));
  });

  it('waitForHttp resolves once a server answers', async () => {
    const port = await getFreePort();
    const srv = http.createServer((_req, res) => res.end('ok'));
    setTimeout(() => srv.listen(port, '127.0.0.1'), 300);
    try {
      const status = await waitForHttp(`http://127.0.0.1:${port}/healthz`, { timeoutMs: 5000, intervalMs: 50 });
      assert.strictEqual(status, 200);
    } finally {
      srv.close();
    }
  });

  it('waitForHttp gives up at once when told the process died', async () => {
    const port = await getFreePort();
    const t0 = Date.now();
    await assert.rejects(
      waitForHttp(`http://127.0.0.1:${port}/`, { timeoutMs: 10_000, abort: () => 'exited with code 1' }),
      /exited with code 1/,
    );
    assert.ok(Date.now() - t0 < 2000);
  });

  it('waitForHttp times out when nothing listens', async () => {
    const port = await getFreePort();
    await assert.rejects(waitForHttp(`http://127.0.0.1:${port}/`, { timeoutMs: 300, intervalMs: 50 }), /did not answer within 300 ms/);
  });
});

(isLinux ? describe : describe.skip)('harness: process groups', () => {
  it('killProcessGroup ends a detached shell and every sleep it started', async () => {
    const marker = `policylint-unit-${process.pid}-${Date.now()}`;
    // A shell with two background sleeps and a grandchild sleep in a subshell.
    const child = spawnGroup('sh', ['-c', `sleep 300 & sleep 301 & (sleep 302 & wait) & echo started; wait # ${marker}`], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
    const pgid = child.pid!;
    assert.strictEqual(readProc(pgid)?.pgid, pgid, 'the child leads its own process group');
    let members: number[] = [];
    for (let i = 0; i < 50 && members.length < 5; i++) {
      members = listGroupPids(pgid);
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.ok(members.length >= 5, `expected sh, 3 sleeps and a subshell in the group, got ${members.length}`);
    assert.notStrictEqual(readProc(process.pid)?.pgid, pgid, 'not our own group');

    assert.ok(await killProcessGroup(pgid, 2000));
    await waitGroupGone(pgid, 3000);
    assert.deepStrictEqual(listGroupPids(pgid), []);
    assert.deepStrictEqual(members.filter(alive), [], 'no member of the group is left');
    assert.deepStrictEqual(findPidsByCmdline(marker), []);
  });

  it('killProcessGroup escalates to SIGKILL for processes that ignore SIGTERM', async () => {
    // An ignored signal stays ignored in children: the sleeps ignore SIGTERM too.
    const child = spawnGroup('sh', ['-c', `trap '' TERM; sleep 300 & sleep 300 & echo started; wait`], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
    const pgid = child.pid!;
    await new Promise((r) => setTimeout(r, 100));
    const members = listGroupPids(pgid);
    assert.ok(members.length >= 3);
    const t0 = Date.now();
    assert.ok(await killProcessGroup(pgid, 500));
    assert.ok(Date.now() - t0 >= 450, 'waited the grace period before SIGKILL');
    assert.deepStrictEqual(members.filter(alive), []);
  });

  it('killProcessGroup refuses group ids that would signal everything', async () => {
    await assert.rejects(killProcessGroup(0), /refusing/);
    await assert.rejects(killProcessGroup(1), /refusing/);
  });
});

describe('harness: install cache', () => {
  it('cacheDir honours XDG_CACHE_HOME, else ~/.cache', () => {
    const saved = process.env.XDG_CACHE_HOME;
    try {
      process.env.XDG_CACHE_HOME = '/x/cache';
      assert.strictEqual(cacheDir(), `/x/cache/policylint-test/code-server-${CODE_SERVER_VERSION}`);
      delete process.env.XDG_CACHE_HOME;
      assert.strictEqual(cacheDir(), path.join(process.env.HOME || os.homedir(), '.cache', 'policylint-test', `code-server-${CODE_SERVER_VERSION}`));
    } finally {
      if (saved === undefined) delete process.env.XDG_CACHE_HOME;
      else process.env.XDG_CACHE_HOME = saved;
    }
  });

  it('readInstall rejects a dir without the completion marker', () => {
    const dir = tmpDir('cache');
    try {
      fs.mkdirSync(path.join(dir, 'node_modules', 'code-server', 'out', 'node'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'), '');
      assert.strictEqual(readInstall(dir), undefined);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('acquireLock excludes a second holder and takes over a dead owner\'s lock', async () => {
    const dir = tmpDir('lock');
    const lock = path.join(dir, 'x.lock');
    const quiet = () => undefined;
    try {
      const release = await acquireLock(lock, 1000, quiet);
      assert.ok(fs.existsSync(lock));
      // Held by us (alive): a second acquire waits, then times out.
      await assert.rejects(acquireLock(lock, 300, quiet), /timed out waiting/);
      release();
      assert.ok(!fs.existsSync(lock));

      // A lock just created and not yet written is not stale (its creator is writing it).
      fs.writeFileSync(lock, '');
      await assert.rejects(acquireLock(lock, 300, quiet), /timed out waiting/);
      fs.rmSync(lock);

      // A lock left by a process that died is stale.
      const dead = child_process.spawnSync('sh', ['-c', 'echo $$']).stdout.toString().trim();
      fs.writeFileSync(lock, `${dead}\nhost\n`);
      const release2 = await acquireLock(lock, 1000, quiet);
      assert.strictEqual(fs.readFileSync(lock, 'utf8').split('\n')[0], String(process.pid));
      release2();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('findExthostLogs finds remoteexthost.log under the user data dir; tailOfFile reads its end', () => {
    const ud = tmpDir('ud');
    try {
      const d = path.join(ud, 'logs', '20260101T000000', 'exthost1');
      fs.mkdirSync(d, { recursive: true });
      fs.writeFileSync(path.join(d, 'remoteexthost.log'), 'a\nb\nc\n');
      fs.writeFileSync(path.join(ud, 'logs', '20260101T000000', 'remoteagent.log'), 'x\n');
      const logs = findExthostLogs(ud);
      assert.deepStrictEqual(logs, [path.join(d, 'remoteexthost.log')]);
      assert.strictEqual(tailOfFile(logs[0], 2), 'b\nc');
    } finally {
      fs.rmSync(ud, { recursive: true, force: true });
    }
  });
});

const sample: TestResults = {
  passed: 2,
  failed: 1,
  pending: 1,
  durationMs: 1234,
  failures: [{ title: 'finds the extension', fullTitle: 'Smoke finds the extension', error: 'boom', stack: 'AssertionError: boom\n\tat Context.<anonymous> (x.js:1:1)' }],
  tests: [
    { title: 'has a version', fullTitle: 'Smoke has a version', titlePath: ['Smoke', 'has a version'], state: 'passed', durationMs: 3 },
    { title: 'is slow', fullTitle: 'Smoke nested is slow', titlePath: ['Smoke', 'nested', 'is slow'], state: 'passed', durationMs: 500 },
    { title: 'finds the extension', fullTitle: 'Smoke finds the extension', titlePath: ['Smoke', 'finds the extension'], state: 'failed', durationMs: 1, failure: 1 },
    { title: 'later', fullTitle: 'Smoke later', titlePath: ['Smoke', 'later'], state: 'pending', durationMs: 0 },
  ],
};

describe('harness: result file', () => {
  it('parseResults accepts a runner result', () => {
    const r = parseResults(JSON.stringify(sample));
    assert.strictEqual(r.passed, 2);
    assert.strictEqual(r.failures[0].error, 'boom');
    assert.deepStrictEqual(r.tests[1].titlePath, ['Smoke', 'nested', 'is slow']);
  });

  it('parseResults rejects half a file, missing fields and inconsistent counts', () => {
    const text = JSON.stringify(sample);
    assert.throws(() => parseResults(text.slice(0, text.length / 2)), /not JSON/);
    assert.throws(() => parseResults('[]'), /not a JSON object/);
    assert.throws(() => parseResults(JSON.stringify({ ...sample, passed: '2' })), /"passed" is not a count/);
    assert.throws(() => parseResults(JSON.stringify({ ...sample, tests: undefined })), /no "tests" array/);
    assert.throws(() => parseResults(JSON.stringify({ ...sample, failures: [] })), /lists no failure/);
    assert.throws(() => parseResults(JSON.stringify({ ...sample, tests: [{ fullTitle: 'x', state: 'weird' }] })), /state "weird"/);
  });

  it('exitCodeFor: 0 only when tests ran and none failed', () => {
    assert.strictEqual(exitCodeFor(undefined), 1);
    assert.strictEqual(exitCodeFor(sample), 1);
    assert.strictEqual(exitCodeFor({ ...sample, failed: 0, failures: [] }), 0);
    assert.strictEqual(exitCodeFor({ passed: 0, failed: 0, pending: 0, failures: [], tests: [] }), 1, 'no test ran');
    assert.strictEqual(exitCodeFor({ passed: 0, failed: 0, pending: 3, failures: [], tests: [] }), 1, 'only pending tests');
  });

  it('formatSummary prints mocha\'s spec layout and a plain closing line', () => {
    const text = formatSummary(sample);
    const lines = text.split('\n');
    assert.ok(lines.includes('  Smoke'));
    assert.ok(lines.includes('    ✔ has a version'), text);
    assert.ok(lines.includes('    nested'));
    assert.ok(lines.includes('      ✔ is slow (500ms)'), text);
    assert.ok(lines.includes('    1) finds the extension'), text);
    assert.ok(lines.includes('    - later'), text);
    assert.ok(lines.includes('  2 passing (1s)'), text);
    assert.ok(lines.includes('  1 pending'));
    assert.ok(lines.includes('  1 failing'));
    assert.ok(lines.includes('  1) Smoke'), text);
    assert.ok(lines.includes('       finds the extension:'), text);
    assert.ok(lines.includes('      AssertionError: boom'), text);
    assert.ok(lines.includes('        at Context.<anonymous> (x.js:1:1)'), text);
    assert.strictEqual(lines.filter(Boolean).pop(), 'integration: 2 passed, 1 failed, 1 skipped');
  });

  it('formatSummary says so when no test ran', () => {
    const text = formatSummary({ passed: 0, failed: 0, pending: 0, failures: [], tests: [] });
    assert.match(text, /0 passing/);
    assert.match(text, /no test ran/);
    assert.strictEqual(closingLine({ passed: 0, failed: 0, pending: 0 }, 'x'), 'x: 0 passed, 0 failed, 0 skipped');
  });
});

describe('harness: the runner\'s mocha driver (run-mocha.js)', function () {
  this.timeout(30_000);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const runMocha = require(runMochaPath);

  it('globToRegExp and collectFiles find compiled suites by dir, glob and file', () => {
    const dir = tmpDir('glob');
    try {
      fs.mkdirSync(path.join(dir, 'sub'));
      for (const f of ['a.test.js', 'a.test.js.map', 'b.js', 'sub/c.test.js']) fs.writeFileSync(path.join(dir, f), '');
      assert.ok(runMocha.globToRegExp('**/*.test.js').test('sub/c.test.js'));
      assert.ok(runMocha.globToRegExp('**/*.test.js').test('a.test.js'));
      assert.ok(!runMocha.globToRegExp('*.test.js').test('sub/c.test.js'));
      assert.deepStrictEqual(runMocha.collectFiles(dir), [path.join(dir, 'a.test.js'), path.join(dir, 'sub', 'c.test.js')]);
      assert.deepStrictEqual(runMocha.collectFiles(`${dir}/*.js`), [path.join(dir, 'a.test.js'), path.join(dir, 'b.js')]);
      assert.deepStrictEqual(runMocha.collectFiles(`${dir}/b.js${path.delimiter}${dir}/sub`), [path.join(dir, 'b.js'), path.join(dir, 'sub', 'c.test.js')]);
      assert.throws(() => runMocha.collectFiles(path.join(dir, 'nope')), /does not exist/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  /** Runs run-mocha.js's runAndWrite in a child Node (mocha must not nest in this one). */
  function runChild(suites: string, resultsFile: string): TestResults {
    const script = `require(${JSON.stringify(runMochaPath)}).runAndWrite(Object.assign(require(${JSON.stringify(runMochaPath)}).optionsFromEnv(process.env), { reporter: 'dot' })).then(() => process.exit(0), (e) => { console.error(e); process.exit(2); });`;
    const r = child_process.spawnSync(process.execPath, ['-e', script], {
      env: {
        ...process.env,
        POLICYLINT_TEST_RESULTS: resultsFile,
        POLICYLINT_TEST_SUITES: suites,
        POLICYLINT_MOCHA_PATH: path.join(repoRoot, 'node_modules', 'mocha'),
        POLICYLINT_MOCHA_TIMEOUT: '2000',
      },
      encoding: 'utf8',
      timeout: 25_000,
    });
    assert.strictEqual(r.status, 0, `child failed: ${r.stderr}`);
    assert.deepStrictEqual(
      fs.readdirSync(path.dirname(resultsFile)).filter((f) => f.includes('.tmp-')),
      [],
      'no temp file is left next to the result',
    );
    return parseResults(fs.readFileSync(resultsFile, 'utf8'));
  }

  it('writes passes, failures and pending tests to the result file', () => {
    const dir = tmpDir('suite');
    try {
      fs.writeFileSync(
        path.join(dir, 'x.test.js'),
        `const assert = require('assert');
describe('Outer', () => {
  it('passes', () => {});
  it('fails', () => assert.strictEqual(1, 2));
  it.skip('is pending', () => {});
  describe('Inner', () => { it('passes too', async () => {}); });
});`,
      );
      const r = runChild(dir, path.join(dir, 'out', 'results.json'));
      assert.strictEqual(r.passed, 2);
      assert.strictEqual(r.failed, 1);
      assert.strictEqual(r.pending, 1);
      assert.strictEqual(r.failures[0].fullTitle, 'Outer fails');
      assert.match(r.failures[0].error, /Expected values to be strictly equal/);
      assert.match(r.failures[0].stack, /x\.test\.js/);
      assert.deepStrictEqual(
        r.tests.map((t) => [t.fullTitle, t.state]),
        [
          ['Outer passes', 'passed'],
          ['Outer fails', 'failed'],
          ['Outer is pending', 'pending'],
          ['Outer Inner passes too', 'passed'],
        ],
      );
      assert.deepStrictEqual(r.tests[3].titlePath, ['Outer', 'Inner', 'passes too']);
      assert.strictEqual(exitCodeFor(r), 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes one failure when a suite throws while loading', () => {
    const dir = tmpDir('broken');
    try {
      fs.writeFileSync(path.join(dir, 'ok.test.js'), `describe('fine', () => { it('runs', () => {}); });`);
      fs.writeFileSync(path.join(dir, 'zz.test.js'), `require('a-module-that-does-not-exist-policylint');`);
      const r = runChild(dir, path.join(dir, 'results.json'));
      assert.strictEqual(r.failed, 1);
      assert.strictEqual(r.passed, 0);
      assert.strictEqual(r.failures[0].fullTitle, 'loading test suites');
      assert.match(r.failures[0].error, /a-module-that-does-not-exist-policylint/);
      assert.strictEqual(exitCodeFor(r), 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes one failure when there are no test files, and zero counts for empty suites', () => {
    const dir = tmpDir('empty');
    try {
      let r = runChild(dir, path.join(dir, 'r1.json'));
      assert.strictEqual(r.failed, 1);
      assert.match(r.failures[0].error, /no test files found/);
      fs.writeFileSync(path.join(dir, 'e.test.js'), `describe('nothing', () => {});`);
      r = runChild(dir, path.join(dir, 'r2.json'));
      assert.deepStrictEqual([r.passed, r.failed, r.pending], [0, 0, 0]);
      assert.strictEqual(exitCodeFor(r), 1, 'a run with no test is no pass');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('harness: suite-index.js (the @vscode/test-electron tests module)', function () {
  this.timeout(30_000);
  const suiteIndex = path.join(repoRoot, 'out', 'test', 'integration', 'suite-index.js');

  /** Calls run() in a child Node with a stand-in 'vscode' module; resolves to its exit code and the results. */
  function runIndex(suiteSource: string): { status: number | null; stderr: string; results: TestResults } {
    const dir = tmpDir('index');
    try {
      fs.writeFileSync(path.join(dir, 's.test.js'), suiteSource);
      const resultsFile = path.join(dir, 'results.json');
      const script = `
const Module = require('module');
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? { version: '1.2.3' } : load.call(this, request, ...rest); };
require(${JSON.stringify(suiteIndex)}).run().then(() => process.exit(0), (e) => { console.error(e.message); process.exit(1); });`;
      const r = child_process.spawnSync(process.execPath, ['-e', script], {
        env: { ...process.env, POLICYLINT_TEST_RESULTS: resultsFile, POLICYLINT_TEST_SUITES: dir, POLICYLINT_REPO_ROOT: repoRoot },
        encoding: 'utf8',
        timeout: 25_000,
      });
      return { status: r.status, stderr: r.stderr, results: parseResults(fs.readFileSync(resultsFile, 'utf8')) };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  it('resolves when the suites pass, and records the VS Code version', () => {
    const r = runIndex(`describe('a', () => { it('b', () => {}); });`);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.results.passed, 1);
    assert.strictEqual(r.results.vscodeVersion, '1.2.3');
  });

  it('rejects when a test fails', () => {
    const r = runIndex(`describe('a', () => { it('b', () => { throw new Error('no'); }); });`);
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, /1 test\(s\) failed/);
  });

  it('rejects when no test ran', () => {
    const r = runIndex(`describe('a', () => {});`);
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, /no test ran/);
  });
});
