/**
 * Target items: the paragraphs, —— bullets and numbered items of a target section
 * (发展目标/主要目标/工作目标/总体目标/目标任务 …) and of any 专栏 about targets or
 * indicators, each with its quantities, time horizon and vague wording.
 */
import { findVagueWords } from '../lexicon/vagueWords';
import { findDeadline, findQuantities } from './quantity';
import { shift } from '../cache';
import type { MappedText } from '../text/mapped';
import { isLabelLine, isRemarkLine } from './clauses';
import { isTableRow } from './lineKinds';
import { slotOf } from './slots';
import type { Box, Heading, Paragraph, Quantity, TargetItem, TargetKind, TargetStage } from './types';

// Opening with the vision, not naming it as the basis (锚定2035年远景目标，…实现以下主要目标).
const VISION = /^(?:(?:到|展望|远景|至)[ ]*)?(?:到[ ]*)?2035[ ]*年|^(?:展望)?2035年远景目标|^远景目标/;
/** A named deliverable with no number: 创成国家全域旅游示范区, 建成…综合保税区. */
const MILESTONE =
  /(创成|创建成功|成功创建|成功申报|获批|建成|创建|争创|申报|通过)[^。,;]{0,24}(示范区|示范市|示范县|示范城市|示范基地|示范工厂|示范企业|示范村|示范县区|试验区|先行区|保税区|自贸区|基地|枢纽|中心|城市|园区|工厂|标杆|称号|验收|认定)/;
const VAGUE_QUALIFIER = /基本|初步|逐步|显著|明显|进一步|不断|持续|稳步|更加|大幅/;

/** A table's caption (表1　主要指标), row or note (注：…): the numbers are in its cells, not sentences to quantify. */
function isTableLine(s: string): boolean {
  return /^(?:(?:附表|表)[ ]*\d{1,2}(?:[ ]|$)|(?:注|备注)[ ]*:)/.test(s) || isTableRow(s) || POINTER.test(s);
}

/** 牵头单位：… / 配合单位：… / 完成时限：… under a target of a 分工方案: who and when, not a target. */
function isDutyLine(s: string): boolean {
  return isLabelLine(s) || isRemarkLine(s);
}

/** 主要指标见表1。/ 具体指标详见附件1。: the sentence that sends the reader to the table holding the numbers. */
const POINTER = /^[^。;]{0,16}(?:详见|参见|见)(?:附表|表|附件|专栏)[ ]*[0-9一二三四五六七八九十]{0,3}[^。;]{0,12}[。.]?$/;

/** 发展目标, 主要目标, (三)总体目标 …: short titles that name the target slot. */
export function isTargetHeading(h: Heading): boolean {
  return h.title.length <= 14 && slotOf(h.title) === 'targets';
}

export function findTargets(headings: Heading[], boxes: Box[]): TargetItem[] {
  const out: TargetItem[] = [];
  const seen = new Set<Paragraph>();
  for (const h of headings) {
    if (h.box || !isTargetHeading(h)) continue;
    // The outermost target heading collects everything under it.
    if (h.parent && hasTargetAncestor(h.parent)) continue;
    collect(sectionParagraphs(h), h, undefined, out, seen, true, isOverview(h));
  }
  for (const b of boxes) {
    if (!b.targets) continue;
    collect(b.paragraphs, b.parent, b, out, seen);
  }
  // 一、总体要求 … 到2027年，…: the targets stated in the general part with no 目标
  // heading of their own (the 国务院 行动方案 style, 国发〔2024〕7号).
  for (const h of headings) {
    if (h.box || h.level !== 1 || h.slot !== 'general') continue;
    const stated = sectionParagraphs(h).filter((p) => !seen.has(p) && opensStage(p.text.text));
    if (stated.length) collect(stated, h, undefined, out, seen, false);
  }
  return out;
}

/** A paragraph that begins with a stage before the 2035 vision: 到2023年，… */
function opensNearStage(s: string): boolean {
  const year = STAGE_OPENING.exec(s)?.[1];
  return year !== undefined && Number(year) < 2035;
}

/** A paragraph that begins with a stage of the plan: 到2027年，… / 展望2035年，… */
function opensStage(s: string): boolean {
  return STAGE_OPENING.test(s) || VISION_OPENING.test(s);
}

/** （二）总体目标 with （三）具体目标 (or 主要指标) after it among its siblings: the numbers are there. */
function isOverview(h: Heading): boolean {
  if (!/总体目标/.test(h.title) || !h.parent) return false;
  const siblings = h.parent.children;
  return siblings.slice(siblings.indexOf(h) + 1).some((s) => !s.box && isTargetHeading(s));
}

function hasTargetAncestor(h: Heading | undefined): boolean {
  for (let cur = h; cur; cur = cur.parent) if (!cur.box && isTargetHeading(cur)) return true;
  return false;
}

/** The heading's own paragraph (if inline) and everything under it, boxes excluded. */
function sectionParagraphs(h: Heading): Paragraph[] {
  const out: Paragraph[] = [];
  const visit = (x: Heading, isRoot: boolean) => {
    // A standalone sub-section title is a heading, never a target item; a numbered
    // statement ending in 。 is an item even when a paragraph follows it.
    const statement = /[。;!?]$/.test(x.paragraph.text.text);
    const subsectionTitle = !x.inline && (isRoot || x.children.length > 0 || (x.body.length > 0 && !statement));
    if (!subsectionTitle) out.push(x.paragraph);
    for (const p of x.body) out.push(p);
    for (const c of x.children) visit(c, false);
  };
  visit(h, true);
  return out;
}

