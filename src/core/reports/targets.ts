/**
 * 指标表 — the target table: every quantified target of the draft parsed into
 * indicator, value, unit, comparator (以上/左右/以内), baseline (较2020年), deadline and
 * place; beside it the unquantified targets and those with no deadline, as the
 * linter judges them; and where the draft cites a plan that sets the same
 * indicator, the parent's value, with a draft target weaker than its parent's flagged.
 */
import type { Corpus } from '../corpus/corpus';
import { aliasesOf, resolveCitation } from '../corpus/resolveCitation';
import { parseDraft } from '../parse/parse';
import { findDeadline } from '../parse/quantity';
import type { ParsedDraft, PolicyDocument, Quantity, TargetItem } from '../parse/types';
import { similarity } from '../text/similarity';
import { decode } from '../text/decode';
import * as fs from 'node:fs';

export interface Indicator {
  indicator: string;
  value: number;
  valueText: string;
  unit?: string;
  comparator?: string;
  /** 较2020年, 比上年 … */
  baseline?: string;
  deadline?: string;
  /** Higher is better (达到, 提高) or lower is better (下降, 控制在, 以内). */
  direction: 'up' | 'down';
  section: string;
  line: number;
  /** The clause the indicator was read from. */
  text: string;
  parent?: {
    plan: string;
    file: string;
    line: number;
    value: number;
    valueText: string;
    comparator?: string;
    /** The draft promises less than the plan it implements. */
    weaker: boolean;
  };
}

export interface TargetTable {
  document: string;
  indicators: Indicator[];
  unquantified: Array<{ line: number; text: string; kind: TargetItem['kind']; milestone: boolean }>;
  noDeadline: Array<{ line: number; indicator: string; valueText: string }>;
}

// Not inside an indicator's name: 增加值, 增长率, 达标率.
const VERB =
  /(达到|提高到|提高至|提升到|提升至|增长到|增加到|扩大到|扩大至|突破|超过|超|保持在|稳定在|控制在|缩小到|缩小至|压缩至|压缩到|压减至|压减到|缩短至|缩短到|下降到|下降至|降低到|降低至|降至|下降|降低|减少|增长(?!率)|增加(?!值)|提高|提升|新增|累计|完成|建成(?!区)|培育|打造|引进|创建|实现|达(?!标)|占比|占)/;
/** Words before an indicator's name that are its stage or its pace: 每年, 年均, 近期（2025年）：. */
const NAME_LEAD = /^(?:(?:近期|中期|远期)(?:目标)?(?:\([^()]{0,12}\))?:|每年|年均|年内|今年|力争)+/;
/** A comparison left at the end of the name: …不低于, …进入全国前. */
const NAME_TAIL = /(?:不低于|不少于|不超过|不高于|进入全国前|进入全省前|进入全市前|进入|位居|保持)$/;
const DOWN = /下降|降低|降至|减少|缩小|压缩|压减|缩短|控制在|以内|以下|不超过|不高于/;

