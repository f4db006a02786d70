/**
 * From a cited plan to its text: definition (《title》, an alias declared with
 * 以下简称, a 发文字号), hover, document links. All resolution goes through the
 * core's resolveCitation, the same one the citation rules and the CLI use.
 */
import type { Hover, Location, LocationLink, DocumentLink, MarkupContent } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { aliasesOf, resolveCitation, type CitationTarget } from '../core/corpus/resolveCitation';
import type { CorpusDocument, CorpusIndex } from '../core/corpus/types';
import type { Citation, DocNumber, ParsedDraft } from '../core/parse/types';
import type { Lang } from '../core/rules/types';
import { toLspRange } from './convert';

export type Target = { kind: 'citation'; citation: Citation; target: CitationTarget } | { kind: 'docNumber'; number: DocNumber; doc?: CorpusDocument };

/** The citation or 文号 under an offset. */
export function targetAt(draft: ParsedDraft, corpus: CorpusIndex, offset: number): Target | undefined {
  for (const doc of draft.documents) {
    if (offset < doc.range.start - 1 || offset > doc.range.end + 1) continue;
    const citation = doc.citations.find((c) => offset >= c.range.start && offset <= c.range.end);
    if (citation) return { kind: 'citation', citation, target: resolveCitation(citation, draft, corpus, aliasesOf(draft)) };
    const number = doc.docNumbers.find((n) => offset >= n.range.start && offset <= n.range.end);
    if (number) return { kind: 'docNumber', number, doc: corpus.resolveDocNumber(number.canonical) };
  }
  return undefined;
}

export function corpusLocation(doc: CorpusDocument): Location {
  return { uri: URI.file(doc.file).toString(), range: doc.titleRange };
}

function draftLocation(draft: ParsedDraft, uri: string, documentIndex: number): Location | undefined {
  const d = draft.documents[documentIndex];
  const title = d.header.title;
  const range = title ? title.ranges[0] : { start: d.range.start, end: d.range.start };
  return { uri, range: toLspRange(draft.lines, range) };
}

export function definition(draft: ParsedDraft, uri: string, target: Target): LocationLink[] {
  const origin = target.kind === 'citation' ? target.citation.titleRange : target.number.range;
  const originSelectionRange = toLspRange(draft.lines, origin);
  let location: Location | undefined;
  if (target.kind === 'docNumber') location = target.doc && corpusLocation(target.doc);
  else if (target.target.kind === 'corpus') location = corpusLocation(target.target.doc);
  else if (target.target.kind === 'draft') location = draftLocation(draft, uri, target.target.documentIndex);
  if (!location) return [];
  return [{ originSelectionRange, targetUri: location.uri, targetRange: location.range, targetSelectionRange: location.range }];
}

const H = {
  zh: {
    notFound: (t: string) => `《${t}》不在往期文件库中`,
    closest: (t: string, s: number) => `最接近：《${t}》（相似度 ${s.toFixed(2)}）`,
    inFile: (line: number) => `本文件第 ${line} 行`,
    mismatch: (t: string) => `引用标题与原文件不一致，原标题为《${t}》`,
    via: (a: string, t: string) => `《${a}》是《${t}》的简称`,
    file: (f: string, line: number) => `文件：${f} 第 ${line} 行`,
    outline: '提纲',
    keywords: '关键词',
    colon: '：',
    listSeparator: '、',
    issuedBy: (t: string) => `印发：${t}`,
    period: (p: string) => `规划期 ${p}`,
    numberNotFound: (n: string) => `发文字号 ${n} 不在往期文件库中`,
  },
  en: {
    notFound: (t: string) => `《${t}》 is not in the corpus of prior plans`,
    closest: (t: string, s: number) => `Closest: 《${t}》 (similarity ${s.toFixed(2)})`,
    inFile: (line: number) => `line ${line} of this file`,
    mismatch: (t: string) => `The cited title differs from the original: 《${t}》`,
    via: (a: string, t: string) => `《${a}》 is short for 《${t}》`,
    file: (f: string, line: number) => `File: ${f}, line ${line}`,
    outline: 'Outline',
    keywords: 'Keywords',
    colon: ': ',
    listSeparator: ', ',
    issuedBy: (t: string) => `Issued by: ${t}`,
    period: (p: string) => `Period ${p}`,
    numberNotFound: (n: string) => `Document number ${n} is not in the corpus`,
  },
};

