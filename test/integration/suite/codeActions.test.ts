/** Quick fixes as a drafter uses them: each kind applied and the text checked. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { api, closeAll, openCopy, policyDiagnostics, ruleOf, until, waitForDiagnostics, workspaceUri } from './util';

async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) await vscode.workspace.applyEdit(action.edit);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

describe('quick fixes', function () {
  this.timeout(60000);
  before(async () => {
    await api();
  });
  afterEach(closeAll);

  it('fixes a malformed 发文字号 with its quick fix', async () => {
    const editor = await openCopy('实施方案草稿.txt', 'fix-docnumber.txt');
    const uri = editor.document.uri;
    const ds = await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'doc-number-format'));
    const d = ds.find((x) => ruleOf(x) === 'doc-number-format')!;
    const fix = (await actionsAt(uri, d.range)).find((a) => a.kind?.value === 'quickfix' && a.isPreferred);
    assert.ok(fix, 'no preferred quick fix');
    await apply(fix);
    assert.strictEqual(editor.document.lineAt(1).text, '安政办发〔2024〕8号');
    // Nothing else changed.
    assert.strictEqual(editor.document.lineAt(0).text.startsWith('关于印发《'), true);
    const original = await vscode.workspace.openTextDocument(workspaceUri('实施方案草稿.txt'));
    assert.strictEqual(editor.document.lineCount, original.lineCount);
  });

  it('fixes every heading-style problem of the file with "fix all of this rule"', async () => {
    const editor = await openCopy('实施方案草稿.txt', 'fix-all-rule.txt');
    const uri = editor.document.uri;
    const ds = await waitForDiagnostics(uri, (d) => d.filter((x) => ruleOf(x) === 'heading-style').length === 4);
    const d = ds.find((x) => ruleOf(x) === 'heading-style')!;
    const all = (await actionsAt(uri, d.range)).find((a) => /heading-style/.test(a.title) && /4/.test(a.title) && a.edit);
    assert.ok(all, 'no fix-all action');
    await apply(all);
    for (const line of [15, 16, 18, 19]) assert.match(editor.document.lineAt(line).text, /^\d\./);
    await waitForDiagnostics(uri, (x) => !x.some((y) => ruleOf(y) === 'heading-style'));
  });

  it('source.fixAll.policylint applies every certain fix', async () => {
    const editor = await openCopy('实施方案草稿.txt', 'fix-all-source.txt');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'date-format'));
    const [action] = await actionsAt(uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.policylint');
    assert.ok(action?.edit, 'no source.fixAll action');
    await apply(action);
    const text = editor.document.getText();
    assert.match(text, /2024年3月15日/);
    assert.match(text, /安政办发〔2024〕8号/);
  });

  it('inserts a responsibility clause snippet for an item without one', async () => {
    const editor = await openCopy('实施方案草稿.txt', 'fix-clause.txt');
    const uri = editor.document.uri;
    const ds = await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'responsible-unit-missing'));
    const d = ds.find((x) => ruleOf(x) === 'responsible-unit-missing')!;
    const action = (await actionsAt(uri, d.range)).find((a) => a.command?.command === 'policylint.applySnippet');
    assert.ok(action, 'no clause action');
    await apply(action);
    assert.match(editor.document.lineAt(d.range.start.line).text, /推进粪污资源化利用。（牵头单位牵头，配合单位配合）$/);
    assert.strictEqual(editor.document.getText(editor.selection), '牵头单位');
  });

  it('turns a rule off in .policylintrc.json, creating it', async () => {
    const config = workspaceUri('.policylintrc.json');
    if (fs.existsSync(config.fsPath)) fs.unlinkSync(config.fsPath);
    const editor = await openCopy('实施方案草稿.txt', 'disable-rule.txt');
    const uri = editor.document.uri;
    const ds = await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'quote-pairs' || ruleOf(x) === 'year-range'));
    const d = ds.find((x) => ruleOf(x) === 'year-range')!;
    const action = (await actionsAt(uri, d.range)).find((a) => a.command?.command === 'policylint.disableRule');
    assert.ok(action, 'no disable action');
    await apply(action);
    const written = await until(() => {
      const text = fs.existsSync(config.fsPath) ? fs.readFileSync(config.fsPath, 'utf8') : '';
      return text.includes('year-range') ? text : undefined;
    }, '.policylintrc.json written');
    assert.deepStrictEqual(JSON.parse(written), { rules: { 'year-range': 'off' } });
    await waitForDiagnostics(uri, (x) => !x.some((y) => ruleOf(y) === 'year-range'));
    fs.unlinkSync(config.fsPath);
    assert.ok(policyDiagnostics(uri).length > 0);
  });
});
