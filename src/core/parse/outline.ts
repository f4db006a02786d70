/**
 * The outline of one document: headings nested by level, the unnumbered body
 * paragraphs of each, and 专栏 boxes with their own numbering scope.
 */
import type { MappedText } from '../text/mapped';
import type { ArticleMarker, Marker } from './markers';
import type { Article, Box, DecimalHeading, Heading, Paragraph } from './types';

export interface Outline {
  headings: Heading[];
  roots: Heading[];
  boxes: Box[];
  preamble: Paragraph[];
  articles: Article[];
  decimalHeadings: DecimalHeading[];
}

const TRAILING_CLAUSE = /\([^()]*(牵头|配合|负责|责任单位|责任 单位)[^()]*\)[。 ]*$/;

/** Depth offsets of a document with chapters: 篇 above 章 above 节 above 一、. */
export interface ChapterLayout {
  /** Level of each chapter kind present, and the offset added to standard levels. */
  levels: Partial<Record<'篇' | '章' | '节', number>>;
  offset: number;
}

/**
 * 第一篇 groups the chapters of a 规划纲要 and stands outside the hierarchy at level 0,
 * so its 章 (or, without 章, its 一、) are the level-1 sections the skeleton rules read,
 * as in a plan with no 篇.
 */
export function chapterLayout(markers: Array<Marker | undefined>): ChapterLayout {
  const kinds = new Set(markers.map((m) => m?.chapter).filter(Boolean));
  const levels: ChapterLayout['levels'] = {};
  if (kinds.has('篇')) levels['篇'] = 0;
  let depth = 0;
  for (const k of ['章', '节'] as const) if (kinds.has(k)) levels[k] = ++depth;
  return { levels, offset: depth };
}

export function makeHeading(p: Paragraph, marker: Marker, source: string, layout: ChapterLayout = { levels: {}, offset: 0 }): Heading {
  const t: MappedText = p.text;
  const s = t.text;
  const afterMarker = marker.length;
  let stop = s.indexOf('。', afterMarker);
  const inline = stop >= 0 && s.slice(stop + 1).trim().length > 0;
  let titleEnd = stop >= 0 ? stop : s.length;
  const clause = TRAILING_CLAUSE.exec(s.slice(afterMarker, titleEnd));
  if (clause) titleEnd = afterMarker + clause.index;
  while (titleEnd > afterMarker && /[ ,;:]/.test(s[titleEnd - 1])) titleEnd--;
  return {
    level: marker.chapter ? layout.levels[marker.chapter]! : marker.level + layout.offset,
    markerLevel: marker.chapter ? 0 : marker.level,
    number: marker.number,
    numberText: marker.numberText,
    marker: t.original(source, 0, marker.markerLength),
    markerRange: t.range(0, marker.markerLength),
    standardMarker: marker.standard,
    title: t.original(source, afterMarker, titleEnd),
    titleRange: t.range(afterMarker, titleEnd),
    inline,
    paragraph: p,
    // Set later (outline, slots); present from the start so every heading has one shape.
    parent: undefined,
    children: [],
    body: [],
    sectionRange: p.range,
    box: undefined,
    slot: undefined,
  };
}

