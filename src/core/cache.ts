/**
 * Paragraph-level memory for re-linting as the drafter types. An edit changes one
 * paragraph; everything computed from another paragraph's text alone (its line
 * scan, its 文号, clauses and citations, the findings of the paragraph-local rules)
 * is the same as before, only shifted. Results are stored relative to the start of
 * the text they came from and keyed by that text, so a shifted paragraph hits too.
 *
 * One cache serves one document (the language server keeps one per open file).
 * After each lint, entries not used by it are dropped, so the cache holds one
 * version's worth of entries.
 */
import type { Range } from './parse/types';
import type { LineIndex } from './text/lines';

/** Everything remembered for one text (a line or a paragraph), by kind. */
export class CacheEntry {
  run = 0;
  private readonly values = new Map<string, unknown>();

  /** Length of the text this entry is for. */
  constructor(readonly length: number) {}

  /** The value of kind `space` if there is one (no closure to make on the hot path). */
  peek<T>(space: string): T | undefined {
    return this.values.get(space) as T | undefined;
  }

  /** Remembers the value of kind `space`. */
  put<T>(space: string, value: T): T {
    this.values.set(space, value);
    return value;
  }

  /** The value of kind `space`, computing it the first time (values are never undefined). */
  value<T>(space: string, compute: () => T): T {
    return this.peek<T>(space) ?? this.put(space, compute());
  }
}

/** The last text parsed with a cache, and what was derived from the whole of it. */
export interface PreviousText {
  text: string;
  folded: string;
  lines: LineIndex;
}

/** How the text being linted differs from the previous one: only its middle changed. */
export interface TextChange {
  previous: PreviousText;
  /** Code units at the start that are unchanged. */
  prefix: number;
  /** Code units at the end that are unchanged (not overlapping the prefix). */
  suffix: number;
}

/** Where entries sit in the text; lines (folded text) and paragraphs (source) apart. */
export type EntryKind = 'line' | 'paragraph';

export class LintCache {
  /** text → its entry; one look-up per text, whatever is remembered of it. */
  private readonly entries = new Map<string, CacheEntry>();
  private run = 0;
  private previous?: PreviousText;
  private change?: { prefix: number; suffixStart: number; delta: number };
  /** Entries by line and paragraph index, in the previous lint and in this one (arrays swapped and reused). */
  private placed: Record<EntryKind, Placement> = { line: new Placement(), paragraph: new Placement() };
  private placing: Record<EntryKind, Placement> = { line: new Placement(), paragraph: new Placement() };
  /** How many more lines / paragraphs this text has than the previous one. */
  private readonly countDelta: Record<EntryKind, number> = { line: 0, paragraph: 0 };

  /**
   * Starts a lint of `text`: returns how it differs from the previous text (for the
   * parser to redo only the changed middle of whole-text passes), or undefined.
   */
  begin(text: string): TextChange | undefined {
    const previous = this.previous;
    this.change = undefined;
    this.placing.line.reset(0);
    this.placing.paragraph.reset(0);
    if (!previous) return undefined;
    const prefix = commonPrefix(previous.text, text);
    const suffix = commonSuffix(previous.text, text, prefix);
    this.change = { prefix, suffixStart: text.length - suffix, delta: text.length - previous.text.length };
    return { previous, prefix, suffix };
  }

  /** Announces how many lines or paragraphs this text has, before their entries are asked for. */
  expect(kind: EntryKind, count: number): void {
    this.countDelta[kind] = count - this.placed[kind].count;
    this.placing[kind].reset(count);
  }

  /** Keeps what the parser derived from the whole text, and where its entries sit, for the next `begin`. */
  remember(previous: PreviousText): void {
    this.previous = previous;
    const placed = this.placed;
    this.placed = this.placing;
    this.placing = placed;
    this.change = undefined;
  }

  /** The entry of a text (a paragraph keeps it, so its rules need no second look-up). */
  entry(key: string): CacheEntry {
    let e = this.entries.get(key);
    if (!e) this.entries.set(key, (e = new CacheEntry(key.length)));
    e.run = this.run;
    return e;
  }

  /**
   * The entry of line or paragraph `index`, the text at [start, end) of the text
   * being linted. Outside the changed middle it is the entry found last time at the
   * same index (counted from the end after the change), checked by its start and
   * length, with no need to read the text: `source` is sliced only for text inside
   * the change, so an edit costs hashing what it touched, not the document. (The
   * source and offsets, not a key function: no closure per line on every lint.)
   */
  entryAt(kind: EntryKind, index: number, start: number, end: number, source: string): CacheEntry {
    const c = this.change;
    let e: CacheEntry | undefined;
    if (c) {
      // Before the change, indexes and offsets are as they were; after it, both
      // moved by the change's line (paragraph) count and length.
      const before = end <= c.prefix;
      const oldIndex = before ? index : start >= c.suffixStart ? index - this.countDelta[kind] : -1;
      if (oldIndex >= 0) e = this.placed[kind].at(oldIndex, before ? start : start - c.delta, end - start);
    }
    if (e) e.run = this.run;
    else e = this.entry(source.slice(start, end));
    this.placing[kind].set(index, start, e);
    return e;
  }

  /** The value of kind `space` for `key`, computing it on a miss. */
  get<T>(space: string, key: string, compute: () => T): T {
    return this.entry(key).value(space, compute);
  }

  /** Drops what the last lint did not use, and starts the next one. */
  sweep(): void {
    // forEach, not for…of: no [key, entry] pair allocated per entry on every lint.
    this.entries.forEach((e, key, entries) => {
      if (e.run !== this.run) entries.delete(key);
    });
    this.run++;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The entries of one lint by index, with the offset each text started at. */
class Placement {
  private readonly entries: Array<CacheEntry | undefined> = [];
  private readonly starts: number[] = [];
  count = 0;

  /** Empties the first `count` slots for a new lint (an index never asked for must not keep an older lint's entry). */
  reset(count: number): void {
    this.count = count;
    this.entries.fill(undefined, 0, count);
  }

  set(index: number, start: number, entry: CacheEntry): void {
    this.entries[index] = entry;
    this.starts[index] = start;
  }

  /** The entry at `index` if it started at `start` and is `length` long. */
  at(index: number, start: number, length: number): CacheEntry | undefined {
    if (index >= this.count) return undefined;
    const e = this.entries[index];
    return e && this.starts[index] === start && e.length === length ? e : undefined;
  }
}

/** Compared a block at a time (a native comparison), then code unit by code unit. */
const BLOCK = 512;

export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= n && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common end of `a` and `b`, not reaching into their first `prefix` code units. */
export function commonSuffix(a: string, b: string, prefix = 0): number {
  const n = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i + BLOCK <= n && a.slice(a.length - i - BLOCK, a.length - i) === b.slice(b.length - i - BLOCK, b.length - i)) i += BLOCK;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

export function shift(range: Range, delta: number): Range {
  return { start: range.start + delta, end: range.end + delta };
}
