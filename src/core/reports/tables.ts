/**
 * The reports as tables: one shape that the CLI prints (stylish, CSV), the .xlsx
 * export writes, and the editor's webview renders. Headers are Chinese: these are
 * the tables offices pass around.
 */
import type { CoverageReport } from './coverage';
import type { ResponsibilityMatrix } from './responsibility';
import type { TargetTable } from './targets';

export type ReportKind = 'matrix' | 'targets' | 'coverage';

export interface Column {
  key: string;
  header: string;
  /** Width in characters for the .xlsx export. */
  width?: number;
}

export interface Row {
  cells: Record<string, string | number>;
  /** 1-based line in the draft (a click jumps there). */
  line?: number;
  /** A row that shows a problem (no unit, weaker than the parent, 未涉及 …). */
  flag?: 'problem' | 'warning' | 'good';
}

export interface ReportTable {
  name: string;
  title: string;
  columns: Column[];
  rows: Row[];
  notes: string[];
}

export const REPORT_TITLES: Record<ReportKind, string> = {
  matrix: '任务分工表',
  targets: '指标表',
  coverage: '上位规划对照',
};

export function matrixTables(m: ResponsibilityMatrix): ReportTable[] {
  const units = m.units.map((u) => u.name);
  const tasks: ReportTable = {
    name: '任务分工',
    title: `任务分工表 — ${m.document}`,
    columns: [
      { key: 'index', header: '序号', width: 6 },
      { key: 'task', header: '任务', width: 36 },
      { key: 'line', header: '行', width: 6 },
      ...units.map((u) => ({ key: `u:${u}`, header: u, width: Math.max(8, u.length * 2) })),
    ],
    rows: m.tasks.map((t) => ({
      cells: {
        index: t.index,
        task: `${t.marker}${t.title}`,
        line: t.line,
        ...Object.fromEntries(units.map((u) => [`u:${u}`, t.cells[u] ?? ''])),
      },
      line: t.line,
      flag: t.coverage === 'none' || t.noLead ? 'problem' : undefined,
    })),
    notes: problemNotes(m),
  };
  const totals: ReportTable = {
    name: '单位汇总',
    title: `单位汇总 — ${m.document}`,
    columns: [
      { key: 'unit', header: '单位', width: 24 },
      { key: 'lead', header: '牵头', width: 8 },
      { key: 'responsible', header: '责任', width: 8 },
      { key: 'cooperate', header: '配合', width: 8 },
      { key: 'note', header: '说明', width: 24 },
    ],
    rows: m.units.map((u) => ({
      cells: { unit: u.name, lead: u.lead, responsible: u.responsible, cooperate: u.cooperate, note: u.onlyCooperates ? '只配合，从不牵头' : '' },
      flag: u.onlyCooperates ? 'warning' : undefined,
    })),
    notes: [],
  };
  return [tasks, totals];
}

function problemNotes(m: ResponsibilityMatrix): string[] {
  const p = m.problems;
  const out: string[] = [];
  if (p.noUnit.length) out.push(`没有责任单位的任务：${p.noUnit.length} 项（序号 ${p.noUnit.join('、')}）`);
  if (p.noLead.length) out.push(`只有配合单位、没有牵头单位的任务：${p.noLead.length} 项（序号 ${p.noLead.join('、')}）`);
  if (p.onlyCooperate.length) out.push(`只配合、从不牵头的单位：${p.onlyCooperate.join('、')}`);
  for (const d of p.nearDuplicates) out.push(`同一单位的不同写法：${d.names.join('、')}（规范写法：${d.standard}）`);
  return out;
}

