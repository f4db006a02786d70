/**
 * Shape tests on one line or paragraph of folded text, shared by the paragraph
 * builder (which must not join these lines with the next) and the header parser.
 */
import { hasTitleEnding } from './doctype';

/** Characters a complete paragraph or heading line can end with. */
const FINAL = new Set('。!?;:…)】》”’」』|．'.split(''));

export function endsComplete(s: string): boolean {
  if (s.length === 0) return false;
  const last = s[s.length - 1];
  // A half-width `.` after a Chinese character is a 句号 typed with an English IME (not 1. or 3.5).
  return FINAL.has(last) || (last === '.' && s.length > 1 && isHan(s.charCodeAt(s.length - 2)));
}

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** An attachment note (附件：… / 附件1：…) starts its own paragraph, whatever the line before it ends with. */
export function isAttachmentNote(s: string): boolean {
  return /^附件[ ]*\d*[ ]*:/.test(s);
}

/** A 版记 line: 抄送/抄报/分送：… (GB/T 9704-2012 §7.4.2); it is never part of the paragraph before it. */
export function isImprintLine(s: string): boolean {
  return /^(抄送|抄报|分送)[ ]*:/.test(s);
}

const DATE_SHAPE =
  /^((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})[ ]*(年|\.|-|\/)[ ]*(\d{1,2}|[〇零一二三四五六七八九十]{1,2})[ ]*(月|\.|-|\/)[ ]*(\d{1,2}|[〇零一二三四五六七八九十]{1,3})[ ]*(日|号)?$/;

export function looksLikeDate(s: string): boolean {
  return s.length <= 24 && DATE_SHAPE.test(s);
}

export function isPublicityLine(s: string): boolean {
  return /^\(此件(公开发布|不予公开|不公开|依申请公开|主动公开)\)$/.test(s);
}

const ORG_SUFFIX =
  /(人民政府|政府|办公厅|办公室|委员会|党委|委|局|厅|部|院|署|会|办|中心|领导小组|指挥部|公司|集团|文件)$/;

/** An organisation name alone on a line: 落款, or the 发文机关标志 above a title. */
export function isOrgNameLine(s: string): boolean {
  if (s.length < 4 || s.length > 40) return false;
  if (/[。,;:!?《》()“”]/.test(s)) return false;
  return ORG_SUFFIX.test(s.replace(/[ ]+/g, ''));
}

/** 主送机关: `各市、自治州人民政府,省政府各部门:` — ends with a colon, names bodies. */
export function isAddresseeLine(s: string): boolean {
  if (s.length > 120 || !s.endsWith(':')) return false;
  if (/[。;!?]/.test(s)) return false;
  return /(人民政府|政府|部门|单位|委员会|管委会|办事处|党委|各[^,、:]{0,6}(局|厅|委|办)|局|厅|委|办公室|公司|学校|医院|各乡镇|街道|社区\)?):$|各(有关)?(部门|单位)|人民政府|管委会|管理委员会/.test(s);
}

/** One body of a 主送机关 list: 各乡镇人民政府, 县政府各部门, 县教育局. */
const ADDRESSEE_PART = /^(?:各|有关|相关)?[\u4e00-\u9fff()]{0,24}(?:人民政府|政府|部门|单位|委员会|管委会|办事处|党委|局|厅|委|办|办公室|公司|学校|医院|机构|企业|所|股室|科室|站|乡镇|街道|\(社区\)|\(居\))$/;

/**
 * A 主送机关 with another ending or none (各乡镇人民政府，县政府各部门。): the names of
 * two bodies at least, or a collective (各…), and nothing else. The document splitter
 * takes it for the addressee only right under the title.
 */
export function isAddresseeWithoutColon(s: string): boolean {
  if (s.length > 80 || s.endsWith(':')) return false;
  const body = s.replace(/[。;.,]$/, '');
  if (/[。;!?:《》“”]/.test(body)) return false;
  const parts = body.split(/[,、]/).map((x) => x.trim());
  return (parts.length >= 2 || body.startsWith('各')) && parts.every((x) => ADDRESSEE_PART.test(x));
}

