/**
 * Launcher for the VS Code integration tests: `node out/test/integration/run.js`.
 *
 * - With VSCODE_EXECUTABLE_PATH (a VS Code desktop): @vscode/test-electron's runTests,
 *   with out/test/integration/suite-index.js as the tests module.
 * - Otherwise (these machines, which cannot download VS Code): code-server from a cache
 *   outside the clone, the product extension and the test-runner extension in a
 *   throw-away extensions dir, headless Debian Chromium to open the workbench (which
 *   starts the extension host), and the result file the runner writes.
 *
 * Exits 1 on any failure, on a time-out, and when no test ran.
 *
 * Environment:
 *   POLICYLINT_TEST_SUITES    compiled suites: a dir (every *.test.js), file or glob
 *                             (default out/test/integration/suite)
 *   POLICYLINT_TEST_TIMEOUT   seconds to wait for the results (default 300)
 *   POLICYLINT_TEST_GREP      only tests whose full title matches
 *   POLICYLINT_MOCHA_TIMEOUT  mocha's per-test time-out in ms (default 20000)
 *   POLICYLINT_VSIX           install the product from this VSIX (else the repo folder)
 *   POLICYLINT_SKIP_PRODUCT=1 install no product extension (tests the harness alone)
 *   POLICYLINT_KEEP_TEMP=1    keep code-server's temp dir (logs, user data)
 *   POLICYLINT_CHROMIUM       the browser (default /usr/bin/chromium)
 *   VSCODE_EXECUTABLE_PATH    run in this VS Code desktop instead of code-server
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openBrowser, waitForWorkbench, type Workbench } from '../support/browser';
import { CODE_SERVER_VERSION, CodeServer, ensureCodeServer, tailOfFile } from '../support/code-server';
import { interruption, runAsMain, sleep } from '../support/process';
import { closingLine, exitCodeFor, formatSummary, parseResults, type TestResults } from '../support/results';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const log = (s: string) => process.stderr.write(`[harness] ${s}\n`);

interface Config {
  suites: string;
  timeoutMs: number;
  skipProduct: boolean;
  vsix?: string;
  keepTemp: boolean;
  artifacts: string;
  mochaPath: string;
}

function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const secs = env.POLICYLINT_TEST_TIMEOUT ? Number(env.POLICYLINT_TEST_TIMEOUT) : 300;
  if (!(secs > 0)) throw new Error(`POLICYLINT_TEST_TIMEOUT must be a number of seconds, not ${JSON.stringify(env.POLICYLINT_TEST_TIMEOUT)}`);
  return {
    suites: env.POLICYLINT_TEST_SUITES ? path.resolve(env.POLICYLINT_TEST_SUITES) : path.join(repoRoot, 'out', 'test', 'integration', 'suite'),
    timeoutMs: secs * 1000,
    skipProduct: env.POLICYLINT_SKIP_PRODUCT === '1' || env.POLICYLINT_SKIP_PRODUCT === 'true',
    vsix: env.POLICYLINT_VSIX ? path.resolve(env.POLICYLINT_VSIX) : undefined,
    keepTemp: env.POLICYLINT_KEEP_TEMP === '1',
    artifacts: path.join(repoRoot, 'test-results', 'integration'),
    mochaPath: path.join(repoRoot, 'node_modules', 'mocha'),
  };
}

interface ProductInfo {
  folderName: string;
  id: string;
}

/** Checks that the product extension can be installed; throws a clear message if not. */
function checkProduct(cfg: Config): ProductInfo {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const info = { folderName: `${pkg.publisher}.${pkg.name}-${pkg.version}`, id: `${pkg.publisher}.${pkg.name}` };
  if (cfg.vsix) {
    if (!fs.existsSync(cfg.vsix)) throw new Error(`POLICYLINT_VSIX=${cfg.vsix}: no such file (npx @vscode/vsce package --target linux-x64 makes one)`);
    return info;
  }
  const main = path.join(repoRoot, 'dist', 'extension.js');
  if (!fs.existsSync(main)) {
    throw new Error(
      `${path.relative(repoRoot, main)} does not exist: run \`npm run build\` first ` +
        '(or set POLICYLINT_VSIX=path/to/policylint.vsix, or POLICYLINT_SKIP_PRODUCT=1 to test the harness without the extension)',
    );
  }
  return info;
}

