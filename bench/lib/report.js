'use strict';
/** Text and Markdown tables of the figures, and the budget summary. */

function width(s) {
  let w = 0;
  for (const ch of String(s)) {
    const c = ch.codePointAt(0);
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd) ? 2 : 1;
  }
  return w;
}
const pad = (s, n) => String(s) + ' '.repeat(Math.max(0, n - width(s)));
const padL = (s, n) => ' '.repeat(Math.max(0, n - width(s))) + String(s);

function ms(v) {
  if (v === undefined || Number.isNaN(v)) return '–';
  if (v >= 10000) return `${(v / 1000).toFixed(1)} s`;
  if (v >= 100) return `${v.toFixed(0)} ms`;
  if (v >= 10) return `${v.toFixed(1)} ms`;
  return `${v.toFixed(2)} ms`;
}
const num = (v) => (typeof v === 'number' ? (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2)) : String(v));

/** Row → [measurement, median, min–max, p5–p95, n]. */
function cells(row) {
  if (row.error) return [row.label, 'ERROR', row.error.split('\n')[0].slice(0, 100), '', ''];
  if (row.text !== undefined) return [row.label, row.text, row.note || '', '', ''];
  if (row.value !== undefined) return [row.label, `${num(row.value)} ${row.unit || ''}`.trim(), row.note || '', '', ''];
  const s = row.stats;
  const median = row.p50p95 ? `p50 ${ms(s.median)}` : ms(s.median);
  const spread = s.n > 1 ? `${ms(s.min)} – ${ms(s.max)}` : '(one run)';
  const pp = s.n > 1 ? `${ms(s.p5 === undefined ? s.min : s.p5)} – ${ms(s.p95)}${row.p50p95 ? ` (p95 ${ms(s.p95)})` : ''}` : '';
  return [row.label + (row.note ? ` [${row.note}]` : ''), median, spread, pp, String(s.n)];
}

function checkLine(c) {
  const value = c.value === undefined ? '' : typeof c.value === 'number' ? `${num(c.value)}${c.unit === '×' ? '×' : c.unit ? ' ' + c.unit : ''}` : String(c.value);
  const budget = c.budget !== undefined ? ` (budget ${c.op === '<=' ? '≤' : '≥'} ${c.budget}${c.unit === '×' ? '×' : ''})` : '';
  const tag = c.info ? 'INFO' : c.error ? 'FAIL' : c.soft ? (c.pass ? 'ok  ' : 'WARN') : c.pass ? 'PASS' : 'FAIL';
  return { tag, text: `${c.name}: ${c.error ? 'not measured — ' + c.error.split('\n')[0] : value}${budget}${c.detail ? ` — ${c.detail}` : ''}` };
}

const HEAD = ['measurement', 'median', 'min – max', 'p5 – p95', 'n'];

function textFigure(fig) {
  const rows = fig.rows.map(cells);
  const w = HEAD.map((h, i) => Math.min(i === 0 ? 90 : 40, Math.max(width(h), ...rows.map((r) => width(r[i])))));
  const line = (r) => '  ' + r.map((c, i) => (i === 0 ? pad(c, w[i]) : i === 4 ? padL(c, w[i]) : pad(c, w[i]))).join('  ');
  const out = [`\n[${fig.id}] ${fig.title}`, line(HEAD), '  ' + w.map((n) => '-'.repeat(n)).join('  ')];
  for (const r of rows) out.push(line(r));
  for (const c of fig.checks || []) {
    const l = checkLine(c);
    out.push(`  ${l.tag}  ${l.text}`);
  }
  for (const n of fig.notes || []) out.push(`  note: ${n}`);
  return out.join('\n');
}

const mdEscape = (s) => String(s).replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function markdownFigure(fig) {
  const out = [`### ${fig.id === 'P' ? 'Profile' : `Figure ${fig.id}`}: ${fig.title}`, ''];
  if (fig.rows.every((r) => r.text !== undefined || r.value !== undefined || r.error)) {
    // result rows only (adversarial series, profile shares): measurement | result | note
    out.push('| measurement | result | note |', '|---|---|---|');
    for (const r of fig.rows.map(cells)) out.push(`| ${r.slice(0, 3).map(mdEscape).join(' | ')} |`);
  } else {
    out.push(`| ${HEAD.join(' | ')} |`, '|---|---:|---|---|---:|');
    for (const r of fig.rows.map(cells)) out.push(`| ${r.map(mdEscape).join(' | ')} |`);
  }
  const checks = (fig.checks || []).map(checkLine);
  if (checks.length) {
    out.push('');
    for (const c of checks) out.push(`- **${c.tag.trim()}** ${mdEscape(c.text)}`);
  }
  for (const n of fig.notes || []) out.push('', `_${n}_`);
  return out.join('\n');
}

function budgets(figures) {
  return figures.flatMap((f) => (f.checks || []).filter((c) => !c.info && (c.budget !== undefined || c.pass !== undefined)).map((c) => ({ figure: f.id, ...checkLine(c), pass: !!c.pass && !c.error, soft: !!c.soft })));
}

module.exports = { textFigure, markdownFigure, budgets, ms };