/** A decimal heading of a 预案 or 标准 (1　总则, 5.2　信息报告, 6.2.1　扑救火灾): a line of its own. */
export function isDecimalHeading(s: string): boolean {
  // Not a figure an OCR space cut from its unit (15 万亩, 3 个). After a dotted number
  // any title (5.2.1 Ⅰ级响应, 2.3 12345热线联动); after a bare one a Chinese word. A title
  // may still begin with a measure word's character: 7.1 名词术语, 2 人员转移安置, 3.1 次生灾害防范.
  if (s.length > 40 || /[。;!?]/.test(s)) return false;
  const m = /^\d{1,2}(?:(\.\d{1,2}){1,3})?[ ]+(\S)/.exec(s);
  if (!m) return false;
  if (!m[1] && !/[\u4e00-\u9fff]/.test(m[2])) return false;
  return !/[万亿千百个家项人元年月日名所户亩台套次条座%]/.test(m[2]) || TITLE_WORD.test(s.slice(m[0].length - 1));
}

/** Titles of 预案 sections that begin with a measure word's character. */
const TITLE_WORD = /^(?:人员|人口|人才|人民|人工|人防|名词|名称|名录|名单|次生|年度|月度|户籍|台账|个人|日常|条件|项目|所属|座谈)/;

/** A complete document title on its own: no sentence punctuation, ends like a title. */
export function isTitleShaped(s: string): boolean {
  if (s.length < 5 || s.length > 120) return false;
  if (/[。;!?]/.test(s) || /[:,]$/.test(s)) return false;
  if (/^(为|根据|按照|依据|现将|经|对)/.test(s)) return false;
  // 5 预警和信息报告, 6.2 响应措施: the decimal headings of a 预案, not a document's title.
  if (/^\d{1,2}(?:\.\d{1,2})*[ .、]/.test(s)) return false;
  // `附件:1.XX工作方案` names an attachment; the attached document's own title comes later.
  if (isAttachmentNote(s)) return false;
  return hasTitleEnding(s);
}

/** A line that is a 发文字号 and nothing else (any bracket form). */
export function looksLikeDocNumber(s: string): boolean {
  // A 文号 line is short; the length guard and bounded gaps keep a long line of spaces linear.
  return s.length <= 48 && /^[\u4e00-\u9fff]{1,12}[ ]{0,3}(?:[〔【\[(﹝][ ]{0,3}(?:19|20)\d{2}[ ]{0,3}[〕】\])﹞]?|[〔【\[(﹝]?[ ]{0,3}(?:19|20)\d{2}[ ]{0,3}[〕】\])﹞])[ ]{0,3}第?[ ]{0,3}\d{1,5}[ ]{0,3}号$/.test(s);
}

const BOX_TITLE = /^专栏[ ]*(\d{1,3}|[一二三四五六七八九十]{1,3})[ ]*[:.、]?[ ]*/;
/** A plan with a single box often leaves it unnumbered: 专栏　低空经济重点应用场景 / 专栏：… */
const UNNUMBERED_BOX_TITLE = /^专栏(?:[ ]+|[ ]*:[ ]*)(?=[\u4e00-\u9fff“])/;

export function matchBoxTitle(s: string): { numberText: string; length: number } | undefined {
  const m = BOX_TITLE.exec(s);
  if (m) return { numberText: m[1], length: m[0].length };
  const u = s.length <= 40 && !/[。;]$/.test(s) ? UNNUMBERED_BOX_TITLE.exec(s) : null;
  return u ? { numberText: '', length: u[0].length } : undefined;
}

/** Bullets: —— (U+2014 twice), a single —, an ASCII -, •. */
export function matchBullet(s: string): number {
  const m = /^(——|—|-(?!\d)|•|·|▪|◆|●|■)[ ]*/.exec(s);
  return m ? m[0].length : 0;
}

/** 版记 imprint: `XX人民政府办公室    2026年3月16日印发` (the 印发机关, spaces, the date, 印发). */
export const IMPRINT_DATE_LINE = /^(.{2,40}?(?:人民政府|政府|办公厅|办公室|委员会|局|厅|委|部|院|中心))[ ]+(\S{6,16}?)[ ]*印发$/;

/** A line that only lists a further attachment below an attachment note: `2.XXX方案`. */
export function isAttachmentLine(s: string): boolean {
  return /^\d{1,2}[ ]*[.、]/.test(s) && s.length <= 80 && !/。./.test(s);
}

