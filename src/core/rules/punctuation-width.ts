/**
 * punctuation-width: half-width , : ; ( ) ? ! next to Chinese characters, and a
 * `.` used as a 句号 (after a Chinese character, before Chinese text or the end of
 * the line; not in a heading marker such as 一.). One
 * finding per paragraph (on the first mark, with the count), so a crawled or
 * English-IME paragraph is one finding, not fifty; the fix converts every mark of
 * the paragraph, brackets as matched pairs. Digits on both sides (1,000  10:30
 * 2.25:1) and Markdown link brackets are left alone; a mark after a percentage in
 * Chinese text (达到100%,20户) is Chinese context. Marks inside a malformed 文号 are
 * left to doc-number-format.
 */
import type { Paragraph, ParsedDraft } from '../parse/types';
import { defineRule, type Finding, type Fix } from './types';
import { isCjkCode, checkEachParagraph } from './util';

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！', '.': '。' };

export default defineRule({
  meta: {
    id: 'punctuation-width',
    category: 'format',
    defaultSeverity: 'info',
    description: { zh: '中文语句中使用了半角标点', en: 'Half-width punctuation in Chinese text' },
    tags: ['format', 'gb15834', 'fixable'],
    fixable: true,
    docs: {
      rationale: {
        zh: '中文文稿应使用全角标点（GB/T 15834—2011）。网页抓取或英文输入法常留下半角的逗号、冒号、分号、括号、当作句号的“.”等。每段只报告一次，快速修复一次改完整段。',
        en: 'Chinese text takes full-width punctuation (GB/T 15834-2011): an English IME leaves half-width commas, colons, semicolons, brackets and "." for 。. Reported once per paragraph; the fix converts the whole paragraph.',
      },
      bad: '坚持统筹推进,分类施策(试点先行);',
      good: '坚持统筹推进，分类施策（试点先行）；',
    },
  },
  messages: {
    halfWidth: {
      zh: '本段有 {count} 处半角标点（如“{mark}”），中文应使用全角标点',
      en: '{count} half-width punctuation mark(s) in this paragraph (e.g. "{mark}"); Chinese text takes full-width marks',
    },
  },
  run(context) {
    checkEachParagraph(context, 'punctuation-width', check);
  },
});

function check(draft: ParsedDraft, p: Paragraph): Finding[] {
  const marks = withoutHeaderColon(draft, p, withoutMalformedDocNumbers(draft, p, halfWidthMarks(draft, p)));
  if (!marks.length) return [];
  const source = draft.text;
  const start = marks[0];
  const end = marks[marks.length - 1] + 1;
  // Each mark becomes its full-width form, one code unit for one: the fix is the
  // original span with those units replaced, made in a buffer and decoded once.
  const buffer = Buffer.from(source.slice(start, end), 'utf16le');
  for (const at of marks) buffer.writeUInt16LE(FULL[source[at]].charCodeAt(0), (at - start) * 2);
  const fix: Fix = { range: { start, end }, text: buffer.toString('utf16le') };
  return [{ range: { start, end: start + 1 }, messageId: 'halfWidth', args: { count: marks.length, mark: source[start] }, fix }];
}

// Regular expressions find the candidates: they run compiled even in a cold CLI
// process, where an interpreted loop over every character costs tens of ms.
const FIRST_MARK = /[,:;?!.]/;
const PAREN = /[()]/g;

