/**
 * The tests module for @vscode/test-electron (`extensionTestsPath`), used when
 * VSCODE_EXECUTABLE_PATH names a VS Code desktop. Runs the same suites, with the same
 * code, as the test-runner extension does inside code-server, and writes the same
 * result file when POLICYLINT_TEST_RESULTS is set. Rejects on any failure and when no
 * test ran.
 */
import * as path from 'path';
import * as vscode from 'vscode';

interface RunMocha {
  optionsFromEnv(env: NodeJS.ProcessEnv): Record<string, unknown>;
  runAndWrite(opts: Record<string, unknown>): Promise<{ passed: number; failed: number; pending: number }>;
}

export async function run(): Promise<void> {
  const repoRoot = process.env.POLICYLINT_REPO_ROOT || path.resolve(__dirname, '../../..');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const runner: RunMocha = require(path.join(repoRoot, 'test', 'integration', 'runner-extension', 'run-mocha.js'));
  const opts = runner.optionsFromEnv(process.env);
  opts.suites ??= path.join(__dirname, 'suite');
  opts.mochaPath ??= path.join(repoRoot, 'node_modules', 'mocha');
  opts.vscodeVersion = vscode.version;
  const r = await runner.runAndWrite(opts);
  if (r.failed > 0) throw new Error(`${r.failed} test(s) failed`);
  if (r.passed + r.failed === 0) throw new Error('no test ran');
}
