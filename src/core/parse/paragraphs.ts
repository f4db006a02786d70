/**
 * Lines → paragraphs, following the model in rules.md: in a plain-text draft each
 * non-empty line is a paragraph, except a line broken mid-sentence (OCR'd or
 * hard-wrapped), which is joined with the next; in Markdown, blank lines and block
 * starts separate paragraphs. Junk lines are set aside. Two headings squeezed onto
 * one line by a column layout (`(一)工业主导…      1.做大做强…`) are split.
 */
import type { LintCache } from '../cache';
import type { LineIndex } from '../text/lines';
import { MappedText } from '../text/mapped';
import { isJunkLine, isPageNumberLine } from './junk';
import {
  endsComplete,
  isAttachmentLine,
  isAttachmentNote,
  isImprintLine,
  isTableRow,
  isAddresseeWithoutColon,
  isDecimalHeading,
  isOrgNameLine,
  isPublicityLine,
  isTitleShaped,
  looksLikeDate,
  looksLikeDocNumber,
  matchBoxTitle,
  matchBullet,
} from './lineKinds';
import { isLabelLine, isRemarkLine } from './clauses';
import { matchMarker } from './markers';
import type { SourceFormat } from './types';

export interface Piece {
  line: number;
  text: MappedText;
  /** The line scan's piece this was made from: it remembers the join tests on its text. */
  scanned: LinePiece;
  markdownHeadingLevel?: number;
  markdownList?: boolean;
  /** Starts a new block: heading marker, bullet, 专栏, Markdown heading or list item. */
  startsBlock: boolean;
  /** Blank lines between this piece and the previous piece. */
  blankBefore: number;
  /** A junk line stands between this piece and the previous one. */
  junkBefore: boolean;
  /** The line's cells are apart by tabs (a table pasted from Word or Excel): a row of its own. */
  tableRow: boolean;
}

export interface RawParagraph {
  pieces: Piece[];
  text: MappedText;
  tableRow: boolean;
}

export interface ParagraphScan {
  paragraphs: RawParagraph[];
  junkLines: Set<number>;
  disabledLines: Map<number, string[]>;
}

/** A line that is only a title's bracketed tail: (2026-2030年), (征求意见稿), (试行); never a clause (（市发展改革委牵头）). */
const TITLE_TAIL_LINE = /^\((?:(?:19|20)\d{2}[^()]{0,12}|[^()]{0,6}(?:征求意见稿|送审稿|讨论稿|草案|试行|暂行|修订稿|修订|代拟稿|版))\)$/;

/** Minimum length of a line without final punctuation that is read as broken. */
const MIN_BROKEN_LINE = 8;
/** A heading line is read as broken only when its title is at least this long. */
const MIN_BROKEN_HEADING = 28;

/**
 * Lines into paragraphs. `raw` is the text before folding, which turns tabs into
 * spaces: a line with two tabs or more is a table row, never joined to another (a
 * flag per scan, not remembered with the line, whose folded text a tab and a space share).
 */
