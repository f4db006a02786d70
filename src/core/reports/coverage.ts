/**
 * 上位规划对照 — coverage of the parent plan: for a draft that implements a cited plan
 * (贯彻落实《X》, 根据《X》, or one the user picks), each task of the parent with the
 * draft items that take it up, a score and a verdict (已落实 / 部分 / 未涉及), and the
 * draft items that match no parent task.
 *
 * Similarity is TF-IDF cosine over jieba words (the segmenter; this is word-level
 * work, off the lint path). The thresholds come from tests on a parent plan and a
 * draft written to take up some of its tasks, reword others and leave some out
 * (test/unit/reports.test.ts).
 */
import * as fs from 'node:fs';
import { aliasesOf, resolveCitation } from '../corpus/resolveCitation';
import type { CorpusDocument, CorpusIndex } from '../corpus/types';
import { chapterOf } from '../parse/items';
import { parseDraft } from '../parse/parse';
import type { Heading, ParsedDraft, PolicyDocument } from '../parse/types';
import type { Segmenter } from '../segment';
import { decode } from '../text/decode';

/**
 * A draft item matches a parent task when their TF-IDF cosine reaches `match`: in the
 * test pair (test/fixtures/reports/implementing-d10.txt against the 行动计划 of seed
 * 002) tasks taken up nearly word for word score 0.67–0.88, reworded or partial ones
 * 0.39–0.56, unrelated tasks sharing a common word or two 0.11–0.21. The verdict then
 * weighs how much of the parent task the matching items cover: the share of its
 * TF-IDF weight whose words they use (`full` → 已落实, `partial` → 部分).
 */
export const COVERAGE_THRESHOLDS = { match: 0.22, full: 0.5, partial: 0.2 } as const;

export type Verdict = '已落实' | '部分' | '未涉及';

export interface CoverageUnit {
  marker: string;
  title: string;
  /** 1-based line. */
  line: number;
  chapter: string;
}

export interface CoverageRow {
  parent: CoverageUnit;
  matches: Array<CoverageUnit & { score: number }>;
  /** Best cosine similarity with a draft item. */
  score: number;
  /** Share of the parent task's weight covered by the matching draft items (0–1). */
  covered: number;
  verdict: Verdict;
  keywords: string[];
}

export interface CoverageReport {
  parent: { title: string; file: string; line: number };
  draft: string;
  rows: CoverageRow[];
  unmatched: Array<CoverageUnit & { bestScore: number }>;
  summary: Record<Verdict, number>;
  thresholds: typeof COVERAGE_THRESHOLDS;
}

const IMPLEMENTS = /(贯彻落实|贯彻|落实|根据|按照|依据|对照|实施)[^。《]{0,8}$/;

/** The plan the draft implements: a corpus plan cited after 贯彻落实 / 根据 …, else the first cited plan. */
export function findParentPlan(draft: ParsedDraft, corpus: CorpusIndex, title?: string): CorpusDocument | undefined {
  if (title) {
    const r = corpus.resolveTitle(title.replace(/^《|》$/g, ''));
    return r.kind === 'none' ? undefined : r.doc;
  }
  const aliases = aliasesOf(draft);
  let fallback: CorpusDocument | undefined;
  for (const doc of draft.documents) {
    for (const c of doc.citations) {
      const t = resolveCitation(c, draft, corpus, aliases);
      if (t.kind !== 'corpus' || t.doc.type === '通知' || t.doc.type === '批复') continue;
      const before = c.paragraph.text.text.slice(0, Math.max(0, c.paragraph.text.text.indexOf(c.title) - 1));
      if (IMPLEMENTS.test(before)) return t.doc;
      fallback ??= t.doc;
    }
  }
  return fallback;
}

interface Unit extends CoverageUnit {
  text: string;
}

/** The task units of a document: the leaf items of its task chapters, or their level-2 sections. */
function taskUnits(doc: PolicyDocument): Unit[] {
  const inTasks = (h: Heading) => {
    const chapter = chapterOf(h);
    return !h.box && chapter !== undefined && chapter !== h && chapter.slot === 'tasks';
  };
  const leaves = doc.headings.filter((h) => inTasks(h) && h.children.length === 0);
  const chosen = leaves.length ? leaves : doc.headings.filter((h) => inTasks(h));
  return chosen.map((h) => ({
    marker: h.marker,
    title: h.title,
    line: h.paragraph.firstLine + 1,
    chapter: chapterOf(h)?.title ?? '',
    text: [h.paragraph, ...h.body].map((p) => p.text.text).join(''),
  }));
}

