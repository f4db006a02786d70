/**
 * Core results → LSP: offsets to positions (the parsed draft's line index, UTF-16
 * as LSP wants), severities (one map, one place), the rule's docs link, and the
 * whole finding in Diagnostic.data so code actions need no second lint.
 */
import { CodeDescription, Diagnostic as LspDiagnostic, DiagnosticSeverity, DiagnosticTag, Range as LspRange } from 'vscode-languageserver';
import type { Diagnostic } from '../core/lint';
import type { Range } from '../core/parse/types';
import type { LineIndex } from '../core/text/lines';
import { CLIENT_COMMANDS } from '../shared/protocol';

export const SEVERITY: Record<Diagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toLspRange(lines: LineIndex, range: Range): LspRange {
  return { start: lines.positionAt(range.start), end: lines.positionAt(range.end) };
}

/** A `command:` link that opens the rule's section of the bundled docs inside VS Code (works offline). */
export function ruleDocsLink(ruleId: string): CodeDescription {
  let link = DOCS_LINKS.get(ruleId);
  if (!link) DOCS_LINKS.set(ruleId, (link = { href: `command:${CLIENT_COMMANDS.openRuleDocs}?${encodeURIComponent(JSON.stringify([ruleId]))}` }));
  return link;
}

/** One link per rule, made once: a re-lint converts hundreds of diagnostics. */
const DOCS_LINKS = new Map<string, CodeDescription>();

/**
 * What a code action needs of a finding, carried by the diagnostic itself (no second
 * lint): the rule and its fix or suggestion. The message and ranges are on the
 * diagnostic already and are not sent twice.
 */
export interface DiagnosticData {
  /** Document version the finding belongs to (a fix applies only to it). */
  version: number;
  finding: Pick<Diagnostic, 'ruleId' | 'fix' | 'suggestion'>;
}

export function toLspDiagnostic(d: Diagnostic, lines: LineIndex, uri: string, version: number): LspDiagnostic {
  const diagnostic: LspDiagnostic = {
    range: toLspRange(lines, d.range),
    severity: SEVERITY[d.severity],
    source: 'policylint',
    message: d.message,
    data: { version, finding: { ruleId: d.ruleId, fix: d.fix, suggestion: d.suggestion } } satisfies DiagnosticData,
  };
  if (!d.ruleId.startsWith('policylint-')) {
    diagnostic.code = d.ruleId;
    diagnostic.codeDescription = ruleDocsLink(d.ruleId);
  }
  if (d.related?.length) {
    diagnostic.relatedInformation = d.related.map((r) => ({ location: { uri, range: toLspRange(lines, r.range) }, message: r.message }));
  }
  if (d.ruleId === 'responsible-unit-outdated') diagnostic.tags = [DiagnosticTag.Deprecated];
  return diagnostic;
}
