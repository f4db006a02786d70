/**
 * The few DOM shapes used by the functions the end-to-end test runs inside the page
 * (`page.evaluate`, `waitForFunction`). The project compiles without `lib.dom`, and
 * pulling it in for every file would change how src/ type-checks, so these functions
 * type their elements with these interfaces and reach `document` through
 * `globalThis as unknown as PageGlobals` (type-only: nothing here exists at run time).
 */
export interface DomEl {
  textContent: string | null;
  style: { top: string };
  parentElement: DomEl | null;
  querySelector(selector: string): DomEl | null;
  querySelectorAll(selector: string): ArrayLike<DomEl>;
  getAttribute(name: string): string | null;
}

export interface PageGlobals {
  document: DomEl;
  _VSCODE_NLS_LANGUAGE?: string;
}
