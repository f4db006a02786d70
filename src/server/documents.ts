/**
 * The lint state of each open document: whether it is a draft, the last parse and
 * findings (kept per version so code actions, hover and definition never re-lint),
 * and the debounce that keeps linting off the typing path.
 */
import { URI } from 'vscode-uri';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { detectDraft } from '../core/detect';
import { LintCache } from '../core/cache';
import { lint, type Diagnostic, type LintOptions } from '../core/lint';
import type { ParsedDraft } from '../core/parse/types';

export interface LintedDocument {
  uri: string;
  version: number;
  fileName?: string;
  isDraft: boolean;
  draft?: ParsedDraft;
  diagnostics: Diagnostic[];
  options?: LintOptions;
  configFile?: string;
  configProblem?: string;
  /** Milliseconds the last parse + lint took. */
  lintMs?: number;
}

export function fileNameOf(uri: string): string | undefined {
  const u = URI.parse(uri);
  return u.scheme === 'file' ? u.fsPath : undefined;
}

export function isDraftDocument(doc: TextDocument, forced: ReadonlySet<string>, include: (file: string) => boolean): boolean {
  if (forced.has(doc.uri)) return true;
  const file = fileNameOf(doc.uri);
  if (file && include(file)) return true;
  return detectDraft(doc.getText(), file ?? doc.uri, doc.languageId).isDraft;
}

/** One paragraph-level cache per open document, so re-linting after an edit redoes only what changed. */
const caches = new Map<string, LintCache>();

export function forgetDocument(uri: string): void {
  caches.delete(uri);
}

export function lintDocument(doc: TextDocument, options: LintOptions): LintedDocument {
  const started = performance.now();
  const text = doc.getText();
  let cache = caches.get(doc.uri);
  if (!cache) caches.set(doc.uri, (cache = new LintCache()));
  const { draft, diagnostics } = lint(text, { ...options, cache });
  return {
    uri: doc.uri,
    version: doc.version,
    fileName: options.fileName,
    isDraft: true,
    draft,
    diagnostics,
    options,
    lintMs: performance.now() - started,
  };
}

/** Runs `task` for a key after `delay` ms of quiet; a newer call replaces the pending one. */
export class Debouncer {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  schedule(key: string, delay: number, task: () => void): void {
    this.cancel(key);
    if (delay <= 0) {
      task();
      return;
    }
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        task();
      }, delay),
    );
  }

  cancel(key: string): void {
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
  }
}
