/** The report webview's HTML (a pure function) and the schema of the messages it may post. */
import * as assert from 'node:assert/strict';
import { contentSecurityPolicy, escapeHtml, reportHtml, type ReportHtmlInput } from '../../src/extension/reportHtml';
import { parseWebviewMessage, webviewMessageSchema } from '../../src/extension/reportMessages';
import type { ReportResponse, ReportTableData } from '../../src/shared/protocol';

const NONCE = 'bm9uY2Utbm9uY2Utbm9uY2U=';

const matrix: ReportTableData = {
  name: '任务分工',
  title: '任务分工表 — 安平县农村人居环境整治提升实施方案',
  columns: [
    { key: 'index', header: '序号', width: 6 },
    { key: 'task', header: '任务', width: 36 },
    { key: 'line', header: '行', width: 6 },
    { key: 'u:县住建局', header: '县住建局', width: 8 },
    { key: 'u:县水务局', header: '县水务局', width: 8 },
  ],
  rows: [
    { cells: { index: 1, task: '1、逐步普及农村卫生厕所', line: 16, 'u:县住建局': '牵头', 'u:县水务局': '' }, line: 16 },
    { cells: { index: 2, task: '2、加强厕所粪污无害化处理', line: 17, 'u:县住建局': '', 'u:县水务局': '' }, line: 17, flag: 'problem' },
    { cells: { index: 3, task: '3、<script>alert("x")</script> & more', line: 19, 'u:县住建局': '配合', 'u:县水务局': '配合' }, line: 19, flag: 'warning' },
  ],
  notes: ['没有责任单位的任务：1 项（序号 2）', 'a note with <b>markup</b>'],
};
const totals: ReportTableData = {
  name: '单位汇总',
  title: '单位汇总',
  columns: [
    { key: 'unit', header: '单位', width: 24 },
    { key: 'lead', header: '牵头', width: 8 },
  ],
  rows: [
    { cells: { unit: '县住建局', lead: 1 } },
    { cells: { unit: '县水务局', lead: 0 }, flag: 'good' },
  ],
  notes: [],
};
const ok: ReportResponse = { ok: true, kind: 'matrix', tables: [matrix, totals], units: ['县住建局', '县水务局', '"><img src=x>'] };

function render(over: Partial<ReportHtmlInput> = {}): string {
  return reportHtml({ kind: 'matrix', lang: 'zh', nonce: NONCE, documentName: '实施方案草稿.txt', response: ok, ...over });
}

