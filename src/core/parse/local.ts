/**
 * What one paragraph says on its own: its heading marker, bullet or 专栏 title, its
 * 文号, responsibility clauses and citations. None of it depends on the rest of the
 * draft, so with a LintCache it is remembered by the paragraph's text (relative to
 * its start) and an edit elsewhere costs nothing here.
 */
import { shift, type LintCache } from '../cache';
import { findCitations } from './citations';
import { findClauses } from './clauses';
import { findDocNumbers } from './docnumber';
import { isAttachmentLine, isDecimalHeading, matchBoxTitle, matchBullet, Shape, shapeOf } from './lineKinds';
import { matchArticle, matchMarker, type ArticleMarker, type Marker } from './markers';
import { findStatedUnits } from './statedUnits';
import type { BracketProblem, Citation, Clause, DocNumber, Paragraph, StatedUnit, UnitMention } from './types';

export interface ParagraphLocal {
  /** Its header shapes (lineKinds Shape bits). */
  shape: number;
  marker?: Marker;
  article?: ArticleMarker;
  /** The number path of a decimal heading (5.2　信息报告 → [5, 2]) and its length. */
  decimal?: { path: number[]; length: number };
  bullet?: number;
  box?: { numberText: string; rest: string };
  docNumbers: DocNumber[];
  clauses: Clause[];
  citations: Citation[];
  problems: BracketProblem[];
  statedUnits: StatedUnit[];
}

