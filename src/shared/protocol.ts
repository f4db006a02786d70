/**
 * What the client and the server say to each other beyond LSP: custom requests and
 * notifications, the command ids, and the settings' shape (validated with zod on
 * the server, src/server/settings.ts). Like vscode-eslint's $shared: both sides
 * import this one file, which imports nothing, so the client bundle stays small.
 * How one setting travels is written down in docs/architecture.md.
 */

export const CLIENT_COMMANDS = {
  lintAsDraft: 'policylint.lintAsDraft',
  lintWorkspace: 'policylint.lintWorkspace',
  insertClause: 'policylint.insertClause',
  openCitedPlan: 'policylint.openCitedPlan',
  rebuildCorpus: 'policylint.rebuildCorpus',
  showStructure: 'policylint.showStructure',
  openRuleDocs: 'policylint.openRuleDocs',
  applySnippet: 'policylint.applySnippet',
  disableRule: 'policylint.disableRule',
  showOutput: 'policylint.showOutput',
} as const;

/** `policylint.*` settings (package.json contributes.configuration). */
export interface Settings {
  enable: boolean;
  run: 'onType' | 'onSave';
  debounceMs: number;
  rules: Record<string, 'off' | 'info' | 'warning' | 'error'>;
  corpus: string[];
  units: string[];
  documentType: string;
  include: string[];
}

export interface InitializationOptions {
  /** VS Code's display language (vscode.env.language). */
  locale: string;
  /** Workspace Trust: false in a restricted workspace. */
  trusted: boolean;
  /** Documents the user asked to lint as drafts (command), by URI. */
  forcedDrafts: string[];
}

/** Server → client, per document, after each lint. */
export interface DocumentStatus {
  uri: string;
  isDraft: boolean;
  /** Why a .txt/.md is not linted (for the status bar tooltip). */
  reason?: 'notDraft' | 'disabled' | 'corpus';
  documentType?: string;
  documentCount: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Milliseconds the last parse and lint took in the server (the re-lint after an edit). */
  lintMs?: number;
  /** The configuration file used, if any; and a problem with it. */
  configFile?: string;
  configProblem?: string;
}

export const STATUS_NOTIFICATION = 'policylint/status';
export const FORCE_DRAFT_NOTIFICATION = 'policylint/forceDraft';
export const TRUST_NOTIFICATION = 'policylint/trust';
export const STRUCTURE_REQUEST = 'policylint/structure';
export const LINT_WORKSPACE_REQUEST = 'policylint/lintWorkspace';
export const REBUILD_CORPUS_REQUEST = 'policylint/rebuildCorpus';
/** The server process and how long it has run (for diagnosis, and the restart test). */
export const SERVER_INFO_REQUEST = 'policylint/serverInfo';

export interface ServerInfo {
  pid: number;
  uptimeMs: number;
}

export interface StructureParams {
  uri: string;
}
export interface StructureResult {
  /** Markdown: the draft's outline beside its type's skeleton, missing slots marked. */
  markdown: string;
}
export interface LintWorkspaceResult {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}
export interface RebuildCorpusResult {
  documents: number;
  files: number;
  warnings: string[];
}

export const REPORT_REQUEST = 'policylint/report';
export const EXPORT_REPORT_REQUEST = 'policylint/exportReport';

export type ReportKind = 'matrix' | 'targets' | 'coverage';

export interface ReportParams {
  uri: string;
  kind: ReportKind;
  /** coverage: the parent plan's title. */
  parent?: string;
  /** matrix: only this unit's tasks, and the row order. */
  unit?: string;
  sortBy?: 'task' | 'unit';
}

export interface ReportColumn {
  key: string;
  header: string;
  width?: number;
}

export interface ReportRow {
  cells: Record<string, string | number>;
  line?: number;
  flag?: 'problem' | 'warning' | 'good';
}

export interface ReportTableData {
  name: string;
  title: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  notes: string[];
}

export type ReportResponse = { ok: true; kind: ReportKind; tables: ReportTableData[]; units?: string[] } | { ok: false; kind: ReportKind; message: string };

export interface ExportReportParams extends ReportParams {
  /** Absolute path of the .xlsx to write. */
  path: string;
}
