/**
 * Browser end-to-end test: `node out/test/e2e/run.js`.
 *
 * The packaged extension (policylint-linux-x64.vsix) installed with
 * `code-server --install-extension` into a throw-away code-server 4.139.1 (VS Code
 * 1.139.1), a fresh copy of test/fixtures/workspace/, and Debian's Chromium driven by
 * playwright-core at 1400×900, used as a person would: click a draft in the Explorer,
 * see the squiggles, open the Problems panel, read the status bar, hover a citation,
 * F12 to the cited plan, type a snippet prefix, look at the Outline view.
 *
 * Each step is a test in a mocha-like report ending with `e2e: N passed, M failed,
 * 0 skipped`; a step that could not run counts as failed. Exits 1 on any failure.
 * A screenshot of each step goes to test-results/e2e/ (NN-name.png, or
 * NN-name-failed.png), with code-server's, the extension host's and the browser's logs.
 *
 * Environment:
 *   POLICYLINT_VSIX               the VSIX to install (default ./policylint-linux-x64.vsix)
 *   POLICYLINT_E2E_LOCALE         VS Code display language (default zh-cn; `en` for English)
 *   POLICYLINT_E2E_BUDGET         seconds for the UI steps after setup (default 150)
 *   POLICYLINT_E2E_UPDATE_DOCS=1  copy the README screenshots to docs/images/
 *   POLICYLINT_CHROMIUM           the browser (default /usr/bin/chromium)
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { openBrowser, waitForWorkbench, type Workbench } from '../support/browser';
import { CODE_SERVER_VERSION, CodeServer, cacheDir, ensureCodeServer, readInstall } from '../support/code-server';
import { findPidsByCmdline, interruption, listGroupPids, runAsMain } from '../support/process';
import { formatSummary } from '../support/results';
import type { DomEl, PageGlobals } from './dom';
import { check, plainError, Report, withTimeout } from './report';
import { copyWorkspace, installLocaleStub, newestMtime, writeUserSettings } from './setup';
import {
  SEL,
  activeLineNumber,
  activeTabLabel,
  decorationLines,
  dismiss,
  editorSpan,
  editorText,
  openFromExplorer,
  parkMouse,
  pick,
  problemCounts,
  quickOpen,
  renderedLines,
  runCommand,
  setSection,
  waitActiveTab,
  waitCursorLine,
  waitHoverOpaque,
} from './ui';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const artifacts = path.join(repoRoot, 'test-results', 'e2e');
const log = (s: string) => process.stderr.write(`[e2e] ${s}\n`);

const DRAFT = '实施方案草稿.txt';
const CITING = '引用往期规划.policy.txt';
const README = 'README.md';
const SEED = '001_8ae0d0807c311ad7.txt';
const SEED_TITLE_LINE = 21;
const CITED_TITLE = '“十四五”兰州经济圈发展规划';
const SECTIONS = ['一、总体要求', '二、重点任务', '三、保障措施'];

/** Screenshots worth showing in the README: step screenshot → docs/images name. */
const DOC_IMAGES: Record<string, string> = {
  problems: 'problems.png',
  hover: 'hover.png',
  outline: 'outline.png',
  'report-matrix': 'report-matrix.png',
  'report-targets': 'report-targets.png',
  'report-coverage': 'report-coverage.png',
};

/** The report views: the command (Chinese and English title), the draft, what its table must show. */
const REPORTS = [
  { kind: 'matrix', zh: '任务分工表', en: 'Responsibility matrix', file: '实施方案草稿.txt', expect: ['加强厕所粪污无害化处理', '县水务局'] },
  { kind: 'targets', zh: '指标表', en: 'Target table', file: '定西融入兰州经济圈行动方案.txt', expect: ['常住人口城镇化率', '本稿低于上位规划'] },
  { kind: 'coverage', zh: '上位规划对照', en: 'Coverage of the parent plan', file: '白银城镇化实施方案.txt', expect: ['深化户籍制度改革', '已落实', '未涉及'] },
] as const;

interface Config {
  vsix: string;
  locale: string;
  zh: boolean;
  budgetMs: number;
  updateDocs: boolean;
}