/** Offsets (in the draft) of the paragraph's half-width marks in Chinese context, in text order. */
function halfWidthMarks(draft: ParsedDraft, p: Paragraph): number[] {
  const base = p.range.start;
  // The paragraph's original characters (joined lines keep their line breaks here).
  const src = draft.text.slice(base, p.range.end);
  // Brackets first: a pair that becomes （） makes the marks next to it Chinese context.
  const brackets: number[] = [];
  let converted: Set<number> | undefined;
  if (src.includes('(') && src.includes(')')) {
    converted = new Set<number>();
    const opens: number[] = [];
    PAREN.lastIndex = 0;
    for (let m = PAREN.exec(src); m; m = PAREN.exec(src)) {
      if (m[0] === '(') {
        opens.push(m.index);
        continue;
      }
      const open = opens.pop();
      if (open === undefined || src.charCodeAt(open - 1) === 93 /* ] */) continue; // unmatched, or a Markdown link target
      if (!(cjkAt(src, open - 1) || cjkAt(src, m.index + 1) || hasCjk(src, open + 1, m.index))) continue;
      brackets.push(base + open, base + m.index);
      converted.add(open).add(m.index);
    }
  }
  const out: number[] = [];
  // A scan of code units from the first mark: crawled text holds thousands of
  // half-width marks, and a regex match per mark is an array per mark.
  for (let i = src.search(FIRST_MARK); i >= 0 && i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 46 /* . */) {
      if (isFullStop(src, i) && !(p.heading && base + i < p.heading.markerRange.end)) out.push(base + i);
      continue;
    }
    if (c !== 44 /* , */ && c !== 58 /* : */ && c !== 59 /* ; */ && c !== 63 /* ? */ && c !== 33 /* ! */) continue;
    const near =
      cjkAt(src, i - 1) || cjkAt(src, i + 1) || (converted !== undefined && (converted.has(i - 1) || converted.has(i + 1))) || afterChineseToken(src, i);
    if (!near || (digitAt(src, i - 1) && digitAt(src, i + 1))) continue;
    if (c === 58 && src.startsWith('//', i + 1)) continue; // URL
    out.push(base + i);
  }
  if (!brackets.length) return out;
  // Pairs were pushed as they closed (nested ones out of order); the marks are in text order.
  brackets.sort((a, b) => a - b);
  return mergeSorted(brackets, out);
}

/**
 * Marks inside a malformed 文号 (天政发(2022)21号) are doc-number-format's: its fix
 * writes the 〔〕 the standard asks for, where ours would give （2022）, still wrong.
 */
function withoutMalformedDocNumbers(draft: ParsedDraft, p: Paragraph, marks: number[]): number[] {
  if (!marks.length) return marks;
  const own = draft.documents[p.documentIndex]?.docNumbers.filter((n) => !n.wellFormed && n.range.start >= p.range.start && n.range.end <= p.range.end);
  if (!own?.length) return marks;
  return marks.filter((at) => !own.some((n) => at >= n.range.start && at < n.range.end));
}

/**
 * The colon that ends a 主送机关 or follows 附件 in the 附件说明 is addressee-format's and
 * attachment-format's (one finding for one mark); the other marks of the line stay ours.
 */
function withoutHeaderColon(draft: ParsedDraft, p: Paragraph, marks: number[]): number[] {
  if (!marks.length || (p.headerRole !== 'addressee' && p.headerRole !== 'attachmentNote')) return marks;
  const s = draft.text;
  const owned = p.headerRole === 'addressee' ? p.range.end - 1 : marks.find((at) => s[at] === ':' && /附件[ \d]*$/.test(s.slice(p.range.start, at)));
  return owned === undefined || s[owned] !== ':' ? marks : marks.filter((at) => at !== owned);
}

function mergeSorted(a: number[], b: number[]): number[] {
  if (!b.length) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i] < b[j] ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/**
 * A `.` typed for 。: a Chinese character before it, and after it the end of the
 * paragraph, a line break or space, Chinese text or a closing quote. Not 1. 3.5
 * 2026.3.15, a file name (方案.docx) or an ellipsis (等...).
 */
function isFullStop(s: string, i: number): boolean {
  const prev = s.charCodeAt(i - 1);
  if (!cjkAt(s, i - 1) || (prev >= 0xff10 && prev <= 0xff19) /* full-width digit */) return false;
  if (i + 1 >= s.length) return true;
  const next = s.charCodeAt(i + 1);
  return next === 10 || next === 13 || next === 32 || next === 0x3000 || next === 0x201d || next === 0x2019 || isCjkCode(next);
}

/**
 * A mark right after a figure that follows Chinese text (达到100%,20户 / 增长5.5%;):
 * the figure is part of the Chinese sentence, so the mark is too. Only after a
 * `%` or `‰`, so 1,000 and 10:30 stay as they are.
 */
/**
 * The mark ends a short ASCII run that follows Chinese: 增长30%, / 推进5G, / “指尖办"",
 * (a figure, a code, a quote mark): Chinese context, as if the mark touched the Chinese.
 */
function afterChineseToken(s: string, i: number): boolean {
  let j = i - 1;
  for (; j >= 0 && j > i - 16; j--) {
    const c = s.charCodeAt(j);
    if (!((c > 32 && c < 127) || c === 0x2030 /* ‰ */)) break;
  }
  return j < i - 1 && cjkAt(s, j);
}

function cjkAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isCjkCode(s.charCodeAt(i));
}

function digitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function hasCjk(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isCjkCode(s.charCodeAt(i))) return true;
  return false;
}
