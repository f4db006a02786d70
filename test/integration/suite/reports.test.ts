/**
 * The report views (任务分工表, 指标表, 上位规划对照): the commands open a webview beside
 * the draft, the server computes the tables, the panel answers the webview's
 * messages (jump to a line, filter, order, parent plan) and ignores invalid ones.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, closeAll, open, until, waitForDiagnostics } from './util';

interface Row {
  cells: Record<string, string | number>;
  line?: number;
  flag?: 'problem' | 'warning' | 'good';
}
interface Table {
  name: string;
  title: string;
  columns: { key: string; header: string }[];
  rows: Row[];
  notes: string[];
}
type Response = { ok: true; kind: string; tables: Table[]; units?: string[] } | { ok: false; kind: string; message: string };

/** What the show-report commands return (src/extension/reportView.ts ReportPanelHandle). */
interface Handle {
  kind: string;
  uri: vscode.Uri;
  panel: vscode.WebviewPanel;
  response: Response | undefined;
  html(): string;
  receive(message: unknown): Promise<void>;
  settled(): Promise<void>;
}

interface Client {
  sendRequest<R>(method: string, params: unknown): Promise<R>;
}

const DRAFT = '实施方案草稿.txt';

function reportTabs(label: string): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.label.includes(label));
}

function okTables(r: Response | undefined): Table[] {
  assert.ok(r, 'no response yet');
  assert.ok(r.ok, `the report failed: ${r.ok ? '' : r.message}`);
  return r.tables;
}

async function show(command: string): Promise<Handle> {
  const handle = await vscode.commands.executeCommand<Handle | undefined>(command);
  assert.ok(handle, `${command} returned nothing`);
  await handle.settled();
  return handle;
}

