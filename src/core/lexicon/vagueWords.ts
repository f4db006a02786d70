/** Vague target wording (基本形成, 显著提升, 进一步…), from the curated data file. */
import data from '../data/vague-words.json';

interface VagueWordData {
  categories: Record<string, string[]>;
  targetVerbs?: string[];
}

const d = data as unknown as VagueWordData;

/** Every vague word, longest first (so a longer phrase is reported before its part). */
export const VAGUE_WORDS: readonly string[] = [...new Set(Object.values(d.categories).flat())].sort(
  (a, b) => b.length - a.length,
);

export const TARGET_VERBS: readonly string[] = d.targetVerbs ?? [];

/** Every vague word found in a text, longest match first at each position. */
export function findVagueWords(text: string, words: readonly string[] = VAGUE_WORDS): string[] {
  const re = words === VAGUE_WORDS ? (DEFAULT_RE ??= alternation(VAGUE_WORDS)) : alternation(words);
  const found = new Set<string>();
  for (const m of text.matchAll(re)) found.add(m[0]);
  return [...found];
}

let DEFAULT_RE: RegExp | undefined;

function alternation(words: readonly string[]): RegExp {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
}
