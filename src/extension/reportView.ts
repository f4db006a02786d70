/**
 * The report views (issue 7): 任务分工表, 指标表 and 上位规划对照 of a draft in a webview
 * beside it. The language server computes every report (policylint/report) and
 * writes the .xlsx (policylint/exportReport); this side only asks, renders the
 * tables with reportHtml.ts and answers the webview's messages, each validated by
 * reportMessages.ts. One panel per report kind per document, reused when the
 * command runs again and refreshed when the draft is saved.
 */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  EXPORT_REPORT_REQUEST,
  REPORT_REQUEST,
  type ExportReportParams,
  type ReportKind,
  type ReportParams,
  type ReportResponse,
} from '../shared/protocol';
import { LABELS, reportHtml, type ReportViewState, type UiLang } from './reportHtml';
import { parseWebviewMessage, type WebviewMessage } from './reportMessages';

export const REPORT_COMMANDS: Record<ReportKind, string> = {
  matrix: 'policylint.showMatrix',
  targets: 'policylint.showTargets',
  coverage: 'policylint.showCoverage',
};

const VIEW_TYPE = 'policylint.report';
const LANGUAGES = ['policy-draft', 'markdown', 'plaintext'];
/** The report's Chinese name: the default name of the exported workbook. */
const FILE_NAMES: Record<ReportKind, string> = { matrix: '任务分工表', targets: '指标表', coverage: '上位规划对照' };

/** What a show-report command returns: the panel, for tests and other automation. */
export interface ReportPanelHandle {
  readonly kind: ReportKind;
  readonly uri: vscode.Uri;
  readonly panel: vscode.WebviewPanel;
  /** The last answer of the server (undefined while the first is pending). */
  readonly response: ReportResponse | undefined;
  /** The current HTML of the webview. */
  html(): string;
  /** Handles a message as if the webview had posted it (validated the same way). */
  receive(message: unknown): Promise<void>;
  /** Resolves when the pending request (if any) has been answered and rendered. */
  settled(): Promise<void>;
}

type Start = () => Promise<LanguageClient>;

export function registerReportCommands(start: Start, log: vscode.LogOutputChannel): vscode.Disposable {
  const panels = new Map<string, ReportPanel>();
  const keyOf = (kind: ReportKind, uri: vscode.Uri) => `${kind}\n${uri.toString()}`;

  const show = async (kind: ReportKind, arg?: unknown): Promise<ReportPanelHandle | undefined> => {
    const uri = targetOf(arg, panels);
    if (!uri) {
      void vscode.window.showWarningMessage(vscode.l10n.t('PolicyLint: open a policy draft (.txt, .md) to see its reports.'));
      return undefined;
    }
    // The server reads open documents only: make sure this one is open (e.g. from the explorer).
    await vscode.workspace.openTextDocument(uri);
    const key = keyOf(kind, uri);
    let panel = panels.get(key);
    if (panel) {
      panel.panel.reveal(undefined, false);
    } else {
      panel = new ReportPanel(kind, uri, start, log, () => panels.delete(key));
      panels.set(key, panel);
    }
    await panel.refresh();
    return panel;
  };

  return vscode.Disposable.from(
    ...(Object.keys(REPORT_COMMANDS) as ReportKind[]).map((kind) => vscode.commands.registerCommand(REPORT_COMMANDS[kind], (arg?: unknown) => show(kind, arg))),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      for (const p of panels.values()) if (p.uri.toString() === doc.uri.toString()) void p.refresh();
    }),
    { dispose: () => [...panels.values()].forEach((p) => p.panel.dispose()) },
  );
}

/** The draft a command is about: its argument, the active editor, the active report, a visible draft. */
function targetOf(arg: unknown, panels: Map<string, ReportPanel>): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const isDraft = (d: vscode.TextDocument) => LANGUAGES.includes(d.languageId) && (d.uri.scheme === 'file' || d.uri.scheme === 'untitled');
  const active = vscode.window.activeTextEditor?.document;
  if (active && isDraft(active)) return active.uri;
  for (const p of panels.values()) if (p.panel.active) return p.uri;
  return vscode.window.visibleTextEditors.map((e) => e.document).find(isDraft)?.uri;
}

