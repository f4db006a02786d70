/**
 * What a person does in the VS Code workbench, for the browser end-to-end test
 * (test/e2e/run.ts): click in the Explorer, Quick Open, the Command Palette, Go to
 * Line, read the status bar, the tabs and the lines on screen.
 *
 * Every wait is on an element or a condition, with a time-out; the selectors are
 * VS Code 1.139's DOM, found by inspecting the workbench. Where the DOM is known to
 * shift (virtualised lists, preview tabs, ids built from the extension id), the
 * helpers match on what a person reads (aria-labels, line numbers) rather than on
 * position.
 */
import type { Locator, Page } from 'playwright-core';
import type { DomEl, PageGlobals } from './dom';

/** A CSS attribute value in double quotes. */
export function cssString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export const SEL = {
  workbench: '.monaco-workbench',
  explorerRow: (name: string) => `.explorer-folders-view .monaco-list-row[aria-label=${cssString(name)}]`,
  activeGroup: '.editor-group-container.active',
  activeTab: '.editor-group-container.active .tabs-container .tab.active',
  /** The text editor of the active group (not the hover's or the suggest widget's). */
  activeEditor: '.editor-group-container.active .editor-container .monaco-editor',
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget .quick-input-box input',
  quickRow: '.quick-input-widget .quick-input-list .monaco-list-row',
  problemsRow: '.markers-panel .monaco-list-row',
  /** The bottom panel (Problems, Output …). */
  panel: '.part.panel',
  statusProblems: '[id="status.problems"]',
  statusSelection: '[id="status.editor.selection"]',
  statusMode: '[id="status.editor.mode"]',
  /**
   * The PolicyLint item. VS Code builds the element id from the extension id and the
   * item id (`policylint.policylint` + `policylint.status` in 1.139, giving
   * `policylint.policylint.policylint.status`; older builds dropped a part), so match
   * the end of the id.
   */
  policyStatus: '.statusbar-item[id$="policylint.status"]',
  hover: '.monaco-hover:not(.hidden)',
  suggestRow: '.editor-group-container.active .suggest-widget.visible .monaco-list-row',
  outlinePane: '.pane:has(> .pane-header[aria-label^="Outline"])',
  outlineRow: '.pane:has(> .pane-header[aria-label^="Outline"]) .monaco-list-row',
  explorerFoldersHeader: '.pane-header[aria-label^="Explorer Section"]',
  outlineHeader: '.pane-header[aria-label^="Outline"]',
};

/** A quiet spot for the mouse (empty title bar), so no tooltip or hover covers a screenshot. */
export async function parkMouse(page: Page): Promise<void> {
  await page.mouse.move(260, 16);
}

/** Folds or unfolds a side bar section by its header, as a click on it does. */
export async function setSection(page: Page, header: string, expanded: boolean): Promise<void> {
  const h = page.locator(header).first();
  await h.waitFor({ state: 'visible', timeout: 5000 });
  if (((await h.getAttribute('aria-expanded')) === 'true') !== expanded) await h.click();
}

/** Waits until the (last) hover widget is fully shown: VS Code fades it in. */
export async function waitHoverOpaque(page: Page, timeoutMs = 3000): Promise<void> {
  await page.waitForFunction(
    ([sel]) => {
      const g = globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<unknown> }; getComputedStyle(e: unknown): { opacity: string } };
      const all = Array.from(g.document.querySelectorAll(sel));
      return all.length > 0 && all.every((e) => g.getComputedStyle(e).opacity === '1');
    },
    [SEL.hover] as const,
    { timeout: timeoutMs },
  );
}

/** Closes hovers, suggestions and quick inputs, as a person pressing Escape would. */
export async function dismiss(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await parkMouse(page);
}

export interface PickOptions {
  /** Key that opens the quick input: Control+P, Control+Shift+P, Control+G … (none: it is open already). */
  key?: string;
  /** What to type (replaces the input's initial text, so include '>' or ':' yourself). */
  text: string;
  /** An attribute selector the wanted row must match, e.g. `[aria-label^="File: New"]`. */
  row: string;
  timeoutMs?: number;
}

/**
 * Opens a quick input, types, and accepts the wanted row: Enter when it has the
 * focus, else a click on it. Enter alone is not safe: the list first shows the
 * unfiltered entries (recently opened files …), and a longer label may sort first
 * ("File: Compare New Untitled Text Files" before "File: New Untitled Text File").
 */
export async function pick(page: Page, opts: PickOptions): Promise<void> {
  const timeout = opts.timeoutMs ?? 10_000;
  if (opts.key) await page.keyboard.press(opts.key);
  const input = page.locator(SEL.quickInputBox);
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(opts.text);
  const wanted = page.locator(`${SEL.quickRow}${opts.row}`).first();
  await wanted.waitFor({ state: 'visible', timeout });
  if (/\bfocused\b/.test((await wanted.getAttribute('class')) ?? '')) await page.keyboard.press('Enter');
  else await wanted.click(); // another entry has the focus (a longer label sorted first, a stale list)
  await page.locator(SEL.quickInput).waitFor({ state: 'hidden', timeout });
}

/** Command Palette: `>label`, then the command whose row label starts with `label`. */
export async function runCommand(page: Page, label: string, timeoutMs?: number): Promise<void> {
  await pick(page, { key: 'Control+Shift+P', text: `>${label}`, row: `[aria-label^=${cssString(label)}]`, timeoutMs });
}

