/**
 * The PolicyLint language server: the core engine behind LSP. Diagnostics as the
 * drafter types (debounced), code actions from the findings, definition / hover /
 * references / links for cited plans, outline, folding, workspace symbols,
 * completion, and a few custom requests (structure view, lint workspace, status).
 * nodejieba is loaded here, lazily, and never on the lint path.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import picomatch from 'picomatch';
import type { CorpusDocument } from '../core/corpus/types';
import { Engine } from '../core/engine';
import { lint } from '../core/lint';
import type { ParsedDraft } from '../core/parse/types';
import { RULE_IDS } from '../core/rules/registry';
import { decode } from '../core/text/decode';
import type { Lang } from '../core/rules/types';

import {
  FORCE_DRAFT_NOTIFICATION,
  LINT_WORKSPACE_REQUEST,
  REBUILD_CORPUS_REQUEST,
  SERVER_INFO_REQUEST,
  type ServerInfo,
  STATUS_NOTIFICATION,
  STRUCTURE_REQUEST,
  TRUST_NOTIFICATION,
  type DocumentStatus,
  type InitializationOptions,
  type LintWorkspaceResult,
  type RebuildCorpusResult,
  type StructureParams,
  REPORT_REQUEST,
  EXPORT_REPORT_REQUEST,
  type ReportParams,
  type ExportReportParams,
  type StructureResult,
} from '../shared/protocol';
import { FIX_ALL_KIND, codeActions } from './codeActions';
import { completions } from './completion';
import { Configuration } from './configuration';
import { toLspDiagnostic } from './convert';
import { Debouncer, fileNameOf, forgetDocument, isDraftDocument, lintDocument, type LintedDocument } from './documents';
import { definition, documentLinks, hover, keywordText, targetAt } from './navigation';
import { KeywordService } from './keywords';
import { findReferences } from './references';
import { exportReport, makeReport, type ReportSource } from './reports';
import { structureMarkdown } from './structure';
import { documentSymbols, foldingRanges, workspaceSymbols } from './symbols';
import { WorkspaceIndex } from './workspaceIndex';

const connection = createConnection();
const documents = new TextDocuments(TextDocument);
const linted = new Map<string, LintedDocument>();
const forced = new Set<string>();
const debouncer = new Debouncer();
let engine = new Engine();
let lang: Lang = 'zh';
let configuration!: Configuration;
let canPullSettings = false;
let workspaceRoots: string[] = [];
const workspace = new WorkspaceIndex(() => workspaceRoots);

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const init = (params.initializationOptions ?? {}) as Partial<InitializationOptions>;
  lang = (init.locale ?? 'zh').toLowerCase().startsWith('zh') ? 'zh' : 'en';
  canPullSettings = !!params.capabilities.workspace?.configuration;
  configuration = new Configuration(connection, engine, lang, () => canPullSettings);
  configuration.trusted = init.trusted ?? true;
  for (const uri of init.forcedDrafts ?? []) forced.add(uri);
  workspaceRoots = (params.workspaceFolders ?? []).map((f) => URI.parse(f.uri).fsPath);
  if (!workspaceRoots.length && params.rootUri) workspaceRoots = [URI.parse(params.rootUri).fsPath];
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND] },
      definitionProvider: true,
      hoverProvider: true,
      referencesProvider: true,
      documentLinkProvider: { resolveProvider: false },
      documentSymbolProvider: { label: 'PolicyLint' },
      foldingRangeProvider: true,
      workspaceSymbolProvider: true,
      completionProvider: { triggerCharacters: ['《', '、', '，', ',', '（', '(', '：', ':'] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'policylint' },
  };
});

connection.onInitialized(() => {
  if (canPullSettings) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
  connection.workspace.onDidChangeWorkspaceFolders((e) => {
    const removed = new Set(e.removed.map((f) => URI.parse(f.uri).fsPath));
    workspaceRoots = [...workspaceRoots.filter((r) => !removed.has(r)), ...e.added.map((f) => URI.parse(f.uri).fsPath)];
  });
});

// ---- linting -------------------------------------------------------------------

function includeMatcher(patterns: string[]): (file: string) => boolean {
  if (!patterns.length) return () => false;
  const match = picomatch(patterns, { dot: true });
  return (file) => {
    const root = workspaceRoots.find((r) => file.startsWith(r + path.sep));
    return match(root ? path.relative(root, file).split(path.sep).join('/') : file) || match(path.basename(file));
  };
}

async function validate(doc: TextDocument): Promise<void> {
  const settings = await configuration.settingsFor(doc.uri);
  const file = fileNameOf(doc.uri);
  if (!settings.enable) return clear(doc, 'disabled');
  // A draft stays a draft while it is edited (detection reads the head of the text,
  // and running it at every keystroke would cost time for nothing).
  const wasDraft = linted.get(doc.uri)?.isDraft === true && doc.getText().length > 16;
  if (!wasDraft && !isDraftDocument(doc, forced, includeMatcher(settings.include))) return clear(doc, 'notDraft');
  const resolved = await configuration.optionsFor(doc.uri, file);
  const current = documents.get(doc.uri);
  if (!current || current.version !== doc.version) return; // a newer version is on its way
  if (file && isCorpusFile(file)) {
    // A prior plan opened from a citation (F12): outline and links, but no findings
    // on a reference text the drafter does not edit.
    const reference = lintDocument(doc, { ...resolved.options, rules: ALL_OFF });
    reference.isDraft = false;
    linted.set(doc.uri, reference);
    return sendCorpusStatus(doc);
  }
  const result = lintDocument(doc, resolved.options);
  result.configFile = resolved.configFile;
  result.configProblem = resolved.configProblem;
  linted.set(doc.uri, result);
  const lines = result.draft!.lines;
  void connection.sendDiagnostics({
    uri: doc.uri,
    version: doc.version,
    diagnostics: result.diagnostics.map((d) => toLspDiagnostic(d, lines, doc.uri, doc.version)),
  });
  sendStatus(result, doc);
}

const ALL_OFF = Object.fromEntries([...RULE_IDS].map((id) => [id, 'off' as const]));

function isCorpusFile(file: string): boolean {
  if (engine.builtInDir && file.startsWith(engine.builtInDir + path.sep)) return true;
  return engine.combinedCorpus().documents.some((d) => d.file === file && !d.builtIn);
}

function sendCorpusStatus(doc: TextDocument): void {
  const previous = linted.get(doc.uri);
  if (previous?.diagnostics.length) void connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
  const status: DocumentStatus = { uri: doc.uri, isDraft: false, reason: 'corpus', documentCount: 0, errors: 0, warnings: 0, infos: 0 };
  void connection.sendNotification(STATUS_NOTIFICATION, status);
}

function clear(doc: TextDocument, reason: 'disabled' | 'notDraft'): void {
  const previous = linted.get(doc.uri);
  linted.set(doc.uri, { uri: doc.uri, version: doc.version, isDraft: false, diagnostics: [] });
  if (previous?.isDraft) void connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
  const status: DocumentStatus = { uri: doc.uri, isDraft: false, reason, documentCount: 0, errors: 0, warnings: 0, infos: 0 };
  void connection.sendNotification(STATUS_NOTIFICATION, status);
}

function sendStatus(result: LintedDocument, doc: TextDocument): void {
  const count = (s: string) => result.diagnostics.filter((d) => d.severity === s).length;
  const docs = result.draft!.documents;
  const typed = docs.find((d) => d.header.type && d.header.type !== '通知') ?? docs.find((d) => d.header.type);
  const status: DocumentStatus = {
    uri: doc.uri,
    isDraft: true,
    documentType: typed?.header.type,
    documentCount: docs.filter((d) => d.header.title || d.header.docNumber).length,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    configFile: result.configFile,
    configProblem: result.configProblem,
    lintMs: result.lintMs === undefined ? undefined : Math.round(result.lintMs * 100) / 100,
  };
  void connection.sendNotification(STATUS_NOTIFICATION, status);
}

function schedule(doc: TextDocument, immediate = false): void {
  void configuration.settingsFor(doc.uri).then((settings) => {
    debouncer.schedule(doc.uri, immediate ? 0 : settings.debounceMs, () => {
      const latest = documents.get(doc.uri);
      if (latest) void validate(latest).catch((e) => connection.console.error(`lint failed: ${String(e?.stack ?? e)}`));
    });
  });
}

function revalidateAll(): void {
  configuration.reset();
  for (const doc of documents.all()) schedule(doc, true);
}

documents.onDidOpen((e) => schedule(e.document, true));
documents.onDidChangeContent((e) => {
  void configuration.settingsFor(e.document.uri).then((s) => {
    if (s.run === 'onType') schedule(e.document);
  });
});
documents.onDidSave((e) => schedule(e.document, true));
documents.onDidClose((e) => {
  debouncer.cancel(e.document.uri);
  linted.delete(e.document.uri);
  forgetDocument(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration(() => revalidateAll());
connection.onDidChangeWatchedFiles(() => revalidateAll());
connection.onNotification(FORCE_DRAFT_NOTIFICATION, (p: { uri: string }) => {
  forced.add(p.uri);
  const doc = documents.get(p.uri);
  if (doc) schedule(doc, true);
});
connection.onNotification(TRUST_NOTIFICATION, (p: { trusted: boolean }) => {
  configuration.trusted = p.trusted;
  revalidateAll();
});

/** The lint state of the current version of a document (linting now if it is stale). */
async function currentState(uri: string): Promise<LintedDocument | undefined> {
  const doc = documents.get(uri);
  if (!doc) return undefined;
  // Asked before the first lint (the Outline view asks as soon as a file opens):
  // lint now rather than answer with nothing, which VS Code would keep showing.
  if (!linted.has(uri)) await validate(doc);
  const state = linted.get(uri);
  if (!state?.draft || !state.options) return undefined;
  if (state.version === doc.version && state.draft) return state;
  const fresh = lintDocument(doc, state.options);
  fresh.configFile = state.configFile;
  linted.set(uri, fresh);
  return fresh;
}

