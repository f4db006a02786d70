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

/** Everything remembered for one text (a line or a paragraph), by kind. */
export class CacheEntry {
  run = 0;
  private readonly values = new Map<string, unknown>();

  value<T>(space: string, compute: () => T, stats: { hits: number; misses: number }): T {
    if (this.values.has(space)) {
      stats.hits++;
      return this.values.get(space) as T;
    }
    stats.misses++;
    const v = compute();
    this.values.set(space, v);
    return v;
  }
}

export class LintCache {
  /** text → its entry; one look-up per text, whatever is remembered of it. */
  private readonly entries = new Map<string, CacheEntry>();
  private run = 0;
  readonly stats = { hits: 0, misses: 0 };

  /** The entry of a text (a paragraph keeps it, so its rules need no second look-up). */
  entry(key: string): CacheEntry {
    let e = this.entries.get(key);
    if (!e) this.entries.set(key, (e = new CacheEntry()));
    e.run = this.run;
    return e;
  }

  /** The value of kind `space` for `key`, computing it on a miss. */
  get<T>(space: string, key: string, compute: () => T): T {
    return this.entry(key).value(space, compute, this.stats);
  }

  /** Drops what the last lint did not use, and starts the next one. */
  sweep(): void {
    for (const [key, e] of this.entries) if (e.run !== this.run) this.entries.delete(key);
    this.run++;
    this.stats.hits = 0;
    this.stats.misses = 0;
  }

  get size(): number {
    return this.entries.size;
  }
}

export function shift(range: Range, delta: number): Range {
  return { start: range.start + delta, end: range.end + delta };
}
