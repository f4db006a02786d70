/**
 * heading-sequence: a skipped, repeated or out-of-order number among headings of
 * one level. Numbering may restart under each parent or run on across parents
 * (seed 000 runs items 1–17 across （一）–（七）; the 行动计划 in seed 002 runs
 * （一）–（三十九） across 二、–九、; 若干措施 run their measures 1.–26. straight through
 * 一、–六、), but it must do one or the other, within one top-level section and from
 * one top-level section to the next. 专栏 lists number on their own; the articles of
 * a 办法 (第一条 …) run straight through the document, and the decimal headings of a
 * 预案 (1 / 1.1 / 1.1.1) level by level.
 */
import { toChineseNumber } from '../text/numerals';
import type { Article, DecimalHeading, Heading, PolicyDocument } from '../parse/types';
import { defineRule, type Finding } from './types';

type Mode = 'restart' | 'runOn';

export default defineRule({
  meta: {
    id: 'heading-sequence',
    category: 'structure',
    defaultSeverity: 'warning',
    description: { zh: '标题序号跳号、重复或顺序错乱', en: 'Heading numbers skip, repeat or run out of order' },
    tags: ['structure'],
    fixable: false,
    docs: {
      rationale: {
        zh: '同级标题序号应连续。下级序号可以在每个上级标题下重新编号，也可以跨上级连续编号（如若干措施的 1.—26. 贯通一、至六、），但同一个一级部分内、前后各一级部分之间应保持一致。专栏内的序号单独计算。办法、规定等条文的“第×条”全文连续编号；预案的“1 / 1.1 / 1.1.1”逐级连续编号。',
        en: 'Sibling numbers must be consecutive. Lower levels may restart under each parent or run on across parents (a 若干措施 numbers its measures 1.–26. straight through 一、–六、), consistently within a top-level section and from one to the next. 专栏 boxes number on their own; the articles of a 办法 (第一条 …) run straight through the document, the decimal headings of a 预案 (1 / 1.1) level by level.',
      },
      bad: '一、总体要求\n二、重点任务\n四、保障措施',
      good: '一、总体要求\n二、重点任务\n三、保障措施',
    },
  },
  messages: {
    gap: { zh: '序号不连续：此处应为“{expected}”，实为“{actual}”', en: 'Numbering gap: expected {expected}, found {actual}' },
    gapFirst: {
      zh: '序号不连续：此处应为“{restart}”（重新编号）或“{runOn}”（接续编号），实为“{actual}”',
      en: 'Numbering gap: expected {restart} (restarting) or {runOn} (running on), found {actual}',
    },
    repeat: { zh: '序号重复：“{actual}”与上一标题相同', en: 'Repeated number: {actual} repeats the previous heading' },
    order: { zh: '序号顺序错乱：此处应为“{expected}”，实为“{actual}”', en: 'Numbers out of order: expected {expected}, found {actual}' },
    restartAfterRunOn: {
      zh: '本部分前面的同级序号跨上级连续编号，此处却从1重新编号（应为“{expected}”）',
      en: 'Earlier groups in this section run on across parents, but this one restarts at 1 (expected {expected})',
    },
    runOnAfterRestart: {
      zh: '本部分前面的同级序号在每个上级下重新编号，此处却接续编号（应为“{expected}”）',
      en: 'Earlier groups in this section restart under each parent, but this one runs on (expected {expected})',
    },
  },
  run({ documents, report }) {
    for (const doc of documents) checkDocument(doc, report);
  },
});

/** Number n in the heading's own marker as written: （四） → （三）, 4. → 3., 第四章 → 第三章. */
function show(h: Heading, n: number): string {
  const number = h.markerLevel <= 2 ? toChineseNumber(n) : String(n);
  const at = h.marker.indexOf(h.numberText);
  return at < 0 ? number : h.marker.slice(0, at) + number + h.marker.slice(at + h.numberText.length);
}

function checkDocument(doc: PolicyDocument, report: (f: Finding) => void): void {
  // Last heading seen per level: document-wide for level 2, per top-level section below;
  // and document-wide for every level, for groups that run on across top-level
  // sections (若干措施 number their measures 1–26 straight through 一、–六、).
  const lastByLevel = new Map<number, Heading>();
  const modeByLevel = new Map<number, Mode>();
  const lastInDocument = new Map<number, Heading>();
  const modeAcrossSections = new Map<number, Mode>();

  // The previous heading of the same level under the same parent, for every heading
  // (one pass over each list of children: a draft may have thousands of items).
  const previousSibling = new Map<Heading, Heading>();
  const link = (list: Heading[]) => {
    const last = new Map<number, Heading>();
    for (const x of list) {
      if (x.box) continue;
      const prev = last.get(x.level);
      if (prev) previousSibling.set(x, prev);
      last.set(x.level, x);
    }
  };
  link(doc.outline);
  for (const h of doc.headings) if (h.children.length) link(h.children);
  for (const h of doc.headings) {
    if (h.box) continue;
    if (h.level <= 1) {
      for (const level of [3, 4, 5, 6]) {
        lastByLevel.delete(level);
        modeByLevel.delete(level);
      }
    }
    const previous = previousSibling.get(h);
    const last = lastByLevel.get(h.level);
    const lastAnywhere = lastInDocument.get(h.level);
    lastByLevel.set(h.level, h);
    lastInDocument.set(h.level, h);
    if (previous) {
      checkSibling(h, previous, previousSibling.get(previous), report);
      continue;
    }
    // First of its group: 1, or running on from the last heading of this level (in
    // this top-level section, or else in the one before; 章 across 篇).
    if (!h.parent || (!last && !lastAnywhere)) {
      if (h.number !== 1) report(finding(h, 'gap', 1));
      continue;
    }
    if (last) checkFirst(h, last, modeByLevel, report);
    else checkFirst(h, lastAnywhere!, modeAcrossSections, report);
  }
  for (const box of doc.boxes) checkBox(box.headings, report);
  checkArticles(doc.articles, report);
  checkDecimal(doc.decimalHeadings, report);
}

