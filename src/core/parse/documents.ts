/**
 * Splits a file into its documents and reads each one's header (GB/T 9704-2012
 * §7.2–7.3): 发文机关标志, 发文字号, title, 主送机关, 落款, 成文日期, （此件公开发布）,
 * 附件说明. A file may hold a notice and the plan it issues, or several plans.
 *
 * A new document starts at a title once the current one has a body or is closed
 * (by its date or publicity line); at a 发文字号 line or a 主送机关 line once the
 * current one has a body (notices whose title survived only elsewhere).
 */
import { findDocNumbers, isDocNumberLine } from './docnumber';
import { parseDateLine } from './dates';
import { detectDocumentType, findPeriod } from './doctype';
import { IMPRINT_DATE_LINE, Shape } from './lineKinds';
import { downloadLinkTarget } from './junk';
import type { DateLine, DocNumber, DocumentHeader, Paragraph } from './types';
import { normalizeTitle } from '../text/normalizeTitle';
import type { LineIndex } from '../text/lines';
import { MappedText } from '../text/mapped';

export interface DocumentSlice {
  /** First paragraph index, and one past the last. */
  start: number;
  end: number;
  header: DocumentHeader;
}

interface Builder {
  start: number;
  header: DocumentHeader;
  hasBody: boolean;
  closed: boolean;
}

/** Titles of the documents that have a 主送机关. */
const ADDRESSED = /(?:通知|批复|函|意见|决定|报告|请示)$/;

export function splitDocuments(
  paragraphs: Paragraph[],
  docNumbersOf: (p: Paragraph) => DocNumber[],
  hasMarker: (p: Paragraph) => boolean,
  /** The paragraph's header shapes (lineKinds Shape bits), computed with its local facts. */
  shapeOf: (p: Paragraph) => number,
  junkLines: ReadonlySet<number>,
  lines: LineIndex,
  folded: string,
): DocumentSlice[] {
  const slices: DocumentSlice[] = [];
  let cur: Builder = { start: 0, header: emptyHeader(), hasBody: false, closed: false };
  const startNew = (at: number) => {
    if (at > cur.start || cur.hasBody || cur.header.title || cur.header.docNumber) {
      slices.push({ start: cur.start, end: at, header: cur.header });
    }
    cur = { start: at, header: emptyHeader(), hasBody: false, closed: false };
  };

  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const s = p.text.text;
    const plain = !hasMarker(p) && !p.boxTitle && !p.bullet;
    const numbers = docNumbersOf(p);
    const shape = plain ? shapeOf(p) : 0;

    // A Markdown title is a # heading, or any heading after the notice before it has closed (## 某某实施方案).
    if (plain && (p.markdownHeadingLevel === undefined || p.markdownHeadingLevel === 1 || cur.closed) && shape & Shape.Title) {
      const title = cur.header.title;
      if (!title && !cur.hasBody && !cur.closed) {
        setTitle(cur, p, lines.text);
        continue;
      }
      if (title && !cur.hasBody && !cur.closed && normalizeTitle(title.text) === normalizeTitle(s)) {
        // The page title repeated above the document's own title line (seed 004:3 and 004:10).
        for (const q of paragraphs.slice(cur.start, i)) if (q.headerRole === 'title') q.headerRole = undefined;
        setTitle(cur, p, lines.text);
        continue;
      }
      if (title && cur.hasBody && !cur.closed && normalizeTitle(title.text) === normalizeTitle(s)) {
        // The title again in the middle of the body: the running header of a PDF page.
        p.headerRole = 'runningHeader';
        continue;
      }
      startNew(i);
      setTitle(cur, p, lines.text);
      continue;
    }
    if (plain && isDocNumberLine(s, numbers)) {
      if (cur.hasBody || cur.closed || cur.header.docNumber) startNew(i);
      cur.header.docNumber = numbers[0];
      p.headerRole = 'docNumber';
      continue;
    }
    // Right under the title of a document that has an addressee (通知, 批复, 函), a list
    // of bodies is the addressee whatever it ends with (addressee-format asks for the
    // colon); under a plan's title it is the plan's drafting units.
    // A 批复 or 函 answers one body: its name alone on the line is the addressee too.
    const underTitle = !cur.hasBody && !cur.header.addressee && paragraphs[i - 1]?.headerRole === 'title';
    const looseAddressee =
      underTitle &&
      ((shape & Shape.AddresseeWithoutColon && ADDRESSED.test(cur.header.title?.text ?? '')) ||
        (shape & Shape.OrgName && /(?:批复|函)$/.test(cur.header.title?.text ?? '') && !(paragraphs[i + 1] && parseDateLine(paragraphs[i + 1].text))));
    if ((shape & Shape.Addressee && (!cur.hasBody || cur.closed || startsNotice(paragraphs, i))) || looseAddressee) {
      if (cur.hasBody || cur.closed) startNew(i);
      cur.header.addressee = p;
      p.headerRole = 'addressee';
      continue;
    }
    const date = plain ? parseDateLine(p.text) : undefined;
    if (date && (cur.hasBody || cur.header.signature)) {
      cur.header.date = date;
      p.headerRole = 'date';
      cur.closed = true;
      continue;
    }
    // The 版记 (抄送 line, 印发机关 and 印发日期) closes the document it follows.
    const imprint = shape & Shape.ImprintDate ? imprintDateOf(p) : undefined;
    if (imprint) {
      cur.header.imprintDate = imprint;
      p.headerRole = 'imprint';
      continue;
    }
    if (shape & Shape.ImprintLine) {
      p.headerRole = 'imprint';
      continue;
    }
    if (shape & Shape.Publicity) {
      cur.header.publicity = p;
      p.headerRole = 'publicity';
      cur.closed = true;
      continue;
    }
    if (shape & Shape.OrgName) {
      if (!cur.hasBody && !cur.header.docNumber && !cur.header.addressee) {
        cur.header.issuerMark = p;
        p.headerRole = 'issuerMark';
        continue;
      }
      const next = paragraphs[i + 1];
      if (cur.hasBody && next && !hasMarker(next) && parseDateLine(next.text)) {
        cur.header.signature = p;
        p.headerRole = 'signature';
        continue;
      }
    }
    if (shape & Shape.AttachmentNote && !cur.closed) {
      (cur.header.attachmentNote ??= []).push(p);
      p.headerRole = 'attachmentNote';
      // The further attachments of the note, one per line: `2.XXX方案`.
      while (i + 1 < paragraphs.length && shapeOf(paragraphs[i + 1]) & Shape.AttachmentLine) {
        i++;
        cur.header.attachmentNote.push(paragraphs[i]);
        paragraphs[i].headerRole = 'attachmentNote';
      }
      continue;
    }
    if (shape & Shape.AttachmentLabel) {
      // `附件` / `附件1` above an attached document: it belongs to what follows.
      if (cur.hasBody || cur.closed) startNew(i);
      p.headerRole = 'attachmentLabel';
      continue;
    }
    if (cur.closed) startNew(i);
    cur.hasBody = true;
  }
  startNew(paragraphs.length);
  if (slices.length === 0) slices.push({ start: 0, end: paragraphs.length, header: emptyHeader() });

  for (const slice of slices) {
    finishHeader(slice, paragraphs);
    attachDownloadLinks(slice, paragraphs, junkLines, lines, folded);
  }
  return slices;
}

