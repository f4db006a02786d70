/**
 * lint(): text → parse → every enabled rule → diagnostics. A rule that throws is
 * reported once as an internal diagnostic naming it; the others still run.
 */
import type { LintCache } from './cache';
import { EMPTY_CORPUS } from './corpus/corpus';
import type { CorpusIndex } from './corpus/types';
import type { IgnoreEntry } from './config/schema';
import { UnitLexicon } from './lexicon/units';
import { VAGUE_WORDS } from './lexicon/vagueWords';
import { CORE_MESSAGES, formatMessage, localize } from './messages';
import { parseDraft } from './parse/parse';
import type { DocumentType, ParsedDraft, Range, SourceFormat } from './parse/types';
import { RULES } from './rules/registry';
import type { Finding, Fix, Lang, Rule, RuleContext, Severity, Suggestion } from './rules/types';

export type RuleSetting = Severity | 'off';

export interface LintOptions {
  fileName?: string;
  format?: SourceFormat;
  /** Severity per rule id; rules not listed use their default. */
  rules?: Readonly<Record<string, RuleSetting>>;
  documentType?: DocumentType;
  corpus?: CorpusIndex;
  lexicon?: UnitLexicon;
  vagueWords?: readonly string[];
  ignore?: readonly IgnoreEntry[];
  lang?: Lang;
  /** At most this many findings per file (errors first); default 1000. */
  maxFindings?: number;
  /** Paragraph-level memory across versions of one document (the language server keeps one per file). */
  cache?: LintCache;
}

export interface RelatedInformation {
  range: Range;
  message: string;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  fix?: Fix;
  suggestion?: Suggestion;
  related?: RelatedInformation[];
}

export interface LintResult {
  draft: ParsedDraft;
  diagnostics: Diagnostic[];
}

export const INTERNAL_RULE_ID = 'policylint-internal';
export const TRUNCATED_RULE_ID = 'policylint-too-many';
const DEFAULT_MAX_FINDINGS = 1000;
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

let defaultLexicon: UnitLexicon | undefined;

export function lint(text: string, options: LintOptions = {}): LintResult {
  const format = options.format ?? (options.fileName ? (/\.(md|markdown)$/i.test(options.fileName) ? 'markdown' : 'text') : undefined);
  const draft = parseDraft(text, { format, documentType: options.documentType, cache: options.cache });
  const diagnostics = lintDraft(draft, options);
  options.cache?.sweep();
  return { draft, diagnostics };
}

export function lintDraft(draft: ParsedDraft, options: LintOptions = {}): Diagnostic[] {
  const lang = options.lang ?? 'zh';
  const lexicon = options.lexicon ?? (defaultLexicon ??= new UnitLexicon());
  const vagueWords = options.vagueWords?.length ? [...new Set([...options.vagueWords, ...VAGUE_WORDS])] : VAGUE_WORDS;
  const out: Diagnostic[] = [];
  for (const rule of RULES) {
    const setting = options.rules?.[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (setting === 'off') continue;
    const findings: Finding[] = [];
    const context: RuleContext = {
      draft,
      documents: draft.documents,
      corpus: options.corpus ?? EMPTY_CORPUS,
      lexicon,
      vagueWords,
      cache: options.cache,
      report: (f) => findings.push(f),
    };
    try {
      rule.run(context);
    } catch (error) {
      out.push(internalError(rule, error, lang));
      continue;
    }
    for (const f of findings) out.push(toDiagnostic(rule, f, setting, lang));
  }
  return finish(out, draft, options, lang);
}

function toDiagnostic(rule: Rule, f: Finding, setting: Severity, lang: Lang): Diagnostic {
  const template = rule.messages[f.messageId];
  const d: Diagnostic = {
    ruleId: rule.meta.id,
    severity: f.severity === 'info' ? 'info' : setting,
    message: template ? formatMessage(localize(template, lang), f.args) : f.messageId,
    range: f.range,
  };
  if (f.fix) d.fix = f.fix;
  if (f.suggestion) d.suggestion = f.suggestion;
  if (f.related?.length) {
    d.related = f.related.map((r) => ({
      range: r.range,
      message: formatMessage(localize(rule.messages[r.messageId] ?? { zh: r.messageId, en: r.messageId }, lang), r.args),
    }));
  }
  return d;
}

function internalError(rule: Rule, error: unknown, lang: Lang): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  return {
    ruleId: INTERNAL_RULE_ID,
    severity: 'warning',
    message: formatMessage(localize(CORE_MESSAGES.internalError, lang), { rule: rule.meta.id, error: message }),
    range: { start: 0, end: 0 },
  };
}