function collect(
  paragraphs: Paragraph[],
  section: Heading | undefined,
  box: Box | undefined,
  out: TargetItem[],
  seen: Set<Paragraph>,
  mayLeadIn = true,
  /** Every paragraph introduces: an overview (总体目标) before the section giving the numbers (具体目标). */
  overview = false,
): void {
  const items = paragraphs.filter((p) => !seen.has(p) && !p.headerRole && !p.tableRow && p.text.text.trim().length > 0 && !isTableLine(p.text.text) && !isDutyLine(p.text.text));
  items.forEach((p, k) => {
    seen.add(p);
    let text = p.text;
    // An inline section heading `(三)发展目标。到2025年…` is judged on its body.
    if (p === section?.paragraph && section.inline) {
      const stop = text.text.indexOf('。');
      text = text.slice(stop + 1).trim();
    }
    const s = text.text;
    let kind: TargetKind = 'item';
    if (VISION.test(s.slice(0, 16))) kind = 'vision';
    // The first paragraph introduces the items below it, unless it is the first of
    // parallel stage paragraphs (到2023年，… / 到2025年，…); one that ends in a colon
    // (…分年度目标如下：) introduces them whatever it opens with.
    // 主要指标：, 具体目标如下：: a label over the items, like a lead-in wherever it stands.
    else if (s.endsWith(':') && s.length <= 20 && !p.heading) kind = 'lead-in';
    else if (overview) kind = 'lead-in';
    else if (mayLeadIn && k === 0 && items.length > 1 && !p.heading && !p.bullet && !box && (s.endsWith(':') || !(opensStage(s) && items.slice(1).some((q) => opensNearStage(q.text.text))))) kind = 'lead-in';
    const facts = text === p.text && p.cacheEntry ? cachedFacts(p, text) : factsOf(text);
    out.push({ text: s, range: text.fullRange, paragraph: p, kind, section, box, ...facts });
  });
}

type TargetFacts = Pick<TargetItem, 'quantities' | 'deadline' | 'milestone' | 'vagueWords' | 'stages'>;

/** 到2029年，… / 力争到2027年底，…: a sentence that opens a stage of the plan. */
const STAGE_OPENING = /^(?:力争|计划|预计)?(?:到|至)\s*(20\d{2})\s*年(?:底|末)?[，,]/;
const SENTENCE = /[^。；;!?！？]+[。；;!?！？]?/g;
/** A sentence that opens the long-range vision, which ends the stage before it. */
const VISION_OPENING = /^(?:展望|远景)|^(?:力争)?(?:到|至)?\s*2035\s*年/;

/**
 * The item's stages before the 2035 vision, and whether a quantity stands in each. A
 * stage runs from its opening sentence (到2025年，…) to the next stage or the vision:
 * `到2025年，基本建成…体系。全县公路总里程达到3500公里…` is one quantified stage.
 */
function stagesOf(text: MappedText, quantities: Quantity[]): TargetStage[] {
  const out: TargetStage[] = [];
  const s = text.text;
  let open: { year: string; offset: number; end: number } | undefined;
  const close = () => {
    if (!open) return;
    const range = text.range(open.offset, open.end);
    const quantified = quantities.some((q) => q.range.start >= range.start && q.range.start < range.end);
    out.push({ year: open.year, text: s.slice(open.offset, open.end), offset: open.offset, quantified });
    open = undefined;
  };
  for (const m of s.matchAll(SENTENCE)) {
    const sentence = m[0].trim();
    if (!sentence) continue;
    const offset = m.index! + m[0].indexOf(sentence);
    const year = STAGE_OPENING.exec(sentence)?.[1];
    if (year || VISION_OPENING.test(sentence)) {
      close();
      if (year && Number(year) < 2035) open = { year, offset, end: offset + sentence.length };
    } else if (open) open.end = offset + sentence.length;
  }
  close();
  return out;
}

/** What the item's own text says: its quantities, deadline, milestone and vague words. */
function factsOf(text: MappedText): TargetFacts {
  const s = text.text;
  const quantities = findQuantities(text);
  return {
    quantities,
    deadline: findDeadline(s),
    milestone: quantities.length === 0 && MILESTONE.test(s) && !VAGUE_QUALIFIER.test(s),
    vagueWords: findVagueWords(s),
    stages: quantities.length ? stagesOf(text, quantities) : [],
  };
}

/** factsOf a whole paragraph, remembered with its text (quantities relative to its start) while the draft is edited. */
function cachedFacts(p: Paragraph, text: MappedText): TargetFacts {
  const base = p.range.start;
  let fresh: TargetFacts | undefined;
  const stored = p.cacheEntry!.value('targets', () => {
    fresh = factsOf(text);
    return { ...fresh, quantities: fresh.quantities.map((q) => ({ ...q, range: shift(q.range, -base) })) };
  });
  return fresh ?? { ...stored, quantities: stored.quantities.map((q) => ({ ...q, range: shift(q.range, base) })) };
}