// ---- code actions and commands --------------------------------------------------

connection.onCodeAction(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  const state = await currentState(params.textDocument.uri);
  if (!doc || !state) return [];
  return codeActions(params, doc, state, lang);
});

// ---- navigation ------------------------------------------------------------------

const keywordService = new KeywordService(
  () => ({ words: engine.lexiconFor([]).allNames() }),
  (m) => connection.console.warn(m),
);
function keywordsOf(doc: CorpusDocument): string[] | undefined {
  return keywordService.get(`${doc.file}#${doc.index}`, keywordText(doc));
}
connection.onShutdown(() => keywordService.dispose());

connection.onDefinition(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  const state = await currentState(params.textDocument.uri);
  if (!doc || !state?.draft) return null;
  const target = targetAt(state.draft, state.options!.corpus!, doc.offsetAt(params.position));
  return target ? definition(state.draft, doc.uri, target) : null;
});

connection.onHover(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  const state = await currentState(params.textDocument.uri);
  if (!doc || !state?.draft) return null;
  const target = targetAt(state.draft, state.options!.corpus!, doc.offsetAt(params.position));
  return target ? hover(state.draft, target, lang, keywordsOf) : null;
});

connection.onDocumentLinks(async (params) => {
  const state = await currentState(params.textDocument.uri);
  return state?.draft ? documentLinks(state.draft, params.textDocument.uri, state.options!.corpus!) : [];
});