export function hover(
  draft: ParsedDraft,
  target: Target,
  lang: Lang,
  keywordsOf: (doc: CorpusDocument) => string[] | undefined,
): Hover {
  const h = H[lang];
  const lines: string[] = [];
  const range = toLspRange(draft.lines, target.kind === 'citation' ? target.citation.range : target.number.range);
  if (target.kind === 'docNumber') {
    if (target.doc) lines.push(...describe(target.doc, h, keywordsOf));
    else lines.push(h.numberNotFound(target.number.canonical));
  } else {
    const t = target.target;
    if (t.via && t.kind !== 'none') lines.push(h.via(target.citation.title, titleOf(t, draft) ?? ''), '');
    if (t.kind === 'corpus') {
      if (t.match === 'close') lines.push(`⚠ ${h.mismatch(t.doc.title ?? '')}`, '');
      lines.push(...describe(t.doc, h, keywordsOf));
    } else if (t.kind === 'draft') {
      const d = draft.documents[t.documentIndex];
      lines.push(`**《${d.header.title?.text ?? ''}》**`, '', `${d.header.type ?? ''} · ${h.inFile((d.header.title?.firstLine ?? 0) + 1)}`);
      const outline = d.outline.filter((x) => x.level === 1).map((x) => x.marker + x.title);
      if (outline.length) lines.push('', `${h.outline}${h.colon}${outline.slice(0, 8).join(' / ')}`);
    } else {
      lines.push(h.notFound(target.citation.title));
      if (t.closest) lines.push('', h.closest(t.closest.doc.title ?? '', t.closest.score));
    }
  }
  const contents: MarkupContent = { kind: 'markdown', value: lines.join('\n') };
  return { contents, range };
}

function titleOf(t: CitationTarget, draft: ParsedDraft): string | undefined {
  if (t.kind === 'corpus') return t.doc.title;
  if (t.kind === 'draft') return draft.documents[t.documentIndex].header.title?.text;
  return undefined;
}

function describe(doc: CorpusDocument, h: (typeof H)['zh'], keywordsOf: (doc: CorpusDocument) => string[] | undefined): string[] {
  const meta = [doc.type, doc.issuer, doc.docNumber, doc.date, doc.period && h.period(doc.period)].filter(Boolean).join(' · ');
  const out = [`**《${doc.title ?? doc.docNumber ?? ''}》**`, ''];
  if (meta) out.push(meta, '');
  if (doc.issuedBy) out.push(h.issuedBy(doc.issuedBy), '');
  const level1 = doc.outline.filter((x) => x.level === 1).map((x) => x.marker + x.title);
  if (level1.length) out.push(`${h.outline}${h.colon}${level1.slice(0, 8).join(' / ')}${level1.length > 8 ? ' …' : ''}`, '');
  const keywords = keywordsOf(doc);
  if (keywords?.length) out.push(`${h.keywords}${h.colon}${keywords.join(h.listSeparator)}`, '');
  out.push(`_${h.file(doc.file.split(/[\\/]/).pop() ?? doc.file, doc.titleLine + 1)}_`);
  return out;
}

export function documentLinks(draft: ParsedDraft, uri: string, corpus: CorpusIndex): DocumentLink[] {
  const aliases = aliasesOf(draft);
  const links: DocumentLink[] = [];
  for (const doc of draft.documents) {
    for (const c of doc.citations) {
      const t = resolveCitation(c, draft, corpus, aliases);
      let location: Location | undefined;
      if (t.kind === 'corpus') location = corpusLocation(t.doc);
      else if (t.kind === 'draft' && t.documentIndex !== doc.index) location = draftLocation(draft, uri, t.documentIndex);
      if (!location) continue;
      const target = URI.parse(location.uri).with({ fragment: `L${location.range.start.line + 1}` }).toString();
      links.push({ range: toLspRange(draft.lines, c.titleRange), target, tooltip: location.uri.split('/').pop() });
    }
  }
  return links;
}

/** The text a corpus document's keywords are drawn from: its title and outline. */
export function keywordText(doc: CorpusDocument): string {
  return [doc.title ?? '', ...doc.outline.map((o) => o.title)].join('。');
}
