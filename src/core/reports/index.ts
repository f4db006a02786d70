/**
 * The three reports behind one call, for the CLI (`policylint report`) and the
 * language server (the editor's report view): plain data and the same data as tables.
 */
import type { Corpus } from '../corpus/corpus';
import type { UnitLexicon } from '../lexicon/units';
import type { ParsedDraft } from '../parse/types';
import type { Segmenter } from '../segment';
import { coverageReport, findParentPlan, type CoverageReport } from './coverage';
import { responsibilityMatrices, type MatrixOptions, type ResponsibilityMatrix } from './responsibility';
import { coverageTables, matrixTables, targetTablesOf, type ReportKind, type ReportTable } from './tables';
import { targetTables, type TargetTable } from './targets';

export interface ReportRequest {
  kind: ReportKind;
  /** coverage: the parent plan's title (else the cited plan the draft implements). */
  parent?: string;
  /** matrix: only this unit's tasks; and the row order. */
  unit?: string;
  sortBy?: MatrixOptions['sortBy'];
}

export interface ReportContext {
  lexicon: UnitLexicon;
  corpus: Corpus;
  /** Only the coverage report needs word segmentation. */
  segmenter: () => Segmenter;
}

export type ReportResult =
  | { ok: true; kind: ReportKind; data: ResponsibilityMatrix[] | TargetTable[] | CoverageReport; tables: ReportTable[] }
  | { ok: false; kind: ReportKind; error: 'noTasks' | 'noTargets' | 'noParent' | 'parentUnreadable' };

export function buildReport(draft: ParsedDraft, request: ReportRequest, context: ReportContext): ReportResult {
  switch (request.kind) {
    case 'matrix': {
      const data = responsibilityMatrices(draft, context.lexicon, { unit: request.unit, sortBy: request.sortBy });
      if (!data.length) return { ok: false, kind: 'matrix', error: 'noTasks' };
      return { ok: true, kind: 'matrix', data, tables: data.flatMap(matrixTables) };
    }
    case 'targets': {
      const data = targetTables(draft, context.corpus);
      if (!data.length) return { ok: false, kind: 'targets', error: 'noTargets' };
      return { ok: true, kind: 'targets', data, tables: data.flatMap(targetTablesOf) };
    }
    case 'coverage': {
      const parent = findParentPlan(draft, context.corpus, request.parent);
      if (!parent) return { ok: false, kind: 'coverage', error: 'noParent' };
      const data = coverageReport(draft, parent, context.segmenter());
      if (!data) return { ok: false, kind: 'coverage', error: 'parentUnreadable' };
      return { ok: true, kind: 'coverage', data, tables: coverageTables(data) };
    }
  }
}

export const REPORT_ERRORS: Record<'noTasks' | 'noTargets' | 'noParent' | 'parentUnreadable', { zh: string; en: string }> = {
  noTasks: { zh: '草稿中没有任务条目或责任单位', en: 'The draft has no task items or responsibility clauses' },
  noTargets: { zh: '草稿中没有目标部分', en: 'The draft has no target section' },
  noParent: {
    zh: '没有找到草稿所落实的上位规划：草稿应引用往期文件库中的规划（如“贯彻落实《X》”），或用 --parent 指定',
    en: 'No parent plan found: the draft should cite a corpus plan (贯彻落实《X》), or name one with --parent',
  },
  parentUnreadable: { zh: '无法读取上位规划的文件', en: 'The parent plan’s file cannot be read' },
};

export type { ReportKind, ReportTable } from './tables';
