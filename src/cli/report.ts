/** `policylint report <matrix|targets|coverage> <file>`: the reports on the command line. */
import * as fs from 'node:fs';
import { buildReport, REPORT_ERRORS, type ReportKind } from '../core/reports';
import { writeXlsx } from '../core/reports/exportXlsx';
import { REPORT_TITLES, toCsv, toText } from '../core/reports/tables';
import type { LintOptions } from '../core/lint';
import { lint } from '../core/lint';
import { RULE_IDS } from '../core/rules/registry';
import type { Lang } from '../core/rules/types';
import { segmenterWith } from '../core/segment';
import type { Corpus } from '../core/corpus/corpus';

export const REPORT_KINDS: readonly ReportKind[] = ['matrix', 'targets', 'coverage'];

export interface ReportOptions {
  kind: ReportKind;
  format: 'stylish' | 'json' | 'csv';
  xlsx?: string;
  parent?: string;
  unit?: string;
  sortBy?: 'task' | 'unit';
}

export interface ReportOutput {
  stdout: string;
  /** A message for stderr when the report cannot be made for this file. */
  error?: string;
}

export async function reportFor(display: string, text: string, options: LintOptions, report: ReportOptions, lang: Lang): Promise<ReportOutput> {
  const off = Object.fromEntries([...RULE_IDS].map((id) => [id, 'off' as const]));
  const { draft } = lint(text, { ...options, rules: off });
  const result = buildReport(draft, { kind: report.kind, parent: report.parent, unit: report.unit, sortBy: report.sortBy }, {
    lexicon: options.lexicon!,
    corpus: options.corpus as Corpus,
    segmenter: () => segmenterWith(options.lexicon!.allNames(), []),
  });
  if (!result.ok) return { stdout: '', error: `${display}: ${REPORT_ERRORS[result.error][lang]}` };
  if (report.xlsx) fs.writeFileSync(report.xlsx, await writeXlsx(result.tables, `${REPORT_TITLES[report.kind]} — ${display}`));
  if (report.format === 'json') return { stdout: JSON.stringify({ file: display, kind: report.kind, report: result.data }, null, 2) + '\n' };
  if (report.format === 'csv') return { stdout: toCsv(result.tables) };
  return { stdout: `${display}\n\n${toText(result.tables)}` };
}
