/**
 * Responsibility clauses: `（A牵头，B、C配合）`, `（责任单位：A、B）`,
 * `（牵头单位：A；配合单位：B）`, `（A负责）`, `（A、B按职责分工负责）`, in either bracket
 * width, with OCR spaces inside words and scope notes after a `。`.
 */
import type { MappedText } from '../text/mapped';
import type { Clause, Paragraph, UnitMention, UnitRole } from './types';

/** Labels that introduce a unit list, and the role of that list. */
// A department's own plans (工作要点) assign 科室, 处室 and 股室 the same way; the leader
// or contact named beside them is a person, never a unit ('skip').
const LABELS: ReadonlyArray<[RegExp, UnitRole | 'skip']> = [
  [/^(牵头单位|牵头部门|主办单位|牵头科室|牵头处室|牵头股室|牵头)/, 'lead'],
  [/^(配合单位|配合部门|协办单位|参与单位|协助单位|配合科室|配合处室|配合股室)/, 'cooperate'],
  [/^(责任单位|责任部门|主责单位|责任主体|实施单位|责任科室|责任处室|责任股室|责任单|任单位)/, 'responsible'],
  [/^(责任领导|分管领导|牵头领导|责任人|联系人)/, 'skip'],
];
const LABEL_ANYWHERE =
  /(牵头单位|牵头部门|主办单位|牵头科室|牵头处室|牵头股室|配合单位|配合部门|协办单位|参与单位|协助单位|配合科室|配合处室|配合股室|责任单位|责任部门|主责单位|责任主体|实施单位|责任科室|责任处室|责任股室|责任领导|分管领导|牵头领导|责任人|联系人|责任单|任单位)[:]?/g;

/** Role words at the end of a unit or unit group: A牵头, B、C配合, A负责, 各县区政府具体落实. */
// 牵头抓总 leads; 协同 co-operates; 主责 is responsible.
const ROLE_SUFFIX = /(按职责分工|按职能分工|按照职责分工|按职责|分别|共同)?(牵头抓总|牵头|配合|参与|协助|协同|负责|主责|具体落实|抓好落实|组织实施|落实)(负责|落实|实施)?$/;

/**
 * What follows the unit lists inside a clause and is not a unit: a labelled remark
 * (；完成时限：2025年10月底, ；责任领导：…) or a closing time segment (，2025年底前完成 /
 * ；持续推进). The unit lists end where it starts.
 */
// The compact view has no spaces, so a remark set off by one (责任单位：A　完成时限：…) follows the
// last unit directly; a remark first in the clause (责任领导：…；责任科室：…) ends no list.
const REMARK_LABEL = /(?:[;,]|(?<=[^;,]))(完成时限|完成时间|时间节点|时间安排|进度安排|时限要求|时限|责任领导|分管领导|牵头领导|联系人|备注)[:]/;
const TIME_SEGMENT = /[;,]((?:于|在|力争|确保|计划)?(?:(?:19|20)\d{2}[年—-]|\d{1,2}月|年底|年内|年前|本年度|每年|每季度|每月|长期|持续|常态化|分年度|逐年)[^;,()]*)$/;

/** Words that never occur in a unit name: a bracket holding them is prose. */
const NOT_A_UNIT = /负责|牵头|配合|按照|根据|确保|做好|要求|开展|加强|完成/;

const CLAUSE_KEYWORD = /牵头|配合|负责|责任单位|责任部门|牵头单位|配合单位|主责单位|协办单位|责任科室|责任处室|责任股室|责任单:|任单位:/;

/** Longest unit name accepted inside a clause; longer tokens mean prose. */
const MAX_UNIT = 40;

/**
 * A label line with no brackets, as 工作方案 often put under each item:
 * `责任单位：市发改委、市工信局` / `牵头单位：A；配合单位：B；完成时限：2025年底` /
 * `责任领导：王××　责任科室：办公室` (the leader is a person, not a unit).
 */
const LABEL_LINE =
  /^(?:(?:责任领导|分管领导|牵头领导)[ ]*[:][^:;]{1,12}?[ ;,]*)?(牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|主责单位|责任主体|责任科室|责任处室|责任股室|牵头科室|牵头处室)[:]/;
/** A paragraph that is a label line (责任单位：… on a line of its own): the paragraph joiner ends it there. */
export function isLabelLine(s: string): boolean {
  return LABEL_LINE.test(s);
}

/** Labels that end the unit lists of a label line. */
const NON_UNIT_LABEL = /[;。]?(完成时限|完成时间|时间节点|时间安排|进度安排|时限要求|完成时间节点)[:]/;