connection.onReferences(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  const state = await currentState(params.textDocument.uri);
  if (!doc || !state?.draft) return [];
  const corpus = state.options!.corpus!;
  const target = targetAt(state.draft, corpus, doc.offsetAt(params.position));
  if (!target) return [];
  const open: Array<{ uri: string; draft: ParsedDraft }> = [];
  for (const d of documents.all()) {
    const s = d.uri === doc.uri ? state : await currentState(d.uri);
    if (s?.draft) open.push({ uri: d.uri, draft: s.draft });
  }
  return findReferences(target, doc.uri, corpus, open, workspace, params.context.includeDeclaration);
});

connection.onDocumentSymbol(async (params) => {
  const state = await currentState(params.textDocument.uri);
  return state?.draft ? documentSymbols(state.draft) : [];
});

connection.onFoldingRanges(async (params) => {
  const state = await currentState(params.textDocument.uri);
  return state?.draft ? foldingRanges(state.draft) : [];
});

connection.onWorkspaceSymbol((params) => workspaceSymbols(engine.combinedCorpus(), params.query));

connection.onCompletion((params) => {
  const doc = documents.get(params.textDocument.uri);
  const state = linted.get(params.textDocument.uri);
  if (!doc || !state?.isDraft || !state.options) return [];
  return completions(doc, params.position, state.options.lexicon!, state.options.corpus!);
});

