/**
 * 任务分工表 — the responsibility matrix: every task item against every unit named in
 * the draft (牵头 / 配合 / 责任), the totals per unit, and the problems a reviewer
 * looks for: items with no unit, clauses with no lead, units that only ever
 * co-operate, two spellings of one unit (市发改委 and 市发展改革委).
 */
import type { UnitLexicon } from '../lexicon/units';
import { normalizeUnit } from '../lexicon/units';
import { knownStatedUnits, statedUnitsIn } from '../lexicon/statedUnits';
import type { Clause, Heading, Paragraph, ParsedDraft, PolicyDocument, TaskItem, UnitRole } from '../parse/types';
import { chapterOf, isCovered } from '../parse/items';

export type CellRole = '牵头' | '配合' | '责任';

const ROLE_LABEL: Record<UnitRole, CellRole> = { lead: '牵头', cooperate: '配合', responsible: '责任' };

export interface MatrixTask {
  /** Position among the tasks (1-based). */
  index: number;
  marker: string;
  title: string;
  /** 1-based line of the item. */
  line: number;
  /** The level-1 chapter the item stands in. */
  chapter: string;
  /** unit → role (a lead wins over a co-operating mention of the same unit). */
  cells: Record<string, CellRole>;
  /** How the task is covered: its own clause, a group clause, a unit its sentences name (由X负责), or none. */
  coverage: 'own' | 'group' | 'stated' | 'none';
  /** A clause of the item names co-operating units but no lead. */
  noLead: boolean;
}

export interface MatrixUnit {
  name: string;
  lead: number;
  cooperate: number;
  responsible: number;
  /** Named only as a co-operating unit, never leading or responsible. */
  onlyCooperates: boolean;
}

export interface ResponsibilityMatrix {
  document: string;
  documentType?: string;
  units: MatrixUnit[];
  tasks: MatrixTask[];
  problems: {
    noUnit: number[];
    noLead: number[];
    onlyCooperate: string[];
    nearDuplicates: Array<{ names: string[]; standard: string }>;
  };
}

export interface MatrixOptions {
  /** Order of the task rows: document order (default) or by the first unit that leads them. */
  sortBy?: 'task' | 'unit';
  /** Keep only the tasks this unit leads, co-operates on or is responsible for. */
  unit?: string;
}

export function responsibilityMatrices(draft: ParsedDraft, lexicon: UnitLexicon, options: MatrixOptions = {}): ResponsibilityMatrix[] {
  return draft.documents
    .filter((doc) => doc.items.some((i) => i.inTaskChapter) || doc.clauses.length > 0 || doc.tableTasks.length > 0)
    .map((doc) => matrixOf(doc, draft.text, lexicon, options));
}

/** One row of the matrix: a task (an item, or a task table's row) and the clauses that assign it. */
interface TaskRow {
  marker: string;
  title: string;
  /** Its first paragraph: where it stands, and its chapter. */
  paragraph: Paragraph;
  heading: Heading | undefined;
  clauses: Clause[];
  coverage: Exclude<MatrixTask['coverage'], 'stated'>;
  /** Where its sentences may name units, when no clause does. */
  paragraphs: Paragraph[];
}

/**
 * The rows, in document order. An item covered by its parent's clause (1.发展… （A牵头）
 * （1）… （2）…) is the parent's row, once, not a copy of the clause per sub-item; a
 * parent whose sub-items carry their own clauses keeps a row for its own clause too.
 */
function taskRows(doc: PolicyDocument, items: readonly TaskItem[], source: string): TaskRow[] {
  const rows: TaskRow[] = [];
  const parentRows = new Map<Clause, TaskRow>();
  const headingOf = new Map<Paragraph, Heading>();
  for (const h of doc.headings) {
    headingOf.set(h.paragraph, h);
    for (const b of h.body) headingOf.set(b, h);
  }
  const parentRow = (clause: Clause): TaskRow | undefined => {
    const h = headingOf.get(clause.paragraph);
    if (!h) return undefined;
    let row = parentRows.get(clause);
    if (!row) parentRows.set(clause, (row = { ...headed(h), clauses: [clause], coverage: 'own', paragraphs: [h.paragraph, ...h.body] }));
    return row;
  };
  for (const item of items) {
    // A heading over a task table: the table's rows are the tasks.
    if (item.paragraphs.some((p) => p.tableRow)) continue;
    const own = headed(item.heading);
    if (item.ownClauses.length) rows.push({ ...own, clauses: item.ownClauses, coverage: 'own', paragraphs: item.paragraphs });
    else if (item.groupClause) rows.push({ ...own, clauses: [item.groupClause], coverage: 'group', paragraphs: item.paragraphs });
    else if (item.parentClause) {
      if (!parentRow(item.parentClause)) rows.push({ ...own, clauses: [item.parentClause], coverage: 'group', paragraphs: item.paragraphs });
    } else rows.push({ ...own, clauses: [], coverage: 'none', paragraphs: item.paragraphs });
  }
  for (const t of doc.tableTasks) {
    const clauses = t.clause ? [t.clause] : [];
    // The cell as written (full-width marks), after its sequence number.
    const title = source.slice(t.task.start, t.task.end);
    rows.push({ marker: t.sequence ? `${t.sequence} ` : '', title, paragraph: t.paragraph, heading: headingOf.get(t.paragraph), clauses, coverage: t.clause ? 'own' : 'none', paragraphs: [] });
  }
  // The clauses of parents over items that all have their own.
  const inItems = new Set(items.map((i) => i.heading));
  for (const c of doc.clauses) {
    const h = headingOf.get(c.paragraph);
    if (c.covers.length || !h || inItems.has(h) || !h.children.length || !items.some((i) => isWithin(i.heading, h))) continue;
    parentRow(c);
  }
  rows.push(...parentRows.values());
  return rows.sort((a, b) => a.paragraph.index - b.paragraph.index);
}

