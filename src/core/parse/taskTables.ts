/**
 * Task tables pasted with tabs (重点任务分工表, 任务清单): a header row naming 牵头单位 /
 * 责任单位 / 配合单位 columns, then rows with as many cells. Each row's unit cells make
 * one clause, so the unit rules (unknown, outdated, duplicate, no lead) read the table as
 * they read （A牵头，B配合）. The clauses cover no item: the table is not the items' text.
 */
import { cellUnits } from './clauses';
import type { Clause, Paragraph, TableTask, UnitMention, UnitRole } from './types';

const COLUMN_ROLES: ReadonlyArray<[RegExp, UnitRole]> = [
  [/^(?:牵头单位|牵头部门|主责单位|牵头责任单位)$/, 'lead'],
  [/^(?:责任单位|责任部门|实施单位|责任主体)$/, 'responsible'],
  [/^(?:配合单位|配合部门|协办单位|参与单位)$/, 'cooperate'],
];

const PLACEHOLDER = /^(?:[—–\-－/／\\]+|无|暂无|空)$/;

/** [from, to) of each cell of a row: the tabs are at the same offsets in the raw and the folded text. */
function cellsOf(p: Paragraph, raw: string): Array<[number, number]> {
  const base = p.range.start;
  const line = raw.slice(base, p.range.end);
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && line[i] !== '\t') continue;
    let a = from;
    let b = i;
    while (a < b && /\s/.test(line[a])) a++;
    while (b > a && /\s/.test(line[b - 1])) b--;
    out.push([a, b]);
    from = i + 1;
  }
  return out;
}

export interface TaskTables {
  /** One clause per row that names units. */
  clauses: Clause[];
  /** Every row with a task cell, with its clause if it names units. */
  tasks: TableTask[];
}

/** A sequence number cell (1, 1., （一）, 一). */
const SEQUENCE_CELL = /^(?:\d{1,3}[.、]?|[(（]?[一二三四五六七八九十]{1,3}[)）、]?)$/;

export function findTableClauses(paragraphs: readonly Paragraph[], raw: string): TaskTables {
  const out: Clause[] = [];
  const tasks: TableTask[] = [];
  let columns: Array<UnitRole | undefined> | undefined;
  for (const p of paragraphs) {
    if (!p.tableRow) {
      columns = undefined;
      continue;
    }
    const cells = cellsOf(p, raw);
    const text = p.text.text;
    const roles = cells.map(([a, b]) => COLUMN_ROLES.find(([re]) => re.test(text.slice(a, b).replace(/\s+/g, '')))?.[1]);
    if (roles.some((r) => r !== undefined)) {
      columns = roles;
      continue;
    }
    // A row of another shape ends the table (a second table, its own header with no unit column).
    if (columns && cells.length !== columns.length) columns = undefined;
    if (!columns) continue;
    const units: UnitMention[] = [];
    let first = -1;
    let last = -1;
    columns.forEach((role, k) => {
      const [a, b] = cells[k];
      // —, /, 无, 暂无: an empty cell written as such.
      if (!role || b <= a || PLACEHOLDER.test(text.slice(a, b))) return;
      const found = cellUnits(p.text, a, b, p, role);
      if (!found?.length) return;
      units.push(...found);
      if (first < 0) first = a;
      last = b;
    });
    const taskCell = columns.findIndex((role, k) => !role && cells[k][1] > cells[k][0] && !SEQUENCE_CELL.test(text.slice(...cells[k])));
    const sequenceCell = cells.findIndex(([a, b], k) => !columns![k] && b > a && SEQUENCE_CELL.test(text.slice(a, b)));
    const task: TableTask | undefined =
      taskCell < 0
        ? undefined
        : {
            paragraph: p,
            task: p.text.range(...cells[taskCell]),
            sequence: sequenceCell < 0 ? '' : text.slice(...cells[sequenceCell]),
            noUnit: !units.length && columns.every((role, k) => !role || isEmptyCell(text, cells[k])),
          };
    if (task) tasks.push(task);
    if (!units.length) continue;
    const range = p.text.range(first, last);
    const clause: Clause = {
      range,
      innerRange: range,
      text: text.slice(first, last),
      units,
      hasLead: units.some((u) => u.role === 'lead' || u.role === 'responsible'),
      hasCooperate: units.some((u) => u.role === 'cooperate'),
      standalone: false,
      labelLine: false,
      unclosed: false,
      paragraph: p,
      covers: [],
    };
    out.push(clause);
    if (task) task.clause = clause;
  }
  return { clauses: out, tasks };
}

function isEmptyCell(text: string, [a, b]: [number, number]): boolean {
  return b <= a || PLACEHOLDER.test(text.slice(a, b));
}
