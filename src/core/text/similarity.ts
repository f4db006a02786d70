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
  // forEach, not for…of: no iterator or [key, value] pair per gram (this runs for
  // every candidate name of every unknown unit and every unresolved citation).
  const sizeA = total(a);
  const sizeB = total(b);
  if (sizeA + sizeB === 0) return 1;
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let shared = 0;
  small.forEach((n, g) => {
    const m = large.get(g);
    if (m !== undefined) shared += n < m ? n : m;
  });
  return (2 * shared) / (sizeA + sizeB);
}

function total(grams: Map<string, number>): number {
  let sum = 0;
  grams.forEach((n) => {
    sum += n;
  });
  return sum;
}

export function similarity(a: string, b: string): number {
  return dice(bigrams(a), bigrams(b));
}

/**
 * Levenshtein distance, or `limit + 1` as soon as it must exceed `limit` (unit names
 * are short; a typo is one or two characters).
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}