function headed(h: Heading): Pick<TaskRow, 'marker' | 'title' | 'paragraph' | 'heading'> {
  return { marker: h.marker, title: h.title, paragraph: h.paragraph, heading: h };
}

function isWithin(h: Heading, scope: Heading): boolean {
  for (let cur: Heading | undefined = h; cur; cur = cur.parent) if (cur === scope) return true;
  return false;
}

function matrixOf(doc: PolicyDocument, source: string, lexicon: UnitLexicon, options: MatrixOptions): ResponsibilityMatrix {
  const items = doc.items.filter((i) => i.inTaskChapter || isCovered(i));
  const units = new Map<string, MatrixUnit>();
  const spellings = new Map<string, Set<string>>();
  // An item with no clause is assigned by the known units its sentences name, as responsible-unit-missing reads it.
  const statedUnits = knownStatedUnits(doc, lexicon);
  const tasks: MatrixTask[] = taskRows(doc, items, source).map((row, k) => {
    const { clauses } = row;
    const stated = row.coverage === 'none' ? statedUnitsIn(row.paragraphs, statedUnits) : [];
    const coverage: MatrixTask['coverage'] = stated.length ? 'stated' : row.coverage;
    const cells: Record<string, CellRole> = {};
    for (const mentions of [...clauses.map((c) => c.units), stated]) {
      for (const u of mentions) {
        // 县农业农村局（县乡村振兴局）牵头: one body, one cell.
        if (u.plaque) continue;
        const name = normalizeUnit(u.name);
        const role = ROLE_LABEL[u.role];
        // 牵头 over 责任 over 配合 when one unit is named twice.
        const rank = (r: CellRole | undefined) => (r === '牵头' ? 3 : r === '责任' ? 2 : r === '配合' ? 1 : 0);
        if (rank(role) > rank(cells[name])) cells[name] = role;
        const standard = lexicon.canonical(name);
        if (!spellings.has(standard)) spellings.set(standard, new Set());
        spellings.get(standard)!.add(name);
      }
    }
    for (const [name, role] of Object.entries(cells)) {
      let u = units.get(name);
      if (!u) units.set(name, (u = { name, lead: 0, cooperate: 0, responsible: 0, onlyCooperates: false }));
      if (role === '牵头') u.lead++;
      else if (role === '配合') u.cooperate++;
      else u.responsible++;
    }
    return {
      index: k + 1,
      marker: row.marker,
      title: row.title,
      line: row.paragraph.firstLine + 1,
      chapter: (row.heading && chapterOf(row.heading)?.title) ?? '',
      cells,
      coverage,
      noLead: clauses.some((c) => c.hasCooperate && !c.hasLead),
    };
  });
  for (const u of units.values()) u.onlyCooperates = u.cooperate > 0 && u.lead === 0 && u.responsible === 0;

  let rows = tasks;
  if (options.unit) {
    const wanted = normalizeUnit(options.unit);
    rows = rows.filter((t) => Object.keys(t.cells).some((n) => n === wanted || lexicon.canonical(n) === lexicon.canonical(wanted)));
  }
  if (options.sortBy === 'unit') {
    const leadOf = (t: MatrixTask) => Object.entries(t.cells).find(([, r]) => r === '牵头' || r === '责任')?.[0] ?? '\uffff';
    rows = [...rows].sort((a, b) => leadOf(a).localeCompare(leadOf(b), 'zh') || a.index - b.index);
  }
  const unitList = [...units.values()].sort((a, b) => b.lead - a.lead || b.responsible - a.responsible || b.cooperate - a.cooperate || a.name.localeCompare(b.name, 'zh'));
  return {
    document: doc.header.title?.original ?? '',
    documentType: doc.header.type,
    units: unitList,
    tasks: rows,
    problems: {
      noUnit: tasks.filter((t) => t.coverage === 'none').map((t) => t.index),
      noLead: tasks.filter((t) => t.noLead).map((t) => t.index),
      onlyCooperate: unitList.filter((u) => u.onlyCooperates).map((u) => u.name),
      nearDuplicates: [...spellings.entries()]
        .filter(([, names]) => names.size > 1)
        .map(([standard, names]) => ({ names: [...names].sort(), standard })),
    },
  };
}