function checkSuites(cfg: Config): void {
  if (!/[*?]/.test(cfg.suites) && !fs.existsSync(cfg.suites)) {
    throw new Error(`${cfg.suites} does not exist: compile first (\`npx tsc -p .\`), or set POLICYLINT_TEST_SUITES`);
  }
  if (!fs.existsSync(path.join(cfg.mochaPath, 'package.json'))) throw new Error(`no mocha at ${cfg.mochaPath}: run \`npm ci\``);
}

/** A fresh workspace: a copy of test/fixtures/workspace/ if there is one, else empty. */
function makeWorkspace(dir: string): string {
  const fixtures = path.join(repoRoot, 'test', 'fixtures', 'workspace');
  if (fs.existsSync(fixtures)) fs.cpSync(fixtures, dir, { recursive: true });
  else fs.mkdirSync(dir, { recursive: true });
  return dir;
}

function saveArtifact(cfg: Config, name: string, from: string): string | undefined {
  try {
    fs.mkdirSync(cfg.artifacts, { recursive: true });
    const to = path.join(cfg.artifacts, name);
    fs.copyFileSync(from, to);
    return to;
  } catch {
    return undefined;
  }
}

function printResults(r: TestResults, header: string): number {
  process.stdout.write(`\n  ${header}\n`);
  process.stdout.write(formatSummary(r));
  return exitCodeFor(r);
}

function readResultsFile(file: string): TestResults {
  return parseResults(fs.readFileSync(file, 'utf8'));
}

// ---------------------------------------------------------------------------
// code-server route

/** Logs and results of an earlier run must not pass for this one's. */
function clearArtifacts(cfg: Config): void {
  fs.rmSync(cfg.artifacts, { recursive: true, force: true });
}