export function targetTablesOf(t: TargetTable): ReportTable[] {
  const indicators: ReportTable = {
    name: '量化指标',
    title: `指标表 — ${t.document}`,
    columns: [
      { key: 'indicator', header: '指标', width: 28 },
      { key: 'value', header: '目标值', width: 10 },
      { key: 'unit', header: '单位', width: 8 },
      { key: 'comparator', header: '比较', width: 8 },
      { key: 'baseline', header: '基期', width: 10 },
      { key: 'deadline', header: '时限', width: 12 },
      { key: 'section', header: '所在部分', width: 20 },
      { key: 'line', header: '行', width: 6 },
      { key: 'parent', header: '上位规划同类指标', width: 30 },
    ],
    rows: t.indicators.map((i) => ({
      cells: {
        indicator: i.indicator,
        value: Number.isNaN(i.value) ? i.valueText : i.value,
        unit: i.unit ?? '',
        comparator: i.comparator ?? '',
        baseline: i.baseline ?? '',
        deadline: i.deadline ?? '（无）',
        section: i.section,
        line: i.line,
        parent: i.parent ? `${i.parent.valueText}${i.parent.comparator ?? ''}（《${i.parent.plan}》）${i.parent.weaker ? ' ⚠ 本稿低于上位规划' : ''}` : '',
      },
      line: i.line,
      flag: i.parent?.weaker ? 'problem' : !i.deadline ? 'warning' : undefined,
    })),
    notes: [
      `量化指标 ${t.indicators.length} 项，未量化目标 ${t.unquantified.filter((u) => u.kind === 'item' && !u.milestone).length} 项，缺少时限 ${t.noDeadline.length} 项`,
      ...t.indicators.filter((i) => i.parent?.weaker).map((i) => `“${i.indicator}”${i.valueText}低于《${i.parent!.plan}》的${i.parent!.valueText}`),
    ],
  };
  const vague: ReportTable = {
    name: '未量化目标',
    title: `未量化目标 — ${t.document}`,
    columns: [
      { key: 'line', header: '行', width: 6 },
      { key: 'kind', header: '类型', width: 10 },
      { key: 'text', header: '内容', width: 80 },
    ],
    rows: t.unquantified.map((u) => ({
      cells: { line: u.line, kind: u.milestone ? '具体成果' : u.kind === 'lead-in' ? '引导段' : u.kind === 'vision' ? '远景目标' : '未量化', text: u.text },
      line: u.line,
      flag: u.kind === 'item' && !u.milestone ? 'problem' : undefined,
    })),
    notes: [],
  };
  return [indicators, vague];
}

export function coverageTables(c: CoverageReport): ReportTable[] {
  const rows: ReportTable = {
    name: '对照',
    title: `上位规划对照 — 《${c.parent.title}》 → ${c.draft}`,
    columns: [
      { key: 'task', header: '上位规划任务', width: 36 },
      { key: 'chapter', header: '所在章节', width: 24 },
      { key: 'verdict', header: '落实情况', width: 10 },
      { key: 'covered', header: '覆盖度', width: 8 },
      { key: 'matches', header: '本稿对应条目', width: 40 },
      { key: 'keywords', header: '关键词', width: 30 },
    ],
    rows: c.rows.map((r) => ({
      cells: {
        task: `${r.parent.marker}${r.parent.title}`,
        chapter: r.parent.chapter,
        verdict: r.verdict,
        covered: Math.round(r.covered * 100) / 100,
        matches: r.matches.map((m) => `${m.marker}${m.title}（${m.line}行）`).join('；'),
        keywords: r.keywords.join('、'),
      },
      line: r.matches[0]?.line,
      flag: r.verdict === '未涉及' ? 'problem' : r.verdict === '部分' ? 'warning' : 'good',
    })),
    notes: [`已落实 ${c.summary['已落实']} 项，部分 ${c.summary['部分']} 项，未涉及 ${c.summary['未涉及']} 项`],
  };
  const unmatched: ReportTable = {
    name: '本稿新增',
    title: '本稿中上位规划没有的条目',
    columns: [
      { key: 'task', header: '条目', width: 40 },
      { key: 'line', header: '行', width: 6 },
      { key: 'chapter', header: '所在章节', width: 24 },
    ],
    rows: c.unmatched.map((u) => ({ cells: { task: `${u.marker}${u.title}`, line: u.line, chapter: u.chapter }, line: u.line })),
    notes: [],
  };
  return [rows, unmatched];
}

/** RFC 4180 CSV with a BOM, so Excel opens the Chinese text correctly. */
export function toCsv(tables: ReportTable[]): string {
  const esc = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const parts: string[] = [];
  for (const t of tables) {
    parts.push(esc(t.title));
    parts.push(t.columns.map((c) => esc(c.header)).join(','));
    for (const r of t.rows) parts.push(t.columns.map((c) => esc(r.cells[c.key] ?? '')).join(','));
    for (const n of t.notes) parts.push(esc(n));
    parts.push('');
  }
  return '\uFEFF' + parts.join('\r\n');
}

/** Plain-text tables for the terminal (CJK characters count double in width). */
export function toText(tables: ReportTable[]): string {
  const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
  const out: string[] = [];
  for (const t of tables) {
    out.push(t.title, '');
    const cols = t.columns.filter((c) => t.rows.some((r) => String(r.cells[c.key] ?? '') !== '') || !c.key.startsWith('u:'));
    const widths = cols.map((c) => Math.min(40, Math.max(width(c.header), ...t.rows.map((r) => width(String(r.cells[c.key] ?? ''))))));
    out.push(cols.map((c, i) => pad(c.header, widths[i])).join('  '));
    for (const r of t.rows) {
      const cells = cols.map((c, i) => {
        let s = String(r.cells[c.key] ?? '');
        while (width(s) > widths[i]) s = s.slice(0, -2) + '…';
        return pad(s, widths[i]);
      });
      out.push((r.flag === 'problem' ? '! ' : '  ') + cells.join('  '));
    }
    if (t.notes.length) out.push('', ...t.notes.map((n) => `* ${n}`));
    out.push('');
  }
  return out.join('\n');
}
