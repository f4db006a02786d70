/**
 * The parsed draft: what every rule, the corpus, the language server and the
 * reports read. All ranges are UTF-16 offsets into the original text.
 */
import type { CacheEntry } from '../cache';
import type { LineIndex } from '../text/lines';
import type { MappedText, Range } from '../text/mapped';
import type { HeadingLevel } from './markers';

export type { Range } from '../text/mapped';

export type SourceFormat = 'text' | 'markdown';

export type DocumentType =
  | '实施方案'
  | '工作方案'
  | '行动计划'
  | '行动方案'
  | '方案'
  | '规划'
  | '意见'
  | '通知'
  | '批复'
  | '指南'
  /** 若干措施, 政策措施: numbered measures, each with its lead unit, and no fixed sections. */
  | '措施';

/** Types whose task items each name their responsible units. */
export const IMPLEMENTATION_TYPES: readonly DocumentType[] = ['实施方案', '工作方案', '行动计划', '行动方案', '方案', '措施'];

export interface Paragraph {
  index: number;
  /** Folded text, lines joined, indentation and Markdown prefixes removed. */
  text: MappedText;
  /** Range in the original text (first to last content character). */
  range: Range;
  /** 0-based first and last line. */
  firstLine: number;
  lastLine: number;
  /** The heading this paragraph opens, if it starts with a heading marker. */
  heading?: Heading;
  /** The 专栏 title this paragraph is, if it is one. */
  boxTitle?: Box;
  /** Starts with a bullet (——, —, -, •). */
  bullet?: { length: number };
  /** Markdown: the line was a `#` heading (its level), a list item, a quote. */
  markdownHeadingLevel?: number;
  /** Index of the document the paragraph belongs to. */
  documentIndex: number;
  /** Role in the document header, if any. */
  headerRole?: HeaderRole;
  /** What a LintCache remembers of this paragraph's text (set when linting with one). */
  cacheEntry?: CacheEntry;
  /** A row of a table pasted with tabs between its cells. */
  tableRow: boolean;
}

export type HeaderRole =
  | 'title'
  | 'issuerMark'
  | 'docNumber'
  | 'addressee'
  | 'signature'
  | 'date'
  | 'publicity'
  /** A line of the 版记: 抄送, or 印发机关 and 印发日期. */
  | 'imprint'
  | 'attachmentNote'
  | 'attachmentLabel'
  /** The document's title repeated inside its body: a PDF page's running header. */
  | 'runningHeader';

export type MarkerStyle = 'standard' | 'variant';

export interface Heading {
  /**
   * Depth in the document's hierarchy: 1 for 一、 … 4 for （1）; in a document with
   * chapters, 第X章 is 1, 第X节 2, and 一、 … （1） follow at 3 … 6.
   */
  level: number;
  /** The standard level its marker stands for (1 一、 … 4 （1）); 0 for chapter markers. */
  markerLevel: 0 | HeadingLevel;
  number: number;
  numberText: string;
  /** The marker as written (original characters), and where. */
  marker: string;
  markerRange: Range;
  standardMarker: boolean;
  /** Heading title as written: the text after the marker up to the first 。 (inline headings). */
  title: string;
  titleRange: Range;
  /** True when body text follows the title in the same paragraph. */
  inline: boolean;
  paragraph: Paragraph;
  parent?: Heading;
  children: Heading[];
  /** Unnumbered paragraphs after this heading, up to the next heading or 专栏. */
  body: Paragraph[];
  /** Section range: from the heading to the end of its last descendant's content. */
  sectionRange: Range;
  /** The 专栏 this heading is a list entry of, if any. */
  box?: Box;
  /** The standard section this heading fills, if any (level 1 and 2 headings). */
  slot?: SlotId;
}

export interface Box {
  /** 专栏 number as written (1, 一) and its value. */
  numberText: string;
  number: number;
  title: string;
  paragraph: Paragraph;
  /** Heading the box stands under. */
  parent?: Heading;
  /** Paragraphs of the box (title excluded). */
  paragraphs: Paragraph[];
  /** Numbered entries of the box (their own numbering scope). */
  headings: Heading[];
  range: Range;
  /** The box is about targets or indicators (目标, 指标). */
  targets: boolean;
}