/** Drops findings on junk lines, disabled lines and ignored ones; sorts; caps. */
function finish(all: Diagnostic[], draft: ParsedDraft, options: LintOptions, lang: Lang): Diagnostic[] {
  const lines = draft.lines;
  const kept = all.filter((d) => {
    if (d.ruleId === INTERNAL_RULE_ID) return true;
    const line = lines.lineAt(d.range.start);
    if (draft.junkLines.has(line)) return false;
    const disabled = draft.disabledLines.get(line);
    if (disabled && (disabled.length === 0 || disabled.includes(d.ruleId))) return false;
    return !options.ignore?.some((entry) => ignores(entry, d, draft, options.fileName));
  });
  kept.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || compareIds(a.ruleId, b.ruleId));
  dropRepeatedFixes(kept);
  const max = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
  if (kept.length <= max) return kept;
  const chosen = [...kept]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.range.start - b.range.start)
    .slice(0, max)
    .sort((a, b) => a.range.start - b.range.start || compareIds(a.ruleId, b.ruleId));
  chosen.push({
    ruleId: TRUNCATED_RULE_ID,
    severity: 'info',
    message: formatMessage(localize(CORE_MESSAGES.tooManyFindings, lang), { shown: max, omitted: kept.length - max }),
    range: { start: 0, end: 0 },
  });
  return chosen;
}

/**
 * Two rules may name one defect with the same edit (addressee-format and
 * punctuation-width on the colon of 各单位:). The drafter then sees it once: the
 * finding with the higher severity (the more specific rule) stays. `list` is sorted
 * by range, so the same edit can only sit among the kept findings of the current run
 * of equal ranges (no map of every fix on every re-lint).
 */
function dropRepeatedFixes(list: Diagnostic[]): void {
  let w = 0;
  for (let i = 0; i < list.length; i++) {
    const d = list[i];
    let same = -1;
    if (d.fix) {
      for (let k = w - 1; k >= 0 && list[k].range.start === d.range.start && list[k].range.end === d.range.end; k--) {
        if (list[k].fix && sameEdit(list[k], d)) {
          same = k;
          break;
        }
      }
    }
    if (same < 0) {
      list[w++] = d;
      continue;
    }
    if (SEVERITY_ORDER[d.severity] < SEVERITY_ORDER[list[same].severity]) {
      // The new one wins: the old leaves, the new goes last in the run (its rule id sorts after theirs).
      for (let j = same; j < w - 1; j++) list[j] = list[j + 1];
      list[w - 1] = d;
    }
  }
  list.length = w;
}

function sameEdit(a: Diagnostic, b: Diagnostic): boolean {
  return (
    a.range.start === b.range.start &&
    a.range.end === b.range.end &&
    a.fix!.range.start === b.fix!.range.start &&
    a.fix!.range.end === b.fix!.range.end &&
    a.fix!.text === b.fix!.text
  );
}

/** Rule ids are lower-case ASCII: code-unit order, without a locale's collation per comparison. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function ignores(entry: IgnoreEntry, d: Diagnostic, draft: ParsedDraft, fileName: string | undefined): boolean {
  if (entry.rule !== d.ruleId && entry.rule !== '*') return false;
  if (entry.files && !(fileName && entry.filesMatch?.(fileName))) return false;
  if (entry.text) {
    const lines = draft.lines;
    const first = lines.lineAt(d.range.start);
    const last = lines.lineAt(Math.max(d.range.start, d.range.end - 1));
    const text = draft.text.slice(lines.starts[first], lines.ends[last]);
    if (!text.includes(entry.text)) return false;
  }
  return true;
}
