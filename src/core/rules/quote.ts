/**
 * What a message quotes: the drafter's own characters at a range, not the folded copy
 * the parser matches on (a message must not show 乡(镇) where the draft has 乡（镇）),
 * with the line breaks of a joined paragraph and their indentation taken out.
 */
import type { Heading, ParsedDraft, Range } from '../parse/types';

export function quote(draft: ParsedDraft, range: Range): string {
  return draft.text.slice(range.start, range.end).replace(/[ \t\u3000]*\r?\n[ \t\u3000]*/g, '');
}

/** A heading as the drafter wrote it, marker and title, the title cut at `max` characters. */
export function quoteHeading(draft: ParsedDraft, h: Heading, max = Infinity): string {
  const title = quote(draft, h.titleRange);
  // From the marker to the title as written, with the space of 第一节 完善… kept.
  const marker = quote(draft, { start: h.markerRange.start, end: Math.max(h.markerRange.end, h.titleRange.start) });
  return marker + (title.length > max ? title.slice(0, max) + '…' : title);
}