// ---- custom requests -------------------------------------------------------------

connection.onRequest(STRUCTURE_REQUEST, async (params: StructureParams): Promise<StructureResult> => {
  const doc = documents.get(params.uri);
  const state = await currentState(params.uri);
  if (state?.draft) return { markdown: structureMarkdown(state.draft, lang) };
  const draft = doc ? lint(doc.getText(), { fileName: fileNameOf(doc.uri), lang }).draft : undefined;
  return { markdown: draft ? structureMarkdown(draft, lang) : '' };
});

connection.onRequest(LINT_WORKSPACE_REQUEST, async (): Promise<LintWorkspaceResult> => {
  const result: LintWorkspaceResult = { files: 0, errors: 0, warnings: 0, infos: 0 };
  for (const file of workspace.draftFiles()) {
    const uri = WorkspaceIndex.uriOf(file);
    const open = documents.get(uri);
    let text: string;
    if (open) text = open.getText();
    else {
      try {
        const decoded = decode(fs.readFileSync(file));
        if (decoded.kind !== 'text') continue;
        text = decoded.text;
      } catch {
        continue;
      }
    }
    const doc = open ?? TextDocument.create(uri, /\.md$/i.test(file) ? 'markdown' : 'plaintext', 0, text);
    if (!isDraftDocument(doc, forced, () => false)) continue;
    const { options } = await configuration.optionsFor(uri, file);
    const r = lintDocument(doc, options);
    result.files++;
    for (const d of r.diagnostics) {
      if (d.severity === 'error') result.errors++;
      else if (d.severity === 'warning') result.warnings++;
      else result.infos++;
    }
    if (open) linted.set(uri, r);
    void connection.sendDiagnostics({ uri, diagnostics: r.diagnostics.map((d) => toLspDiagnostic(d, r.draft!.lines, uri, doc.version)) });
  }
  return result;
});

async function reportSource(uri: string): Promise<ReportSource> {
  const state = await currentState(uri);
  const doc = documents.get(uri);
  const draft = state?.draft ?? (doc ? lint(doc.getText(), { fileName: fileNameOf(doc.uri), lang }).draft : undefined);
  const settings = await configuration.settingsFor(uri);
  return {
    draft,
    options: state?.options,
    fallback: { lexicon: engine.lexiconFor([]), corpus: engine.corpusFor([]) },
    units: configuration.trusted ? settings.units : [],
    warn: (m) => connection.console.warn(m),
  };
}

connection.onRequest(REPORT_REQUEST, async (params: ReportParams) => makeReport(params, await reportSource(params.uri), lang).response as unknown as object);
connection.onRequest(EXPORT_REPORT_REQUEST, async (params: ExportReportParams) => exportReport(params, await reportSource(params.uri), lang));

connection.onRequest(SERVER_INFO_REQUEST, (): ServerInfo => ({ pid: process.pid, uptimeMs: Math.round(process.uptime() * 1000) }));

connection.onRequest(REBUILD_CORPUS_REQUEST, (): RebuildCorpusResult => {
  const trusted = configuration.trusted;
  engine = new Engine();
  configuration = new Configuration(connection, engine, lang, () => canPullSettings);
  configuration.trusted = trusted;
  const corpus = engine.corpusFor([]);
  const result = { documents: corpus.documents.length, files: corpus.fileNames.length, warnings: corpus.warnings.map((w) => `${w.path}: ${w.message}`) };
  revalidateAll();
  return result;
});

documents.listen(connection);
connection.listen();