function uiLang(): UiLang {
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function titleOf(kind: ReportKind, name: string): string {
  switch (kind) {
    case 'matrix':
      return vscode.l10n.t('Responsibility matrix (任务分工表) — {0}', name);
    case 'targets':
      return vscode.l10n.t('Target table (指标表) — {0}', name);
    case 'coverage':
      return vscode.l10n.t('Coverage of the parent plan (上位规划对照) — {0}', name);
  }
}

class ReportPanel implements ReportPanelHandle {
  readonly panel: vscode.WebviewPanel;
  response: ReportResponse | undefined;
  private readonly state: ReportViewState = { sortBy: 'task' };
  /** Matrix: every unit of the draft (a filtered answer keeps them, but do not count on it). */
  private units: string[] = [];
  private seq = 0;
  private pending: Promise<void> = Promise.resolve();
  private disposed = false;
  private readonly name: string;

  constructor(
    readonly kind: ReportKind,
    readonly uri: vscode.Uri,
    private readonly start: Start,
    private readonly log: vscode.LogOutputChannel,
    onDispose: () => void,
  ) {
    this.name = path.basename(uri.path) || uri.toString();
    this.panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      titleOf(kind, this.name),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
      { enableScripts: true, retainContextWhenHidden: false, localResourceRoots: [], enableFindWidget: true },
    );
    const sub = this.panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m));
    this.panel.onDidDispose(() => {
      this.disposed = true;
      sub.dispose();
      onDispose();
    });
    this.render();
  }

  html(): string {
    return this.panel.webview.html;
  }

  settled(): Promise<void> {
    return this.pending;
  }

  /** Asks the server again (with the current filter, order and parent) and re-renders. */
  refresh(): Promise<void> {
    const n = ++this.seq;
    const run = async () => {
      let response: ReportResponse;
      try {
        const client = await this.start();
        // The server reports on open documents only; the draft may have been closed since.
        await vscode.workspace.openTextDocument(this.uri);
        response = await client.sendRequest<ReportResponse>(REPORT_REQUEST, this.params());
      } catch (e) {
        this.log.error(`report ${this.kind} of ${this.uri.toString()}: ${String((e as Error)?.message ?? e)}`);
        response = { ok: false, kind: this.kind, message: vscode.l10n.t('The language server did not answer: {0}', String((e as Error)?.message ?? e)) };
      }
      if (n !== this.seq || this.disposed) return; // a newer request is on its way, or the panel is gone
      this.response = response;
      if (response.ok && response.units) this.units = this.state.unit ? [...new Set([...this.units, ...response.units])] : response.units;
      this.render();
    };
    this.pending = run();
    return this.pending;
  }

  async receive(raw: unknown): Promise<void> {
    const parsed = parseWebviewMessage(raw);
    if (!parsed.ok) {
      this.log.warn(`report view: ignored an invalid message ${safeJson(raw)}: ${parsed.error}`);
      return;
    }
    try {
      await this.handle(parsed.message);
    } catch (e) {
      this.log.error(`report view: ${parsed.message.type}: ${String((e as Error)?.message ?? e)}`);
    }
  }

  private async handle(m: WebviewMessage): Promise<void> {
    switch (m.type) {
      case 'reveal':
        return this.reveal(m.line);
      case 'export':
        return this.export();
      case 'filter':
        if (this.kind !== 'matrix') return;
        this.state.unit = m.unit?.trim() || undefined;
        return this.refresh();
      case 'sort':
        if (this.kind !== 'matrix') return;
        this.state.sortBy = m.by;
        return this.refresh();
      case 'parent':
        if (this.kind !== 'coverage') return;
        this.state.parent = m.title.trim() || undefined;
        return this.refresh();
    }
  }

  private params(): ReportParams {
    const p: ReportParams = { uri: this.uri.toString(), kind: this.kind };
    if (this.kind === 'matrix') {
      if (this.state.unit) p.unit = this.state.unit;
      p.sortBy = this.state.sortBy ?? 'task';
    }
    if (this.kind === 'coverage' && this.state.parent) p.parent = this.state.parent;
    return p;
  }

  private render(): void {
    if (this.disposed) return;
    this.panel.webview.html = reportHtml({
      kind: this.kind,
      lang: uiLang(),
      nonce: randomBytes(18).toString('base64'),
      documentName: this.name,
      response: this.response,
      units: this.units,
      state: { ...this.state },
    });
  }

  /** Shows the draft beside the report with the line selected. */
  private async reveal(line: number): Promise<void> {
    const doc = await vscode.workspace.openTextDocument(this.uri);
    const index = Math.min(line, doc.lineCount) - 1;
    const range = doc.lineAt(index).range;
    const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
    const editor = await vscode.window.showTextDocument(doc, {
      viewColumn: shown?.viewColumn ?? vscode.ViewColumn.Beside,
      selection: new vscode.Selection(range.start, range.end),
      preserveFocus: false,
    });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async export(): Promise<void> {
    const reportName = LABELS[uiLang()].reports[this.kind];
    const target = await vscode.window.showSaveDialog({
      defaultUri: this.defaultExportUri(),
      filters: { [vscode.l10n.t('Excel workbook')]: ['xlsx'] },
      saveLabel: vscode.l10n.t('Export'),
      title: vscode.l10n.t('Export {0} to Excel', reportName),
    });
    if (!target) return;
    if (target.scheme !== 'file') {
      void vscode.window.showErrorMessage(vscode.l10n.t('PolicyLint: reports can only be exported to a file on disk.'));
      return;
    }
    const file = /\.xlsx$/i.test(target.fsPath) ? target.fsPath : `${target.fsPath}.xlsx`;
    const params: ExportReportParams = { ...this.params(), path: file };
    const client = await this.start();
    const r = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('PolicyLint: exporting {0}…', reportName) },
      () => client.sendRequest<{ ok: boolean; message?: string }>(EXPORT_REPORT_REQUEST, params),
    );
    if (r.ok) {
      this.log.info(`exported ${this.kind} of ${this.uri.toString()} to ${file}`);
      void vscode.window.showInformationMessage(vscode.l10n.t('PolicyLint: {0} exported to {1}', reportName, file));
    } else {
      void vscode.window.showErrorMessage(vscode.l10n.t('PolicyLint: the export failed: {0}', r.message ?? ''));
    }
  }

  /** 任务分工表.xlsx (with the draft's name) next to the draft; in the workspace for an untitled draft. */
  private defaultExportUri(): vscode.Uri | undefined {
    const stem = path.basename(this.uri.path).replace(/(\.policy)?\.(txt|md)$/i, '');
    const fileName = this.uri.scheme === 'file' && stem ? `${stem}-${FILE_NAMES[this.kind]}.xlsx` : `${FILE_NAMES[this.kind]}.xlsx`;
    if (this.uri.scheme === 'file') return vscode.Uri.file(path.join(path.dirname(this.uri.fsPath), fileName));
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, fileName) : undefined;
  }
}

function safeJson(v: unknown): string {
  try {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 300 ? `${s.slice(0, 300)}…` : s;
  } catch {
    return String(v);
  }
}
