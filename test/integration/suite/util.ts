/** Helpers for the suites that run inside VS Code: event-driven waits, never sleep-and-hope. */
import * as path from 'path';
import * as vscode from 'vscode';

export interface PolicyLintApi {
  activationMs: number;
  activateBodyMs: number;
  evaluateMs?: number;
  ready(): Promise<unknown>;
  status(uri: vscode.Uri): { isDraft: boolean; documentType?: string; errors: number; warnings: number; infos: number } | undefined;
}

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return folder.uri.fsPath;
}

export function workspaceUri(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceRoot(), name));
}

export async function api(): Promise<PolicyLintApi> {
  const ext = vscode.extensions.getExtension<PolicyLintApi>('policylint.policylint');
  if (!ext) throw new Error('the PolicyLint extension is not installed');
  const exports = await ext.activate();
  await exports.ready();
  return exports;
}

export function policyDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'policylint');
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code);
}

/** Resolves when the document's PolicyLint diagnostics satisfy `ok` (checked now and on every change). */
export function waitForDiagnostics(uri: vscode.Uri, ok: (ds: vscode.Diagnostic[]) => boolean, timeoutMs = 20000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const ds = policyDiagnostics(uri);
      if (ok(ds)) {
        cleanup();
        resolve(ds);
      }
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`time-out waiting for diagnostics on ${uri.fsPath}; now: ${policyDiagnostics(uri).map((d) => `${ruleOf(d)}@${d.range.start.line + 1}`).join(', ')}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      sub.dispose();
    };
    check();
  });
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(doc);
}

/** A fresh copy of a workspace file (tests that edit never touch the originals). */
export async function openCopy(name: string, copyName: string): Promise<vscode.TextEditor> {
  const from = workspaceUri(name);
  const to = workspaceUri(copyName);
  await vscode.workspace.fs.copy(from, to, { overwrite: true });
  return open(copyName);
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Position of the first occurrence of `needle` (plus `delta` characters). */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const i = doc.getText().indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not in ${doc.uri.fsPath}`);
  return doc.positionAt(i + delta);
}

export function until<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 15000): Promise<T> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = async () => {
      try {
        const v = await probe();
        if (v !== undefined && v !== false) return resolve(v as T);
      } catch {
        // probe again
      }
      if (Date.now() - started > timeoutMs) return reject(new Error(`time-out: ${what}`));
      setTimeout(tick, 100);
    };
    void tick();
  });
}
