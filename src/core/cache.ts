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

export class LintCache {
  /** space → key → [value, the lint run that last used it]. */
  private readonly spaces = new Map<string, Map<string, [unknown, number]>>();
  private run = 0;
  hits = 0;
  misses = 0;

  /** The value for `key` in `space`, computing it on a miss. */
  get<T>(space: string, key: string, compute: () => T): T {
    let map = this.spaces.get(space);
    if (!map) this.spaces.set(space, (map = new Map()));
    const entry = map.get(key);
    if (entry) {
      entry[1] = this.run;
      this.hits++;
      return entry[0] as T;
    }
    this.misses++;
    const value = compute();
    map.set(key, [value, this.run]);
    return value;
  }

  /** Drops what the last lint did not use, and starts the next one. */
  sweep(): void {
    for (const map of this.spaces.values()) {
      for (const [key, entry] of map) if (entry[1] !== this.run) map.delete(key);
    }
    this.run++;
    this.hits = 0;
    this.misses = 0;
  }

  get size(): number {
    let n = 0;
    for (const map of this.spaces.values()) n += map.size;
    return n;
  }
}

export function shift(range: Range, delta: number): Range {
  return { start: range.start + delta, end: range.end + delta };
}
