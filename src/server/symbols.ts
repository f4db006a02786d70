/**
 * The outline: document symbols from the heading tree (Outline view, breadcrumbs,
 * sticky scroll), 专栏 boxes, the articles of a 办法 and the decimal headings of a 预案
 * among them, one root per document of a file; folding
 * ranges per section; workspace symbols over the titles and headings of the corpus.
 */
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange, type SymbolInformation } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { CorpusIndex } from '../core/corpus/types';
import type { Article, Box, Heading, ParsedDraft, PolicyDocument } from '../core/parse/types';
import { similarity } from '../core/text/similarity';
import { quote } from '../core/rules/quote';
import { toLspRange } from './convert';

// 0 is a 篇 above the chapters; below level 4 (（1） under 第X章 第X节) one kind for all.
const KIND_BY_LEVEL: Record<number, SymbolKind> = {
  0: SymbolKind.Package,
  1: SymbolKind.Module,
  2: SymbolKind.Namespace,
  3: SymbolKind.Field,
  4: SymbolKind.EnumMember,
};

export function documentSymbols(draft: ParsedDraft): DocumentSymbol[] {
  const roots = draft.documents.map((doc) => documentSymbol(draft, doc)).filter((s): s is DocumentSymbol => !!s);
  // A file with one document shows its chapters at the top level.
  if (roots.length === 1 && !draft.documents[0].header.title) return roots[0].children ?? [];
  return roots;
}

function documentSymbol(draft: ParsedDraft, doc: PolicyDocument): DocumentSymbol | undefined {
  const inPreamble = new Set(doc.preamble);
  const children = byPosition([
    ...doc.outline.map((h) => headingSymbol(draft, h, doc)),
    ...doc.boxes.filter((b) => !b.parent).map((b) => boxSymbol(draft, b)),
    ...doc.articles.filter((a) => inPreamble.has(a.paragraph)).map((a) => articleSymbol(draft, a)),
    ...decimalSymbols(draft, doc),
  ]);
  const title = doc.header.title;
  if (!title) return children.length ? { name: doc.header.docNumber?.text ?? '—', kind: SymbolKind.File, range: toLspRange(draft.lines, doc.range), selectionRange: toLspRange(draft.lines, { start: doc.range.start, end: doc.range.start }), children } : undefined;
  const range = toLspRange(draft.lines, { start: Math.min(doc.range.start, title.ranges[0].start), end: doc.range.end });
  return {
    name: title.original,
    detail: doc.header.type,
    kind: SymbolKind.File,
    range,
    selectionRange: toLspRange(draft.lines, title.ranges[0]),
    children,
  };
}

