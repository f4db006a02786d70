/**
 * Document type from a title, and the title-shape test used to find titles.
 * `…实施方案(2022-2025年)` and `…规划（征求意见稿）` keep their type: bracketed
 * periods, versions and draft stages at the end are ignored.
 */
import type { DocumentType, Period } from './types';

/** Bracketed tails that are not part of the type: (2022-2025年) （征求意见稿） (试行) (2023版). */
const TAIL = /[ ]*[(（〔【][^()（）〔〕【】]{1,24}[)）〕】][ ]*$/;

const TYPE_SUFFIXES: ReadonlyArray<[RegExp, DocumentType]> = [
  [/通知$/, '通知'],
  [/批复$/, '批复'],
  [/行动计划(方案)?$/, '行动计划'],
  [/实施方案$/, '实施方案'],
  [/工作方案$/, '工作方案'],
  [/行动方案$/, '行动方案'],
  [/方案$/, '方案'],
  [/(规划|规划纲要|纲要)$/, '规划'],
  [/意见$/, '意见'],
  [/指南$/, '指南'],
  // 若干措施, 若干政策措施, 支持…的十条措施; never a section's name (保障措施, 响应措施)
  [/.{6,}措施$/, '措施'],
];

/** Endings of document titles of any kind (also types without a skeleton). */
const TITLE_ENDING =
  /(通知|批复|方案|计划|规划|纲要|意见|指南|办法|细则|规定|决定|公告|通告|报告|请示|要点|条例|规则|措施|预案|意见的函|函|起草说明|编制说明|的说明)$/;

/** The title without bracketed tails at its end. */
export function stripTitleTail(title: string): string {
  let t = title.trim();
  for (let i = 0; i < 3 && TAIL.test(t); i++) t = t.replace(TAIL, '');
  return t;
}

export function detectDocumentType(title: string): DocumentType | undefined {
  const core = stripTitleTail(title).replace(/[”’"']+$/, '');
  for (const [re, type] of TYPE_SUFFIXES) if (re.test(core)) return type;
  return undefined;
}

/**
 * A task breakdown (…重点任务分工方案, 任务分解方案, 责任清单): it divides the tasks of a
 * higher document among units and has no 总体要求 or 目标 of its own.
 */
export function isTaskBreakdown(title: string): boolean {
  return /(?:分工|分解)(?:实施)?方案$|(?:任务|责任)(?:分工|分解)?(?:清单|表)$/.test(stripTitleTail(title));
}

/** True when the text ends like a document title (ignoring bracketed tails). */
export function hasTitleEnding(text: string): boolean {
  return TITLE_ENDING.test(stripTitleTail(text).replace(/[》”’"']+$/, ''));
}

/** A year range in a title or a preamble: (2022-2025年), 2021—2025年. */
export function findPeriod(text: string): Period | undefined {
  const m = /((?:19|20)\d{2})[ ]*(?:年[ ]*)?[-—~至到][ ]*((?:19|20)\d{2})[ ]*年/.exec(text);
  if (!m) return undefined;
  return { from: Number(m[1]), to: Number(m[2]), text: m[0] };
}