export type SlotId =
  | 'background'
  | 'significance'
  | 'general'
  | 'guidingThought'
  | 'principles'
  | 'positioning'
  | 'targets'
  | 'layout'
  | 'tasks'
  | 'steps'
  | 'safeguards'
  /** Where the plan applies or whom it supports (适用范围, 整治范围, 支持对象). */
  | 'scope';

export interface DocNumber {
  /** 机关代字 (may be empty when it could not be told apart from the text before it). */
  agency: string;
  year: number;
  serial: number;
  /** The text as written and where. */
  text: string;
  range: Range;
  /** Canonical form: 甘政发〔2021〕9号. */
  canonical: string;
  /** True when it is already in the canonical form (brackets, no spaces, no 第, no leading zeros). */
  wellFormed: boolean;
  /** Range of the part from the opening bracket to 号 (what a fix rewrites). */
  bodyRange: Range;
  canonicalBody: string;
}

export interface DateLine {
  text: string;
  range: Range;
  year: number;
  month: number;
  day: number;
  /** 2012年9月29日 */
  canonical: string;
  wellFormed: boolean;
}

export interface Period {
  from: number;
  to: number;
  text: string;
}

export interface DocumentTitle {
  /** Joined title text (folded). */
  text: string;
  /** The title as written (original characters, lines joined). */
  original: string;
  /** One range per line the title spans. */
  ranges: Range[];
  firstLine: number;
}

export interface DocumentHeader {
  title?: DocumentTitle;
  type?: DocumentType;
  issuerMark?: Paragraph;
  docNumber?: DocNumber;
  addressee?: Paragraph;
  signature?: Paragraph;
  date?: DateLine;
  publicity?: Paragraph;
  /** The 版记 line 印发机关 + 印发日期 + 印发 (GB/T 9704-2012 §7.4.3): its date. */
  imprintDate?: DateLine;
  attachmentNote?: Paragraph[];
  period?: Period;
  /** 发文字号 and title found only in a download link of the crawled page. */
  fromDownloadLink?: { docNumber?: DocNumber; title?: string };
}

export type UnitRole = 'lead' | 'cooperate' | 'responsible';

export interface UnitMention {
  name: string;
  /** Name with OCR spaces removed (what lexicon look-ups use). */
  range: Range;
  role: UnitRole;
  /** The bracketed second name of a body with two plaques (县农业农村局（县乡村振兴局）): checked as a name, not another unit. */
  plaque?: boolean;
}

export interface Clause {
  /** Whole bracketed clause and its inner text range. */
  range: Range;
  innerRange: Range;
  text: string;
  units: UnitMention[];
  hasLead: boolean;
  hasCooperate: boolean;
  /** The clause stands alone in its paragraph (a group clause). */
  standalone: boolean;
  /** The clause's （ is never closed (it runs to the end of the paragraph). */
  unclosed: boolean;
  /** A label line (牵头单位：… on a line of its own), or label lines joined, not a bracket. */
  labelLine: boolean;
  paragraph: Paragraph;
  /** Items the clause covers. */
  covers: TaskItem[];
}

/** A row of a task table (重点任务分工表). */
export interface TableTask {
  paragraph: Paragraph;
  /** The task cell: the first cell that is not a sequence number or a unit column. */
  task: Range;
  /** The sequence number cell (1, （一）), or ''. */
  sequence: string;
  /** The row's unit cells, if it names units. */
  clause?: Clause;
  /** Its unit cells are all empty (or —, 无): no unit is responsible for it. */
  noUnit: boolean;
}

/** A unit named as the subject of a sentence (镇应急办牵头，… / 由X负责 / X要…), see statedUnits.ts. */
export interface StatedUnit extends UnitMention {
  paragraph: Paragraph;
}

export interface TaskItem {
  heading: Heading;
  /** Paragraphs of the item: the numbered paragraph and its unnumbered followers. */
  paragraphs: Paragraph[];
  /** Clauses written in the item itself (end of its text or its sub-paragraphs). */
  ownClauses: Clause[];
  /** A group clause that covers it, if it has no clause of its own. */
  groupClause?: Clause;
  /** A clause of a parent heading that covers it. */
  parentClause?: Clause;
  /** The item lies in a task chapter of an implementation-type document. */
  inTaskChapter: boolean;
}