/** Reads indicators out of one target item. */
export function indicatorsOf(t: TargetItem, sectionTitle: string, horizon: string | undefined, line: number): Indicator[] {
  const out: Indicator[] = [];
  const text = t.text;
  let cursor = 0;
  let previousEnd = 0;
  for (const q of t.quantities) {
    // 全部清零, 第一方阵, 三家: a target with no figure is an indicator too, its value its words.
    // The clause around the quantity: between the separators before and after it.
    const found = text.indexOf(q.text, cursor);
    const at = found >= 0 ? found : cursor;
    cursor = at + q.text.length;
    const before = text.slice(0, at);
    // From the last separator, or from the quantity before in the same clause (智能工厂200个、数字化车间500个).
    const clauseStart = Math.max(before.lastIndexOf(',') + 1, before.lastIndexOf(';') + 1, before.lastIndexOf('。') + 1, previousEnd);
    previousEnd = cursor;
    const tail = /^[^,;。]*/.exec(text.slice(at + q.text.length))?.[0] ?? '';
    const clause = text.slice(clauseStart, at) + q.text + tail;
    const head = text.slice(clauseStart, at);
    const verb = VERB.exec(head);
    let indicator = (verb ? head.slice(0, verb.index) : head).replace(/^(到|至|力争到?|确保|其中)?[ ]*((19|20)\d{2}年(底|末)?|[“"']?十[一二三四五六七八九]五[”"']?末)?[ ,]*/, '');
    indicator = indicator
      .replace(/^(\d{1,3}[.、]|\([一二三四五六七八九十\d]+\)|——|—|-)[ ]*/, '')
      .replace(/^(全市|全省|全县|全区|全州)/, '')
      .replace(/(年均|累计|比上年|较上年)?[的 ]*$/, '')
      .replace(/^[、和及与]+/, '')
      .replace(NAME_LEAD, '')
      .replace(/(?:较|比)(?:(?:19|20)\d{2}年|上年)$/, '')
      .replace(NAME_TAIL, '')
      .replace(/:$/, '')
      .trim();
    // 培育数字化转型服务商50家: the indicator is what comes after the verb.
    if (!indicator && verb) indicator = head.slice(verb.index + verb[0].length).trim();
    if (!indicator) indicator = head.trim();
    // …零售额突破50亿元，年均增长10%以上: the pace of the indicator before it.
    const previous = out[out.length - 1];
    if (previous && /^(?:年均|每年|累计)?(?:增长|增速|提高|下降|降低)?$/.test(indicator)) indicator = `${previous.indicator}（${head.trim() || '同上'}）`;
    const comparatorAfter = /^(以上|及以上|左右|以内|以下|多)/.exec(tail.trim())?.[0] ?? /(以上|左右|以内|以下)$/.exec(q.text)?.[0];
    const comparatorBefore = /(不低于|不少于|不超过|不高于|超过|突破|高于|低于)[^,;]*$/.exec(head)?.[1] ?? /^(不低于|不少于|不超过|不高于|超过|突破|高于|低于)/.exec(q.text)?.[1];
    const baseline = /(较|比)(20\d{2}年|上年|“十[一二三四五]五”末|基期)/.exec(clause)?.[0];
    out.push({
      indicator,
      value: q.value ?? Number.NaN,
      valueText: q.text,
      unit: q.value === undefined ? undefined : q.unit,
      comparator: comparatorAfter ?? comparatorBefore,
      baseline,
      // The baseline year (较2020年) is not a deadline.
      deadline: findDeadline(baseline ? clause.replace(baseline, '') : clause) ?? t.deadline ?? horizon,
      direction: DOWN.test(head.slice(verb?.index ?? 0) + q.text + (comparatorAfter ?? '')) ? 'down' : 'up',
      section: sectionTitle,
      line,
      text: clause.trim(),
    });
  }
  return out;
}

export function targetTables(draft: ParsedDraft, corpus?: Corpus): TargetTable[] {
  return draft.documents.filter((d) => d.targets.length).map((doc) => tableOf(draft, doc, corpus));
}

function tableOf(draft: ParsedDraft, doc: PolicyDocument, corpus: Corpus | undefined): TargetTable {
  const period = doc.header.period?.text;
  const leadIns = new Map<unknown, string | undefined>();
  for (const t of doc.targets) if (t.kind === 'lead-in') leadIns.set(t.section ?? t.box, t.deadline);
  const indicators: Indicator[] = [];
  const unquantified: TargetTable['unquantified'] = [];
  for (const t of doc.targets) {
    const line = draft.lines.lineAt(t.range.start) + 1;
    const sectionTitle = t.box ? `专栏${t.box.numberText} ${t.box.title}` : t.section ? t.section.marker + t.section.title : '';
    if (!t.quantities.length) {
      // As written (full-width punctuation), not the folded copy the parser matches on.
      const text = draft.text.slice(t.range.start, t.range.end).replace(/\r\n|\r|\n/g, '');
      unquantified.push({ line, text, kind: t.kind, milestone: t.milestone });
      continue;
    }
    const horizon = leadIns.get(t.section ?? t.box) ?? (t.section && findDeadline(t.section.title)) ?? period;
    indicators.push(...indicatorsOf(t, sectionTitle, horizon, line));
  }
  if (corpus) compareWithParents(draft, doc, corpus, indicators);
  return {
    document: doc.header.title?.original ?? '',
    indicators,
    unquantified,
    noDeadline: indicators.filter((i) => !i.deadline).map((i) => ({ line: i.line, indicator: i.indicator, valueText: i.valueText })),
  };
}

/** Indicators of the plans the draft cites (the parent plans in the corpus). */
function compareWithParents(draft: ParsedDraft, doc: PolicyDocument, corpus: Corpus, indicators: Indicator[]): void {
  const aliases = aliasesOf(draft);
  const parents = new Map<string, { plan: string; file: string; indicators: Indicator[] }>();
  for (const c of doc.citations) {
    const t = resolveCitation(c, draft, corpus, aliases);
    if (t.kind !== 'corpus' || !t.doc.title) continue;
    const key = `${t.doc.file}#${t.doc.index}`;
    if (parents.has(key)) continue;
    const parentDraft = readParsed(t.doc.file);
    const parentDoc = parentDraft?.documents[t.doc.index];
    if (!parentDraft || !parentDoc) continue;
    parents.set(key, { plan: t.doc.title, file: t.doc.file, indicators: targetTables(parentDraft)[parentDraft.documents.filter((d) => d.targets.length).indexOf(parentDoc)]?.indicators ?? [] });
  }
  for (const ind of indicators) {
    let best: { score: number; parent: { plan: string; file: string }; other: Indicator } | undefined;
    for (const p of parents.values()) {
      for (const other of p.indicators) {
        if ((other.unit ?? '') !== (ind.unit ?? '')) continue;
        const score = similarity(ind.indicator, other.indicator);
        if (score >= 0.6 && (!best || score > best.score)) best = { score, parent: p, other };
      }
    }
    if (!best) continue;
    const o = best.other;
    const weaker = ind.direction === 'up' ? ind.value < o.value : ind.value > o.value;
    ind.parent = { plan: best.parent.plan, file: best.parent.file, line: o.line, value: o.value, valueText: o.valueText, comparator: o.comparator, weaker };
  }
}

const parsedFiles = new Map<string, { mtimeMs: number; draft: ParsedDraft }>();
function readParsed(file: string): ParsedDraft | undefined {
  try {
    const stat = fs.statSync(file);
    const hit = parsedFiles.get(file);
    if (hit && hit.mtimeMs === stat.mtimeMs) return hit.draft;
    const decoded = decode(fs.readFileSync(file));
    if (decoded.kind !== 'text') return undefined;
    const draft = parseDraft(decoded.text, { format: /\.(md|markdown)$/i.test(file) ? 'markdown' : 'text' });
    parsedFiles.set(file, { mtimeMs: stat.mtimeMs, draft });
    return draft;
  } catch {
    return undefined;
  }
}

export type { Quantity };
