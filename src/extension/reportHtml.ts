/**
 * The HTML of a report webview (任务分工表, 指标表, 上位规划对照), built as one string
 * from the server's tables. Pure: no vscode import, no I/O, so the unit tests run it
 * under plain node. Everything that comes from the draft or the server is escaped;
 * the one inline script and style carry the nonce the Content-Security-Policy names.
 *
 * The page: a toolbar (matrix: unit filter and sort order; coverage: the parent
 * plan's title; every report: export to Excel), then each table with its notes.
 * Rows are focusable (one tab stop per table, ↑/↓ move, Enter/Space or a click
 * jumps to the row's line in the draft), the header row and the first column stay
 * in place while a wide table scrolls.
 */
import type { ReportKind, ReportResponse, ReportRow, ReportTableData } from '../shared/protocol';

export type UiLang = 'zh' | 'en';

/** What the user chose in the view; sent back with every request for the report. */
export interface ReportViewState {
  unit?: string;
  sortBy?: 'task' | 'unit';
  parent?: string;
}

export interface ReportHtmlInput {
  kind: ReportKind;
  lang: UiLang;
  /** A fresh random nonce for this render (base64 or hex). */
  nonce: string;
  /** The draft's file name, for the heading. */
  documentName: string;
  /** The server's answer; undefined while it is being computed. */
  response?: ReportResponse;
  /** Matrix: every unit of the draft, for the filter (kept by the panel across filtered requests). */
  units?: string[];
  state?: ReportViewState;
}

interface Labels {
  reports: Record<ReportKind, string>;
  toolbar: string;
  unit: string;
  allUnits: string;
  sortGroup: string;
  byTask: string;
  byUnit: string;
  parent: string;
  parentPlaceholder: string;
  compare: string;
  export: string;
  exportHint: string;
  loading: string;
  failed: string;
  noRows: string;
  rows: (n: number) => string;
  notes: string;
  keyboardHint: string;
  flags: Record<NonNullable<ReportRow['flag']>, string>;
  line: (n: number) => string;
  noLine: string;
  /** Between the parts of a row's accessible name. */
  separator: string;
}