/** Finds the responsibility clauses in a paragraph (its compact view: OCR spaces removed). */
export function findClauses(paragraph: Paragraph): Clause[] {
  const compact = paragraph.text.compact();
  const s = compact.text;
  const out: Clause[] = [];
  if (LABEL_LINE.test(s)) {
    const stop = NON_UNIT_LABEL.exec(s);
    const end = stop ? stop.index : s.replace(/[。;]+$/, '').length;
    const clause = parseClause(compact, -1, end, paragraph, false);
    if (clause) out.push(clause);
    return out;
  }
  const closing = matchingParens(s);
  for (let i = s.indexOf('('); i >= 0 && i < s.length; i = s.indexOf('(', i + 1)) {
    const close = closing.get(i);
    if (close === undefined) continue;
    const inner = s.slice(i + 1, close);
    if (!CLAUSE_KEYWORD.test(inner) || /以下简称|简称|下同/.test(inner)) continue;
    const clause = parseClause(compact, i, close, paragraph, true);
    if (clause) {
      out.push(clause);
      i = close;
    }
  }
  const unclosed = unclosedClause(compact, paragraph);
  if (unclosed) out.push(unclosed);
  return out;
}

/**
 * A clause whose （ is never closed, at the end of the paragraph (`…（A牵头，B配合。`):
 * read as the item's clause, marked unclosed for `clause-brackets`, so the item is
 * not also called one with no responsible unit.
 */
function unclosedClause(compact: MappedText, paragraph: Paragraph): Clause | undefined {
  const s = compact.text;
  const open = s.lastIndexOf('(');
  if (open < 0 || s.indexOf(')', open) >= 0) return undefined;
  let end = s.length;
  while (end > open + 1 && /[。;. ]/.test(s[end - 1])) end--;
  const inner = s.slice(open + 1, end);
  if (!CLAUSE_KEYWORD.test(inner) || inner.includes('。') || /以下简称|简称|下同/.test(inner)) return undefined;
  return parseClause(compact, open, end, paragraph, true, true);
}

/** Remark lines that may stand between the label lines of one item (完成时限：2027年底前). */
const REMARK_LINE = /^(?:完成时限|完成时间|时间节点|进度安排|时限要求|责任领导|分管领导|牵头领导|责任人)[:]/;

/** A remark line of an item (完成时限：…, 责任领导：…): the paragraph joiner ends it there. */
export function isRemarkLine(s: string): boolean {
  return REMARK_LINE.test(s);
}

/**
 * The label lines under one item (牵头单位：A / 配合单位：B / 完成时限：…, each on a line
 * of its own, as 分工方案 lay them out) are one clause, as they would be in one bracket:
 * the 配合单位 line has the lead of the line above. `paragraphs` are the document's, in
 * order, by index. The cached clauses are not changed; a joined one is a new object.
 */
export function joinLabelLines(clauses: readonly Clause[], paragraphAt: (index: number) => Paragraph): Clause[] {
  const out: Clause[] = [];
  for (const c of clauses) {
    const previous = out[out.length - 1];
    if (c.labelLine && previous?.labelLine && onlyRemarksBetween(previous.paragraph.index, c.paragraph.index, paragraphAt)) {
      out[out.length - 1] = {
        ...previous,
        range: { start: previous.range.start, end: c.range.end },
        innerRange: { start: previous.innerRange.start, end: c.innerRange.end },
        text: `${previous.text};${c.text}`,
        units: [...previous.units, ...c.units],
        hasLead: previous.hasLead || c.hasLead,
        hasCooperate: previous.hasCooperate || c.hasCooperate,
      };
    } else out.push(c);
  }
  return out;
}

function onlyRemarksBetween(from: number, to: number, paragraphAt: (index: number) => Paragraph): boolean {
  if (to <= from) return false;
  for (let i = from + 1; i < to; i++) if (!isRemarkLine(paragraphAt(i).text.compact().text)) return false;
  return true;
}

/** Opening bracket → its closing bracket, in one pass (unclosed ones are absent). */
function matchingParens(s: string): Map<number, number> {
  const out = new Map<number, number>();
  const open: number[] = [];
  for (let j = s.indexOf('('), k = s.indexOf(')'); j >= 0 || k >= 0; ) {
    if (j >= 0 && (k < 0 || j < k)) {
      open.push(j);
      j = s.indexOf('(', j + 1);
    } else {
      const o = open.pop();
      if (o !== undefined) out.set(o, k);
      k = s.indexOf(')', k + 1);
    }
  }
  return out;
}

interface Token {
  text: string;
  start: number;
  /** A comma or semicolon (not a 顿号) stands before it: it opens a group of units. */
  opensGroup?: boolean;
  /** The name in brackets after another: the same body's second plaque. */
  plaque?: boolean;
}

/** The units of one cell of a task table (`from`–`to` in the paragraph's text), all in `role`; undefined if the cell is prose. */
export function cellUnits(text: MappedText, from: number, to: number, paragraph: Paragraph, role: UnitRole): UnitMention[] | undefined {
  return parseClause(text, from - 1, to, paragraph, false, false, role)?.units;
}

