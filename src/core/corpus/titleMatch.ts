/**
 * Citation title → corpus document: exact; then normalised (width, dash, quotes,
 * spaces, ○/〇, 二〇三五 ↔ 2035); then close.
 *
 * Close means: the same document-type ending, a character-bigram similarity (Dice)
 * of at least CLOSE_THRESHOLD, and the titles differ only in words that do not name
 * the subject (发展/建设/推进…, 十四五, a year range, 省/市). Similarity alone cannot
 * tell a slip from another plan: 甘肃省新材料产业发展规划 and 甘肃省新能源产业发展规划
 * score 0.82 and are different plans, while 兰州经济圈发展规划 → 兰州经济圈建设规划
 * (a changed word) scores only 0.73. The three “十四五” regional plans of seed 001
 * score 0.50 against one another. test/unit/corpus.test.ts pins these cases.
 */
import { detectDocumentType, stripTitleTail } from '../parse/doctype';
import { BoundedMemo } from '../memo';
import { normalizeTitle } from '../text/normalizeTitle';
import { bigrams, dice } from '../text/similarity';
import type { CorpusDocument, TitleResolution } from './types';

export const CLOSE_THRESHOLD = 0.6;
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

  private readonly memo = new BoundedMemo(5000, (title) => this.resolveUncached(title));

  resolve(title: string): TitleResolution {
    return this.memo.get(title);
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
    let closestTitle = '';
    for (const e of this.entries) {
      const score = Math.max(dice(grams, e.grams), dice(coreGrams, e.coreGrams));
      if (!closest || score > closest.score) {
        closest = { doc: e.doc, score };
        closestTitle = e.normalized;
      }
      if (e.ending !== ending || score < CLOSE_THRESHOLD) continue;
      if (!differsOnlyInGenericWords(normalized, e.normalized)) continue;
      if (!sameEdition(normalized, e.normalized, e.doc.period)) continue;
      if (!best || score > best.score) best = { doc: e.doc, score };
    }
    if (best) return { kind: 'close', doc: best.doc, score: best.score };
    const hint = closest && closest.score >= CLOSEST_HINT && sameSubject(normalized, closestTitle) ? closest : undefined;
    return { kind: 'none', closest: hint };
  }
}
/** Words of a title that do not name its subject. */
const GENERIC =
  /关于|印发|进一步|高质量|中长期|征求意见稿|送审稿|发展|建设|推进|推动|实施|工作|行动|专项|总体|加快|促进|全面|深入|若干|措施|年度|三年|五年|十[一二三四五六七八九]五|试行|暂行|修订|的|和|与|及|省|市|县|区|年|版|[0-9]|[()<>\-]/g;

/** The titles differ in one stretch, and on both sides it holds only generic words. */
export function differsOnlyInGenericWords(a: string, b: string): boolean {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  const da = a.slice(p, a.length - q);
  const db = b.slice(p, b.length - q);
  return da.replace(GENERIC, '') === '' && db.replace(GENERIC, '') === '';
}

/**
 * Whether two titles share their subject, not only their generic words: “十五五”数字
 * 经济发展规划 and “十四五”兰州经济圈发展规划 score 0.55 on 十…五, 经济, 发展规划 alone,
 * and naming one as the closest to the other misleads.
 */
function sameSubject(a: string, b: string): boolean {
  return dice(bigrams(a.replace(GENERIC, '')), bigrams(b.replace(GENERIC, ''))) >= SUBJECT_HINT;
}
const SUBJECT_HINT = 0.5;

/** A five-year plan's number in a normalised title: 十四五, 第十四个五年. */
const FIVE_YEAR = /十([一二三四五六七八九])(?:五|个五年)/;
/** A year range (2021-2025) or a single year (2026年) in a normalised title. */
const YEARS = /((?:19|20)\d\d)(?:-((?:19|20)\d\d))?年/;

/** `text` normalised (a title here, or a period through normalizeTitle). */
function yearsOf(text: string | undefined): [number, number] | undefined {
  const m = text === undefined ? null : YEARS.exec(text);
  return m ? [Number(m[1]), Number(m[2] ?? m[1])] : undefined;
}

/**
 * Whether a cited title and a corpus title can name the same edition of a plan. A
 * plan of the next period keeps its predecessor's name and changes only the period
 * (“十五五”…规划, …行动方案（2026—2030年）): a citation naming another five-year plan,
 * a year range that does not overlap the corpus document's, or a period where the
 * corpus knows none cites a different document, not a slip in this one. A citation
 * without a period may cite the corpus document loosely; ranges one inside the other or
 * sharing two years (2022—2024 for 2022—2025) are a slip. Both titles normalised (normalizeTitle).
 */
export function sameEdition(cited: string, corpus: string, corpusPeriod?: string): boolean {
  const a = FIVE_YEAR.exec(cited)?.[1];
  const b = FIVE_YEAR.exec(corpus)?.[1];
  if (a && b && a !== b) return false;
  // “十五五” is its years: a corpus plan of no stated period is another edition.
  const citedYears = yearsOf(cited) ?? (a ? fiveYearSpan(a) : undefined);
  if (!citedYears) return true;
  const corpusYears = yearsOf(corpus) ?? (b ? fiveYearSpan(b) : undefined) ?? yearsOf(corpusPeriod === undefined ? undefined : normalizeTitle(corpusPeriod));
  if (!corpusYears) return false;
  return sameSpan(citedYears, corpusYears);
}

/** 十四五 → 2021–2025. */
function fiveYearSpan(numeral: string): [number, number] {
  const k = '一二三四五六七八九'.indexOf(numeral) + 1;
  return [2001 + 5 * k, 2005 + 5 * k];
}

/**
 * One range inside the other, or sharing two years at least: 2022—2024 for 2022—2025 is a
 * slip; 2025—2027 after 2022—2025 shares only the year one edition hands to the next.
 */
function sameSpan([a0, a1]: [number, number], [b0, b1]: [number, number]): boolean {
  if ((a0 >= b0 && a1 <= b1) || (b0 >= a0 && b1 <= a1)) return true;
  return Math.min(a1, b1) - Math.max(a0, b0) >= 1;
}

/** The document-type ending of a title (实施方案, 规划 …), or its last two characters. */
function endingOf(core: string): string {
  return detectDocumentType(core) ?? core.slice(-2);
}
