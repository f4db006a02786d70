/**
 * A corpus file → its documents, with what look-ups, hover and outline need:
 * title and its line, type, issuer, 文号, date, period, headings with lines.
 */
import { parseDraft } from '../parse/parse';
import type { ParsedDraft } from '../parse/types';
import type { CorpusDocument } from './types';
import { normalizeTitle } from '../text/normalizeTitle';

export function extractDocuments(file: string, text: string, builtIn: boolean): CorpusDocument[] {
  return documentsOf(file, parseDraft(text, { format: /\.(md|markdown)$/i.test(file) ? 'markdown' : 'text' }), builtIn);
}

export function documentsOf(file: string, draft: ParsedDraft, builtIn: boolean): CorpusDocument[] {
  const out: CorpusDocument[] = [];
  const line = (offset: number) => draft.lines.lineAt(offset);
  for (const doc of draft.documents) {
    const h = doc.header;
    const title = h.title?.original ?? h.fromDownloadLink?.title;
    const docNumber = h.docNumber ?? h.fromDownloadLink?.docNumber;
    if (!title && !docNumber) continue;
    const titleStart = h.title ? h.title.ranges[0].start : doc.range.start;
    const titleEnd = h.title ? h.title.ranges[h.title.ranges.length - 1].end : doc.range.start;
    const firstTitleLine = h.title ? h.title.ranges[0] : { start: doc.range.start, end: doc.range.start };
    // A plan issued by a notice in the same file takes the notice's 落款, 文号 and date.
    const wrapper = doc.wrappedBy !== undefined ? draft.documents[doc.wrappedBy].header : undefined;
    const issuer =
      h.signature?.text.text ??
      h.issuerMark?.text.text ??
      issuerFromTitle(title) ??
      wrapper?.signature?.text.text ??
      wrapper?.issuerMark?.text.text ??
      issuerFromTitle(wrapper?.title?.text);
    const issues = (doc.wraps ?? []).map((i) => draft.documents[i].header.title?.text).filter((t): t is string => !!t);
    out.push({
      file,
      index: doc.index,
      builtIn,
      title,
      normalizedTitle: title ? normalizeTitle(title) : undefined,
      type: h.type,
      titleLine: h.title ? h.title.firstLine : line(doc.range.start),
      titleStart,
      titleEnd,
      titleRange: { start: draft.lines.positionAt(firstTitleLine.start), end: draft.lines.positionAt(firstTitleLine.end) },
      issuer: issuer?.replace(/ +/g, ''),
      docNumber: docNumber?.canonical ?? (wrapper?.docNumber ?? wrapper?.fromDownloadLink?.docNumber)?.canonical,
      date: (h.date ?? wrapper?.date)?.canonical,
      issuedBy: wrapper?.title?.text,
      period: h.period?.text,
      outline: doc.headings
        .filter((x) => !x.box && x.level <= 2)
        .map((x) => ({ level: x.level, marker: x.marker, title: x.title, line: x.paragraph.firstLine })),
      issues: issues.length ? issues : undefined,
      firstLine: line(doc.range.start),
      lastLine: line(Math.max(doc.range.start, doc.range.end - 1)),
    });
  }
  return out;
}

/** 甘肃省人民政府办公厅关于印发…的通知 → 甘肃省人民政府办公厅. */
function issuerFromTitle(title: string | undefined): string | undefined {
  const m = title ? /^(.{4,40}?)关于/.exec(title) : null;
  return m ? m[1].trim() : undefined;
}
