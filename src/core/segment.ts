/**
 * The one wrapper around nodejieba (Chinese word segmentation). Nothing else
 * imports nodejieba. It is loaded lazily — its dictionary takes about 0.8 s and
 * 285 MB — and never on the lint path: rules work on characters. It serves the
 * word-level features: keyword summaries of corpus documents (hover, workspace
 * symbols), splitting unit lists written without separators, and the reports.
 *
 * Trap: `nodejieba.load({ userDict })` with a path that does not exist aborts the
 * process (SIGABRT). This module never passes a user path to load(); user words
 * (unit names) are validated and added with insertWord().
 */
import { z } from 'zod';

interface Jieba {
  load(options?: Record<string, string>): void;
  cut(text: string, hmm?: boolean): string[];
  extract(text: string, topN: number): Array<{ word: string; weight: number }>;
  insertWord(word: string): boolean;
}

export interface Keyword {
  word: string;
  weight: number;
}

/** A word added to the dictionary: 2–40 Han characters, letters, digits or brackets. */
export const userWordSchema = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[\u4e00-\u9fffA-Za-z0-9()（）〔〕·]+$/, 'a word is Han characters, letters, digits or brackets');

export class Segmenter {
  private jieba?: Jieba;
  private readonly words = new Set<string>();
  /** Time the dictionary took to load, for the performance figures. */
  loadMs?: number;

  constructor(private readonly loader: () => Jieba = () => require('nodejieba') as Jieba) {}

  get loaded(): boolean {
    return this.jieba !== undefined;
  }

  private get engine(): Jieba {
    if (!this.jieba) {
      const t = Date.now();
      const jieba = this.loader();
      // The default dictionaries, which ship with the package (no user path).
      jieba.load();
      for (const w of this.words) jieba.insertWord(w);
      this.jieba = jieba;
      this.loadMs = Date.now() - t;
    }
    return this.jieba;
  }

  /**
   * Adds words (unit names) to the dictionary so they stay whole. Invalid entries
   * are returned with the reason and left out; nothing reaches nodejieba unchecked.
   */
  addWords(words: readonly unknown[]): Array<{ word: unknown; reason: string }> {
    const rejected: Array<{ word: unknown; reason: string }> = [];
    for (const w of words) {
      const parsed = userWordSchema.safeParse(w);
      if (!parsed.success) {
        rejected.push({ word: w, reason: parsed.error.issues[0]?.message ?? 'invalid' });
        continue;
      }
      if (this.words.has(parsed.data)) continue;
      this.words.add(parsed.data);
      this.jieba?.insertWord(parsed.data);
    }
    return rejected;
  }

  cut(text: string): string[] {
    return this.engine.cut(text, true);
  }

  /** TF-IDF keywords (nodejieba's extract), digits and single characters left out. */
  keywords(text: string, topN = 8): Keyword[] {
    return this.engine
      .extract(text, topN * 2)
      .filter((k) => k.word.length > 1 && !/^[\d.%]+$/.test(k.word))
      .slice(0, topN);
  }

  /**
   * Splits a run of unit names written without separators
   * (`市发展改革委市工信局` → 市发展改革委, 市工信局) at the known words.
   */
  splitUnits(text: string, isUnit: (word: string) => boolean): string[] {
    const tokens = this.cut(text);
    const out: string[] = [];
    let current = '';
    for (const t of tokens) {
      current += t;
      if (isUnit(current)) {
        out.push(current);
        current = '';
      }
    }
    if (current) out.push(current);
    return out;
  }
}

let shared: Segmenter | undefined;

/** The process-wide segmenter (the language server and the CLI reports share one). */
export function segmenter(): Segmenter {
  return (shared ??= new Segmenter());
}

/**
 * The shared segmenter with the unit lexicon's names as words (so 市发展改革委 stays
 * whole) and the user's own units, checked: a name that is not a word is reported
 * through `onRejected`, never passed on (a bad unit list must not take the server down).
 */
export function segmenterWith(lexiconNames: readonly string[], userUnits: readonly unknown[], onRejected?: (rejected: Array<{ word: unknown; reason: string }>) => void): Segmenter {
  const s = segmenter();
  // Built-in names with punctuation (各县(市、区)政府) are simply not words to add.
  s.addWords(lexiconNames.filter((n) => userWordSchema.safeParse(n).success));
  const rejected = s.addWords(userUnits);
  if (rejected.length) onRejected?.(rejected);
  return s;
}
