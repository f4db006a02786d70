/**
 * What a rule is: its metadata (id, default severity, zh/en description, tags,
 * docs examples) and its messages next to its code, and a `run` that reads the
 * parsed draft and reports findings. Fixes are data (a range and its replacement).
 */
import type { LintCache } from '../cache';
import type { CorpusIndex } from '../corpus/types';
import type { UnitLexicon } from '../lexicon/units';
import type { ParsedDraft, PolicyDocument, Range } from '../parse/types';

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'zh' | 'en';

export interface Localized {
  zh: string;
  en: string;
}

export type RuleCategory = 'structure' | 'units' | 'targets' | 'citations' | 'format';

export interface RuleMeta {
  id: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  description: Localized;
  tags: string[];
  /** True when the rule attaches certain fixes that --fix applies. */
  fixable: boolean;
  /** Longer explanation, a bad and a good example for docs/rules.md. */
  docs: { rationale: Localized; bad: string; good: string };
}

/** A replacement of the original text in `range` by `text`. */
export interface Fix {
  range: Range;
  text: string;
}

/** An edit the editor may offer but the CLI never applies (it would invent content). */
export interface Suggestion {
  title: Localized;
  range: Range;
  text: string;
  /** The same edit as a VS Code snippet with placeholders. */
  snippet?: string;
}

export interface Finding {
  range: Range;
  messageId: string;
  args?: Record<string, string | number>;
  /** A rule may lower one finding to info (lead-in target paragraphs, milestones). */
  severity?: 'info';
  fix?: Fix;
  suggestion?: Suggestion;
  related?: Array<{ range: Range; messageId: string; args?: Record<string, string | number> }>;
}

export interface RuleContext {
  draft: ParsedDraft;
  /** The document being checked (rules that run per document). */
  documents: readonly PolicyDocument[];
  corpus: CorpusIndex;
  lexicon: UnitLexicon;
  vagueWords: readonly string[];
  /** Paragraph-level memory across versions of one document (language server). */
  cache?: LintCache;
  report(finding: Finding): void;
}

export interface Rule {
  meta: RuleMeta;
  messages: Record<string, Localized>;
  run(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
