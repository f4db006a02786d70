/**
 * The VS Code client: registers commands, the status bar item and the structure
 * view, and starts the language server (dist/server.js) only when the first
 * .txt, .md or policy-draft document opens, so activation costs VS Code nothing.
 */
// Set by the bundle's first line (src/tools/bundle.mjs), before any import runs.
const loadedAt: number = (globalThis as { __policylintLoadedAt?: number }).__policylintLoadedAt ?? performance.now();

import * as path from 'node:path';
import * as vscode from 'vscode';
// Types only: the client library (most of this bundle) is evaluated when the server
// starts, after activate() has returned (see startClient).
import type { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import {
  CLIENT_COMMANDS,
  FORCE_DRAFT_NOTIFICATION,
  LINT_WORKSPACE_REQUEST,
  REBUILD_CORPUS_REQUEST,
  STATUS_NOTIFICATION,
  STRUCTURE_REQUEST,
  TRUST_NOTIFICATION,
  type DocumentStatus,
  type InitializationOptions,
  type LintWorkspaceResult,
  type RebuildCorpusResult,
  type StructureResult,
} from '../shared/protocol';
import { disableRule } from './disableRule';
import { registerReportCommands } from './reportView';
import { StatusBar } from './statusBar';
import { STRUCTURE_SCHEME, StructureView } from './structureView';
import { RestartPolicy } from './restartPolicy';

const LANGUAGES = ['policy-draft', 'markdown', 'plaintext'];
const FORCED_KEY = 'policylint.forcedDrafts';

export interface PolicyLintApi {
  /** Milliseconds from module load to the end of activate(). */
  activationMs: number;
  /** Milliseconds spent in activate() itself (without evaluating the bundle's modules). */
  activateBodyMs: number;
  /** Milliseconds the bundle's modules took to evaluate (banner to footer of dist/extension.js). */
  evaluateMs?: number;
  /** Resolves when the language server is running (starting it if needed). */
  ready(): Promise<LanguageClient>;
  /** The last status the server sent for a document. */
  status(uri: vscode.Uri): DocumentStatus | undefined;
}

let client: LanguageClient | undefined;
let starting: Promise<LanguageClient> | undefined;

export function activate(context: vscode.ExtensionContext): PolicyLintApi {
  const enteredAt = performance.now();
  const output = vscode.window.createOutputChannel('PolicyLint', { log: true });
  const statusBar = new StatusBar();
  const structure = new StructureView();
  context.subscriptions.push(output, statusBar, vscode.workspace.registerTextDocumentContentProvider(STRUCTURE_SCHEME, structure));

  const start = (): Promise<LanguageClient> => (starting ??= startClient(context, output, statusBar));
  const isCandidate = (doc: vscode.TextDocument) => LANGUAGES.includes(doc.languageId) && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled');
  const maybeStart = (doc: vscode.TextDocument) => {
    if (isCandidate(doc)) void start();
  };

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(maybeStart),
    vscode.window.onDidChangeActiveTextEditor((e) => statusBar.show(e?.document)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(TRUST_NOTIFICATION, { trusted: true })),
    vscode.commands.registerCommand(CLIENT_COMMANDS.lintAsDraft, async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (!target) return;
      const forced = new Set(context.workspaceState.get<string[]>(FORCED_KEY, []));
      forced.add(target.toString());
      await context.workspaceState.update(FORCED_KEY, [...forced]);
      const c = await start();
      await c.sendNotification(FORCE_DRAFT_NOTIFICATION, { uri: target.toString() });
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.lintWorkspace, async () => {
      const c = await start();
      const r = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('PolicyLint: linting all drafts in the workspace…') },
        () => c.sendRequest<LintWorkspaceResult>(LINT_WORKSPACE_REQUEST),
      );
      void vscode.window.showInformationMessage(
        vscode.l10n.t('PolicyLint: {0} drafts, {1} errors, {2} warnings, {3} info', r.files, r.errors, r.warnings, r.infos),
      );
      void vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.insertClause, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      await editor.insertSnippet(new vscode.SnippetString('（${1:牵头单位}牵头，${2:配合单位}配合）'));
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.openCitedPlan, () => vscode.commands.executeCommand('editor.action.revealDefinition')),
    vscode.commands.registerCommand(CLIENT_COMMANDS.rebuildCorpus, async () => {
      const c = await start();
      const r = await c.sendRequest<RebuildCorpusResult>(REBUILD_CORPUS_REQUEST);
      for (const w of r.warnings) output.warn(w);
      void vscode.window.showInformationMessage(vscode.l10n.t('PolicyLint: corpus rebuilt, {0} documents in {1} files', r.documents, r.files));
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.showStructure, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const c = await start();
      const r = await c.sendRequest<StructureResult>(STRUCTURE_REQUEST, { uri: editor.document.uri.toString() });
      const uri = structure.set(editor.document.uri, r.markdown);
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.openRuleDocs, async (ruleId?: string) => {
      const docs = vscode.Uri.file(path.join(context.extensionPath, 'docs', 'rules.md')).with({ fragment: ruleId ?? '' });
      await vscode.commands.executeCommand('markdown.showPreview', docs);
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.applySnippet, async (uri: string, version: number, range: { start: vscode.Position; end: vscode.Position }, snippet: string) => {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
      if (!editor || editor.document.version !== version) return;
      const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
      await editor.insertSnippet(new vscode.SnippetString(snippet), r);
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.showOutput, () => output.show()),
    vscode.commands.registerCommand(CLIENT_COMMANDS.disableRule, async (uri: string, ruleId: string) => {
      const written = await disableRule(uri, ruleId);
      if (written) void vscode.window.showInformationMessage(vscode.l10n.t('PolicyLint: rule {0} turned off in {1}', ruleId, vscode.workspace.asRelativePath(written)));
    }),
    registerReportCommands(start, output),
  );

  for (const doc of vscode.workspace.textDocuments) maybeStart(doc);
  const activationMs = performance.now() - loadedAt;
  const activateBodyMs = performance.now() - enteredAt;
  output.info(`activated in ${activationMs.toFixed(1)} ms (${activateBodyMs.toFixed(1)} ms in activate)`);
  const evaluatedAt = (globalThis as { __policylintEvaluatedAt?: number }).__policylintEvaluatedAt;
  const evaluateMs = evaluatedAt === undefined ? undefined : evaluatedAt - loadedAt;
  return { activationMs, activateBodyMs, evaluateMs, ready: start, status: (uri) => statusBar.get(uri) };
}

async function startClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, statusBar: StatusBar): Promise<LanguageClient> {
  // Let activate() return first; then evaluate the client library.
  await new Promise((resolve) => setImmediate(resolve));
  const { LanguageClient, TransportKind, ErrorAction, CloseAction } = require('vscode-languageclient/node') as typeof import('vscode-languageclient/node');
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const selector = LANGUAGES.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
  const initializationOptions: InitializationOptions = {
    locale: vscode.env.language,
    trusted: vscode.workspace.isTrusted,
    forcedDrafts: context.workspaceState.get<string[]>(FORCED_KEY, []),
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector,
    outputChannel: output,
    initializationOptions,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(`**/.policylintrc.json`) },
    errorHandler: restartingErrorHandler(ErrorAction, CloseAction),
  };
  client = new LanguageClient('policylint', 'PolicyLint', serverOptions, clientOptions);
  client.onNotification(STATUS_NOTIFICATION, (status: DocumentStatus) => statusBar.update(status));
  await client.start();
  context.subscriptions.push({ dispose: () => void client?.stop() });
  statusBar.show(vscode.window.activeTextEditor?.document);
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('PolicyLint: this workspace is not trusted, so its corpus folders and unit lists are not read; citations resolve against the built-in corpus only.'),
    );
  }
  return client;
}

/** The client's error handler, from the restart policy (restartPolicy.ts). */
function restartingErrorHandler(
  errorAction: typeof import('vscode-languageclient/node').ErrorAction,
  closeAction: typeof import('vscode-languageclient/node').CloseAction,
): import('vscode-languageclient/node').ErrorHandler {
  const policy = new RestartPolicy();
  return {
    error: () => ({ action: policy.onWriteError() === 'continue' ? errorAction.Continue : errorAction.Shutdown }),
    closed: () =>
      policy.onClose() === 'restart'
        ? { action: closeAction.Restart }
        : {
            action: closeAction.DoNotRestart,
            message: vscode.l10n.t('PolicyLint: the language server stopped 5 times in 3 minutes and is not restarted. See the PolicyLint output for details.'),
          },
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