describe('reports', function () {
  this.timeout(60000);
  let client: Client;
  let draft: vscode.TextEditor;

  before(async () => {
    client = (await (await api()).ready()) as Client;
    draft = await open(DRAFT);
    await waitForDiagnostics(draft.document.uri, (d) => d.length > 0);
  });
  after(closeAll);

  it('opens 任务分工表 in a webview beside the draft', async () => {
    const handle = await show('policylint.showMatrix');
    const tab = await until(() => reportTabs('任务分工表')[0], 'a webview tab titled 任务分工表');
    assert.match((tab.input as vscode.TabInputWebview).viewType, /policylint\.report/);
    assert.ok(tab.label.includes(DRAFT), tab.label);
    assert.notStrictEqual(tab.group.viewColumn, draft.viewColumn, 'the report is beside the draft');
    const [tasks, totals] = okTables(handle.response);
    assert.strictEqual(tasks.rows.length, 5);
    assert.strictEqual(totals.name, '单位汇总');
    const html = handle.html();
    assert.match(html, /Content-Security-Policy/);
    assert.match(html, /<tr class="row flag-problem has-line" tabindex="-1" data-line="17"/);
    assert.match(html, /<caption id="caption-0">任务分工表 — 安平县农村人居环境整治提升实施方案/);
    assert.ok(html.includes('<option value="县住建局">县住建局</option>'));
  });

  it('gets the tables from the language server: the task with no unit is a problem', async () => {
    const uri = draft.document.uri.toString();
    const r = await client.sendRequest<Response>('policylint/report', { uri, kind: 'matrix' });
    const [tasks] = okTables(r);
    const noUnit = tasks.rows.find((x) => x.line === 17)!;
    assert.strictEqual(noUnit.cells.task, '2、加强厕所粪污无害化处理');
    assert.strictEqual(noUnit.flag, 'problem');
    assert.strictEqual(tasks.rows.find((x) => x.line === 19)!.flag, 'problem', 'a clause with 配合 and no 牵头');
    assert.strictEqual(tasks.rows.find((x) => x.line === 16)!.flag, undefined);
    assert.ok(tasks.notes.includes('没有责任单位的任务：1 项（序号 2）'), tasks.notes.join('\n'));
    assert.ok(r.ok && r.units?.includes('县住建局'));
    const filtered = okTables(await client.sendRequest<Response>('policylint/report', { uri, kind: 'matrix', unit: '县水务局' }));
    assert.deepStrictEqual(
      filtered[0].rows.map((x) => x.cells.task),
      // The parent item's clause covers its sub-items: one row, the parent's.
      ['5、加强黑臭水体治理'],
    );
  });

  it('jumps to a row’s line in the draft, and ignores invalid messages', async () => {
    const handle = await show('policylint.showMatrix');
    await handle.receive({ type: 'reveal', line: 17 });
    const editor = await until(() => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.toString() === handle.uri.toString() && e.selection.start.line === 16 ? e : undefined;
    }, 'the draft active with line 17 selected');
    assert.strictEqual(editor.document.getText(editor.selection), editor.document.lineAt(16).text);
    assert.strictEqual(editor.viewColumn, draft.viewColumn, 'the draft’s own editor, not a new one');
    for (const bad of [{ type: 'reveal', line: 0 }, { type: 'reveal', line: '3' }, { type: 'reveal', line: 2.5 }, { type: 'open', uri: 'file:///etc/passwd' }, 'reveal', null]) {
      await handle.receive(bad);
    }
    assert.strictEqual(vscode.window.activeTextEditor?.selection.start.line, 16, 'an invalid message moved the selection');
  });

  it('filters the matrix to one unit and orders it by unit, re-asking the server', async () => {
    const handle = await show('policylint.showMatrix');
    await handle.receive({ type: 'filter', unit: '县住建局' });
    assert.deepStrictEqual(
      okTables(handle.response)[0].rows.map((x) => x.line),
      [19, 23],
    );
    assert.ok(handle.html().includes('<option value="县住建局" selected>县住建局</option>'));
    assert.ok(handle.html().includes('selected-col'));
    await handle.receive({ type: 'sort', by: 'unit' });
    assert.match(handle.html(), /data-sort="unit" aria-pressed="true"/);
    await handle.receive({ type: 'filter', unit: null });
    assert.strictEqual(okTables(handle.response)[0].rows.length, 5);
    // The unit list stays whole while filtered.
    assert.ok(handle.html().includes('<option value="县乡村振兴局">'));
    await handle.receive({ type: 'sort', by: 'task' });
  });

  it('reuses the panel when the command runs again', async () => {
    const first = await show('policylint.showMatrix');
    await open(DRAFT);
    const again = await show('policylint.showMatrix');
    assert.strictEqual(again, first);
    assert.strictEqual(reportTabs('任务分工表').length, 1);
  });

  it('opens 指标表: the unquantified target is a problem', async () => {
    await open(DRAFT);
    const handle = await show('policylint.showTargets');
    await until(() => reportTabs('指标表')[0], 'a webview tab titled 指标表');
    const [indicators, vague] = okTables(handle.response);
    assert.strictEqual(indicators.rows.length, 0);
    assert.deepStrictEqual(
      vague.rows.map((r) => [r.line, r.flag]),
      [[13, 'problem']],
    );
    assert.ok(handle.html().includes('data-line="13"'));
  });

  it('opens 上位规划对照 against the cited plan, and another plan named in the view', async () => {
    await open(DRAFT);
    const handle = await show('policylint.showCoverage');
    await until(() => reportTabs('上位规划对照')[0], 'a webview tab titled 上位规划对照');
    const [rows] = okTables(handle.response);
    assert.match(rows.title, /《“十四五”兰州经济圈发展规划》/);
    assert.strictEqual(rows.rows.length, 27);
    assert.ok(rows.rows.every((r) => r.flag === 'problem'));
    await handle.receive({ type: 'parent', title: '没有这个规划' });
    assert.strictEqual(handle.response?.ok, false);
    assert.match(handle.html(), /role="alert"/);
    assert.match(handle.html(), /id="parent-input"[^>]*value="没有这个规划"/);
    await handle.receive({ type: 'parent', title: '' });
    assert.strictEqual(okTables(handle.response)[0].rows.length, 27);
  });

  it('exports the report to .xlsx through the server', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-report-')), '任务分工表.xlsx');
    const r = await client.sendRequest<{ ok: boolean; message?: string }>('policylint/exportReport', {
      uri: draft.document.uri.toString(),
      kind: 'matrix',
      path: file,
    });
    assert.ok(r.ok, r.message);
    assert.strictEqual(fs.readFileSync(file).subarray(0, 2).toString('latin1'), 'PK');
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('makes the matrix of a seed plan: 17 tasks, three with no lead', async () => {
    const ext = vscode.extensions.getExtension('policylint.policylint')!;
    const seed = vscode.Uri.file(path.join(ext.extensionPath, 'seeds', '000_a195f0ee2a1a2df6.txt'));
    await vscode.workspace.openTextDocument(seed);
    const r = await until(async () => {
      const x = await client.sendRequest<Response>('policylint/report', { uri: seed.toString(), kind: 'matrix' });
      return x.ok ? x : undefined;
    }, 'the seed’s matrix');
    const [tasks] = okTables(r);
    assert.strictEqual(tasks.rows.length, 17);
    assert.deepStrictEqual(
      tasks.rows.filter((x) => x.flag === 'problem').map((x) => x.cells.index),
      [6, 7, 15],
    );
  });
});
