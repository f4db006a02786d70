/**
 * A memo of a pure function's results, emptied when it reaches its limit. Titles and
 * unit names recur within a draft and across the drafts of a folder, so most look-ups
 * are repeats; the limit keeps a long-running language server from growing without end
 * (emptying is cheaper than tracking recency, and the hot names come back at once).
 */
export class BoundedMemo<V> {
  private readonly values = new Map<string, V>();

  constructor(
    private readonly limit: number,
    private readonly compute: (key: string) => V,
  ) {}

  get(key: string): V {
    let value = this.values.get(key);
    if (value === undefined && !this.values.has(key)) {
      value = this.compute(key);
      if (this.values.size >= this.limit) this.values.clear();
      this.values.set(key, value);
    }
    return value as V;
  }
}
