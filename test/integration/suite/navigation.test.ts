/** Jumping to cited plans, hover, references, outline and completion, through the vscode API. */
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, closeAll, open, positionOf, ruleOf, waitForDiagnostics } from './util';

function locationOf(x: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in x ? { uri: x.targetUri, range: x.targetRange } : x;
}

describe('navigation', function () {
  this.timeout(60000);
  let editor: vscode.TextEditor;
  before(async () => {
    await api();
    editor = await open('引用往期规划.policy.txt');
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'citation-title-mismatch'));
  });
  after(closeAll);

  it('goes from a 《title》 to the seed file at the plan’s title line', async () => {
    const pos = positionOf(editor.document, '《“十四五”兰州经济圈发展规划》', 3);
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, pos);
    assert.strictEqual(defs.length, 1);
    const loc = locationOf(defs[0]);
    assert.strictEqual(path.basename(loc.uri.fsPath), '001_8ae0d0807c311ad7.txt');
    assert.strictEqual(loc.range.start.line, 20);
  });

  it('goes from a close title and from a 发文字号 too', async () => {
    const close = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      editor.document.uri,
      positionOf(editor.document, '《十四五兰州经济圈规划》', 2),
    );
    assert.strictEqual(locationOf(close[0]).range.start.line, 20);
    const byNumber = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      editor.document.uri,
      positionOf(editor.document, '甘政办发〔2021〕93号', 4),
    );
    assert.strictEqual(path.basename(locationOf(byNumber[0]).uri.fsPath), '001_8ae0d0807c311ad7.txt');
  });

  it('shows the cited plan on hover', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, '兰州经济圈发展规划》', 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /“十四五”兰州经济圈发展规划/);
    assert.match(text, /甘政办发〔2021〕93号/);
    assert.match(text, /规划背景/);
  });

  it('adds the keywords of the plan to the hover once the worker has them', async () => {
    const at = positionOf(editor.document, '兰州经济圈发展规划》', 2);
    let text = '';
    // The first hover asks the keyword worker (its dictionary loads off the server's thread).
    for (let i = 0; i < 60 && !/(关键词|Keywords)/.test(text); i++) {
      if (i) await new Promise((r) => setTimeout(r, 500));
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
      text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    }
    assert.match(text, /(关键词|Keywords)[:：] ?[\u4e00-\u9fff]{2,}/);
  });

  it('finds the drafts citing a plan', async () => {
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, positionOf(editor.document, '兰州经济圈发展规划》', 2));
    const files = refs.map((r) => path.basename(r.uri.fsPath));
    assert.ok(files.filter((f) => f === '引用往期规划.policy.txt').length >= 2, files.join(' '));
    assert.ok(files.includes('实施方案草稿.txt'), files.join(' '));
  });

  it('gives document symbols from the heading tree', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.strictEqual(symbols.length, 1);
    assert.strictEqual(symbols[0].name, '白银市融入兰州经济圈建设实施方案');
    assert.deepStrictEqual(symbols[0].children.map((c) => c.name), ['一、总体要求', '二、重点任务', '三、保障措施']);
    assert.deepStrictEqual(symbols[0].children[1].children.map((c) => c.name.slice(0, 2)), ['1.', '2.', '3.']);
  });

  it('completes unit names inside a clause and corpus titles after 《', async () => {
    const doc = editor.document;
    const line = doc.lineAt(positionOf(doc, '3.推进公共服务共享').line);
    await editor.edit((b) => b.insert(line.range.end, '（市'));
    const units = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, line.range.end.translate(0, 2));
    const labels = units.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('市发展改革委'), labels.slice(0, 20).join(' '));
    await editor.edit((b) => b.insert(doc.lineAt(line.lineNumber).range.end, '）根据《'));
    const end = doc.lineAt(line.lineNumber).range.end;
    const titles = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, end);
    const titleLabels = titles.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(titleLabels.includes('“十四五”陇东南区域发展规划'), titleLabels.slice(0, 20).join(' '));
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('undo');
  });
});