export function buildOutline(
  paragraphs: Paragraph[],
  markerOf: (p: Paragraph) => Marker | undefined,
  source: string,
  articleOf: (p: Paragraph) => ArticleMarker | undefined = () => undefined,
  decimalOf: (p: Paragraph) => { path: number[]; length: number } | undefined = () => undefined,
): Outline {
  const decimalHeadings: DecimalHeading[] = [];
  const headings: Heading[] = [];
  const roots: Heading[] = [];
  const boxes: Box[] = [];
  const preamble: Paragraph[] = [];
  const articles: Article[] = [];
  // Inside an article (第八条 有下列情形之一的：（一）…（二）…) the numbered lines are its
  // items (项), not headings; a chapter or section (第二章) ends the article.
  let inArticle = false;
  let quotedArticles = false;
  // 三、存在问题 followed by 一. 二. 三.: a run of non-standard level-1 markers restarting
  // under a standard one is its sub-sections written with the wrong marker (（一）…).
  let demoting = false;
  const stack: Heading[] = [];
  let box: Box | undefined;
  let boxStack: Heading[] = [];
  const layout = chapterLayout(paragraphs.map((p) => (p.headerRole ? undefined : markerOf(p))));

  for (const p of paragraphs) {
    if (p.headerRole) continue;
    if (p.boxTitle) {
      box = p.boxTitle;
      // A box belongs to the section it stands in, not to the item before it.
      box.parent = [...stack].reverse().find((h) => h.level <= 2 + layout.offset) ?? stack[0];
      boxes.push(box);
      boxStack = [];
      continue;
    }
    const decimal = p.headerRole ? undefined : decimalOf(p);
    if (decimal) decimalHeadings.push({ path: decimal.path, markerRange: p.text.range(0, decimal.length), paragraph: p });
    let article = p.headerRole ? undefined : articleOf(p);
    // A document written in articles starts at 第一条; articles quoted from a law in a
    // 通知 (第十八条…) are quotation, and the document has none.
    if (article && articles.length === 0 && article.number !== 1) quotedArticles = true;
    if (quotedArticles) article = undefined;
    if (article) {
      inArticle = true;
      articles.push({ number: article.number, numberText: article.numberText, markerRange: p.text.range(0, article.markerLength), paragraph: p });
    }
    let marker = markerOf(p);
    if (marker?.chapter) inArticle = false;
    if (marker && marker.level === 1 && !marker.chapter) {
      if (marker.standard) demoting = false;
      else if (marker.number === 1) demoting = stack.some((h) => h.markerLevel === 1 && h.standardMarker);
      if (demoting && !marker.standard) marker = { ...marker, level: 2 };
    }
    if (marker && !(inArticle && !marker.chapter)) {
      const h = makeHeading(p, marker, source, layout);
      p.heading = h;
      headings.push(h);
      if (box && belongsToBox(h, box, boxStack, stack, headings)) {
        h.box = box;
        while (boxStack.length && boxStack[boxStack.length - 1].level >= h.level) boxStack.pop();
        h.parent = boxStack[boxStack.length - 1];
        (h.parent ? h.parent.children : box.headings).push(h);
        boxStack.push(h);
        box.paragraphs.push(p);
        continue;
      }
      box = undefined;
      while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
      h.parent = stack[stack.length - 1];
      (h.parent ? h.parent.children : roots).push(h);
      stack.push(h);
      continue;
    }
    if (box && (box.headings.length === 0 || /^(注|备注|说明)[:]/.test(p.text.text))) {
      box.paragraphs.push(p);
      continue;
    }
    box = undefined;
    const top = stack[stack.length - 1];
    if (top) top.body.push(p);
    else preamble.push(p);
  }
  computeSectionRanges(roots);
  for (const b of boxes) computeSectionRanges(b.headings);
  for (const b of boxes) {
    const last = b.paragraphs[b.paragraphs.length - 1] ?? b.paragraph;
    b.range = { start: b.paragraph.range.start, end: last.range.end };
    for (let h = b.parent; h; h = h.parent) h.sectionRange.end = Math.max(h.sectionRange.end, b.range.end);
  }
  // Decimal headings only in a document that numbers so (three at least, one of them
  // dotted): a stray line starting with a figure makes no numbering to check or show.
  const numbersDecimally = decimalHeadings.length >= 3 && decimalHeadings.some((d) => d.path.length > 1);
  return { headings, roots, boxes, preamble, articles, decimalHeadings: numbersDecimally ? decimalHeadings : [] };
}

/**
 * Is a numbered paragraph after a 专栏 an entry of the box, or does the main text
 * resume? Box entries number on their own (seed 003: 专栏 items 1–5 in the middle
 * of the main run 1–23); the number that continues one sequence and not the
 * other decides, then the shape (main items are long and carry clauses).
 */
function belongsToBox(h: Heading, box: Box, boxStack: Heading[], stack: Heading[], all: Heading[]): boolean {
  if (h.markerLevel <= 2) return false;
  const lastBox = [...boxStack].reverse().find((b) => b.level === h.level);
  const expectedBox = lastBox ? lastBox.number + 1 : 1;
  const expectedMain = new Set<number>();
  const sibling = [...stack].reverse().find((m) => m.level === h.level);
  expectedMain.add(sibling ? sibling.number + 1 : 1);
  for (let i = all.length - 2; i >= 0; i--) {
    const m = all[i];
    if (!m.box && m.level === h.level) {
      expectedMain.add(m.number + 1);
      break;
    }
  }
  const boxFits = h.number === expectedBox;
  const mainFits = expectedMain.has(h.number);
  if (boxFits !== mainFits) return boxFits;
  // What comes right after a box title is its content.
  if (boxFits && box.paragraphs.length === 0) return true;
  const s = h.paragraph.text.text;
  return !(TRAILING_CLAUSE.test(s) || /\((责任单位|牵头单位)/.test(s) || s.length > 150);
}

function computeSectionRanges(roots: Heading[]): void {
  const visit = (h: Heading): number => {
    let end = h.paragraph.range.end;
    for (const p of h.body) end = Math.max(end, p.range.end);
    for (const c of h.children) end = Math.max(end, visit(c));
    h.sectionRange = { start: h.paragraph.range.start, end };
    return end;
  };
  for (const r of roots) visit(r);
}