export function scanParagraphs(folded: string, lines: LineIndex, format: SourceFormat, cache?: LintCache, raw = folded): ParagraphScan {
  const tabbed = raw !== folded && raw.includes('\t');
  const junkLines = new Set<number>();
  const disabledLines = new Map<number, string[]>();
  // Pieces are joined into paragraphs as the lines are read: no list of every line's
  // piece stays alive to the end of the scan (on a long draft, garbage the collector
  // would otherwise copy).
  const joiner = new ParagraphJoiner(format);
  let blank = 0;
  let junkBefore = false;
  let afterPage = false;
  let blankAtPage = 0;
  let fence = false;
  let comment = false;
  let pendingDisable: string[] | undefined;

  cache?.expect('line', lines.lineCount);
  for (let n = 0; n < lines.lineCount; n++) {
    let start = lines.starts[n];
    let end = lines.ends[n];
    while (start < end && folded.charCodeAt(start) === 32) start++;
    while (end > start && folded.charCodeAt(end - 1) === 32) end--;
    const text = MappedText.of(folded, start, end);

    if (format === 'markdown') {
      const s = text.text;
      if (/^(```|~~~)/.test(s)) {
        fence = !fence;
        blank++;
        continue;
      }
      if (fence) {
        blank++;
        continue;
      }
      if (comment || s.startsWith('<!--')) {
        const directive = /^<!--[ ]*policylint-disable-next-line([ a-z0-9,-]*)-->$/.exec(s);
        if (directive) pendingDisable = directive[1].split(/[ ,]+/).filter(Boolean);
        comment = !s.includes('-->');
        continue;
      }
    }
    let line: LineScan;
    if (cache) {
      const entry = cache.entryAt('line', n, start, end, folded);
      const space = format === 'markdown' ? 'line:md' : 'line';
      line = entry.peek<LineScan>(space) ?? entry.put(space, scanLine(text, format));
    } else line = scanLine(text, format);
    const base = text.offset(0);
    if (line.kind === 'blank') {
      blank++;
      continue;
    }
    if (line.kind === 'junk') {
      junkLines.add(n);
      junkBefore = true;
      continue;
    }
    if (line.kind === 'page') {
      junkLines.add(n);
      if (!afterPage) blankAtPage = blank;
      afterPage = true;
      continue;
    }
    if (afterPage) {
      afterPage = false;
      // The running header of the next page (the plan's title, XX人民政府文件) follows its number.
      if (isRunningHeader(folded, text.text, start)) {
        junkLines.add(n);
        afterPage = true;
        continue;
      }
      // The blank lines around a page number are the page's layout, not a paragraph break.
      blank = blankAtPage;
    }
    if (pendingDisable) {
      disabledLines.set(n, pendingDisable);
      pendingDisable = undefined;
    }
    for (let k = 0; k < line.pieces.length; k++) {
      const piece = line.pieces[k];
      joiner.add({
        line: n,
        scanned: piece,
        // Most lines are one piece: the line's own text, not a second copy.
        text: pieceText(piece, text, folded, base, end),
        markdownHeadingLevel: piece.markdownHeadingLevel,
        markdownList: piece.markdownList,
        startsBlock: piece.startsBlock,
        blankBefore: k === 0 ? blank : 0,
        junkBefore: k === 0 ? junkBefore : false,
        tableRow: tabbed && line.pieces.length === 1 && tabsIn(raw, start, end) >= 2,
      });
    }
    blank = 0;
    junkBefore = false;
  }
  return { paragraphs: joiner.finish(), junkLines, disabledLines };
}

function pieceText(piece: LinePiece, line: MappedText, folded: string, base: number, end: number): MappedText {
  const text = piece.from === 0 && base + piece.to === end ? line : MappedText.of(folded, base + piece.from, base + piece.to);
  return piece.strong ? withoutStrong(text) : text;
}

function tabsIn(raw: string, start: number, end: number): number {
  let n = 0;
  for (let i = raw.indexOf('\t', start); i >= 0 && i < end; i = raw.indexOf('\t', i + 1)) n++;
  return n;
}

interface LinePiece {
  /** Offsets relative to the line's first content character. */
  from: number;
  to: number;
  markdownHeadingLevel?: number;
  markdownList?: boolean;
  startsBlock: boolean;
  /** Markdown ** pairs inside the piece, which its text leaves out. */
  strong: boolean;
  /**
   * The join tests on this piece's text (Join bits), computed when first needed and
   * kept here: with a LintCache the line's scan, and so these, survive edits elsewhere.
   * -1 until computed.
   */
  breaks: number;
  ends: number;
}

/** Every line's scan has one shape (blank and junk lines have no pieces), so the scan loop stays monomorphic. */
interface LineScan {
  readonly kind: 'blank' | 'junk' | 'page' | 'content';
  readonly pieces: readonly LinePiece[];
}

const BLANK: LineScan = { kind: 'blank', pieces: [] };
const JUNK: LineScan = { kind: 'junk', pieces: [] };
const PAGE: LineScan = { kind: 'page', pieces: [] };

/**
 * A running header: a title or an issuer line (临河市优化营商环境三年行动计划, 河阳县人民政府文件)
 * that stood as a whole line earlier in the text. A title seen first after a page number
 * starts a document (the plan after its notice).
 */
function isRunningHeader(folded: string, s: string, start: number): boolean {
  if (!isTitleShaped(s) && !isOrgNameLine(s)) return false;
  // XX人民政府文件 (the masthead) in the middle of a text is the page's header.
  if (s.endsWith('文件')) return true;
  for (let i = folded.indexOf(s); i >= 0 && i < start; i = folded.indexOf(s, i + 1)) {
    if (isLineStart(folded, i) && isLineEnd(folded, i + s.length)) return true;
  }
  return false;
}

function isLineStart(s: string, i: number): boolean {
  while (i > 0 && s.charCodeAt(i - 1) === 32) i--;
  return i === 0 || s[i - 1] === '\n' || s[i - 1] === '\r';
}

function isLineEnd(s: string, i: number): boolean {
  while (i < s.length && s.charCodeAt(i) === 32) i++;
  return i === s.length || s[i] === '\n' || s[i] === '\r';
}

/** One line on its own (no state): Markdown prefixes, table residue, junk, column splits. */
function scanLine(line: MappedText, format: SourceFormat): LineScan {
  let text = line;
  let markdownHeadingLevel: number | undefined;
  let markdownList = false;
  // Before the Markdown prefixes: - 3 - is a page number, not a list item.
  if (isPageNumberLine(line.text)) return PAGE;
  if (format === 'markdown') {
    text = stripMarkdown(text, (level) => (markdownHeadingLevel = level), () => (markdownList = true));
  }
  // Table residue of crawled pages: `专栏1:标题 |`.
  if (/[ ]\|$/.test(text.text)) text = text.slice(0, text.length - 1).trim();
  if (text.length === 0) return BLANK;
  if (isJunkLine(text.text)) return JUNK;
  const base = line.offset(0);
  const pieces: LinePiece[] = splitColumns(text).map((part, k) => {
    const strong = format === 'markdown' && part.text.includes('**');
    const s = strong ? withoutStrong(part).text : part.text;
    const first = k === 0;
    return {
      from: part.offset(0) - base,
      to: part.offset(part.length - 1) + 1 - base,
      strong,
      markdownHeadingLevel: first ? markdownHeadingLevel : undefined,
      markdownList: first ? markdownList : undefined,
      startsBlock:
        !first ||
        markdownHeadingLevel !== undefined ||
        markdownList ||
        matchMarker(s) !== undefined ||
        matchBullet(s) > 0 ||
        matchBoxTitle(s) !== undefined ||
        (format === 'markdown' && s.startsWith('|')),
      breaks: -1,
      ends: -1,
    };
  });
  return { kind: 'content', pieces };
}

/** Removes Markdown block syntax: `> `, `#`s, list bullets, emphasis around the whole line. */
function stripMarkdown(text: MappedText, heading: (level: number) => void, list: () => void): MappedText {
  let s = text.text;
  let i = 0;
  while (s[i] === '>') {
    i++;
    while (s[i] === ' ') i++;
  }
  const h = /^(#{1,6})[ ]+/.exec(s.slice(i));
  if (h) {
    heading(h[1].length);
    i += h[0].length;
  } else {
    const l = /^[-*+][ ]+/.exec(s.slice(i));
    if (l) {
      list();
      i += l[0].length;
    }
  }
  let j = s.length;
  if (h) while (j > i && (s[j - 1] === '#' || s[j - 1] === ' ')) j--;
  s = s.slice(0, j);
  // **（一）指导思想** → （一）指导思想
  const em = /^(\*\*|__)(.+)\1$/.exec(s.slice(i));
  if (em) {
    i += 2;
    j -= 2;
  }
  return i === 0 && j === text.length ? text : text.slice(i, j).trim();
}

/**
 * A line with ** pairs inside (**（一）工作思路。**坚持… / 1. **加快推进。**…): the text
 * without them, so the marker and the title are read as in plain text. An odd ** is kept.
 */
function withoutStrong(text: MappedText): MappedText {
  const s = text.text;
  const marks: number[] = [];
  for (let k = s.indexOf('**'); k >= 0; k = s.indexOf('**', k + 2)) marks.push(k);
  if (marks.length % 2 !== 0) return text;
  const parts: MappedText[] = [];
  let from = 0;
  for (const k of marks) {
    if (k > from) parts.push(text.slice(from, k));
    from = k + 2;
  }
  if (from < s.length) parts.push(text.slice(from, s.length));
  return parts.length === 1 ? parts[0] : MappedText.concat(parts);
}

/** Splits `(一)标题      1.条目…` (a run of 3+ spaces before a deeper marker). */
function splitColumns(text: MappedText): MappedText[] {
  const s = text.text;
  if (!s.includes('   ')) return [text];
  const out: MappedText[] = [];
  let from = 0;
  const re = /[ ]{3,}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const next = m.index + m[0].length;
    const rest = s.slice(next, next + 12);
    if (next < s.length && (matchMarker(rest) || matchBoxTitle(rest)) && m.index > from) {
      out.push(text.slice(from, m.index));
      from = next;
    }
  }
  out.push(text.slice(from));
  return out;
}

/** Pieces in reading order → paragraphs: a piece either continues the paragraph being built or starts the next. */
class ParagraphJoiner {
  private readonly out: RawParagraph[] = [];
  private current: Piece[] = [];
  private currentText = '';

  constructor(private readonly format: SourceFormat) {}

  add(piece: Piece): void {
    if (this.current.length > 0 && continues(this.current, this.currentText, piece, this.format)) {
      this.current.push(piece);
      this.currentText += piece.text.text;
      return;
    }
    this.flush();
    this.current.push(piece);
    this.currentText = piece.text.text;
  }

  finish(): RawParagraph[] {
    this.flush();
    return this.out;
  }

  private flush(): void {
    const current = this.current;
    if (current.length === 0) return;
    this.out.push({
      pieces: current,
      text: current.length === 1 ? current[0].text : MappedText.concat(current.map((p) => p.text)),
      tableRow: current.length === 1 && current[0].tableRow,
    });
    this.current = [];
    this.currentText = '';
  }
}

/** Join tests on one piece's text, as bits. */
const Join = {
  /** Starts its own paragraph whatever comes before: a date, publicity line, 文号, attachment note, 版记 line, decimal heading, 责任单位：/完成时限： line. */
  Breaks: 1,
  EndsComplete: 2,
  /** Ends in a comma, a 顿号 or an opening bracket: broken, whatever its length. */
  EndsOpen: 4,
  /** Stands alone: a date, an organisation name, a 文号, a 主送机关 missing its colon, a 责任单位：… line, a decimal heading. */
  Standalone: 8,
  Title: 16,
  BoxTitle: 32,
} as const;

function breaksOf(s: string): number {
  return looksLikeDate(s) || isPublicityLine(s) || looksLikeDocNumber(s) || isAttachmentNote(s) || isImprintLine(s) || isTableRow(s) || isDecimalHeading(s) || isLabelLine(s) || isRemarkLine(s)
    ? Join.Breaks
    : 0;
}

/** Characters that leave a line open: the paragraph goes on, whatever its length. */
const OPEN_END = new Set(',、(“《‘');
/** Longer than any title, date, name or heading the shape tests accept. */
const LONGEST_SHAPE = 120;

/** How a paragraph with this text ends, for the line after it; a complete one needs no further test. */
function endsOf(s: string): number {
  if (endsComplete(s)) return Join.EndsComplete;
  let bits = 0;
  if (OPEN_END.has(s[s.length - 1])) bits |= Join.EndsOpen;
  if (looksLikeDate(s) || isOrgNameLine(s) || looksLikeDocNumber(s) || isTableRow(s) || isAddresseeWithoutColon(s) || isLabelLine(s) || isRemarkLine(s) || isDecimalHeading(s)) bits |= Join.Standalone;
  if (isTitleShaped(s)) bits |= Join.Title;
  if (matchBoxTitle(s)) bits |= Join.BoxTitle;
  return bits;
}

/**
 * endsOf for a paragraph of several lines longer than any shape the tests accept: only its
 * last line's end and its first line's label matter. Its text is a string built line by
 * line, which V8 copies flat on the first read of a character: reading it at every line it
 * grows by would make a long run of unpunctuated lines quadratic.
 */
function endsOfLong(pieces: Piece[]): number {
  const tail = pieces[pieces.length - 1].text.text;
  if (endsComplete(tail)) return Join.EndsComplete;
  const head = pieces[0].text.text;
  return (OPEN_END.has(tail[tail.length - 1]) ? Join.EndsOpen : 0) | (isLabelLine(head) || isRemarkLine(head) ? Join.Standalone : 0);
}

const YEAR_NAMED_ATTACHMENT = /^\d{1,2}[ ]*\.[ ]*(?:19|20)\d{2}年/;

/** Does `next` continue the paragraph made of `pieces` (text `text`)? */
function continues(pieces: Piece[], text: string, next: Piece, format: SourceFormat): boolean {
  if (next.startsBlock || next.junkBefore || next.tableRow || pieces[pieces.length - 1].tableRow) return false;
  const scanned = next.scanned;
  if (scanned.breaks < 0) scanned.breaks = breaksOf(next.text.text);
  if (scanned.breaks & Join.Breaks) return false;
  const first = pieces[0];
  // # 某某行动计划 / （2024—2026年）: the period on the line under a Markdown title is the title's.
  if (first.markdownHeadingLevel !== undefined) return pieces.length === 1 && next.blankBefore <= 1 && next.markdownHeadingLevel === undefined && TITLE_TAIL_LINE.test(next.text.text) && isTitleShaped(first.text.text);
  if (format === 'markdown' ? next.blankBefore > 0 : next.blankBefore > 1) return false;
  // A one-piece paragraph (most of them) is its line's piece: the tests are remembered there.
  let ends: number;
  if (pieces.length === 1) {
    if (first.scanned.ends < 0) first.scanned.ends = endsOf(text);
    ends = first.scanned.ends;
  } else ends = text.length > LONGEST_SHAPE ? endsOfLong(pieces) : endsOf(text);
  if (ends & Join.EndsComplete) return false;
  // After an attachment note: a further attachment whose name starts with a year (2.2027年度汇总表)
  // has no marker to start it, and the 发文机关署名 below (XX县人民政府办公室) is no part of a name.
  if ((isAttachmentNote(first.text.text) || isAttachmentLine(first.text.text)) && (YEAR_NAMED_ATTACHMENT.test(next.text.text) || isOrgNameLine(next.text.text))) return false;
  if (ends & Join.EndsOpen) return true;
  // A title set over two lines, its period or stage on the second: …实施方案 / （2026—2030年）.
  if (ends & Join.Title && TITLE_TAIL_LINE.test(next.text.text)) return true;
  if (ends & (Join.Standalone | Join.Title)) return false;
  const marker = matchMarker(first.text.text);
  if (marker) return text.length - marker.length >= MIN_BROKEN_HEADING;
  if (ends & Join.BoxTitle) return false;
  return format === 'markdown' || text.length >= MIN_BROKEN_LINE;
}