export const LABELS: Record<UiLang, Labels> = {
  zh: {
    reports: { matrix: '任务分工表', targets: '指标表', coverage: '上位规划对照' },
    toolbar: '报表操作',
    unit: '单位',
    allUnits: '全部单位',
    sortGroup: '排序',
    byTask: '按任务',
    byUnit: '按单位',
    parent: '上位规划',
    parentPlaceholder: '默认为草稿所贯彻落实的规划，可输入其他规划的标题',
    compare: '对照',
    export: '导出 Excel',
    exportHint: '将当前报表导出为 .xlsx 文件',
    loading: '正在生成报表…',
    failed: '无法生成报表',
    noRows: '（无）',
    rows: (n) => `共 ${n} 行`,
    notes: '说明',
    keyboardHint: '↑/↓ 选择行，Enter 或单击跳转到草稿中的对应行，←/→ 左右滚动表格。',
    flags: { problem: '问题', warning: '注意', good: '通过' },
    line: (n) => `第 ${n} 行`,
    noLine: '无对应行',
    separator: '，',
  },
  en: {
    reports: { matrix: 'Responsibility matrix', targets: 'Target table', coverage: 'Coverage of the parent plan' },
    toolbar: 'Report actions',
    unit: 'Unit',
    allUnits: 'All units',
    sortGroup: 'Order',
    byTask: 'By task',
    byUnit: 'By unit',
    parent: 'Parent plan',
    parentPlaceholder: 'The plan the draft implements; type the title of another plan',
    compare: 'Compare',
    export: 'Export to Excel',
    exportHint: 'Export this report to an .xlsx file',
    loading: 'Making the report…',
    failed: 'The report could not be made',
    noRows: '(none)',
    rows: (n) => (n === 1 ? '1 row' : `${n} rows`),
    notes: 'Notes',
    keyboardHint: '↑/↓ select a row, Enter or a click goes to its line in the draft, ←/→ scroll the table sideways.',
    flags: { problem: 'problem', warning: 'warning', good: 'ok' },
    line: (n) => `line ${n}`,
    noLine: 'no line',
    separator: ', ',
  },
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** The Content-Security-Policy of every report page: nothing but the nonce'd style and script. */
export function contentSecurityPolicy(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
}

/** Columns that name the row (read first by a screen reader, marked as the row header). */
const LABEL_KEYS = ['task', 'indicator', 'unit', 'text'];

export function reportHtml(input: ReportHtmlInput): string {
  const { kind, lang, nonce } = input;
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new Error('reportHtml: the nonce must be at least 16 base64 or hex characters');
  const L = LABELS[lang];
  const name = L.reports[kind];
  const response = input.response;
  const tables = response?.ok ? response.tables : [];
  const hasRows = tables.some((t) => t.rows.length > 0);
  let body: string;
  if (!response) body = `<p class="status" role="status">${escapeHtml(L.loading)}</p>`;
  else if (!response.ok) body = `<div class="error" role="alert"><p><strong>${escapeHtml(L.failed)}</strong></p><p>${escapeHtml(response.message)}</p></div>`;
  else body = tables.map((t, i) => tableHtml(t, i, L, kind === 'matrix' ? input.state?.unit : undefined, hasRows)).join('\n');
  const hint = hasRows ? `<p class="hint" id="keyboard-hint">${escapeHtml(L.keyboardHint)}</p>` : '';
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(`${name} — ${input.documentName}`)}</title>
<style nonce="${escapeHtml(nonce)}">
${STYLE}
${columnStyles(tables)}
</style>
</head>
<body class="report-${kind}">
<main aria-busy="${response ? 'false' : 'true'}">
<h1>${escapeHtml(name)} <span class="document">${escapeHtml(input.documentName)}</span></h1>
${toolbarHtml(input, L)}
${hint}
${body}
</main>
<script nonce="${escapeHtml(nonce)}">
${SCRIPT}
</script>
</body>
</html>
`;
}

function toolbarHtml(input: ReportHtmlInput, L: Labels): string {
  const parts: string[] = [];
  const state = input.state ?? {};
  if (input.kind === 'matrix' && input.response?.ok) {
    const units = input.units ?? input.response.units ?? [];
    const options = [`<option value=""${state.unit ? '' : ' selected'}>${escapeHtml(L.allUnits)}</option>`];
    for (const u of units) options.push(`<option value="${escapeHtml(u)}"${u === state.unit ? ' selected' : ''}>${escapeHtml(u)}</option>`);
    if (state.unit && !units.includes(state.unit)) options.push(`<option value="${escapeHtml(state.unit)}" selected>${escapeHtml(state.unit)}</option>`);
    parts.push(`<span class="field"><label for="unit-filter">${escapeHtml(L.unit)}</label><select id="unit-filter">${options.join('')}</select></span>`);
    const by = state.sortBy ?? 'task';
    const sortButton = (value: 'task' | 'unit', label: string) =>
      `<button type="button" id="sort-${value}" class="toggle" data-sort="${value}" aria-pressed="${by === value}">${escapeHtml(label)}</button>`;
    parts.push(`<span class="segmented" role="group" aria-label="${escapeHtml(L.sortGroup)}">${sortButton('task', L.byTask)}${sortButton('unit', L.byUnit)}</span>`);
  }
  if (input.kind === 'coverage' && input.response) {
    parts.push(
      `<form id="parent-form" class="field grow"><label for="parent-input">${escapeHtml(L.parent)}</label>` +
        `<input id="parent-input" type="text" maxlength="200" autocomplete="off" spellcheck="false" value="${escapeHtml(state.parent ?? '')}" placeholder="${escapeHtml(L.parentPlaceholder)}">` +
        `<button type="submit" id="parent-submit" class="secondary">${escapeHtml(L.compare)}</button></form>`,
    );
  }
  if (input.response?.ok) {
    parts.push(`<button type="button" id="export" class="primary" title="${escapeHtml(L.exportHint)}">${escapeHtml(L.export)}</button>`);
  }
  if (!parts.length) return '';
  return `<div class="toolbar" role="group" aria-label="${escapeHtml(L.toolbar)}">${parts.join('\n')}</div>`;
}

function tableHtml(t: ReportTableData, ti: number, L: Labels, selectedUnit: string | undefined, hinted: boolean): string {
  const cols = t.columns;
  const labelKey = cols.find((c) => LABEL_KEYS.includes(c.key))?.key ?? cols[0]?.key;
  const stickyCount = stickyColumns(t);
  const selectedKey = selectedUnit ? `u:${selectedUnit}` : undefined;
  const colClass = (ci: number, key: string) => {
    const c = [`c${ci}`];
    if (ci < stickyCount) c.push(ci === 0 ? 'sticky' : 'sticky sticky-2');
    if (ci === stickyCount - 1) c.push('sticky-last');
    if (key === 'index') c.push('index-col');
    if (key.startsWith('u:')) c.push('unit-col');
    if (key === selectedKey) c.push('selected-col');
    return c.join(' ');
  };
  const captionId = `caption-${ti}`;
  const numeric = (key: string) => t.rows.length > 0 && t.rows.every((r) => typeof r.cells[key] === 'number');
  const head = cols.map((c, ci) => `<th scope="col" class="${[colClass(ci, c.key), numeric(c.key) ? 'num' : ''].filter(Boolean).join(' ')}">${escapeHtml(c.header)}</th>`).join('');
  const rows = t.rows.map((r, ri) => {
    const label = String(r.cells[labelKey] ?? '').trim();
    const aria = [label || L.noRows, r.flag ? L.flags[r.flag] : '', r.line ? L.line(r.line) : L.noLine].filter(Boolean).join(L.separator);
    const classes = ['row', r.flag ? `flag-${r.flag}` : '', r.line ? 'has-line' : ''].filter(Boolean).join(' ');
    const cells = cols
      .map((c, ci) => {
        const v = r.cells[c.key] ?? '';
        const cls = [colClass(ci, c.key), typeof v === 'number' ? 'num' : '', roleClass(v)].filter(Boolean).join(' ');
        const badge = c.key === labelKey && r.flag ? ` <span class="badge badge-${r.flag}">${escapeHtml(L.flags[r.flag])}</span>` : '';
        const content = `${escapeHtml(v)}${badge}`;
        return c.key === labelKey ? `<th scope="row" class="${cls}">${content}</th>` : `<td class="${cls}">${content}</td>`;
      })
      .join('');
    const line = r.line ? ` data-line="${Math.trunc(r.line)}"` : '';
    return `<tr class="${classes}" tabindex="${ri === 0 ? 0 : -1}"${line} data-key="${ti}:${ri}" aria-label="${escapeHtml(aria)}">${cells}</tr>`;
  });
  const empty = t.rows.length ? '' : `<tr class="empty"><td colspan="${Math.max(1, cols.length)}">${escapeHtml(L.noRows)}</td></tr>`;
  const notes = t.notes.length
    ? `<ul class="notes" aria-label="${escapeHtml(L.notes)}">${t.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`
    : '';
  return `<section class="report-table" aria-labelledby="${captionId}">
${notes}
<div class="scroller" id="scroller-${ti}" role="region" aria-labelledby="${captionId}">
<table id="t${ti}" class="t${ti}"${hinted && t.rows.length ? ' aria-describedby="keyboard-hint"' : ''}>
<caption id="${captionId}">${escapeHtml(t.title)} <span class="count">${escapeHtml(L.rows(t.rows.length))}</span></caption>
<thead><tr>${head}</tr></thead>
<tbody>${rows.join('\n')}${empty}</tbody>
</table>
</div>
</section>`;
}

function roleClass(v: string | number): string {
  return v === '牵头' ? 'role-lead' : v === '责任' ? 'role-responsible' : v === '配合' ? 'role-cooperate' : '';
}

/** Column widths (in `ch`, as the server gives them for the .xlsx) as rules of the nonce'd style. */
function columnStyles(tables: ReportTableData[]): string {
  const out: string[] = [];
  tables.forEach((t, ti) => {
    const stickyCount = stickyColumns(t);
    t.columns.forEach((c, ci) => {
      const w = Math.trunc(Number(c.width));
      if (!(w > 0)) return;
      if (c.key === 'index') return; // fixed by .index-col in the style
      const min = Math.min(w, 36);
      if (ci < stickyCount) {
        // A pinned column must leave room for the rest in a narrow panel.
        out.push(`.t${ti} .c${ci}{min-width:min(${min}ch,38vw);max-width:max(${min}ch,40vw);white-space:normal;}`);
        return;
      }
      const max = w >= 20 ? `max-width:${Math.max(40, Math.min(w, 80))}ch;white-space:normal;` : '';
      out.push(`.t${ti} .c${ci}{min-width:${min}ch;${max}}`);
    });
  });
  return out.join('\n');
}

/** The first column stays in place; a narrow 序号 column takes the task with it. */
function stickyColumns(t: ReportTableData): number {
  return t.columns[0]?.key === 'index' && t.columns.length > 1 ? 2 : 1;
}

const STYLE = `
:root { color-scheme: light dark; --first-col: 4.5em; }
* { box-sizing: border-box; }
body {
  margin: 0; padding: 0 20px 24px;
  color: var(--vscode-foreground);
  background: var(--vscode-editor-background);
  font-family: var(--vscode-font-family);
  font-size: var(--vscode-font-size, 13px);
  line-height: 1.5;
}
h1 { font-size: 1.35em; font-weight: 600; margin: 16px 0 8px; }
h1 .document { font-weight: normal; font-size: 0.75em; color: var(--vscode-descriptionForeground); margin-left: 0.5em; }
.toolbar {
  display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px;
  padding: 8px 0 10px; position: sticky; top: 0; z-index: 5;
  background: var(--vscode-editor-background);
  border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent));
}
.field { display: inline-flex; align-items: center; gap: 6px; }
.field.grow { flex: 1 1 320px; min-width: 0; flex-wrap: wrap; }
.field.grow input { flex: 1 1 12em; min-width: 8em; }
label { color: var(--vscode-foreground); }
select, input[type=text] {
  font: inherit; padding: 3px 6px; border-radius: 2px;
  color: var(--vscode-input-foreground);
  background: var(--vscode-input-background);
  border: 1px solid var(--vscode-input-border, var(--vscode-widget-border, transparent));
}
select {
  color: var(--vscode-dropdown-foreground);
  background: var(--vscode-dropdown-background);
  border-color: var(--vscode-dropdown-border, var(--vscode-widget-border, transparent));
  max-width: 22em;
}
input::placeholder { color: var(--vscode-input-placeholderForeground); }
button {
  font: inherit; padding: 4px 12px; border-radius: 2px; cursor: pointer;
  border: 1px solid var(--vscode-button-border, transparent);
  color: var(--vscode-button-secondaryForeground);
  background: var(--vscode-button-secondaryBackground);
}
button:hover { background: var(--vscode-button-secondaryHoverBackground); }
button.primary { color: var(--vscode-button-foreground); background: var(--vscode-button-background); margin-left: auto; }
button.primary:hover { background: var(--vscode-button-hoverBackground); }
.segmented { display: inline-flex; }
.segmented .toggle { border-radius: 0; }
.segmented .toggle:first-child { border-radius: 2px 0 0 2px; }
.segmented .toggle:last-child { border-radius: 0 2px 2px 0; }
.segmented .toggle[aria-pressed=true] { color: var(--vscode-button-foreground); background: var(--vscode-button-background); font-weight: 600; }
:focus-visible, select:focus, input:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
.hint { color: var(--vscode-descriptionForeground); font-size: 0.92em; margin: 8px 0; }
.status { color: var(--vscode-descriptionForeground); }
.error {
  border-left: 4px solid var(--vscode-editorError-foreground);
  background: var(--vscode-inputValidation-errorBackground, transparent);
  padding: 4px 12px; margin: 12px 0;
}
.report-table { margin: 14px 0 26px; }
.notes {
  margin: 6px 0 8px; padding: 4px 10px 4px 2em;
  border-left: 3px solid var(--vscode-textBlockQuote-border, var(--vscode-editorWarning-foreground));
  background: var(--vscode-textBlockQuote-background, transparent);
}
.notes li { margin: 2px 0; }
.scroller {
  overflow: auto; max-height: 78vh; position: relative;
  border: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border, transparent));
}
table { border-collapse: separate; border-spacing: 0; min-width: 100%; }
caption {
  caption-side: top; text-align: left; font-weight: 600; padding: 6px 8px;
  position: sticky; left: 0; width: max-content; max-width: calc(100vw - 64px);
}
caption .count { font-weight: normal; color: var(--vscode-descriptionForeground); margin-left: 0.6em; }
th, td {
  padding: 4px 8px; text-align: left; vertical-align: top; white-space: nowrap;
  border-bottom: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border, transparent));
  background-color: var(--vscode-editor-background);
}
tbody th { font-weight: normal; }
thead th {
  position: sticky; top: 0; z-index: 2; font-weight: 600;
  color: var(--vscode-foreground);
  background: linear-gradient(var(--vscode-keybindingTable-headerBackground, transparent), var(--vscode-keybindingTable-headerBackground, transparent)), var(--vscode-editor-background);
  border-bottom: 1px solid var(--vscode-focusBorder);
}
thead th.unit-col { text-align: center; }
thead th.num { text-align: right; }
.sticky { position: sticky; left: 0; z-index: 1; }
thead th.sticky { z-index: 3; }
.index-col { width: var(--first-col); min-width: var(--first-col); max-width: var(--first-col); }
.sticky-2 { left: var(--first-col); }
.sticky-last { border-right: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border, transparent)); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.unit-col { text-align: center; }
.role-lead { font-weight: 700; color: var(--vscode-textLink-foreground); }
.role-responsible { font-weight: 600; }
.role-cooperate { color: var(--vscode-descriptionForeground); }
.selected-col { background: linear-gradient(var(--vscode-editor-selectionHighlightBackground, transparent), var(--vscode-editor-selectionHighlightBackground, transparent)), var(--vscode-editor-background); }
tr.row { cursor: default; }
tr.row.has-line { cursor: pointer; }
tr.row { --flag: transparent; --ring: transparent; }
tr.flag-problem { --flag: var(--vscode-editorError-foreground); }
tr.flag-warning { --flag: var(--vscode-editorWarning-foreground); }
tr.flag-good { --flag: var(--vscode-testing-iconPassed); }
tr.row > * { box-shadow: inset 0 1px 0 var(--ring), inset 0 -1px 0 var(--ring); }
tr.row > :last-child { box-shadow: inset -1px 0 0 var(--ring), inset 0 1px 0 var(--ring), inset 0 -1px 0 var(--ring); }
tr.row > :first-child { box-shadow: inset 4px 0 0 var(--flag), inset 1px 0 0 var(--ring), inset 0 1px 0 var(--ring), inset 0 -1px 0 var(--ring); }
tr.row:hover > * {
  background: linear-gradient(var(--vscode-list-hoverBackground), var(--vscode-list-hoverBackground)), var(--vscode-editor-background);
}
tr.row:focus { outline: none; }
tr.row:focus > * {
  color: var(--vscode-list-activeSelectionForeground, inherit);
  background: linear-gradient(var(--vscode-list-activeSelectionBackground), var(--vscode-list-activeSelectionBackground)), var(--vscode-editor-background);
}
tr.row:focus { --ring: var(--vscode-list-focusOutline, var(--vscode-focusBorder)); }
.badge {
  display: inline-block; margin-left: 6px; padding: 0 5px; border-radius: 8px;
  font-size: 0.8em; line-height: 1.5; font-weight: 600; white-space: nowrap; vertical-align: 1px;
  border: 1px solid currentColor;
}
.badge-problem { color: var(--vscode-editorError-foreground); }
.badge-warning { color: var(--vscode-editorWarning-foreground); }
.badge-good { color: var(--vscode-testing-iconPassed); }
tr.empty td { color: var(--vscode-descriptionForeground); }
body.vscode-high-contrast th, body.vscode-high-contrast td { border-bottom-color: var(--vscode-contrastBorder); }
@media (forced-colors: active) { tr.row:focus > * { forced-color-adjust: none; outline: 2px solid Highlight; } }
`;

/**
 * The page's behaviour. Static (nothing interpolated): it reads the rows' data-line,
 * posts the messages reportMessages.ts validates, and keeps focus and scroll
 * positions in the webview state so a re-render or a hidden-and-shown panel
 * (retainContextWhenHidden is off) puts the reader back where they were.
 */
const SCRIPT = `
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const state = vscode.getState() || {};
  const save = (patch) => { Object.assign(state, patch); vscode.setState(state); };
  const rowsOf = (tr) => Array.prototype.filter.call(tr.parentElement.children, (r) => r.classList.contains('row'));

  function keepVisible(tr) {
    const sc = tr.closest('.scroller');
    if (!sc) return;
    const head = sc.querySelector('thead');
    const hh = head ? head.getBoundingClientRect().height : 0;
    const r = tr.getBoundingClientRect();
    const s = sc.getBoundingClientRect();
    const top = s.top + sc.clientTop + hh;
    const bottom = s.top + sc.clientTop + sc.clientHeight;
    if (r.top < top) sc.scrollTop -= top - r.top;
    else if (r.bottom > bottom) sc.scrollTop += r.bottom - bottom;
    const r2 = tr.getBoundingClientRect();
    const bar = document.querySelector('.toolbar');
    const barBottom = bar ? bar.getBoundingClientRect().bottom : 0;
    if (r2.top < barBottom) window.scrollBy(0, r2.top - barBottom);
    else if (r2.bottom > window.innerHeight) window.scrollBy(0, r2.bottom - window.innerHeight);
  }

  function focusRow(tr) {
    for (const r of rowsOf(tr)) r.tabIndex = -1;
    tr.tabIndex = 0;
    tr.focus({ preventScroll: true });
    keepVisible(tr);
    save({ focus: 'row:' + tr.dataset.key });
  }

  function reveal(tr) {
    const line = Number(tr.dataset.line);
    if (Number.isInteger(line) && line >= 1) vscode.postMessage({ type: 'reveal', line: line });
  }

  for (const body of document.querySelectorAll('tbody')) {
    body.addEventListener('click', (e) => {
      const tr = e.target.closest('tr.row');
      if (!tr) return;
      focusRow(tr);
      reveal(tr);
    });
    body.addEventListener('keydown', (e) => {
      const tr = e.target.closest('tr.row');
      if (!tr || e.altKey || e.ctrlKey || e.metaKey) return;
      const rows = rowsOf(tr);
      const i = rows.indexOf(tr);
      let next = -1;
      switch (e.key) {
        case 'ArrowDown': next = Math.min(rows.length - 1, i + 1); break;
        case 'ArrowUp': next = Math.max(0, i - 1); break;
        case 'PageDown': next = Math.min(rows.length - 1, i + 10); break;
        case 'PageUp': next = Math.max(0, i - 10); break;
        case 'Home': next = 0; break;
        case 'End': next = rows.length - 1; break;
        case 'ArrowLeft':
        case 'ArrowRight': {
          const sc = tr.closest('.scroller');
          if (sc) sc.scrollLeft += e.key === 'ArrowLeft' ? -120 : 120;
          e.preventDefault();
          return;
        }
        case 'Enter':
        case ' ':
          e.preventDefault();
          reveal(tr);
          return;
        default:
          return;
      }
      e.preventDefault();
      if (next >= 0) focusRow(rows[next]);
    });
  }

  const unit = document.getElementById('unit-filter');
  if (unit) {
    let timer;
    unit.addEventListener('change', () => {
      clearTimeout(timer);
      // Arrow keys on a closed <select> change it at once: wait until the reader stops.
      timer = setTimeout(() => {
        save({ focus: 'id:unit-filter' });
        vscode.postMessage({ type: 'filter', unit: unit.value === '' ? null : unit.value });
      }, 350);
    });
  }
  for (const b of document.querySelectorAll('[data-sort]')) {
    b.addEventListener('click', () => {
      if (b.getAttribute('aria-pressed') === 'true') return;
      save({ focus: 'id:' + b.id });
      vscode.postMessage({ type: 'sort', by: b.dataset.sort });
    });
  }
  const form = document.getElementById('parent-form');
  if (form) {
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const input = document.getElementById('parent-input');
      save({ focus: 'id:parent-input' });
      vscode.postMessage({ type: 'parent', title: input.value.trim().slice(0, 200) });
    });
  }
  const exportButton = document.getElementById('export');
  if (exportButton) exportButton.addEventListener('click', () => vscode.postMessage({ type: 'export' }));

  // Scroll positions survive a re-render and a hidden-then-shown panel.
  const scroll = state.scroll || {};
  for (const sc of document.querySelectorAll('.scroller')) {
    const at = scroll[sc.id];
    if (at) { sc.scrollLeft = at[0]; sc.scrollTop = at[1]; }
    let pending = false;
    sc.addEventListener('scroll', () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        scroll[sc.id] = [sc.scrollLeft, sc.scrollTop];
        save({ scroll: scroll });
      });
    }, { passive: true });
  }
  if (typeof state.pageY === 'number') window.scrollTo(0, state.pageY);
  let pendingPage = false;
  window.addEventListener('scroll', () => {
    if (pendingPage) return;
    pendingPage = true;
    requestAnimationFrame(() => { pendingPage = false; save({ pageY: window.scrollY }); });
  }, { passive: true });

  // Matrix filtered to one unit: bring that unit's column into view.
  const selected = document.querySelector('thead th.selected-col');
  if (selected) {
    const sc = selected.closest('.scroller');
    const pinned = sc.querySelector('thead th.sticky-last');
    const left = pinned ? pinned.offsetLeft + pinned.offsetWidth : 0;
    if (selected.offsetLeft < sc.scrollLeft + left || selected.offsetLeft + selected.offsetWidth > sc.scrollLeft + sc.clientWidth) {
      sc.scrollLeft = Math.max(0, selected.offsetLeft - left - 24);
    }
  }

  const focus = typeof state.focus === 'string' ? state.focus : '';
  if (focus.startsWith('id:')) {
    const el = document.getElementById(focus.slice(3));
    if (el) el.focus();
  } else if (focus.startsWith('row:')) {
    const tr = document.querySelector('tr.row[data-key="' + CSS.escape(focus.slice(4)) + '"]');
    if (tr) focusRow(tr);
  }
})();
`;