/** Stored form: ranges relative to the paragraph start, no references to the paragraph. */
interface Stored {
  shape: number;
  marker?: Marker;
  article?: ArticleMarker;
  decimal?: { path: number[]; length: number };
  bullet?: number;
  box?: { numberText: string; rest: string };
  docNumbers: DocNumber[];
  clauses: Array<Omit<Clause, 'paragraph' | 'covers'>>;
  citations: Array<Omit<Citation, 'paragraph' | 'docNumberAfter' | 'docNumberBefore'> & { after?: number; before?: number }>;
  problems: Array<Omit<BracketProblem, 'paragraph'>>;
  statedUnits: UnitMention[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const NONE = Object.freeze([]) as unknown as any[];

/** A cheap test before the clause parser: a bracket, or a label line (责任单位：…). */
function mayHoldClause(s: string): boolean {
  return s.includes('(') || /^(牵头|责任|配合|主责)/.test(s);
}

function analyze(p: Paragraph): ParagraphLocal {
  const s = p.text.text;
  // Most paragraphs hold none of these: they share one empty list, never written to.
  const out: ParagraphLocal = { shape: 0, marker: matchMarker(s), article: undefined, decimal: undefined, bullet: undefined, box: undefined, docNumbers: NONE, clauses: NONE, citations: NONE, problems: NONE, statedUnits: NONE };
  if (!out.marker) {
    const article = matchArticle(s);
    if (article) out.article = article;
    else if (isDecimalHeading(s)) {
      const number = /^[\d.]+/.exec(s)![0];
      out.decimal = { path: number.split('.').map(Number), length: number.length };
    }
    const bullet = matchBullet(s);
    if (bullet) out.bullet = bullet;
    const box = matchBoxTitle(s);
    if (box) out.box = { numberText: box.numberText, rest: s.slice(box.length) };
  }
  // Header shapes matter for plain paragraphs only, but a numbered line can list a further attachment.
  out.shape = out.marker || out.bullet || out.box ? (isAttachmentLine(s) ? Shape.AttachmentLine : 0) : shapeOf(s);
  if ((/(?:19|20)\d{2}/.test(s) || /[〔\[(【]\d{2}[〕\])】]/.test(s)) && s.includes('号')) out.docNumbers = findDocNumbers(p.text);
  if (mayHoldClause(s)) out.clauses = findClauses(p);
  if (s.includes('《') || s.includes('》')) {
    const found = findCitations(p, out.docNumbers);
    out.citations = found.citations;
    out.problems = found.problems;
  }
  const stated = findStatedUnits(p.text, out.clauses.map((c) => c.range));
  if (stated.length) out.statedUnits = stated.map((u) => ({ ...u, paragraph: p }));
  return out;
}

/** `list.map(f)`, keeping the shared empty list for an empty one (most paragraphs: no allocation per lint). */
function each<T, U>(list: readonly T[], f: (item: T) => U): U[] {
  return list.length === 0 ? NONE : list.map(f);
}

const shiftNumber = (d: DocNumber, delta: number): DocNumber => ({ ...d, range: shift(d.range, delta), bodyRange: shift(d.bodyRange, delta) });

function store(local: ParagraphLocal, base: number): Stored {
  const d = -base;
  return {
    shape: local.shape,
    marker: local.marker,
    article: local.article,
    decimal: local.decimal,
    bullet: local.bullet,
    box: local.box,
    docNumbers: each(local.docNumbers, (n) => shiftNumber(n, d)),
    clauses: each(local.clauses, ({ paragraph: _p, covers: _c, ...c }) => ({
      ...c,
      range: shift(c.range, d),
      innerRange: shift(c.innerRange, d),
      units: c.units.map((u) => ({ ...u, range: shift(u.range, d) })),
    })),
    citations: each(local.citations, ({ paragraph: _p, docNumberAfter, docNumberBefore, ...c }) => ({
      ...c,
      range: shift(c.range, d),
      titleRange: shift(c.titleRange, d),
      aliasDeclared: c.aliasDeclared && { ...c.aliasDeclared, range: shift(c.aliasDeclared.range, d) },
      nestedBrackets: c.nestedBrackets?.map((r) => shift(r, d)),
      after: docNumberAfter ? local.docNumbers.indexOf(docNumberAfter) : undefined,
      before: docNumberBefore ? local.docNumbers.indexOf(docNumberBefore) : undefined,
    })),
    problems: each(local.problems, ({ paragraph: _p, ...b }) => ({ ...b, range: shift(b.range, d) })),
    statedUnits: each(local.statedUnits, ({ paragraph: _p, ...u }) => ({ ...u, range: shift(u.range, d) })),
  };
}

function restore(stored: Stored, p: Paragraph): ParagraphLocal {
  const base = p.range.start;
  const docNumbers = each(stored.docNumbers, (n) => shiftNumber(n, base));
  return {
    shape: stored.shape,
    marker: stored.marker,
    article: stored.article,
    decimal: stored.decimal,
    bullet: stored.bullet,
    box: stored.box,
    docNumbers,
    clauses: each(stored.clauses, (c) => ({
      ...c,
      range: shift(c.range, base),
      innerRange: shift(c.innerRange, base),
      units: c.units.map((u) => ({ ...u, range: shift(u.range, base) })),
      paragraph: p,
      covers: [],
    })),
    citations: each(stored.citations, ({ after, before, aliasDeclared, nestedBrackets, ...c }) => {
      // The optional fields only when present, as the parser makes them (no `delete`,
      // which leaves an object in slow dictionary mode).
      const citation: Citation = { ...c, range: shift(c.range, base), titleRange: shift(c.titleRange, base), paragraph: p };
      if (nestedBrackets) citation.nestedBrackets = nestedBrackets.map((r) => shift(r, base));
      if (aliasDeclared) citation.aliasDeclared = { ...aliasDeclared, range: shift(aliasDeclared.range, base) };
      if (after !== undefined && after >= 0) citation.docNumberAfter = docNumbers[after];
      if (before !== undefined && before >= 0) citation.docNumberBefore = docNumbers[before];
      return citation;
    }),
    problems: each(stored.problems, (b) => ({ ...b, range: shift(b.range, base), paragraph: p })),
    statedUnits: each(stored.statedUnits, (u) => ({ ...u, range: shift(u.range, base), paragraph: p })),
  };
}

/** The paragraph's local facts, from the cache when its text was seen before. */
export function paragraphLocal(p: Paragraph, source: string, cache: LintCache | undefined): ParagraphLocal {
  if (!cache) return analyze(p);
  const entry = (p.cacheEntry = cache.entryAt('paragraph', p.index, p.range.start, p.range.end, source));
  const stored = entry.peek<Stored>('paragraph');
  if (stored) return restore(stored, p);
  const fresh = analyze(p);
  entry.put('paragraph', store(fresh, p.range.start));
  return fresh;
}
