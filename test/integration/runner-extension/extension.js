// The PolicyLint test-runner extension. Installed by the harness as
// <extensions-dir>/policylint-test.runner-0.0.1/. Does nothing unless the code-server
// process (and so this extension host) has POLICYLINT_TEST_RESULTS in its environment;
// then it runs the mocha suites named by POLICYLINT_TEST_SUITES once and writes the
// JSON result file the launcher (out/test/integration/run.js) waits for.
'use strict';

const fs = require('fs');
const vscode = require('vscode');
const { runAndWrite, optionsFromEnv, writeJsonAtomic } = require('./run-mocha');

let started = false;

function activate() {
  const opts = optionsFromEnv(process.env);
  if (!opts.resultsFile || started) return;
  started = true;
  // A reloaded window starts a new extension host: run the suites only once.
  if (fs.existsSync(opts.resultsFile) || fs.existsSync(`${opts.resultsFile}.started`)) return;
  opts.vscodeVersion = vscode.version;
  try {
    writeJsonAtomic(`${opts.resultsFile}.started`, { pid: process.pid, at: new Date().toISOString(), vscodeVersion: vscode.version });
  } catch (e) {
    console.error('[policylint-test runner] cannot write the start marker:', e);
  }
  console.log(`[policylint-test runner] running ${opts.suites} in VS Code ${vscode.version}`);
  // Not awaited: activation returns at once, the suites run afterwards.
  setTimeout(() => {
    runAndWrite(opts).then(
      (r) => console.log(`[policylint-test runner] ${r.passed} passed, ${r.failed} failed, ${r.pending} pending -> ${opts.resultsFile}`),
      (e) => console.error('[policylint-test runner] could not write results:', e),
    );
  }, 0);
}

function deactivate() {}

module.exports = { activate, deactivate };
