/**
 * The one function that applies fixes, shared by the CLI's --fix and the editor's
 * "fix all". Fixes are applied in text order; a fix that overlaps one already
 * applied is left for the next pass (lint again, apply again).
 */
import type { Fix } from './rules/types';

export interface FixResult {
  text: string;
  applied: Fix[];
  skipped: Fix[];
}

export function applyFixes(text: string, fixes: readonly Fix[]): FixResult {
  const sorted = [...fixes].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  const parts: string[] = [];
  let cursor = 0;
  for (const fix of sorted) {
    const { start, end } = fix.range;
    if (start < cursor || start > end || end > text.length) {
      skipped.push(fix);
      continue;
    }
    // Two insertions at the same point, or identical edits: keep the first.
    const last = applied[applied.length - 1];
    if (last && last.range.start === start && last.range.end === end && start === end) {
      skipped.push(fix);
      continue;
    }
    parts.push(text.slice(cursor, start), fix.text);
    cursor = end;
    applied.push(fix);
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), applied, skipped };
}
