/**
 * What a message quotes: the drafter's own characters at a range, not the folded copy
 * the parser matches on (a message must not show 乡(镇) where the draft has 乡（镇）),
 * with the line breaks of a joined paragraph and their indentation taken out.
 */
import type { Heading, ParsedDraft, Range } from '../parse/types';

export function quote(draft: ParsedDraft, range: Range): string {
  return draft.text.slice(range.start, range.end).replace(/[ \t\u3000]*\r?\n[ \t\u3000]*/g, '');
}

/** A unit name as written, without the OCR spaces (区 住建局 is 区住建局 to every rule) or Markdown emphasis inside it. */
export function quoteUnit(draft: ParsedDraft, range: Range): string {
  return quote(draft, range).replace(/[ \u3000\u00a0]+|\*\*|__/g, '');
}

/** A heading as the drafter wrote it, marker and title, the title cut at `max` characters; Markdown emphasis and tabs taken out. */
export function quoteHeading(draft: ParsedDraft, h: Heading, max = Infinity): string {
  const title = quote(draft, h.titleRange).replace(/\*\*|__|\t/g, '');
  // From the marker to the title as written, with the space of 第一节 完善… kept.
  const marker = quote(draft, { start: h.markerRange.start, end: Math.max(h.markerRange.end, h.titleRange.start) }).replace(/\*\*|__|\t/g, '');
  return marker + (title.length > max ? title.slice(0, max) + '…' : title);
}
