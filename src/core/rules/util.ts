/** Small helpers shared by rules; everything here reads the parsed draft. */
import { shift } from '../cache';
import type { Heading, Paragraph, ParsedDraft, PolicyDocument, Range } from '../parse/types';
import type { Finding, RuleContext } from './types';
import { isTaskBreakdown } from '../parse/doctype';
import { skeletonFamily, type SkeletonFamily } from '../parse/slots';

/** The original characters of a range (unfolded, as the drafter typed them). */
export function originalText(draft: ParsedDraft, range: Range): string {
  return draft.text.slice(range.start, range.end);
}

/** Han characters, CJK punctuation and full-width forms (by code unit, no regex: hot loops call it). */
export function isCjkCode(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff00 && c <= 0xffef) ||
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2026
  );
}

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && isCjkCode(ch.charCodeAt(0));
}

/** The skeleton a document's sections are checked against; a task breakdown (分工方案) has none. */
export function familyOf(doc: PolicyDocument): SkeletonFamily | undefined {
  const title = doc.header.title?.text;
  if (title && isTaskBreakdown(title)) return undefined;
  return skeletonFamily(doc.header.type);
}

/** Where a document-level finding goes: the title's first line, else the start of the document. */
export function documentAnchor(doc: PolicyDocument): Range {
  const title = doc.header.title;
  if (title) return title.ranges[0];
  return { start: doc.range.start, end: doc.range.start };
}

/** Marker and title of a heading: what a heading-level finding underlines. */
export function headingRange(h: Heading): Range {
  return { start: h.markerRange.start, end: Math.max(h.titleRange.end, h.markerRange.end) };
}

/** The level a heading's marker stands for, for messages (第一章 → its depth). */
export function shownLevel(h: Heading): number {
  return h.markerLevel || h.level;
}

export function levelName(level: number, lang: 'zh' | 'en'): string {
  const zh = ['', '一级', '二级', '三级', '四级'];
  return lang === 'zh' ? zh[level] : `level-${level}`;
}

/** A check that reads one paragraph and nothing else. */
export type ParagraphCheck = (draft: ParsedDraft, p: Paragraph) => Finding[];

/** Reports `check` over every paragraph of every document, each through the cache. */
export function checkEachParagraph(context: RuleContext, ruleId: string, check: ParagraphCheck): void {
  for (const doc of context.documents) {
    for (const p of doc.paragraphs) {
      const found = perParagraph(context, ruleId, p, check);
      for (let i = 0; i < found.length; i++) context.report(found[i]);
    }
  }
}

/**
 * The findings of a paragraph-local check, remembered by the paragraph's text
 * (relative to its start) when the context has a cache.
 */
export function perParagraph(context: RuleContext, ruleId: string, p: Paragraph, check: ParagraphCheck): Finding[] {
  const cache = context.cache;
  if (!cache) return check(context.draft, p);
  const base = p.range.start;
  // The parser already looked the paragraph up: no second look-up per rule.
  const entry = p.cacheEntry ?? (p.cacheEntry = cache.entry(context.draft.text.slice(base, p.range.end)));
  const stored =
    entry.peek<StoredFindings>(ruleId) ??
    entry.put<StoredFindings>(ruleId, { relative: check(context.draft, p).map((f) => shiftFinding(f, -base)), base: -1, placed: NONE });
  if (stored.relative.length === 0) return NONE;
  // A paragraph that did not move (everything before the edit) gets the very
  // findings of the last lint: no copies per keystroke. Findings are never mutated.
  if (stored.base !== base) {
    stored.placed = stored.relative.map((f) => shiftFinding(f, base));
    stored.base = base;
  }
  return stored.placed;
}

const NONE: Finding[] = Object.freeze([]) as unknown as Finding[];

/** A paragraph's findings relative to its start, and the last copy placed at `base`. */
interface StoredFindings {
  relative: Finding[];
  base: number;
  placed: Finding[];
}

function shiftFinding(f: Finding, delta: number): Finding {
  const out: Finding = { ...f, range: shift(f.range, delta) };
  if (f.fix) out.fix = { ...f.fix, range: shift(f.fix.range, delta) };
  if (f.suggestion) out.suggestion = { ...f.suggestion, range: shift(f.suggestion.range, delta) };
  if (f.related) out.related = f.related.map((r) => ({ ...r, range: shift(r.range, delta) }));
  return out;
}
