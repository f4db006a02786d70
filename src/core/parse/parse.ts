/**
 * text → ParsedDraft: the one pass every rule, the corpus and the editor features
 * read. Order: fold widths → lines → paragraphs (junk set aside) → documents and
 * their headers → per document: outline, slots, clauses, items, targets,
 * citations.
 */
import type { LintCache } from '../cache';
import { fold, foldEdited } from '../text/fold';
import { LineIndex } from '../text/lines';
import { normalizeTitle } from '../text/normalizeTitle';
import { parseChineseNumber } from '../text/numerals';
import { detectDocumentType } from './doctype';
import { splitDocuments } from './documents';
import { joinLabelLines } from './clauses';
import { buildItems } from './items';
import { paragraphLocal, type ParagraphLocal } from './local';
import type { Marker } from './markers';
import { buildOutline } from './outline';
import { scanParagraphs } from './paragraphs';
import { assignSlots, isClosingSafeguardParagraph, skeletonFamily } from './slots';
import { findTableClauses } from './taskTables';
import { findTargets } from './targets';
import type { Box, BracketProblem, Citation, Clause, DocNumber, DocumentType, Paragraph, ParsedDraft, PolicyDocument, SourceFormat, StatedUnit } from './types';

export interface ParseOptions {
  /** `markdown` for .md drafts; detected from the text when absent. */
  format?: SourceFormat;
  /** Forces the type of every document (configuration `documentType`). */
  documentType?: DocumentType;
  /** Line-level memory across versions of one document. */
  cache?: LintCache;
}

export function detectFormat(text: string, fileName?: string): SourceFormat {
  if (fileName) return /\.(md|markdown)$/i.test(fileName) ? 'markdown' : 'text';
  return /^#{1,6}[ \t]+\S/m.test(text) ? 'markdown' : 'text';
}

export function parseDraft(text: string, options: ParseOptions = {}): ParsedDraft {
  // After an edit, the whole-text passes redo only the changed middle.
  const change = options.cache?.begin(text);
  const folded = change ? foldEdited(change.previous.folded, text, change.prefix, change.suffix) : fold(text);
  const lines = change ? LineIndex.edited(change.previous.lines, text, change.prefix, change.suffix) : new LineIndex(text);
  const format = options.format ?? detectFormat(text);
  const scan = scanParagraphs(folded, lines, format, options.cache, text);

  // By paragraph index: an array, not a Map keyed by object (smaller, no hashing).
  const locals: ParagraphLocal[] = new Array(scan.paragraphs.length);
  options.cache?.expect('paragraph', scan.paragraphs.length);
  const paragraphs: Paragraph[] = scan.paragraphs.map((raw, index) => {
    const first = raw.pieces[0];
    const last = raw.pieces[raw.pieces.length - 1];
    // Every field present from the start, in one order: later stages fill them in, and
    // paragraphs that all share one shape keep the code that reads them monomorphic
    // (optional fields added one by one left V8 with a dozen shapes and deopts).
    const p: Paragraph = {
      index,
      text: raw.text,
      range: raw.text.fullRange,
      firstLine: first.line,
      lastLine: last.line,
      heading: undefined,
      boxTitle: undefined,
      bullet: undefined,
      markdownHeadingLevel: first.markdownHeadingLevel,
      documentIndex: 0,
      headerRole: undefined,
      cacheEntry: undefined,
      tableRow: raw.tableRow,
    };
    const local = paragraphLocal(p, text, options.cache);
    locals[index] = local;
    if (local.bullet) p.bullet = { length: local.bullet };
    if (local.box) p.boxTitle = makeBox(p, local.box.numberText, local.box.rest);
    return p;
  });
  const markerOf = (p: Paragraph): Marker | undefined => locals[p.index].marker;

  const docNumbersOf = (p: Paragraph) => locals[p.index].docNumbers;
  const slices = splitDocuments(
    paragraphs,
    docNumbersOf,
    (p) => markerOf(p) !== undefined,
    (p) => locals[p.index].shape,
    scan.junkLines,
    lines,
    folded,
  );
  const documents: PolicyDocument[] = slices.map((slice, index) => {
    const own = paragraphs.slice(slice.start, slice.end);
    for (const p of own) p.documentIndex = index;
    const header = slice.header;
    // A forced type is the plan's: the notice that issues it (关于印发《…》的通知) keeps its own.
    if (options.documentType && !isIssuingNotice(header)) header.type = options.documentType;
    const outline = buildOutline(own, (p) => (p.headerRole ? undefined : markerOf(p)), text, (p) => locals[p.index].article, (p) => (p.tableRow ? undefined : locals[p.index].decimal));
    assignSlots(outline.roots);
    let clauses: Clause[] = [];
    const citations: Citation[] = [];
    const bracketProblems: BracketProblem[] = [];
    const docNumbers: DocNumber[] = [];
    const statedUnits: StatedUnit[] = [];
    for (const p of own) {
      const local = locals[p.index];
      // Loops, not push(...list): a line can hold tens of thousands of titles.
      if (!p.headerRole) for (const c of local.clauses) clauses.push(c);
      for (const c of local.citations) citations.push(c);
      for (const b of local.problems) bracketProblems.push(b);
      for (const n of local.docNumbers) docNumbers.push(n);
      if (!p.headerRole) for (const u of local.statedUnits) statedUnits.push(u);
    }
    // The 牵头单位： and 配合单位： lines under one item are one clause.
    clauses = joinLabelLines(clauses, (i) => paragraphs[i]);
    const items = buildItems(outline.headings, clauses, header.type);
    // After the items: a table's clauses cover none of them.
    const tables = own.some((p) => p.tableRow) ? findTableClauses(own, text) : undefined;
    if (tables) for (const c of tables.clauses) clauses.push(c);
    const first = own[0];
    const last = own[own.length - 1];
    const doc: PolicyDocument = {
      index,
      range: first ? { start: first.range.start, end: last.range.end } : { start: 0, end: 0 },
      paragraphs: own,
      header,
      outline: outline.roots,
      headings: outline.headings,
      boxes: outline.boxes,
      articles: outline.articles,
      decimalHeadings: outline.decimalHeadings,
      items,
      clauses,
      targets: findTargets(outline.headings, outline.boxes),
      citations,
      bracketProblems,
      docNumbers,
      statedUnits,
      tableTasks: tables?.tasks ?? [],
      preamble: outline.preamble,
    };
    doc.closingParagraph = findClosingParagraph(doc);
    return doc;
  });
  linkNotices(documents);
  options.cache?.remember({ text, folded, lines });
  return { text, folded, lines, format, paragraphs, junkLines: scan.junkLines, documents, disabledLines: scan.disabledLines };
}