async function runInCodeServer(cfg: Config): Promise<number> {
  const t = { start: Date.now(), cache: 0, server: 0, workbench: 0, tests: 0 };
  clearArtifacts(cfg);
  const product = cfg.skipProduct ? undefined : checkProduct(cfg);
  checkSuites(cfg);

  let t0 = Date.now();
  const install = await ensureCodeServer({ log });
  t.cache = Date.now() - t0;

  const cs = CodeServer.create(install, { log });
  let wb: Workbench | undefined;
  let code = 1;
  try {
    // The runner first: a VSIX install writes extensions.json, which then lists both.
    cs.addExtensionFolder(path.join(repoRoot, 'test', 'integration', 'runner-extension'), 'policylint-test.runner-0.0.1', 'copy');
    if (product && cfg.vsix) cs.installVsix(cfg.vsix);
    else if (product) cs.addExtensionFolder(repoRoot, product.folderName, 'symlink');
    else log('POLICYLINT_SKIP_PRODUCT=1: no PolicyLint extension installed (its smoke test must fail)');

    const workspace = makeWorkspace(path.join(cs.tempDir, 'workspace'));
    const resultsFile = path.join(cs.tempDir, 'results', 'results.json');
    fs.mkdirSync(path.dirname(resultsFile), { recursive: true });

    t0 = Date.now();
    await cs.start({
      workspace,
      env: {
        POLICYLINT_TEST_RESULTS: resultsFile,
        POLICYLINT_TEST_SUITES: cfg.suites,
        POLICYLINT_MOCHA_PATH: cfg.mochaPath,
        POLICYLINT_REPO_ROOT: repoRoot,
        POLICYLINT_WORKSPACE: workspace,
      },
    });
    t.server = Date.now() - t0;

    t0 = Date.now();
    const deadline = Date.now() + cfg.timeoutMs;
    wb = await openBrowser({ url: cs.workbenchUrl(workspace), log });
    if (await waitForWorkbench(wb, Math.min(60_000, cfg.timeoutMs))) {
      t.workbench = Date.now() - t0;
      log(`workbench loaded after ${(t.workbench / 1000).toFixed(1)} s; waiting for the suites (up to ${cfg.timeoutMs / 1000} s in all)`);
    } else if (!interruption()) {
      log('the workbench element did not appear within 60 s; still waiting for results');
    }

    // Wait for the result file, a dead code-server or browser, or the time-out.
    let results: TestResults | undefined;
    let problem: string | undefined;
    let announcedStart = false;
    for (;;) {
      if (fs.existsSync(resultsFile)) {
        try {
          results = readResultsFile(resultsFile);
        } catch (e) {
          problem = `unreadable result file: ${(e as Error).message}`;
        }
        break;
      }
      if (!announcedStart && fs.existsSync(`${resultsFile}.started`)) {
        announcedStart = true;
        log(`the runner started the suites in the extension host after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      }
      const signal = interruption();
      if (signal) {
        problem = `interrupted by ${signal}`;
        break;
      }
      if (cs.exited) {
        problem = `code-server ${cs.exited} before the suites finished`;
        break;
      }
      if (wb.broken) {
        problem = `${wb.broken} before the suites finished`;
        break;
      }
      if (Date.now() > deadline) {
        problem =
          `time-out: no results after ${cfg.timeoutMs / 1000} s (POLICYLINT_TEST_TIMEOUT); ` +
          (announcedStart ? 'the runner started the suites but never finished' : 'the runner never started (did the extension host start?)');
        break;
      }
      await sleep(250);
    }
    t.tests = Date.now() - t0;

    const exthost = cs.exthostLogs();
    const exthostLog = exthost[exthost.length - 1];
    const savedExthost = exthostLog ? saveArtifact(cfg, 'exthost.log', exthostLog) : undefined;
    saveArtifact(cfg, 'code-server.log', cs.logFile);
    if (fs.existsSync(resultsFile)) saveArtifact(cfg, 'results.json', resultsFile);
    // The activation test leaves its figure beside the results, for bench/ (figure 5).
    const activation = path.join(path.dirname(resultsFile), 'activation.json');
    if (fs.existsSync(activation)) saveArtifact(cfg, 'activation.json', activation);
    if (wb.consoleLog.length) {
      fs.mkdirSync(cfg.artifacts, { recursive: true });
      fs.writeFileSync(path.join(cfg.artifacts, 'browser-console.log'), wb.consoleLog.join('\n') + '\n');
    }

    if (results) {
      code = printResults(results, `PolicyLint integration tests (code-server ${CODE_SERVER_VERSION}, VS Code ${results.vscodeVersion ?? '?'})`);
      if (cfg.skipProduct) log('POLICYLINT_SKIP_PRODUCT=1: the product extension was not installed, so a test that needs it fails, as it must');
    } else {
      code = 1;
      process.stdout.write(`\n  PolicyLint integration tests: FAILED: ${problem}\n\n`);
      if (interruption()) {
        process.stdout.write(`${closingLine({ passed: 0, failed: 1, pending: 0 })}\n`);
        return code;
      }
      try {
        fs.mkdirSync(cfg.artifacts, { recursive: true });
        await wb.page.screenshot({ path: path.join(cfg.artifacts, 'workbench.png'), timeout: 10_000 });
        log(`screenshot: ${path.join(cfg.artifacts, 'workbench.png')}`);
      } catch {
        /* the page may be gone */
      }
      process.stdout.write(`--- extension host log (${exthostLog ?? 'none found'}), last 60 lines:\n`);
      process.stdout.write(exthostLog ? tailOfFile(exthostLog, 60) + '\n' : '(no extension host log: the extension host never started)\n');
      process.stdout.write(`--- code-server log, last 30 lines:\n${cs.logTail(30)}\n`);
      process.stdout.write(`\n${closingLine({ passed: 0, failed: 1, pending: 0 })}\n`);
    }
    if (savedExthost) log(`logs in ${path.relative(process.cwd(), cfg.artifacts) || cfg.artifacts}/`);
  } finally {
    const t1 = Date.now();
    if (wb) await wb.close();
    if (cfg.keepTemp) {
      log(`POLICYLINT_KEEP_TEMP=1: keeping ${cs.tempDir}`);
      // stop() removes the temp dir: move the interesting part aside first.
      const keep = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-kept-'));
      fs.cpSync(cs.tempDir, keep, { recursive: true, filter: (src) => !src.includes(`${path.sep}extensions${path.sep}`) });
      log(`kept a copy in ${keep}`);
    }
    await cs.stop();
    log(
      `timings: cache ${(t.cache / 1000).toFixed(1)} s, code-server start ${(t.server / 1000).toFixed(1)} s, ` +
        `workbench ${(t.workbench / 1000).toFixed(1)} s, browser+suites ${(t.tests / 1000).toFixed(1)} s, ` +
        `stop ${((Date.now() - t1) / 1000).toFixed(1)} s, total ${((Date.now() - t.start) / 1000).toFixed(1)} s`,
    );
  }
  return code;
}

// ---------------------------------------------------------------------------
// VS Code desktop route

async function runInDesktop(cfg: Config, vscodeExecutablePath: string): Promise<number> {
  clearArtifacts(cfg);
  checkSuites(cfg);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-vscode-'));
  try {
    let devPath = repoRoot;
    if (cfg.skipProduct) {
      // runTests needs a development extension: an empty one stands in for the product.
      devPath = path.join(tmp, 'empty-extension');
      fs.mkdirSync(devPath, { recursive: true });
      fs.writeFileSync(
        path.join(devPath, 'package.json'),
        JSON.stringify({ name: 'empty', publisher: 'policylint-test', version: '0.0.0', engines: { vscode: '*' } }),
      );
    } else if (!cfg.vsix) {
      checkProduct(cfg);
    }
    const workspace = makeWorkspace(path.join(tmp, 'workspace'));
    const resultsFile = path.join(tmp, 'results.json');
    const { runTests } = await import('@vscode/test-electron');
    let runError: unknown;
    try {
      await runTests({
        vscodeExecutablePath,
        extensionDevelopmentPath: devPath,
        extensionTestsPath: path.join(__dirname, 'suite-index.js'),
        launchArgs: [
          workspace,
          '--disable-workspace-trust',
          '--skip-welcome',
          '--skip-release-notes',
          '--user-data-dir', path.join(tmp, 'user-data'),
          '--extensions-dir', path.join(tmp, 'extensions'),
        ],
        extensionTestsEnv: {
          POLICYLINT_TEST_RESULTS: resultsFile,
          POLICYLINT_TEST_SUITES: cfg.suites,
          POLICYLINT_MOCHA_PATH: cfg.mochaPath,
          POLICYLINT_REPO_ROOT: repoRoot,
          POLICYLINT_WORKSPACE: workspace,
        },
      });
    } catch (e) {
      runError = e;
    }
    if (!fs.existsSync(resultsFile)) {
      process.stdout.write(`\n  PolicyLint integration tests: FAILED: no result file (${runError ? (runError as Error).message : 'VS Code exited'})\n\n`);
      process.stdout.write(`${closingLine({ passed: 0, failed: 1, pending: 0 })}\n`);
      return 1;
    }
    const results = readResultsFile(resultsFile);
    saveArtifact(cfg, 'results.json', resultsFile);
    const activationFile = path.join(tmp, 'activation.json');
    if (fs.existsSync(activationFile)) saveArtifact(cfg, 'activation.json', activationFile);
    const code = printResults(results, `PolicyLint integration tests (VS Code ${results.vscodeVersion ?? '?'} at ${vscodeExecutablePath})`);
    return runError ? 1 : code;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------

async function main(): Promise<number> {
  const cfg = readConfig();
  const desktop = process.env.VSCODE_EXECUTABLE_PATH;
  return desktop ? runInDesktop(cfg, desktop) : runInCodeServer(cfg);
}

if (require.main === module) {
  runAsMain(main, (e) => {
    process.stdout.write(`\n  PolicyLint integration tests: FAILED: ${(e as Error)?.message ?? e}\n\n`);
    process.stdout.write(`${closingLine({ passed: 0, failed: 1, pending: 0 })}\n`);
  });
}