/** A column label of an indicator table: 序号, 指标名称, 单位, 2025年, 属性 … */
const TABLE_HEADER_CELL =
  /^(?:序号|编号|类别|领域|指标|指标名称|主要指标|单位|计量单位|属性|指标属性|指标性质|基期值|现状值|目标值|预期值|(?:19|20)\d{2}年(?:目标|基期值|目标值)?|备注)$/;
// [310], 〔3000〕, (350): a 规划's five-year cumulative figures are written in brackets.
const TABLE_NUMBER_CELL = /^(?:[<>≥≤]?\d+(?:\.\d+)?%?|[[〔(][<>≥≤]?\d+(?:\.\d+)?%?[\]〕)]|—|-)$/;

/**
 * The cells of an indicator table's header row written as text (序号　指标名称　单位
 * 2025年): short labels, two of them at least the usual ones, no figures. Tables add
 * their own columns (年均增长[累计], 责任单位), so the rest only need the shape.
 */
function isHeaderCells(cells: readonly string[]): boolean {
  if (cells.length < 3) return false;
  let known = 0;
  for (const c of cells) {
    if (c.length > 12 || TABLE_NUMBER_CELL.test(c)) return false;
    if (TABLE_HEADER_CELL.test(c)) known++;
  }
  return known >= 2 && known >= cells.length / 2;
}

/**
 * A row of a table pasted as text, cells apart by spaces: its header row, or a data
 * row (旅游发展　1　年接待游客人次　万人次　286　800　22.8　预期性) with two number
 * cells at least and no sentence punctuation. A row is a paragraph of its own: it
 * neither continues the line before nor is continued.
 */
export function isTableRow(s: string): boolean {
  // A Markdown or pipe table row, its alignment row (| :--: | --: |) included.
  if (s.charCodeAt(0) === 0x7c && s.length > 2 && s.indexOf('|', 1) > 0) return true;
  if (s.indexOf(' ') < 0 || /[。;!?,:]/.test(s)) return false;
  const cells = s.trim().split(/[ ]+/);
  // A 顿号 inside a cell (国、省控断面…) only in a row of five cells or more; prose with spaces has fewer.
  const dun = s.includes('、');
  if (!dun && isHeaderCells(cells)) return true;
  if (cells.length < (dun ? 5 : 4)) return false;
  let numbers = 0;
  let named = false;
  for (const c of cells) {
    if (c.length > 24) return false;
    if (TABLE_NUMBER_CELL.test(c)) numbers++;
    else if (/[\u4e00-\u9fff]{3}/.test(c)) named = true;
  }
  return numbers >= 2 && named;
}

/** The header shapes a paragraph's text can have, as bits of one number (see shapeOf). */
export const Shape = {
  Title: 1,
  Addressee: 2,
  ImprintDate: 4,
  ImprintLine: 8,
  Publicity: 16,
  OrgName: 32,
  AttachmentNote: 64,
  AttachmentLabel: 128,
  AttachmentLine: 256,
  AddresseeWithoutColon: 512,
} as const;

/**
 * Every header shape of one paragraph's text at once. The document splitter asks
 * these of each paragraph on every lint; as one number they are computed with the
 * paragraph's other local facts and remembered with them across edits.
 */
export function shapeOf(s: string): number {
  let shape = 0;
  if (isTitleShaped(s)) shape |= Shape.Title;
  if (isAddresseeLine(s)) shape |= Shape.Addressee;
  else if (isAddresseeWithoutColon(s)) shape |= Shape.AddresseeWithoutColon;
  // The suffix test first: IMPRINT_DATE_LINE's lazy prefix is costly on every line.
  if (s.endsWith('印发') && IMPRINT_DATE_LINE.test(s)) shape |= Shape.ImprintDate;
  if (isImprintLine(s)) shape |= Shape.ImprintLine;
  if (isPublicityLine(s)) shape |= Shape.Publicity;
  if (isOrgNameLine(s)) shape |= Shape.OrgName;
  if (isAttachmentNote(s)) shape |= Shape.AttachmentNote;
  if (/^附件[ ]*\d*$/.test(s)) shape |= Shape.AttachmentLabel;
  if (isAttachmentLine(s)) shape |= Shape.AttachmentLine;
  return shape;
}