function makeBox(p: Paragraph, numberText: string, rest: string): Box {
  const title = rest.replace(/^[ :.、]+/, '').trim();
  return {
    numberText,
    number: /\d/.test(numberText) ? Number(numberText) : (parseChineseNumber(numberText) ?? 0),
    title,
    paragraph: p,
    parent: undefined,
    paragraphs: [],
    headings: [],
    targets: /目标|指标/.test(title),
    range: p.range,
  };
}

/** The unnumbered last paragraph of an implementation plan, if it is about organisation (seed 002:161). */
function findClosingParagraph(doc: PolicyDocument): Paragraph | undefined {
  if (skeletonFamily(doc.header.type) !== 'implementation') return undefined;
  const body = doc.paragraphs.filter((p) => !p.headerRole);
  const last = body[body.length - 1];
  if (!last || last.heading || last.boxTitle) return undefined;
  return isClosingSafeguardParagraph(last.text.text) ? last : undefined;
}

/** A notice that issues a plan in the same file wraps it: 现将《X》印发给你们. */
function linkNotices(documents: PolicyDocument[]): void {
  // Titles normalised once: a file may hold thousands of documents.
  const byTitle = new Map<string, PolicyDocument[]>();
  for (const d of documents) {
    if (!d.header.title) continue;
    const key = normalizeTitle(d.header.title.text);
    const list = byTitle.get(key) ?? [];
    list.push(d);
    byTitle.set(key, list);
  }
  for (const notice of documents) {
    if (notice.header.type !== '通知' && notice.header.type !== '批复') continue;
    const cited = new Set(notice.citations.map((c) => normalizeTitle(c.title)));
    const titleCited = /《(.+)》/.exec(notice.header.title?.text ?? '');
    if (titleCited) cited.add(normalizeTitle(titleCited[1]));
    for (const title of cited) {
      for (const other of byTitle.get(title) ?? []) {
        if (other === notice || other.wrappedBy !== undefined) continue;
        (notice.wraps ??= []).push(other.index);
        other.wrappedBy = notice.index;
      }
    }
    notice.wraps?.sort((a, b) => a - b);
  }
}

export { detectDocumentType };

/** 关于印发《X》的通知 / 关于转发…的通知: a notice that issues another document. */
function isIssuingNotice(header: PolicyDocument['header']): boolean {
  return header.type === '通知' && /印发|转发|下发|颁布/.test(header.title?.text ?? '');
}