/**
 * Parses the unit lists between `open` and `close` (a bracket pair, or for a label
 * line open = -1 and close = the end of the lists); `role`, when given, is the role of
 * a list with no role words (a table column).
 */
function parseClause(
  compact: MappedText,
  open: number,
  close: number,
  paragraph: Paragraph,
  bracketed: boolean,
  unclosed = false,
  role?: UnitRole,
): Clause | undefined {
  const s = compact.text;
  let innerEnd = close;
  // A scope note after 。 is not part of the unit list (seed 002:115, 003:47).
  const stop = s.indexOf('。', open);
  if (stop >= 0 && stop < close) innerEnd = stop;
  innerEnd = unitListEnd(s, open + 1, innerEnd);
  const units: UnitMention[] = [];
  let prose = false;

  const addTokens = (from: number, to: number, fixedRole?: UnitRole) => {
    let pending: Token[] = [];
    const assign = (role: UnitRole) => {
      for (const t of pending) pushUnits(t, role);
      pending = [];
    };
    for (const token of splitTokens(s, from, to)) {
      // 市发展改革委（牵头）: the role in brackets after the name.
      const bracketRole = /\((牵头|配合|负责)(单位)?\)$/.exec(token.text);
      if (bracketRole) {
        pushUnits({ text: token.text.slice(0, bracketRole.index), start: token.start }, roleOf(bracketRole[1]));
        continue;
      }
      // A role word overrides the label's role for its own group: （责任单位：A牵头，B配合）,
      // （责任单位：A、B，C配合）: A and B keep the label's role, C cooperates.
      const m = ROLE_SUFFIX.exec(token.text);
      if (m) {
        const name = token.text.slice(0, m.index);
        if (fixedRole) {
          // The group starts at the token itself after a comma, else at the last pending token after one.
          let group = pending.length;
          if (!token.opensGroup) {
            const opener = pending.map((t) => t.opensGroup).lastIndexOf(true);
            group = opener < 0 ? 0 : opener;
          }
          for (const t of pending.slice(0, group)) pushUnits(t, fixedRole);
          pending = pending.slice(group);
        }
        if (name) pending.push({ text: name, start: token.start });
        assign(roleOf(m[2]));
      } else {
        pending.push(token);
      }
    }
    assign(fixedRole ?? 'responsible');
  };

  const pushUnits = (token: Token, role: UnitRole) => {
    for (const part of expandToken(token)) {
      const cleaned = cleanUnit(part.text);
      if (!cleaned.text) continue;
      if (cleaned.text.length > MAX_UNIT || NOT_A_UNIT.test(cleaned.text)) prose = true;
      const start = part.start + cleaned.offset;
      const unit: UnitMention = { name: cleaned.text, role, range: compact.range(start, start + cleaned.text.length) };
      if (part.plaque) unit.plaque = true;
      units.push(unit);
    }
  };

  const inner = s.slice(open + 1, innerEnd);
  LABEL_ANYWHERE.lastIndex = 0;
  const labels = [...inner.matchAll(LABEL_ANYWHERE)];
  if (labels.length > 0) {
    if (labels[0].index! > 0) addTokens(open + 1, open + 1 + labels[0].index!);
    labels.forEach((label, k) => {
      const from = open + 1 + label.index! + label[0].length;
      const to = k + 1 < labels.length ? open + 1 + labels[k + 1].index! : innerEnd;
      const role = LABELS.find(([re]) => re.test(label[1]))![1];
      if (role !== 'skip') addTokens(from, to, role);
    });
  } else {
    addTokens(open + 1, innerEnd, role);
  }
  if (prose || units.length === 0) return undefined;
  shareSuffixes(units);

  // Standalone: nothing but the bracket in the paragraph (a group clause, 003:57).
  // A label line belongs to the item it follows.
  const before = s.slice(0, Math.max(0, open)).trim();
  const after = s.slice(close + 1).replace(/[。;.]/g, '').trim();
  // An unclosed clause ends where its unit list ends: there is no ）to include.
  const end = unclosed ? close : close + 1;
  const range = bracketed ? compact.range(open, end) : compact.range(0, close);
  return {
    range,
    innerRange: compact.range(open + 1, close),
    text: bracketed ? s.slice(open, end) : s.slice(0, close),
    units,
    hasLead: units.some((u) => u.role === 'lead' || u.role === 'responsible'),
    hasCooperate: units.some((u) => u.role === 'cooperate'),
    standalone: bracketed && !unclosed && before.length === 0 && after.length === 0,
    unclosed,
    labelLine: !bracketed,
    paragraph,
    covers: [],
  };
}

