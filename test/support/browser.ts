/**
 * Headless Debian Chromium driven by playwright-core, to open code-server's workbench
 * (the extension host only starts once a browser connects).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { findPidsByCmdline, killPids, readProc, registerCleanup, waitGroupGone } from './process';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.POLICYLINT_CHROMIUM || '/usr/bin/chromium';
}

export interface Workbench {
  context: BrowserContext;
  page: Page;
  userDataDir: string;
  /** Page errors and console errors seen so far. */
  consoleLog: string[];
  /** Set when the page crashed or the browser went away. */
  broken?: string;
  close(): Promise<void>;
}

/**
 * Launches Chromium with a new temp user-data dir and opens `url`. Does not wait for
 * the workbench: use `waitForWorkbench`.
 */
export async function openBrowser(opts: { url: string; log?: (s: string) => void }): Promise<Workbench> {
  const log = opts.log ?? ((s: string) => process.stderr.write(`[harness] ${s}\n`));
  const exe = chromiumPath();
  if (!fs.existsSync(exe)) {
    throw new Error(`no Chromium at ${exe}: run .ci/install-system-deps.sh as root (apt-get install chromium), or set POLICYLINT_CHROMIUM`);
  }
  const { chromium } = await import('playwright-core');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-chromium-'));
  let closing: Promise<void> | undefined;
  let close: () => Promise<void> = async () => {
    await killStrays();
    fs.rmSync(userDataDir, { recursive: true, force: true });
    unregister();
  };
  const killStrays = async () => {
    const strays = findPidsByCmdline(userDataDir);
    if (strays.length) await killPids(strays, 2000);
  };
  const unregister = registerCleanup({
    run: () => (closing ??= close()),
    runSync: () => {
      for (const pid of findPidsByCmdline(userDataDir)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
      try {
        fs.rmSync(userDataDir, { recursive: true, force: true });
      } catch {
        /* best effort */
      }
    },
  });
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: exe,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 900 },
      timeout: 60_000,
      // Our own handlers close the browser and code-server together; Playwright's would
      // call process.exit() half-way through that.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (e) {
    await (closing ??= close());
    throw e;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const wb: Workbench = {
    context,
    page,
    userDataDir,
    consoleLog: [],
    close: () => (closing ??= close()),
  };
  close = async () => {
    // Playwright starts Chromium in its own process group: note it to wait for it below.
    const groups = new Set(findPidsByCmdline(userDataDir).map((pid) => readProc(pid)?.pgid ?? 0).filter((g) => g > 1));
    await Promise.race([context.close().catch(() => undefined), new Promise((r) => setTimeout(r, 10_000))]);
    await killStrays();
    for (const g of groups) {
      if (!(await waitGroupGone(g, 3000))) log(`note: processes of Chromium's group ${g} are still being reaped`);
    }
    fs.rmSync(userDataDir, { recursive: true, force: true });
    unregister();
  };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') wb.consoleLog.push(`[${m.type()}] ${m.text()}`);
  });
  page.on('pageerror', (e) => wb.consoleLog.push(`[pageerror] ${e.message}`));
  page.on('crash', () => (wb.broken = 'the workbench page crashed'));
  context.on('close', () => (wb.broken ??= 'the browser closed'));
  log(`opening ${opts.url} in ${exe}`);
  await page.goto(opts.url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  return wb;
}

/** Waits for VS Code's workbench element; resolves to false on time-out. */
export async function waitForWorkbench(wb: Workbench, timeoutMs: number): Promise<boolean> {
  try {
    await wb.page.waitForSelector('.monaco-workbench', { timeout: timeoutMs });
    return true;
  } catch {
    return false;
  }
}