/** The opening tag of each <tr class="row …">. */
function rowTags(html: string): string[] {
  return html.match(/<tr class="row[^>]*>/g) ?? [];
}

describe('report view: HTML', () => {
  it('has a Content-Security-Policy with the nonce, and the nonce on its only style and script', () => {
    const html = render();
    const csp = `default-src 'none'; style-src 'nonce-${NONCE}'; script-src 'nonce-${NONCE}';`;
    assert.equal(contentSecurityPolicy(NONCE), csp);
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${csp.replace(/'/g, '&#39;')}">`), 'CSP meta');
    assert.equal((html.match(/<script\b/g) ?? []).length, 1);
    assert.equal((html.match(/<style\b/g) ?? []).length, 1);
    assert.ok(html.includes(`<script nonce="${NONCE}">`));
    assert.ok(html.includes(`<style nonce="${NONCE}">`));
    // Nothing the CSP would block, or that would bypass it.
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'inline event handler');
    assert.doesNotMatch(html, /\sstyle\s*=/i, 'style attribute');
    assert.doesNotMatch(html, /https?:\/\//, 'remote resource');
    assert.doesNotMatch(html, /<(link|img|iframe)\b/i);
  });

  it('renders a fresh nonce each time it is given one, and refuses a weak nonce', () => {
    const other = 'b3RoZXItbm9uY2Utb3RoZXI=';
    assert.ok(render({ nonce: other }).includes(`nonce-${other}`));
    assert.ok(!render({ nonce: other }).includes(NONCE));
    assert.throws(() => render({ nonce: 'abc' }));
    assert.throws(() => render({ nonce: `${NONCE}'; script-src *` }));
  });

  it('escapes every text from the draft and the server', () => {
    const html = render();
    assert.ok(!html.includes('<script>alert'), 'raw <script> from a cell');
    assert.ok(html.includes('3、&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more'));
    assert.ok(html.includes('a note with &lt;b&gt;markup&lt;/b&gt;'));
    assert.ok(!html.includes('<img src=x>'));
    assert.ok(html.includes('<option value="&quot;&gt;&lt;img src=x&gt;">'));
    const failed = render({ response: { ok: false, kind: 'matrix', message: '<b>no</b> tasks' } });
    assert.ok(failed.includes('&lt;b&gt;no&lt;/b&gt; tasks'));
    assert.ok(render({ documentName: '<x>.txt' }).includes('&lt;x&gt;.txt'));
    assert.equal(escapeHtml(`<a href="x" title='y'>&`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;');
  });

  it('makes rows focusable (one tab stop per table) with their draft line', () => {
    const rows = rowTags(render());
    assert.equal(rows.length, 5);
    assert.match(rows[0], /tabindex="0"/);
    assert.match(rows[0], /data-line="16"/);
    assert.match(rows[1], /tabindex="-1"/);
    assert.match(rows[1], /data-line="17"/);
    assert.match(rows[2], /data-line="19"/);
    // The totals table has rows with no line: focusable, nothing to jump to.
    assert.match(rows[3], /tabindex="0"/);
    assert.doesNotMatch(rows[3], /data-line/);
    for (const r of rows) assert.match(r, /aria-label="[^"]+"/);
    assert.match(rows[1], /aria-label="2、加强厕所粪污无害化处理，问题，第 17 行"/);
  });

  it('maps flags to classes and badges', () => {
    const rows = rowTags(render());
    assert.doesNotMatch(rows[0], /flag-/);
    assert.match(rows[1], /class="row flag-problem has-line"/);
    assert.match(rows[2], /class="row flag-warning has-line"/);
    assert.match(rows[4], /class="row flag-good"/);
    const html = render();
    assert.ok(html.includes('<span class="badge badge-problem">问题</span>'));
    assert.ok(html.includes('<span class="badge badge-warning">注意</span>'));
    assert.ok(html.includes('<span class="badge badge-good">通过</span>'));
    // Theme colours only.
    assert.match(html, /tr\.flag-problem \{ --flag: var\(--vscode-editorError-foreground\); \}/);
    assert.match(html, /var\(--vscode-testing-iconPassed\)/);
    assert.doesNotMatch(html.replace(/var\([^()]*(\([^()]*\))?[^()]*\)/g, ''), /#[0-9a-f]{3,8}\b|rgba?\(/i, 'a hard-coded colour outside var()');
  });

  it('is a proper table: caption, column headers, row headers, sticky first column', () => {
    const html = render();
    assert.ok(html.includes('<caption id="caption-0">任务分工表 — 安平县农村人居环境整治提升实施方案 <span class="count">共 3 行</span></caption>'));
    assert.ok(html.includes('<th scope="col" class="c0 sticky index-col num">序号</th>'));
    assert.ok(html.includes('<th scope="col" class="c1 sticky sticky-2 sticky-last">任务</th>'));
    assert.match(html, /<th scope="row" class="c1 sticky sticky-2 sticky-last">1、逐步普及农村卫生厕所<\/th>/);
    assert.match(html, /<td class="c3 unit-col role-lead">牵头<\/td>/);
    assert.match(html, /<th scope="row" class="c0 sticky sticky-last">县住建局<\/th>/);
    assert.match(html, /<td class="c1 num">1<\/td>/);
    assert.match(html, /<div class="scroller" id="scroller-0" role="region" aria-labelledby="caption-0">/);
    assert.match(html, /<ul class="notes" aria-label="说明"><li>没有责任单位的任务：1 项（序号 2）<\/li>/);
  });

  it('has the matrix controls: unit filter and sort order, reflecting the current choice', () => {
    const html = render({ state: { unit: '县水务局', sortBy: 'unit' } });
    assert.match(html, /<label for="unit-filter">单位<\/label><select id="unit-filter">/);
    assert.ok(html.includes('<option value="">全部单位</option>'));
    assert.ok(html.includes('<option value="县水务局" selected>县水务局</option>'));
    assert.ok(html.includes('aria-pressed="false">按任务</button>'));
    assert.ok(html.includes('data-sort="unit" aria-pressed="true">按单位</button>'));
    assert.match(html, /class="c4 unit-col selected-col"/);
    assert.ok(html.includes('id="export"'));
    assert.ok(render().includes('<option value="" selected>全部单位</option>'));
  });

  it('has the parent-plan input in the coverage view, also when no parent was found', () => {
    const response: ReportResponse = { ok: false, kind: 'coverage', message: '没有找到草稿所落实的上位规划' };
    const html = render({ kind: 'coverage', response, state: { parent: '《某规划》"' } });
    assert.match(html, /<form id="parent-form"[^>]*><label for="parent-input">上位规划<\/label><input id="parent-input" type="text" maxlength="200"/);
    assert.ok(html.includes('value="《某规划》&quot;"'));
    assert.match(html, /<div class="error" role="alert">/);
    assert.ok(!html.includes('id="export"'), 'nothing to export');
    assert.ok(!html.includes('id="unit-filter"'));
  });

  it('speaks English when asked', () => {
    const en = render({ lang: 'en' });
    assert.match(en, /<html lang="en">/);
    assert.ok(en.includes('>Export to Excel</button>'));
    assert.ok(en.includes('<option value="" selected>All units</option>'));
    assert.ok(en.includes('>By task</button>'));
    assert.ok(en.includes('<span class="badge badge-problem">problem</span>'));
    assert.ok(en.includes('<h1>Responsibility matrix '));
    assert.match(en, /aria-label="2、加强厕所粪污无害化处理, problem, line 17"/);
    assert.ok(!en.includes('导出'));
    const zh = render();
    assert.match(zh, /<html lang="zh-CN">/);
    assert.ok(zh.includes('>导出 Excel</button>'));
    assert.ok(zh.includes('<h1>任务分工表 '));
    assert.ok(render({ kind: 'targets', lang: 'en', response: { ...ok, kind: 'targets' } }).includes('<h1>Target table '));
    assert.ok(render({ kind: 'coverage', lang: 'zh', response: { ...ok, kind: 'coverage' } }).includes('<h1>上位规划对照 '));
  });

  it('shows a busy page while the server computes, and a row for an empty table', () => {
    const loading = render({ response: undefined });
    assert.match(loading, /<p class="status" role="status">正在生成报表…<\/p>/);
    assert.match(loading, /aria-busy="true"/);
    const empty = render({ response: { ok: true, kind: 'targets', tables: [{ ...totals, rows: [] }] } });
    assert.match(empty, /<tr class="empty"><td colspan="2">（无）<\/td><\/tr>/);
    assert.equal(rowTags(empty).length, 0);
  });
});

describe('report view: messages from the webview', () => {
  const valid: unknown[] = [
    { type: 'reveal', line: 1 },
    { type: 'reveal', line: 123 },
    { type: 'export' },
    { type: 'filter', unit: '市工信局' },
    { type: 'filter', unit: null },
    { type: 'sort', by: 'task' },
    { type: 'sort', by: 'unit' },
    { type: 'parent', title: '' },
    { type: 'parent', title: '《“十四五”兰州经济圈发展规划》' },
    { type: 'parent', title: '规'.repeat(200) },
  ];
  const invalid: unknown[] = [
    undefined,
    null,
    'reveal',
    42,
    [],
    {},
    { type: 'reveal' },
    { type: 'reveal', line: 0 },
    { type: 'reveal', line: -3 },
    { type: 'reveal', line: 1.5 },
    { type: 'reveal', line: '12' },
    { type: 'reveal', line: Number.NaN },
    { type: 'reveal', line: Infinity },
    { type: 'export', path: '/etc/passwd' },
    { type: 'filter' },
    { type: 'filter', unit: 3 },
    { type: 'filter', unit: 'x'.repeat(201) },
    { type: 'sort', by: 'date' },
    { type: 'parent', title: '规'.repeat(201) },
    { type: 'parent', title: null },
    { type: 'open', uri: 'file:///etc/passwd' },
    { type: 'REVEAL', line: 1 },
  ];

  it('accepts the five message types', () => {
    for (const m of valid) {
      const r = parseWebviewMessage(m);
      assert.ok(r.ok, `${JSON.stringify(m)} was rejected: ${r.ok ? '' : r.error}`);
      assert.deepEqual(r.message, m);
    }
  });

  it('rejects anything else, saying why', () => {
    for (const m of invalid) {
      const r = parseWebviewMessage(m);
      assert.equal(r.ok, false, `${JSON.stringify(m)} was accepted`);
      if (!r.ok) assert.ok(r.error.length > 0);
      assert.equal(webviewMessageSchema.safeParse(m).success, false);
    }
  });
});
