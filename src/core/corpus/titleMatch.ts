/**
 * Citation title → corpus document: exact; then normalised (width, dash, quotes,
 * spaces, ○/〇, 二〇三五 ↔ 2035); then close — the same document-type ending and a
 * high character-bigram similarity (Dice) of the normalised titles.
 *
 * CLOSE_THRESHOLD: the three “十四五” regional plans of seed 001 score 0.50 against
 * one another (they share 十四五…发展规划 and nothing else) and must stay apart;
 * a title with one word missing or changed scores 0.80–0.95. The tests in
 * test/unit/corpus.test.ts pin both sides.
 */
import { detectDocumentType, stripTitleTail } from '../parse/doctype';
import { normalizeTitle } from '../text/normalizeTitle';
import { bigrams, dice } from '../text/similarity';
import type { CorpusDocument, TitleResolution } from './types';

export const CLOSE_THRESHOLD = 0.75;
/** Below the threshold, a title this close is still named as a hint in messages and hovers. */
export const CLOSEST_HINT = 0.55;

interface Entry {
  doc: CorpusDocument;
  normalized: string;
  core: string;
  grams: Map<string, number>;
  coreGrams: Map<string, number>;
  ending: string;
}

export class TitleMatcher {
  private readonly byExact = new Map<string, CorpusDocument>();
  private readonly byNormalized = new Map<string, CorpusDocument>();
  private readonly entries: Entry[] = [];

  constructor(documents: readonly CorpusDocument[]) {
    for (const doc of documents) {
      if (!doc.title) continue;
      const normalized = normalizeTitle(doc.title);
      const core = stripTitleTail(normalized);
      if (!this.byExact.has(doc.title)) this.byExact.set(doc.title, doc);
      if (!this.byNormalized.has(normalized)) this.byNormalized.set(normalized, doc);
      this.entries.push({ doc, normalized, core, grams: bigrams(normalized), coreGrams: bigrams(core), ending: endingOf(core) });
    }
  }

  private readonly memo = new Map<string, TitleResolution>();

  resolve(title: string): TitleResolution {
    let r = this.memo.get(title);
    if (!r) {
      r = this.resolveUncached(title);
      if (this.memo.size > 5000) this.memo.clear();
      this.memo.set(title, r);
    }
    return r;
  }

  private resolveUncached(title: string): TitleResolution {
    const trimmed = title.trim();
    const exact = this.byExact.get(trimmed);
    if (exact) return { kind: 'exact', doc: exact };
    const normalized = normalizeTitle(trimmed);
    const same = this.byNormalized.get(normalized);
    if (same) return { kind: 'normalized', doc: same };

    const core = stripTitleTail(normalized);
    const grams = bigrams(normalized);
    const coreGrams = bigrams(core);
    const ending = endingOf(core);
    let best: { doc: CorpusDocument; score: number } | undefined;
    let closest: { doc: CorpusDocument; score: number } | undefined;
    for (const e of this.entries) {
      const score = Math.max(dice(grams, e.grams), dice(coreGrams, e.coreGrams));
      if (!closest || score > closest.score) closest = { doc: e.doc, score };
      if (e.ending === ending && (!best || score > best.score)) best = { doc: e.doc, score };
    }
    if (best && best.score >= CLOSE_THRESHOLD) return { kind: 'close', doc: best.doc, score: best.score };
    return { kind: 'none', closest: closest && closest.score >= CLOSEST_HINT ? closest : undefined };
  }
}
/** The document-type ending of a title (实施方案, 规划 …), or its last two characters. */
function endingOf(core: string): string {
  return detectDocumentType(core) ?? core.slice(-2);
}
