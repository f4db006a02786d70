/** The report requests: the core's reports as tables for the editor's report view, and the .xlsx export. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Corpus } from '../core/corpus/corpus';
import type { LintOptions } from '../core/lint';
import type { UnitLexicon } from '../core/lexicon/units';
import type { ParsedDraft } from '../core/parse/types';
import { buildReport, REPORT_ERRORS, type ReportTable } from '../core/reports';
import { writeXlsx } from '../core/reports/exportXlsx';
import type { ResponsibilityMatrix } from '../core/reports/responsibility';
import type { Lang } from '../core/rules/types';
import { segmenterWith } from '../core/segment';
import type { ExportReportParams, ReportParams, ReportResponse } from '../shared/protocol';

export interface ReportSource {
  draft: ParsedDraft | undefined;
  options: LintOptions | undefined;
  fallback: { lexicon: UnitLexicon; corpus: Corpus };
  /** The user's units (settings and config), added to the segmenter's words. */
  units: readonly string[];
  warn: (message: string) => void;
}

export function makeReport(params: ReportParams, source: ReportSource, lang: Lang): { response: ReportResponse; tables: ReportTable[] } {
  const { draft, options } = source;
  if (!draft) return { response: { ok: false, kind: params.kind, message: lang === 'zh' ? '文件未打开' : 'The file is not open' }, tables: [] };
  const lexicon = options?.lexicon ?? source.fallback.lexicon;
  const result = buildReport(draft, params, {
    lexicon,
    corpus: (options?.corpus as Corpus | undefined) ?? source.fallback.corpus,
    segmenter: () =>
      segmenterWith(lexicon.allNames(), source.units, (rejected) =>
        source.warn(`units not added to the word list: ${rejected.map((r) => `${JSON.stringify(r.word)} (${r.reason})`).join('; ')}`),
      ),
  });
  if (!result.ok) return { response: { ok: false, kind: params.kind, message: REPORT_ERRORS[result.error][lang] }, tables: [] };
  const units = params.kind === 'matrix' ? [...new Set((result.data as ResponsibilityMatrix[]).flatMap((m) => m.units.map((u) => u.name)))] : undefined;
  return { response: { ok: true, kind: params.kind, tables: result.tables, units }, tables: result.tables };
}

export async function exportReport(params: ExportReportParams, source: ReportSource, lang: Lang): Promise<{ ok: boolean; message?: string }> {
  const { response, tables } = makeReport(params, source, lang);
  if (!response.ok) return { ok: false, message: response.message };
  try {
    fs.writeFileSync(params.path, await writeXlsx(tables, path.basename(params.path, '.xlsx')));
    return { ok: true };
  } catch (e) {
    return { ok: false, message: String((e as Error).message ?? e) };
  }
}
