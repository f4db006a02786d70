/**
 * Character-bigram similarity (Dice coefficient): how close two titles or unit
 * names are, with no dictionary, so the lint path never waits for the segmenter.
 */

export function bigrams(s: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  if (s.length === 1) grams.set(s, 1);
  return grams;
}

/** 2·|A∩B| / (|A|+|B|) over bigram multisets; 1 for equal strings. */
export function dice(a: Map<string, number>, b: Map<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const n of a.values()) sizeA += n;
  for (const n of b.values()) sizeB += n;
  if (sizeA + sizeB === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [g, n] of small) shared += Math.min(n, large.get(g) ?? 0);
  return (2 * shared) / (sizeA + sizeB);
}

export function similarity(a: string, b: string): number {
  return dice(bigrams(a), bigrams(b));
}
