/** Diagnostics as a drafter meets them: which files get them, rule ids, lines, links, data. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, open, policyDiagnostics, ruleOf, waitForDiagnostics, workspaceUri } from './util';

describe('diagnostics', function () {
  this.timeout(60000);
  before(async () => {
    await api();
  });
  afterEach(closeAll);

  it('lints an ordinary .txt that is clearly a draft, with rule ids and lines', async () => {
    const editor = await open('实施方案草稿.txt');
    assert.strictEqual(editor.document.languageId, 'plaintext');
    const ds = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'doc-number-format'));
    const hits = new Set(ds.map((d) => `${ruleOf(d)}@${d.range.start.line + 1}`));
    for (const expected of ['doc-number-format@2', 'addressee-format@3', 'date-format@7', 'heading-sequence@19', 'responsible-unit-missing@17', 'responsible-unit-no-lead@19', 'responsible-unit-duplicate@20', 'heading-level@27', 'date-format@28']) {
      assert.ok(hits.has(expected), `missing ${expected} in ${[...hits].join(' ')}`);
    }
    const error = ds.find((d) => ruleOf(d) === 'doc-number-format')!;
    assert.strictEqual(error.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(error.source, 'policylint');
    assert.ok(typeof error.code === 'object' && String(error.code.target).startsWith('command:policylint.openRuleDocs'));
    const dup = ds.find((d) => ruleOf(d) === 'responsible-unit-duplicate')!;
    assert.strictEqual(dup.relatedInformation?.length, 1);
  });

  it('lints a .policy.txt draft in the policy-draft language and reports its type in the status', async () => {
    const editor = await open('引用往期规划.policy.txt');
    assert.strictEqual(editor.document.languageId, 'policy-draft');
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'citation-title-mismatch'));
    const status = (await api()).status(editor.document.uri);
    assert.strictEqual(status?.isDraft, true);
    assert.strictEqual(status?.documentType, '实施方案');
  });

  it('lints a Markdown draft and keeps the markdown language', async () => {
    const editor = await open('数字乡村工作方案.md');
    assert.strictEqual(editor.document.languageId, 'markdown');
    const ds = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'heading-sequence'));
    assert.ok(ds.some((d) => ruleOf(d) === 'responsible-unit-missing' && d.range.start.line === 15));
    // The line after the disable comment and the fenced code block are silent.
    assert.ok(!ds.some((d) => d.range.start.line === 18 || d.range.start.line === 21));
  });

  it('leaves a code project README alone, and says so in the status', async () => {
    const editor = await open('README.md');
    const uri = editor.document.uri;
    const a = await api();
    const deadline = Date.now() + 10000;
    while (!a.status(uri) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.strictEqual(a.status(uri)?.isDraft, false);
    assert.deepStrictEqual(policyDiagnostics(uri), []);
  });

  it('re-lints as the drafter types', async () => {
    const editor = await open('引用往期规划.policy.txt');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => d.length > 0);
    assert.ok(!policyDiagnostics(uri).some((d) => ruleOf(d) === 'heading-sequence'));
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n五、其他事项\n本方案自印发之日起施行。'));
    const line = editor.document.lineCount - 2;
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'heading-sequence' && x.range.start.line === line));
    assert.ok(workspaceUri('引用往期规划.policy.txt'));
  });
});