/** Quick Open (Ctrl+P) a workspace file by name and wait for its tab. */
export async function quickOpen(page: Page, fileName: string, timeoutMs = 10_000): Promise<void> {
  await pick(page, { key: 'Control+P', text: fileName, row: `[aria-label^=${cssString(`${fileName},`)}]`, timeoutMs });
  await waitActiveTab(page, fileName, timeoutMs);
}

/** Opens a file by clicking its row in the Explorer and waits for its tab. */
export async function openFromExplorer(page: Page, fileName: string, timeoutMs = 10_000): Promise<void> {
  // The file tree's section may have been folded (to give the Outline room): unfold it.
  await setSection(page, SEL.explorerFoldersHeader, true);
  const row = page.locator(SEL.explorerRow(fileName));
  await row.waitFor({ state: 'visible', timeout: timeoutMs });
  await row.click();
  await waitActiveTab(page, fileName, timeoutMs);
}

export async function waitActiveTab(page: Page, fileName: string, timeoutMs = 10_000): Promise<void> {
  await page.locator(`${SEL.activeTab}[aria-label*=${cssString(fileName)}]`).waitFor({ state: 'visible', timeout: timeoutMs });
}

export async function activeTabLabel(page: Page): Promise<string> {
  return (await page.locator(SEL.activeTab).first().getAttribute('aria-label', { timeout: 5000 })) ?? '';
}

/** The status bar's "Ln 21, Col 1" text. */
export async function cursorStatus(page: Page): Promise<string> {
  return ((await page.locator(SEL.statusSelection).first().textContent({ timeout: 5000 })) ?? '').trim();
}

/** Waits until the status bar's cursor position starts with `Ln <line>,`. */
export async function waitCursorLine(page: Page, line: number, timeoutMs = 10_000): Promise<string> {
  await page.waitForFunction(
    ([sel, prefix]) => ((globalThis as unknown as PageGlobals).document.querySelector(sel)?.textContent ?? '').trim().startsWith(prefix),
    [SEL.statusSelection, `Ln ${line},`] as const,
    { timeout: timeoutMs },
  );
  return cursorStatus(page);
}

/** The rendered lines of the active editor, top to bottom, each with its line number ('' on a wrapped continuation). */
export async function renderedLines(page: Page): Promise<{ line: string; text: string }[]> {
  return page.locator(SEL.activeEditor).first().evaluate((node: unknown) => {
    const editor = node as DomEl;
    const topOf = (el: DomEl) => parseFloat(el.style.top || 'NaN');
    const numbers = new Map<number, string>();
    for (const div of Array.from(editor.querySelectorAll('.margin-view-overlays > div'))) {
      const n = div.querySelector('.line-numbers');
      if (n) numbers.set(topOf(div), (n.textContent ?? '').trim());
    }
    return Array.from(editor.querySelectorAll('.view-lines > .view-line'))
      .map((el) => ({ top: topOf(el), text: el.textContent ?? '' }))
      .sort((a, b) => a.top - b.top)
      .map(({ top, text }) => ({ line: numbers.get(top) ?? '', text: text.replace(/\u00a0/g, ' ') }));
  });
}

/** The active editor's visible text (wrapped lines joined back). */
export async function editorText(page: Page): Promise<string> {
  const out: string[] = [];
  for (const l of await renderedLines(page)) {
    if (l.line === '' && out.length) out[out.length - 1] += l.text;
    else out.push(l.text);
  }
  return out.join('\n');
}

/** Line numbers (as shown in the gutter) of the decorations matching `cls` in the active editor, e.g. `squiggly-error`. */
export async function decorationLines(page: Page, cls: string): Promise<string[]> {
  return page.locator(SEL.activeEditor).first().evaluate((node: unknown, c: string) => {
    const editor = node as DomEl;
    const topOf = (el: DomEl | null) => parseFloat(el?.style.top || 'NaN');
    const numbers = new Map<number, string>();
    for (const div of Array.from(editor.querySelectorAll('.margin-view-overlays > div'))) {
      const n = div.querySelector('.line-numbers');
      if (n) numbers.set(topOf(div), (n.textContent ?? '').trim());
    }
    return Array.from(editor.querySelectorAll(`.view-overlays .${c}`)).map((d) => numbers.get(topOf(d.parentElement)) ?? '?');
  }, cls);
}

/** The gutter's highlighted (cursor) line number in the active editor. */
export async function activeLineNumber(page: Page): Promise<string> {
  return ((await page.locator(`${SEL.activeEditor} .line-numbers.active-line-number`).first().textContent({ timeout: 5000 })) ?? '').trim();
}

/** `Errors: 1, Warnings: 17, Infos: 9` from the Problems status item's aria-label. */
export async function problemCounts(page: Page): Promise<{ errors: number; warnings: number; infos: number; label: string }> {
  const label = (await page.locator(SEL.statusProblems).first().getAttribute('aria-label', { timeout: 5000 })) ?? '';
  const n = (word: string) => Number(new RegExp(`${word}: (\\d+)`).exec(label)?.[1] ?? 0);
  return { errors: n('Errors'), warnings: n('Warnings'), infos: n('Infos'), label };
}

/** The text span of the active editor that shows `text` (the last, innermost one). */
export function editorSpan(page: Page, text: string): Locator {
  return page.locator(`${SEL.activeEditor} .view-line span`, { hasText: text }).last();
}
