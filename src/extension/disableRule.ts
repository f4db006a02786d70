/**
 * "Turn this rule off": writes `"rules": { "<id>": "off" }` into the nearest
 * .policylintrc.json (creating one at the workspace folder if there is none). It
 * writes a configuration file, never a draft; the server re-lints when it changes.
 */
import * as path from 'node:path';
import { applyEdits, modify } from 'jsonc-parser';
import * as vscode from 'vscode';

const CONFIG = '.policylintrc.json';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function disableRule(documentUri: string, ruleId: string): Promise<vscode.Uri | undefined> {
  const doc = vscode.Uri.parse(documentUri);
  if (doc.scheme !== 'file') return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(doc);
  let dir = path.dirname(doc.fsPath);
  let target: vscode.Uri | undefined;
  for (;;) {
    const candidate = vscode.Uri.file(path.join(dir, CONFIG));
    if (await exists(candidate)) {
      target = candidate;
      break;
    }
    if (folder && dir === folder.uri.fsPath) break;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  target ??= vscode.Uri.file(path.join(folder?.uri.fsPath ?? path.dirname(doc.fsPath), CONFIG));
  const before = (await exists(target)) ? new TextDecoder().decode(await vscode.workspace.fs.readFile(target)) : '{}';
  const format = { insertSpaces: true, tabSize: 2, eol: '\n' };
  const after = applyEdits(before, modify(before, ['rules', ruleId], 'off', { formattingOptions: format }));
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(after.endsWith('\n') ? after : after + '\n'));
  return target;
}
