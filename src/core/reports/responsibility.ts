/**
 * 任务分工表 — the responsibility matrix: every task item against every unit named in
 * the draft (牵头 / 配合 / 责任), the totals per unit, and the problems a reviewer
 * looks for: items with no unit, clauses with no lead, units that only ever
 * co-operate, two spellings of one unit (市发改委 and 市发展改革委).
 */
import type { UnitLexicon } from '../lexicon/units';
import { normalizeUnit } from '../lexicon/units';
import { knownStatedUnits, statedUnitsIn } from '../lexicon/statedUnits';
import type { Clause, ParsedDraft, PolicyDocument, TaskItem, UnitRole } from '../parse/types';
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
  /** How the item is covered: its own clause, a group clause, a parent's clause, a unit its sentences name (由X负责), or none. */
  coverage: 'own' | 'group' | 'parent' | 'stated' | 'none';
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
    .filter((doc) => doc.items.some((i) => i.inTaskChapter) || doc.clauses.length > 0)
    .map((doc) => matrixOf(doc, lexicon, options));
}

function clausesOf(item: TaskItem): { clauses: Clause[]; coverage: MatrixTask['coverage'] } {
  if (item.ownClauses.length) return { clauses: item.ownClauses, coverage: 'own' };
  if (item.groupClause) return { clauses: [item.groupClause], coverage: 'group' };
  if (item.parentClause) return { clauses: [item.parentClause], coverage: 'parent' };
  return { clauses: [], coverage: 'none' };
}

function matrixOf(doc: PolicyDocument, lexicon: UnitLexicon, options: MatrixOptions): ResponsibilityMatrix {
  const items = doc.items.filter((i) => i.inTaskChapter || isCovered(i));
  const units = new Map<string, MatrixUnit>();
  const spellings = new Map<string, Set<string>>();
  // An item with no clause is assigned by the known units its sentences name, as responsible-unit-missing reads it.
  const statedUnits = knownStatedUnits(doc, lexicon);
  const tasks: MatrixTask[] = items.map((item, k) => {
    const found = clausesOf(item);
    const { clauses } = found;
    const stated = found.coverage === 'none' ? statedUnitsIn(item.paragraphs, statedUnits) : [];
    const coverage: MatrixTask['coverage'] = stated.length ? 'stated' : found.coverage;
    const cells: Record<string, CellRole> = {};
    for (const mentions of [...clauses.map((c) => c.units), stated]) {
      for (const u of mentions) {
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
    const h = item.heading;
    return {
      index: k + 1,
      marker: h.marker,
      title: h.title,
      line: h.paragraph.firstLine + 1,
      chapter: chapterOf(h)?.title ?? '',
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