export type TargetKind = 'lead-in' | 'item' | 'vision';

export interface TargetItem {
  text: string;
  range: Range;
  paragraph: Paragraph;
  kind: TargetKind;
  /** The section heading or 专栏 it belongs to. */
  section?: Heading;
  box?: Box;
  quantities: Quantity[];
  /** Time horizon found in the item itself. */
  deadline?: string;
  /** A named deliverable with no number (创成…示范区). */
  milestone: boolean;
  /** Vague words found in the item. */
  vagueWords: string[];
  /** Sentences that open a stage before 2035 (到2029年，…), each with or without a quantity of its own. */
  stages: TargetStage[];
}

export interface TargetStage {
  year: string;
  /** The sentence, and where it starts in the item's text. */
  text: string;
  offset: number;
  quantified: boolean;
}

export interface Quantity {
  text: string;
  range: Range;
  value?: number;
  unit?: string;
}

export interface Citation {
  /** Title inside 《》, as written (folded). */
  title: string;
  /** Range of 《…》 and of the title inside. */
  range: Range;
  titleRange: Range;
  paragraph: Paragraph;
  /** 以下简称《X》 declared right after this citation. */
  aliasDeclared?: { alias: string; range: Range };
  /** This citation is the alias in a 以下简称 declaration. */
  isAliasDeclaration: boolean;
  /** 文号 written right after the title, in brackets. */
  docNumberAfter?: DocNumber;
  /** 文号 written right before the title. */
  docNumberBefore?: DocNumber;
  /** Nested 《 inside (should be 〈〉). */
  nestedBrackets?: Range[];
}

export interface BracketProblem {
  kind: 'unclosed' | 'unopened' | 'nested';
  range: Range;
  paragraph: Paragraph;
}

/** An article (第五条) of a 办法, 规定 or 细则: body text, numbered straight through the document. */
export interface Article {
  number: number;
  numberText: string;
  markerRange: Range;
  paragraph: Paragraph;
}

/** A decimal heading of a 预案 or 标准 (5.2　信息报告): its number path [5, 2] and where it is. */
export interface DecimalHeading {
  path: number[];
  markerRange: Range;
  paragraph: Paragraph;
}

export interface PolicyDocument {
  index: number;
  range: Range;
  paragraphs: Paragraph[];
  header: DocumentHeader;
  /** Top-level headings, each with its children. */
  outline: Heading[];
  /** All headings in document order. */
  headings: Heading[];
  boxes: Box[];
  /** 第一条 … of a document written in articles; the （一） of an article are its items, not headings. */
  articles: Article[];
  /** 1　总则 / 1.1　编制目的 …: the numbering of a 预案 (empty unless three headings at least, one dotted). */
  decimalHeadings: DecimalHeading[];
  items: TaskItem[];
  clauses: Clause[];
  targets: TargetItem[];
  citations: Citation[];
  bracketProblems: BracketProblem[];
  docNumbers: DocNumber[];
  /** Units named as the subject of a sentence, outside the header. */
  statedUnits: StatedUnit[];
  /** The rows of the document's task tables. */
  tableTasks: TableTask[];
  /** Paragraphs before the first heading (preamble), header paragraphs excluded. */
  preamble: Paragraph[];
  /** An unnumbered closing paragraph that fills the safeguards slot (行动计划). */
  closingParagraph?: Paragraph;
  /** A notice wraps the document with this index (现将《X》印发给你们). */
  wraps?: number[];
  wrappedBy?: number;
}

export interface ParsedDraft {
  text: string;
  /** Width-folded copy of the text, same length. */
  folded: string;
  lines: LineIndex;
  format: SourceFormat;
  paragraphs: Paragraph[];
  /** Lines skipped as page junk (0-based). */
  junkLines: Set<number>;
  documents: PolicyDocument[];
  /** Markdown `policylint-disable-next-line` directives: line → rule ids (empty = all). */
  disabledLines: Map<number, string[]>;
}