function byPosition(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function headingSymbol(draft: ParsedDraft, h: Heading, doc: PolicyDocument): DocumentSymbol {
  const boxes = doc.boxes.filter((b) => b.parent === h).map((b) => boxSymbol(draft, b));
  const body = new Set(h.body);
  const articles = doc.articles.filter((a) => body.has(a.paragraph)).map((a) => articleSymbol(draft, a));
  const children = byPosition([...h.children.map((c) => headingSymbol(draft, c, doc)), ...boxes, ...articles]);
  return {
    name: `${h.marker}${h.title}`.trim() || h.marker,
    kind: KIND_BY_LEVEL[h.level] ?? SymbolKind.EnumMember,
    range: toLspRange(draft.lines, h.sectionRange),
    selectionRange: toLspRange(draft.lines, { start: h.markerRange.start, end: Math.max(h.titleRange.end, h.markerRange.end) }),
    children,
  };
}

/** 第五条 with the start of its text, as the Outline of a 办法 lists its articles. */
function articleSymbol(draft: ParsedDraft, a: Article): DocumentSymbol {
  const marker = quote(draft, a.markerRange);
  const rest = quote(draft, { start: a.markerRange.end, end: a.paragraph.range.end }).trim();
  return {
    name: `${marker} ${rest.length > 20 ? rest.slice(0, 20) + '…' : rest}`.trim(),
    kind: SymbolKind.Field,
    range: toLspRange(draft.lines, a.paragraph.range),
    selectionRange: toLspRange(draft.lines, a.markerRange),
  };
}

/** The decimal headings of a 预案 nested by their numbers (1 > 1.1 > 1.1.1), when it numbers so. */
function decimalSymbols(draft: ParsedDraft, doc: PolicyDocument): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  // Open headings, deepest last; a heading's range runs to the next heading of its depth
  // or above (which closes it here, one pass), or to the document's end.
  const stack: Array<{ depth: number; start: number; end: number; symbol: DocumentSymbol }> = [];
  const close = (entry: { start: number; end: number; symbol: DocumentSymbol }, at: number) => {
    entry.symbol.range = toLspRange(draft.lines, { start: entry.start, end: Math.max(at, entry.end) });
  };
  for (const d of doc.decimalHeadings) {
    const depth = d.path.length;
    while (stack.length && stack[stack.length - 1].depth >= depth) close(stack.pop()!, d.paragraph.range.start);
    const symbol: DocumentSymbol = {
      name: quote(draft, d.paragraph.range).trim(),
      kind: KIND_BY_LEVEL[depth] ?? SymbolKind.EnumMember,
      range: toLspRange(draft.lines, d.paragraph.range),
      selectionRange: toLspRange(draft.lines, d.markerRange),
      children: [],
    };
    (stack.length ? stack[stack.length - 1].symbol.children! : roots).push(symbol);
    stack.push({ depth, start: d.paragraph.range.start, end: d.paragraph.range.end, symbol });
  }
  while (stack.length) close(stack.pop()!, doc.range.end);
  return roots;
}

function boxSymbol(draft: ParsedDraft, b: Box): DocumentSymbol {
  return {
    name: `专栏${b.numberText} ${b.title}`.trim(),
    kind: SymbolKind.Struct,
    range: toLspRange(draft.lines, b.range),
    selectionRange: toLspRange(draft.lines, b.paragraph.range),
    children: b.headings.map((h) => ({
      name: `${h.marker}${h.title}`,
      kind: SymbolKind.Field,
      range: toLspRange(draft.lines, h.sectionRange),
      selectionRange: toLspRange(draft.lines, h.markerRange),
    })),
  };
}

export function foldingRanges(draft: ParsedDraft): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (start: number, end: number, kind?: FoldingRangeKind) => {
    const a = draft.lines.lineAt(start);
    const b = draft.lines.lineAt(Math.max(start, end - 1));
    if (b > a) out.push({ startLine: a, endLine: b, kind });
  };
  for (const doc of draft.documents) {
    add(doc.range.start, doc.range.end, FoldingRangeKind.Region);
    for (const h of doc.headings) add(h.sectionRange.start, h.sectionRange.end);
    for (const b of doc.boxes) add(b.range.start, b.range.end);
  }
  return out;
}

/** Titles and headings of every corpus document matching the query (Ctrl+T). */
export function workspaceSymbols(corpus: Pick<CorpusIndex, 'documents'>, query: string, limit = 200): SymbolInformation[] {
  const q = query.trim();
  const scored: Array<{ score: number; symbol: SymbolInformation }> = [];
  const score = (name: string) => (!q ? 0.5 : name.includes(q) ? 1 + q.length / name.length : q.length > 1 ? similarity(q, name) : 0);
  for (const doc of corpus.documents) {
    const uri = URI.file(doc.file).toString();
    if (doc.title) {
      const s = score(doc.title);
      if (s >= 0.5) scored.push({ score: s + 0.1, symbol: { name: doc.title, kind: SymbolKind.File, location: { uri, range: doc.titleRange }, containerName: doc.type } });
    }
    for (const h of doc.outline) {
      const name = `${h.marker}${h.title}`;
      const s = score(h.title);
      if (s >= 0.5) {
        scored.push({
          score: s,
          symbol: {
            name,
            kind: h.level === 1 ? SymbolKind.Module : SymbolKind.Namespace,
            location: { uri, range: { start: { line: h.line, character: 0 }, end: { line: h.line, character: name.length } } },
            containerName: doc.title,
          },
        });
      }
    }
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit).map((x) => x.symbol);
}
