/**
 * Smoke suite: runs inside a real VS Code extension host (code-server, or VS Code
 * desktop through @vscode/test-electron), never under plain mocha.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';

describe('Smoke', () => {
  it('runs in a VS Code extension host with a version string', () => {
    assert.strictEqual(typeof vscode.version, 'string');
    assert.match(vscode.version, /^\d+\.\d+\.\d+/, `vscode.version is ${JSON.stringify(vscode.version)}`);
  });

  it('has the workspace folder open', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.ok(folders.length > 0, 'no workspace folder is open');
    const expected = process.env.POLICYLINT_WORKSPACE;
    if (expected) {
      assert.ok(
        folders.some((f) => f.uri.fsPath === expected),
        `expected ${expected} among ${folders.map((f) => f.uri.fsPath).join(', ')}`,
      );
    }
  });

  // With POLICYLINT_SKIP_PRODUCT=1 (testing the harness alone) this one fails, as it must.
  it('has the PolicyLint extension installed', () => {
    const ext = vscode.extensions.getExtension('policylint.policylint');
    assert.ok(ext, 'vscode.extensions.getExtension("policylint.policylint") is undefined: the extension is not installed');
  });
});