/**
 * 1　总则 / 1.1　编制目的 / 1.2 …: each number follows the one before it under the same
 * parent number (the parser keeps decimal headings only for a document that numbers so).
 */
function checkDecimal(list: readonly DecimalHeading[], report: (f: Finding) => void): void {
  const lastAt: number[][] = [];
  for (const d of list) {
    const k = d.path.length - 1;
    const previous = lastAt[k];
    const sameParent = previous !== undefined && d.path.slice(0, k).every((n, i) => previous[i] === n);
    const actual = d.path[k];
    const problem = stepProblem(actual, sameParent ? previous[k] : undefined, undefined);
    if (problem) {
      const show = (n: number) => [...d.path.slice(0, k), n].join('.');
      report({ range: d.markerRange, messageId: problem.messageId, args: { expected: show(problem.expected), actual: show(actual) } });
    }
    lastAt[k] = d.path;
    lastAt.length = k + 1;
  }
}

/** 第一条 … 第二十条 run straight through a 办法, across its chapters, from 第一条. */
function checkArticles(articles: readonly Article[], report: (f: Finding) => void): void {
  const show = (n: number) => `第${toChineseNumber(n)}条`;
  articles.forEach((a, i) => {
    const problem = stepProblem(a.number, articles[i - 1]?.number, articles[i - 2]?.number);
    if (problem) report({ range: a.markerRange, messageId: problem.messageId, args: { expected: show(problem.expected), actual: show(a.number) } });
  });
}

/** The first heading of a group: it restarts at 1 or runs on from `last`, the same way as the groups before it. */
function checkFirst(h: Heading, last: Heading, modes: Map<number, Mode>, report: (f: Finding) => void): void {
  const runsOn = h.number === last.number + 1;
  // 章 run on from one 篇 to the next: 第二篇 opens with 第四章, never with 第一章 again.
  if (h.parent?.level === 0 && h.level === 1) {
    if (!runsOn) report(finding(h, 'gap', last.number + 1));
    return;
  }
  const restarts = h.number === 1;
  if (!runsOn && !restarts) {
    report({ ...finding(h, 'gapFirst', 1), args: { actual: show(h, h.number), restart: show(h, 1), runOn: show(h, last.number + 1) } });
    return;
  }
  const mode: Mode = restarts ? 'restart' : 'runOn';
  const established = modes.get(h.level);
  if (!established) modes.set(h.level, mode);
  else if (established !== mode) {
    report(finding(h, mode === 'restart' ? 'restartAfterRunOn' : 'runOnAfterRestart', established === 'runOn' ? last.number + 1 : 1));
  }
}

/**
 * What is wrong with `number` after `previous` (and the one before that), if anything:
 * the message and the number expected; with no previous one, a group starts at 1.
 * Shared by headings, 专栏 entries, articles and decimal headings.
 */
function stepProblem(number: number, previous: number | undefined, beforePrevious: number | undefined): { messageId: string; expected: number } | undefined {
  if (previous === undefined) return number === 1 ? undefined : { messageId: 'gap', expected: 1 };
  const expected = previous + 1;
  if (number === expected) return undefined;
  // （三）（三）（五）: the repeat, already reported, stood for （四）; （五） is right.
  if (beforePrevious === previous && number === expected + 1) return undefined;
  return { messageId: number === previous ? 'repeat' : number < previous ? 'order' : 'gap', expected };
}

function checkSibling(h: Heading, previous: Heading | undefined, beforePrevious: Heading | undefined, report: (f: Finding) => void): void {
  const problem = stepProblem(h.number, previous?.number, beforePrevious?.number);
  if (problem) report(finding(h, problem.messageId, problem.expected));
}

function checkBox(entries: Heading[], report: (f: Finding) => void): void {
  entries.forEach((h, i) => {
    checkSibling(h, entries[i - 1], entries[i - 2], report);
    if (h.children.length) checkBox(h.children, report);
  });
}

function finding(h: Heading, messageId: string, expected: number): Finding {
  return {
    range: h.markerRange,
    messageId,
    args: { expected: show(h, expected), actual: show(h, h.number) },
  };
}