function setTitle(cur: Builder, p: Paragraph, source: string): void {
  const text = p.text.text;
  cur.header.title = {
    text,
    original: p.text.original(source),
    ranges: rangesPerLine(p),
    firstLine: p.firstLine,
  };
  p.headerRole = 'title';
}

/** One range per line of a title broken over lines. */
function rangesPerLine(p: Paragraph): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const t = p.text;
  let from = 0;
  for (let i = 1; i <= t.length; i++) {
    if (i === t.length || t.offset(i) !== t.offset(i - 1) + 1) {
      out.push(t.range(from, i));
      from = i;
    }
  }
  return out;
}

/** A 主送机关 line after a body is a new notice only if the印发/批复 formula follows. */
function startsNotice(paragraphs: Paragraph[], i: number): boolean {
  const next = paragraphs[i + 1];
  return !!next && /印发给你们|收悉|现批复如下|现就.{0,20}通知如下|现将.{0,80}(印发|转发)/.test(next.text.text);
}

function finishHeader(slice: DocumentSlice, paragraphs: Paragraph[]): void {
  const h = slice.header;
  if (h.title) {
    h.type = detectDocumentType(h.title.text);
    h.period = findPeriod(h.title.text);
  } else if (h.addressee) {
    // A notice or reply whose title line did not survive: its formula tells.
    const body = paragraphs.slice(slice.start, slice.end).map((p) => p.text.text).join('');
    if (/现批复如下|收悉/.test(body)) h.type = '批复';
    else if (/(印发|转发)给你们|通知如下/.test(body)) h.type = '通知';
  }
  if (!h.period) {
    // 规划期为2021—2025年 in the preamble, before the first heading.
    for (let i = slice.start; i < slice.end; i++) {
      const p = paragraphs[i];
      if (p.heading) break;
      // 规划期为…, 实施期限…, 用三年时间（2025—2027年）, 行动期为…
      const m = /(规划期|实施期|期限|时间跨度|时间|行动期)[^。《》]{0,6}?((?:19|20)\d{2}[ ]*(?:年[ ]*)?[-—~至到][ ]*(?:19|20)\d{2}[ ]*年)/.exec(p.text.text);
      if (m) {
        h.period = findPeriod(m[2]);
        break;
      }
    }
  }
}

/** Seed 002:257: the only copy of a notice's 文号 and title is its download link. */
function attachDownloadLinks(
  slice: DocumentSlice,
  paragraphs: Paragraph[],
  junkLines: ReadonlySet<number>,
  lines: LineIndex,
  folded: string,
): void {
  if (slice.end <= slice.start || junkLines.size === 0) return;
  const first = paragraphs[slice.start].firstLine;
  const last = slice.end < paragraphs.length ? paragraphs[slice.end].firstLine : lines.lineCount;
  for (const n of junkLines) {
    if (n < first || n >= last) continue;
    const mapped = MappedText.of(folded, lines.starts[n], lines.ends[n]).trim();
    const target = downloadLinkTarget(mapped.text);
    if (!target) continue;
    const numbers = findDocNumbers(mapped);
    const afterNumber = numbers.length ? target.slice(target.indexOf(numbers[0].text) + numbers[0].text.length).trim() : target;
    slice.header.fromDownloadLink = { docNumber: numbers[0], title: afterNumber || undefined };
  }
}

/** A header with every field present, in one order: one hidden class for all headers, however they are filled. */
function emptyHeader(): DocumentHeader {
  return {
    title: undefined,
    type: undefined,
    issuerMark: undefined,
    docNumber: undefined,
    addressee: undefined,
    signature: undefined,
    date: undefined,
    publicity: undefined,
    imprintDate: undefined,
    attachmentNote: undefined,
    period: undefined,
    fromDownloadLink: undefined,
  };
}

function imprintDateOf(p: Paragraph): DateLine | undefined {
  const s = p.text.text;
  const m = IMPRINT_DATE_LINE.exec(s);
  if (!m) return undefined;
  let end = s.length - '印发'.length;
  while (end > 0 && s[end - 1] === ' ') end--;
  return parseDateLine(p.text.slice(end - m[2].length, end));
}