const STOP = new Set(['推进', '加快', '加强', '推动', '完善', '提升', '建设', '发展', '实施', '开展', '支持', '促进', '健全', '建立', '积极', '进一步', '全面', '有序', '深入', '坚持', '统筹', '强化', '持续', '不断', '落实', '工作', '相关', '有关', '以及', '等', '的', '和', '与', '及', '在', '为', '对', '将', '把', '按照', '各类', '重点', '一批', '责任单位', '牵头', '配合', '市州', '政府']);

/** The task's own words: responsibility clauses name units, not what the task is about. */
function taskText(text: string): string {
  return text.replace(/\([^()]*(牵头|配合|负责|责任单位)[^()]*\)/g, '');
}

function tokens(segmenter: Segmenter, text: string): string[] {
  return segmenter.cut(taskText(text)).filter((w) => w.length >= 2 && /^[\u4e00-\u9fff]+$/.test(w) && !STOP.has(w));
}

type Vector = Map<string, number>;

function vectors(docs: string[][]): Vector[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  return docs.map((d) => {
    const tf = new Map<string, number>();
    for (const w of d) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v: Vector = new Map();
    for (const [w, f] of tf) v.set(w, (f / d.length) * Math.log((n + 1) / ((df.get(w) ?? 0) + 0.5)));
    return v;
  });
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [w, x] of a) {
    na += x * x;
    const y = b.get(w);
    if (y) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export function verdictOf(score: number, covered: number): Verdict {
  if (score < COVERAGE_THRESHOLDS.match) return '未涉及';
  if (covered >= COVERAGE_THRESHOLDS.full) return '已落实';
  return covered >= COVERAGE_THRESHOLDS.partial ? '部分' : '未涉及';
}

/** Share of `parent`'s squared weight on words that some of `items` use. */
function coveredShare(parent: Vector, items: Vector[]): number {
  let total = 0;
  let covered = 0;
  for (const [w, x] of parent) {
    total += x * x;
    if (items.some((v) => v.has(w))) covered += x * x;
  }
  return total ? covered / total : 0;
}

export function coverageReport(draft: ParsedDraft, parent: CorpusDocument, segmenter: Segmenter, parentText?: string): CoverageReport | undefined {
  const text = parentText ?? readText(parent.file);
  if (text === undefined) return undefined;
  const parentDraft = parseDraft(text, { format: /\.(md|markdown)$/i.test(parent.file) ? 'markdown' : 'text' });
  const parentDoc = parentDraft.documents[parent.index];
  if (!parentDoc) return undefined;
  const parentUnits = taskUnits(parentDoc);
  const draftDoc = draft.documents.find((d) => d.items.some((i) => i.inTaskChapter)) ?? draft.documents.find((d) => d.headings.length) ?? draft.documents[0];
  const draftUnits = draftDoc ? taskUnits(draftDoc) : [];
  const all = [...parentUnits, ...draftUnits].map((u) => tokens(segmenter, u.text));
  const vecs = vectors(all);
  const pv = vecs.slice(0, parentUnits.length);
  const dv = vecs.slice(parentUnits.length);
  const bestForDraft = new Array<number>(draftUnits.length).fill(0);
  const rows: CoverageRow[] = parentUnits.map((u, i) => {
    const all = draftUnits
      .map((d, j) => {
        const score = cosine(pv[i], dv[j]);
        bestForDraft[j] = Math.max(bestForDraft[j], score);
        return { ...strip(d), score };
      })
      .sort((a, b) => b.score - a.score);
    const score = all[0]?.score ?? 0;
    const scored = all.filter((m) => m.score >= COVERAGE_THRESHOLDS.match).slice(0, 3);
    const covered = coveredShare(pv[i], draftUnits.map((_, j) => j).filter((j) => cosine(pv[i], dv[j]) >= COVERAGE_THRESHOLDS.match).map((j) => dv[j]));
    return {
      parent: strip(u),
      matches: scored,
      score,
      covered,
      verdict: verdictOf(score, covered),
      keywords: segmenter.keywords(taskText(u.text), 5).map((k) => k.word),
    };
  });
  const summary: Record<Verdict, number> = { 已落实: 0, 部分: 0, 未涉及: 0 };
  for (const r of rows) summary[r.verdict]++;
  return {
    parent: { title: parent.title ?? '', file: parent.file, line: parent.titleLine + 1 },
    draft: draftDoc?.header.title?.original ?? '',
    rows,
    unmatched: draftUnits.map((d, j) => ({ ...strip(d), bestScore: bestForDraft[j] })).filter((d) => d.bestScore < COVERAGE_THRESHOLDS.match),
    summary,
    thresholds: COVERAGE_THRESHOLDS,
  };
}

function strip(u: Unit): CoverageUnit {
  return { marker: u.marker, title: u.title, line: u.line, chapter: u.chapter };
}

function readText(file: string): string | undefined {
  try {
    const d = decode(fs.readFileSync(file));
    return d.kind === 'text' ? d.text : undefined;
  } catch {
    return undefined;
  }
}