function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const locale = (env.POLICYLINT_E2E_LOCALE || 'zh-cn').toLowerCase();
  const budget = env.POLICYLINT_E2E_BUDGET ? Number(env.POLICYLINT_E2E_BUDGET) : 150;
  if (!(budget > 0)) throw new Error(`POLICYLINT_E2E_BUDGET must be a number of seconds, not ${JSON.stringify(env.POLICYLINT_E2E_BUDGET)}`);
  return {
    vsix: path.resolve(env.POLICYLINT_VSIX || path.join(repoRoot, 'policylint-linux-x64.vsix')),
    locale,
    zh: locale.startsWith('zh'),
    budgetMs: budget * 1000,
    updateDocs: env.POLICYLINT_E2E_UPDATE_DOCS === '1',
  };
}

interface Ctx {
  cfg: Config;
  cs?: CodeServer;
  wb?: Workbench;
  workspace?: string;
  /** Notes printed under the summary (what was seen, which route a step took). */
  notes: string[];
}

function pageOf(ctx: Ctx): Page {
  if (!ctx.wb) throw new Error('no browser page (setup did not finish)');
  return ctx.wb.page;
}

// ---------------------------------------------------------------------------
// setup

async function setup(ctx: Ctx): Promise<void> {
  const { cfg } = ctx;
  if (!fs.existsSync(cfg.vsix)) {
    throw plainError(`no VSIX at ${cfg.vsix}: run \`npm run package\` first (or set POLICYLINT_VSIX=path/to/file.vsix)`);
  }
  const vsixTime = fs.statSync(cfg.vsix).mtimeMs;
  if (newestMtime(path.join(repoRoot, 'src')) > vsixTime) {
    log(`note: ${path.relative(repoRoot, cfg.vsix)} is older than a file in src/ (run \`npm run package\` to test the current code)`);
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const install = await ensureCodeServer({ log });
  const cs = CodeServer.create(install, { log });
  ctx.cs = cs;

  cs.installVsix(cfg.vsix);
  const extDir = path.join(cs.extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  for (const f of ['package.json', 'dist/extension.js', 'dist/server.js', `seeds/${SEED}`]) {
    check(fs.existsSync(path.join(extDir, f)), `the installed extension has ${f} (in ${extDir})`);
  }

  writeUserSettings(cs);
  const args = cfg.zh ? installLocaleStub(cs, cfg.locale) : [];
  ctx.workspace = copyWorkspace(repoRoot, cs);
  await cs.start({ workspace: ctx.workspace, args });

  ctx.wb = await openBrowser({ url: cs.workbenchUrl(ctx.workspace), log: (s) => log(s) });
  check(await waitForWorkbench(ctx.wb, 60_000), 'the VS Code workbench (.monaco-workbench) appears within 60 s');
  const page = ctx.wb.page;
  await page.locator(SEL.explorerRow(DRAFT)).waitFor({ state: 'visible', timeout: 30_000 });
  const lang = await page.evaluate(() => (globalThis as unknown as PageGlobals)._VSCODE_NLS_LANGUAGE ?? 'en');
  if (cfg.zh) check(lang === cfg.locale, `the workbench runs with display language ${cfg.locale}`, lang);
  ctx.notes.push(`code-server ${CODE_SERVER_VERSION} on ${cs.url}, display language ${lang}, ${path.basename(cfg.vsix)} (${(fs.statSync(cfg.vsix).size / 1e6).toFixed(1)} MB)`);
}

// ---------------------------------------------------------------------------
// the steps

interface Step {
  title: string;
  /** Screenshot name (test-results/e2e/NN-<shot>.png). */
  shot: string;
  timeoutMs: number;
  run(page: Page, ctx: Ctx): Promise<void>;
}

/** The one ERROR row for the malformed 文号, as the message reads in each language. */
function docNumberMessage(zh: boolean): RegExp {
  return zh ? /发文字号“安政办发\[2024\]08号”格式不规范，应为“安政办发〔2024〕8号”/ : /Document number "安政办发\[2024\]08号" is malformed/;
}

const steps: Step[] = [
  {
    title: `opening ${DRAFT} from the Explorer underlines its defects: an error on line 2 (the 文号), warnings`,
    shot: 'squiggles',
    timeoutMs: 45_000,
    async run(page, ctx) {
      await openFromExplorer(page, DRAFT);
      // The first lint starts the language server and loads the segmenter: allow time.
      await page.locator(`${SEL.activeEditor} .view-overlays .squiggly-error`).first().waitFor({ state: 'visible', timeout: 30_000 });
      await page.locator(`${SEL.activeEditor} .view-overlays .squiggly-warning`).first().waitFor({ state: 'visible', timeout: 10_000 });
      const errors = await decorationLines(page, 'squiggly-error');
      const warnings = await decorationLines(page, 'squiggly-warning');
      check(errors.includes('2'), 'a red squiggle on line 2 (安政办发[2024]08号)', `error squiggles on lines ${errors.join(', ')}`);
      check(warnings.length >= 3, 'several warning squiggles', `warning squiggles on lines ${warnings.join(', ')}`);
      ctx.notes.push(`squiggles: errors on line(s) ${[...new Set(errors)].join(', ')}; warnings on ${new Set(warnings).size} lines`);
      await parkMouse(page);
    },
  },
  {
    title: `the Problems panel (Ctrl+Shift+M) lists the findings with PolicyLint rule ids and ${'messages in the display language'}`,
    shot: 'problems',
    timeoutMs: 20_000,
    async run(page, ctx) {
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator(SEL.problemsRow).filter({ hasText: 'doc-number-format' });
      await row.first().waitFor({ state: 'visible', timeout: 10_000 });
      const aria = (await row.first().getAttribute('aria-label')) ?? '';
      const text = (await row.first().textContent()) ?? '';
      check(aria.startsWith('Error:'), 'the doc-number-format row is an error', aria);
      check(docNumberMessage(ctx.cfg.zh).test(aria), `the doc-number-format message reads as expected (${ctx.cfg.zh ? 'Chinese' : 'English'})`, aria);
      check(text.includes('policylint') && text.includes('[Ln 2, Col 1]'), 'the row names the source policylint and the position [Ln 2, Col 1]', text);

      const rows = await page.locator(SEL.problemsRow).evaluateAll((els: unknown[]) => (els as DomEl[]).map((e) => ({ aria: e.getAttribute('aria-label') ?? '', text: e.textContent ?? '' })));
      const findings = rows.filter((r) => / generated by policylint$/.test(r.aria));
      const ids = [...new Set(findings.map((r) => /policylint([a-z0-9-]+)\[Ln \d+, Col \d+\]/.exec(r.text)?.[1]).filter((x): x is string => !!x))];
      check(ids.length >= 5, 'the rows show at least five different rule ids', ids);
      if (ctx.cfg.zh) {
        // Untranslated text shows as runs of English words in a message.
        const english = findings.filter((r) => /[A-Za-z]{3,} [A-Za-z]{3,}/.test(r.aria.replace(/^(Error|Warning|Info|Hint): /, '').replace(/ at line \d+ and character \d+\. generated by policylint$/, '')));
        check(english.length === 0, 'every visible message is in Chinese', english.map((r) => r.aria));
      }

      const header = rows.find((r) => r.aria.includes(`in file ${DRAFT}`));
      const listed = Number(/^(\d+) problems? in file/.exec(header?.aria ?? '')?.[1] ?? NaN);
      const counts = await problemCounts(page);
      check(counts.errors >= 1 && counts.warnings >= 1, 'the status bar counts at least one error and one warning', counts.label);
      check(listed === counts.errors + counts.warnings + counts.infos, `the Problems panel's count for ${DRAFT} equals the status bar's`, { header: header?.aria, status: counts.label });
      ctx.notes.push(`Problems: ${listed} for ${DRAFT} (${counts.label}); rule ids on screen: ${ids.join(', ')}`);
      await parkMouse(page);
    },
  },
  {
    title: 'the status bar shows the document type 实施方案 with the same error/warning/info counts',
    shot: 'status-bar',
    timeoutMs: 15_000,
    async run(page, ctx) {
      const item = page.locator(SEL.policyStatus).filter({ hasText: '实施方案' });
      await item.first().waitFor({ state: 'visible', timeout: 10_000 });
      const id = (await item.first().getAttribute('id')) ?? '';
      const text = ((await item.first().textContent()) ?? '').trim();
      const aria = (await item.first().getAttribute('aria-label')) ?? '';
      for (const icon of ['law', 'error', 'warning', 'info']) {
        check((await item.first().locator(`.codicon-${icon}`).count()) === 1, `the item shows the $(${icon}) icon`, text);
      }
      const nums = (text.match(/\d+/g) ?? []).map(Number);
      const counts = await problemCounts(page);
      check(
        nums.length === 3 && nums[0] === counts.errors && nums[1] === counts.warnings && nums[2] === counts.infos,
        'the item counts errors, warnings and infos as the Problems status item does',
        { item: text, problems: counts.label },
      );
      check(ctx.cfg.zh ? aria.includes('按“实施方案”检查') : aria.includes('checked as 实施方案'), 'the tooltip says the draft is checked as 实施方案', aria);
      ctx.notes.push(`status bar item #${id}: "${text.replace(/\s+/g, ' ')}"`);
      // Its tooltip, for the screenshot.
      await item.first().hover();
      await page.locator('.monaco-hover:not(.hidden), .workbench-hover, .monaco-hover-content').first().waitFor({ state: 'visible', timeout: 3000 }).catch(() => undefined);
    },
  },
  {
    title: `a code ${README} is not treated as a draft: no squiggles, no problems, a "not checked" status item`,
    shot: 'readme',
    timeoutMs: 20_000,
    async run(page) {
      await dismiss(page);
      await openFromExplorer(page, README);
      // The status item turns to $(circle-slash) once the server has looked at the file.
      await page.locator(`${SEL.policyStatus}:has(.codicon-circle-slash)`).first().waitFor({ state: 'visible', timeout: 10_000 });
      const squiggles = await page.locator(`${SEL.activeEditor} .view-overlays :is(.squiggly-error, .squiggly-warning, .squiggly-info, .squiggly-hint)`).count();
      check(squiggles === 0, `no squiggles in ${README}`, `${squiggles} squiggles`);
      const readmeRows = await page.locator(`${SEL.problemsRow}[aria-label*=${JSON.stringify(`in file ${README}`)}]`).count();
      check(readmeRows === 0, `no Problems entry for ${README}`);
      await parkMouse(page);
    },
  },
  {
    title: `the Outline view shows the draft's sections ${SECTIONS.join(' / ')}`,
    shot: 'outline',
    timeoutMs: 25_000,
    async run(page, ctx) {
      await dismiss(page);
      await quickOpen(page, DRAFT);
      await runCommand(page, 'Explorer: Focus on Outline View');
      await page.locator(SEL.outlinePane).first().waitFor({ state: 'visible', timeout: 5000 });
      // Give the Outline the side bar's height: fold the file tree's section.
      await setSection(page, SEL.explorerFoldersHeader, false);
      for (const s of SECTIONS) {
        await page.locator(`${SEL.outlineRow}[aria-label^=${JSON.stringify(s)}]`).first().waitFor({ state: 'visible', timeout: 10_000 });
      }
      const rows = await page.locator(SEL.outlineRow).evaluateAll((els: unknown[]) =>
        (els as DomEl[]).map((e) => ({ label: e.getAttribute('aria-label') ?? '', level: Number(e.getAttribute('aria-level')), index: Number(e.getAttribute('data-index')) })),
      );
      const found = SECTIONS.map((s) => rows.find((r) => r.label.startsWith(s))!);
      check(found.every((r, i) => i === 0 || r.index > found[i - 1].index), `the sections appear in order ${SECTIONS.join(', ')}`, rows);
      check(new Set(found.map((r) => r.level)).size === 1, 'the three sections are at one level', found);
      const parent = rows.filter((r) => r.index < found[0].index && r.level < found[0].level).pop();
      check(parent?.label.startsWith('安平县农村人居环境整治提升实施方案'), 'they sit under the plan title 安平县农村人居环境整治提升实施方案', parent);
      ctx.notes.push(`Outline: ${rows.map((r) => `${'  '.repeat(Math.max(0, r.level - 1))}${r.label.replace(/ \([\w ]+\)$/, '')}`).join(' / ')}`);
      await parkMouse(page);
    },
  },
  {
    title: `the Outline view, left open, shows the title and sections of ${CITING} once it is opened`,
    shot: 'outline-on-open',
    timeoutMs: 25_000,
    async run(page, ctx) {
      await dismiss(page);
      // The Problems panel out of the way: the Outline draws only the rows that fit.
      if (await page.locator(SEL.panel).first().isVisible()) {
        await page.keyboard.press('Control+J'); // View: Toggle Panel Visibility
        await page.locator(SEL.panel).first().waitFor({ state: 'hidden', timeout: 5000 });
      }
      // A person keeps the Outline open while moving between drafts.
      await setSection(page, SEL.outlineHeader, true);
      await openFromExplorer(page, CITING);
      await page.locator(SEL.policyStatus).filter({ hasText: '实施方案' }).first().waitFor({ state: 'visible', timeout: 15_000 });
      // Fold the file tree again (opening from it unfolded it) so every section fits.
      await setSection(page, SEL.explorerFoldersHeader, false);
      const want = ['白银市融入兰州经济圈建设实施方案', ...SECTIONS];
      try {
        for (const s of want) await page.locator(`${SEL.outlineRow}[aria-label^=${JSON.stringify(s)}]`).first().waitFor({ state: 'visible', timeout: 8000 });
      } catch {
        const pane = ((await page.locator(SEL.outlinePane).first().innerText().catch(() => '')) || '').replace(/\s*\n\s*/g, ' | ');
        check(false, `the Outline lists ${want.join(', ')} within 8 s of opening ${CITING} (the draft was linted: the status bar shows its type)`, pane);
      }
      const rows = await page.locator(SEL.outlineRow).evaluateAll((els: unknown[]) => (els as DomEl[]).map((e) => e.getAttribute('aria-label') ?? ''));
      ctx.notes.push(`Outline of ${CITING} on opening: ${rows.slice(0, 4).map((r) => r.replace(/ \([\w ]+\)$/, '')).join(' / ')} …`);
      await parkMouse(page);
    },
  },
  {
    title: 'hovering the citation 《“十四五”兰州经济圈发展规划》 shows the cited plan: 文号, outline, where it is',
    shot: 'hover',
    timeoutMs: 30_000,
    async run(page, ctx) {
      await dismiss(page);
      // The Outline and the Problems panel (another file's list) out of the way: the
      // file tree, the draft and the hover make the clearer picture.
      await setSection(page, SEL.outlineHeader, false);
      if (await page.locator(SEL.panel).first().isVisible()) {
        await page.keyboard.press('Control+J'); // View: Toggle Panel Visibility
        await page.locator(SEL.panel).first().waitFor({ state: 'hidden', timeout: 5000 });
      }
      await openFromExplorer(page, CITING);
      await page.waitForFunction(([sel]) => ((globalThis as unknown as PageGlobals).document.querySelector(sel)?.textContent ?? '').includes('政策文件'), [SEL.statusMode] as const, { timeout: 10_000 });
      // Linted (the status item shows this draft's type) before hovering.
      await page.locator(SEL.policyStatus).filter({ hasText: '实施方案' }).first().waitFor({ state: 'visible', timeout: 15_000 });
      const span = editorSpan(page, CITED_TITLE);
      await span.waitFor({ state: 'visible', timeout: 5000 });
      await span.hover();
      const hover = page.locator(SEL.hover).filter({ hasText: '93号' });
      let route = 'mouse';
      try {
        await hover.first().waitFor({ state: 'visible', timeout: 10_000 });
      } catch {
        // The keyboard route: cursor on the title, Ctrl+K Ctrl+I (Show Hover).
        route = 'keyboard (the mouse hover did not show)';
        await span.click();
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        await hover.first().waitFor({ state: 'visible', timeout: 8000 });
      }
      await waitHoverOpaque(page).catch(() => undefined); // only for the screenshot
      const text = await hover.first().innerText();
      for (const want of ['甘政办发〔2021〕93号', '规划背景', SEED, ctx.cfg.zh ? `第 ${SEED_TITLE_LINE} 行` : `line ${SEED_TITLE_LINE}`]) {
        check(text.includes(want), `the hover shows ${want}`, text);
      }
      ctx.notes.push(`hover (${route}): ${text.split('\n').filter(Boolean).slice(0, 2).join(' | ')}`);
    },
  },
  {
    title: `F12 on the citation opens the cited plan in the bundled ${SEED} at its title, line ${SEED_TITLE_LINE}`,
    shot: 'definition',
    timeoutMs: 25_000,
    async run(page, ctx) {
      await dismiss(page);
      await editorSpan(page, CITED_TITLE).click();
      const before = await waitCursorLine(page, 3, 5000);
      const countsBefore = await problemCounts(page);
      await page.keyboard.press('F12');
      await waitActiveTab(page, SEED, 10_000);
      const tab = await activeTabLabel(page);
      const pos = await waitCursorLine(page, SEED_TITLE_LINE, 5000);
      check(pos.startsWith(`Ln ${SEED_TITLE_LINE}, Col 1`), `the cursor is at Ln ${SEED_TITLE_LINE}, Col 1`, pos);
      check((await activeLineNumber(page)) === String(SEED_TITLE_LINE), `the gutter highlights line ${SEED_TITLE_LINE}`);
      const line = (await renderedLines(page)).find((l) => l.line === String(SEED_TITLE_LINE));
      check(line?.text.trim() === CITED_TITLE, `line ${SEED_TITLE_LINE} on screen is the plan's title ${CITED_TITLE}`, line);
      // What opening the bundled file does to the Problems count (reported, not checked).
      await page.keyboard.press('Control+Shift+M');
      const total = (c: { errors: number; warnings: number; infos: number }) => c.errors + c.warnings + c.infos;
      let after = await problemCounts(page);
      for (let i = 0; i < 20 && total(after) === total(countsBefore); i++) {
        await page.waitForTimeout(250);
        after = await problemCounts(page);
      }
      ctx.notes.push(`F12 from ${CITING} (${before}) → tab "${tab}", ${pos}; workspace problems ${total(countsBefore)} → ${total(after)} once the seed is open`);
      await parkMouse(page);
    },
  },
  {
    title: 'typing zdsx in a new 政策文件 and accepting the suggestion inserts the 指导思想 section',
    shot: 'snippet',
    timeoutMs: 30_000,
    async run(page, ctx) {
      await dismiss(page);
      await runCommand(page, 'File: New Untitled Text File');
      await waitActiveTab(page, 'Untitled', 10_000);
      // The language, as a person sets it: the status bar's language item, then the picker.
      await page.locator(SEL.statusMode).first().click();
      await pick(page, { text: 'policy-draft', row: '[aria-label^="政策文件"]' });
      await page.waitForFunction(([sel]) => ((globalThis as unknown as PageGlobals).document.querySelector(sel)?.textContent ?? '').includes('政策文件'), [SEL.statusMode] as const, { timeout: 5000 });
      await page.locator(`${SEL.activeEditor} .view-lines`).first().click();
      await page.keyboard.type('zdsx');
      const snippet = page.locator(`${SEL.suggestRow}[aria-label*="指导思想"]`);
      let route = 'suggested while typing';
      try {
        await snippet.first().waitFor({ state: 'visible', timeout: 6000 });
      } catch {
        route = 'Ctrl+Space (no suggestion while typing)';
        await page.keyboard.press('Control+Space');
        await snippet.first().waitFor({ state: 'visible', timeout: 6000 });
      }
      await page.locator(`${SEL.suggestRow}.focused[aria-label*="指导思想"]`).first().waitFor({ state: 'visible', timeout: 3000 });
      const label = (await snippet.first().getAttribute('aria-label')) ?? '';
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        ([sel, want]) => ((globalThis as unknown as PageGlobals).document.querySelector(sel)?.textContent ?? '').includes(want),
        [`${SEL.activeEditor} .view-lines`, '思想为指导'] as const,
        { timeout: 5000 },
      );
      const text = await editorText(page);
      check(text.startsWith('（一）指导思想'), 'the text starts with the heading （一）指导思想', text);
      check(text.includes('以习近平新时代中国特色社会主义思想为指导'), 'the body of the 指导思想 section follows', text);
      check(!text.includes('zdsx'), 'the prefix zdsx was replaced', text);
      ctx.notes.push(`snippet (${route}): suggestion "${label}" → "${text.split('\n')[0]}"`);
      // Leave nothing unsaved behind (a later "close all" would stop at a save dialog).
      await runCommand(page, 'View: Revert and Close Editor');
      await parkMouse(page);
    },
  },
  ...REPORTS.map(
    (r): Step => ({
      title: `PolicyLint: ${r.zh} opens a report view beside ${r.file} showing ${r.expect.join(', ')}`,
      shot: `report-${r.kind}`,
      timeoutMs: 40_000,
      async run(page, ctx) {
        await dismiss(page);
        // One draft and its report side by side, the panel out of the way.
        await runCommand(page, 'View: Close All Editors');
        if (await page.locator(SEL.panel).first().isVisible()) {
          await page.keyboard.press('Control+J');
          await page.locator(SEL.panel).first().waitFor({ state: 'hidden', timeout: 5000 });
        }
        await openFromExplorer(page, r.file);
        await page.locator(SEL.policyStatus).filter({ hasText: '方案' }).first().waitFor({ state: 'visible', timeout: 15_000 });
        await runCommand(page, `PolicyLint: ${ctx.cfg.zh ? r.zh : r.en}`);
        // The webview's document sits two frames down (the webview host, then its active frame).
        const view = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
        for (const text of r.expect) await view.locator('table').getByText(text).first().waitFor({ state: 'visible', timeout: 20_000 });
        const rows = await view.locator('tbody tr').count();
        check(rows > 0, `the ${r.zh} table has rows`, String(rows));
        ctx.notes.push(`${r.zh}: ${rows} rows for ${r.file}`);
        await parkMouse(page);
      },
    }),
  ),
];

// ---------------------------------------------------------------------------
// artifacts

function saveLogs(ctx: Ctx): void {
  try {
    fs.mkdirSync(artifacts, { recursive: true });
    if (ctx.cs) {
      if (fs.existsSync(ctx.cs.logFile)) fs.copyFileSync(ctx.cs.logFile, path.join(artifacts, 'code-server.log'));
      const exthost = ctx.cs.exthostLogs();
      if (exthost.length) fs.copyFileSync(exthost[exthost.length - 1], path.join(artifacts, 'exthost.log'));
      // The PolicyLint output channel, when the extension host wrote it.
      const logs = path.join(ctx.cs.userDataDir, 'logs');
      const channel = findFile(logs, (p) => /PolicyLint\.log$/i.test(p));
      if (channel) fs.copyFileSync(channel, path.join(artifacts, 'policylint-output.log'));
    }
    if (ctx.wb?.consoleLog.length) fs.writeFileSync(path.join(artifacts, 'browser-console.log'), ctx.wb.consoleLog.join('\n') + '\n');
  } catch (e) {
    log(`could not save the logs: ${(e as Error).message}`);
  }
}

function findFile(dir: string, match: (p: string) => boolean, depth = 0): string | undefined {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return undefined;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isFile() && match(p)) return p;
    if (e.isDirectory() && depth < 6) {
      const found = findFile(p, match, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

async function screenshot(page: Page | undefined, name: string): Promise<string | undefined> {
  if (!page) return undefined;
  const file = path.join(artifacts, `${name}.png`);
  try {
    await page.screenshot({ path: file, timeout: 10_000 });
    return file;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------

async function main(): Promise<number> {
  const t0 = Date.now();
  const cfg = readConfig();
  fs.rmSync(artifacts, { recursive: true, force: true }); // an earlier run's screenshots must not pass for this one's
  fs.mkdirSync(artifacts, { recursive: true });
  const report = new Report(`PolicyLint in code-server ${CODE_SERVER_VERSION} and Chromium`);
  const ctx: Ctx = { cfg, notes: [] };
  const shots = new Map<string, string>();
  const times = { setup: 0, steps: 0, stop: 0 };
  let setupOk = false;

  try {
    const setupTitle = `installs ${path.basename(cfg.vsix)} with --install-extension and opens a copy of test/fixtures/workspace`;
    const s0 = Date.now();
    // Installing code-server into the cache the first time takes minutes; afterwards seconds.
    const setupLimit = readInstall(cacheDir()) ? 90_000 : 20 * 60_000;
    try {
      await withTimeout(setup(ctx), setupLimit, 'setup');
      report.pass(setupTitle, Date.now() - s0);
      setupOk = true;
      await screenshot(ctx.wb?.page, '00-workbench');
    } catch (e) {
      report.fail(setupTitle, Date.now() - s0, e);
      await screenshot(ctx.wb?.page, '00-workbench-failed');
    }
    times.setup = Date.now() - s0;

    const stepsStart = Date.now();
    const deadline = stepsStart + cfg.budgetMs;
    for (const [i, step] of steps.entries()) {
      const nn = String(i + 1).padStart(2, '0');
      if (!setupOk) {
        report.notRun(step.title, 'the setup failed');
        continue;
      }
      const signal = interruption();
      if (signal) {
        report.notRun(step.title, `interrupted by ${signal}`);
        continue;
      }
      const left = deadline - Date.now();
      if (left < 3000) {
        report.notRun(step.title, `the time budget of ${cfg.budgetMs / 1000} s (POLICYLINT_E2E_BUDGET) was spent`);
        continue;
      }
      if (ctx.wb?.broken) {
        report.notRun(step.title, ctx.wb.broken);
        continue;
      }
      const page = pageOf(ctx);
      const st = Date.now();
      log(`step ${nn}: ${step.title}`);
      try {
        await withTimeout(step.run(page, ctx), Math.min(step.timeoutMs, left), `step ${nn}`);
        report.pass(step.title, Date.now() - st);
        const file = await screenshot(page, `${nn}-${step.shot}`);
        if (file) shots.set(step.shot, file);
      } catch (e) {
        report.fail(step.title, Date.now() - st, e);
        await screenshot(page, `${nn}-${step.shot}-failed`);
        // Leave the UI as a person would before the next step: nothing open on top.
        await dismiss(page).catch(() => undefined);
      }
    }
    times.steps = Date.now() - stepsStart;
  } finally {
    saveLogs(ctx);
    const s1 = Date.now();
    const chromiumDir = ctx.wb?.userDataDir;
    const csDir = ctx.cs?.tempDir;
    const csGroup = ctx.cs?.pid ?? 0;
    if (ctx.wb) await ctx.wb.close();
    if (ctx.cs) await ctx.cs.stop();
    times.stop = Date.now() - s1;

    // Checked like `ps` would: nothing of this run's code-server or Chromium is left.
    const title = 'stopping Chromium and code-server leaves no process behind';
    if (ctx.cs || ctx.wb) {
      const left = [
        ...(csDir ? findPidsByCmdline(csDir) : []),
        ...(chromiumDir ? findPidsByCmdline(chromiumDir) : []),
        ...(csGroup > 1 ? listGroupPids(csGroup) : []),
      ];
      const unique = [...new Set(left)];
      const problems: string[] = [];
      if (unique.length) problems.push(`processes still running: ${unique.join(' ')}`);
      for (const dir of [csDir, chromiumDir]) if (dir && fs.existsSync(dir)) problems.push(`temp dir not removed: ${dir}`);
      if (problems.length === 0) report.pass(title, times.stop);
      else report.fail(title, times.stop, new Error(problems.join('; ')));
    } else {
      report.notRun(title, 'nothing was started');
    }
  }

  const results = report.results();
  process.stdout.write(`\n  PolicyLint browser end-to-end test (${cfg.zh ? `display language ${cfg.locale}` : 'English'}; screenshots in ${path.relative(process.cwd(), artifacts) || artifacts}/)\n`);
  process.stdout.write(formatSummary(results, { label: 'e2e', slowMs: 2000 }).replace(/\n(e2e: .*)\n$/, '\n'));
  if (ctx.notes.length) process.stdout.write(`  seen:\n${ctx.notes.map((n) => `    - ${n}`).join('\n')}\n\n`);
  const total = Date.now() - t0;
  process.stdout.write(
    `  timings: setup ${(times.setup / 1000).toFixed(1)} s, steps ${(times.steps / 1000).toFixed(1)} s, stop ${(times.stop / 1000).toFixed(1)} s, total ${(total / 1000).toFixed(1)} s\n\n`,
  );

  const expected = steps.length + 2; // setup + steps + clean stop
  const ok = results.failed === 0 && results.passed === expected;
  if (!ok && results.failed === 0) process.stdout.write(`  ERROR: ${results.passed} of ${expected} checks passed: a step that did not run is not a pass.\n\n`);

  if (cfg.updateDocs) {
    // Only screenshots of steps that passed (`shots` holds no other).
    const dir = path.join(repoRoot, 'docs', 'images');
    fs.mkdirSync(dir, { recursive: true });
    for (const [shot, name] of Object.entries(DOC_IMAGES)) {
      const from = shots.get(shot);
      if (from) {
        fs.copyFileSync(from, path.join(dir, name));
        log(`docs/images/${name} ← ${path.relative(repoRoot, from)}`);
      } else {
        log(`docs/images/${name} not updated: its step did not pass`);
      }
    }
  }
  process.stdout.write(`e2e: ${results.passed} passed, ${results.failed} failed\n`);
  return ok ? 0 : 1;
}

if (require.main === module) {
  runAsMain(main, (e) => process.stdout.write(`\n  PolicyLint browser end-to-end test: FAILED: ${(e as Error)?.stack ?? e}\n\ne2e: 0 passed, 1 failed\n`));
}