/** Where the unit lists between `from` and `to` end: before a remark or a closing time segment. */
function unitListEnd(s: string, from: number, to: number): number {
  const inner = s.slice(from, to);
  const label = REMARK_LABEL.exec(inner);
  let end = label ? label.index : inner.length;
  for (let m = TIME_SEGMENT.exec(inner.slice(0, end)); m; m = TIME_SEGMENT.exec(inner.slice(0, end))) end = m.index;
  return from + end;
}

function roleOf(word: string): UnitRole {
  if (word.startsWith('牵头')) return 'lead';
  if (word === '负责' || word === '主责' || word.endsWith('落实') || word === '组织实施') return 'responsible';
  return 'cooperate';
}

/** Splits a unit list at 、 , ; (and 及 between two names). */
function splitTokens(s: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let start = from;
  let depth = 0;
  for (let j = from; j <= to; j++) {
    const c = j < to ? s[j] : '';
    // 各县(市、区)人民政府: a 顿号 inside brackets is part of the name.
    if (c === '(' || c === '〔') depth++;
    else if ((c === ')' || c === '〕') && depth > 0) depth--;
    // 中央、省驻酒有关单位 is one collective, not 中央 and 省驻酒有关单位.
    if (c === '、' && s[j + 1] === '省' && j - start === 2 && s.startsWith('中央', start)) continue;
    if (j === to || (depth === 0 && (c === '、' || c === ',' || c === ';' || c === ':'))) {
      if (j > start) out.push({ text: s.slice(start, j), start, opensGroup: start > from && (s[start - 1] === ',' || s[start - 1] === ';') });
      start = j + 1;
    }
  }
  return out;
}

/**
 * `兰州市、白银市政府及兰州新区管委会`: split at 及, and at 和 right after the end of a
 * unit name (市财政局和各县区政府; not 县发展和改革局, nor 各乡镇党委和政府, one body);
 * a bare place name before a `…市政府` shares its suffix (seed 002:130).
 */
function expandToken(token: Token): Token[] {
  const parts: Token[] = [];
  let start = 0;
  const t = token.text;
  for (let j = t.search(/[及和]/); j > 0; j = nextJoiner(t, j + 1)) {
    if (t[j] === '和' && (!/[局委办厅府院会心部队所站司行]/.test(t[j - 1]) || /^(?:人民)?政府/.test(t.slice(j + 1)))) continue;
    parts.push({ text: t.slice(start, j), start: token.start + start });
    start = j + 1;
  }
  parts.push({ text: t.slice(start), start: token.start + start });
  // 省政府办公厅〔省数据局〕, 市发展改革委（市粮食和储备局）: a unit with the name of another
  // it hosts or shares a sign with (seed 002:146); 各村〔社区〕 is one name.
  return parts.flatMap((p) => {
    const m = /^(.+)[〔(]([^()〔〕]{2,})[〕)]$/.exec(p.text);
    return m && !PLACE_QUALIFIER.test(m[2]) ? [{ text: m[1], start: p.start }, { text: m[2], start: p.start + m[1].length + 1, plaque: true }] : [p];
  });
}

function nextJoiner(t: string, from: number): number {
  const i = t.slice(from).search(/[及和]/);
  return i < 0 ? -1 : from + i;
}

/** The kinds of place in brackets after a name: 各县(市、区), 各村〔社区〕, 各乡(镇). */
const PLACE_QUALIFIER = /^(?:市|州|县|区|旗|乡|镇|村|社区|街道|居|场|园区|行委)(?:、(?:市|州|县|区|旗|乡|镇|村|社区|街道|居|场|园区|行委))*$/;

/** `兰州市、白银市政府`: a bare place name takes the 政府 of a later `…市政府`. */
function shareSuffixes(units: UnitMention[]): void {
  for (let i = 0; i < units.length; i++) {
    if (!/^[\u4e00-\u9fff]{1,6}(市|州|县|区)$/.test(units[i].name)) continue;
    for (let j = i + 1; j < units.length; j++) {
      const m = /(市|州|县|区)(人民政府|政府|党委)$/.exec(units[j].name);
      if (m && units[j].name.length <= 10) {
        units[i] = { ...units[i], name: units[i].name + m[2] };
        break;
      }
    }
  }
}

/** Removes words around a unit name that are not part of it (由, 等, 等市直有关部门, 各自). */
function cleanUnit(text: string): { text: string; offset: number } {
  let offset = 0;
  let t = text;
  const lead = /^(由|会同|联合|以及|和|与)/.exec(t);
  if (lead) {
    offset = lead[0].length;
    t = t.slice(offset);
  }
  // 市市场监管局等市直有关部门: the unit named, and the rest of its kind.
  t = t.replace(/(等(?:[省市州县区]直|[省市州县区]级)?(?:各)?(?:有关|相关)?(?:部门|单位)|等|各自)$/, '');
  return { text: t, offset };
}
