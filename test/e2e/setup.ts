/**
 * Preparing a throw-away code-server for the browser end-to-end test: user settings
 * that keep the screen clear, a copy of the fixture workspace, and a display-language
 * stub so the product runs as it does for its users, in Chinese.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { CodeServer } from '../support/code-server';

/**
 * Settings a person would turn off on a closed network: the Chat view (it opens in
 * the secondary side bar and takes a third of the screen) and its AI features,
 * tips and recommendations. Merged into the settings CodeServer already wrote.
 */
export function writeUserSettings(cs: CodeServer, extra: Record<string, unknown> = {}): void {
  const file = path.join(cs.userDataDir, 'User', 'settings.json');
  let settings: Record<string, unknown> = {};
  try {
    settings = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    /* none yet */
  }
  Object.assign(settings, {
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'workbench.tips.enabled': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'workbench.editor.enablePreview': true,
    // No fade-in: a screenshot right after a hover appears shows it fully drawn.
    'workbench.reduceMotion': 'on',
    ...extra,
  });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(settings, null, 2) + '\n');
}

/**
 * A display language for VS Code without downloading a language pack: an entry in
 * `<user-data>/languagepacks.json` (what installing a pack writes) pointing at an
 * empty translation file. With `--locale <locale>`, code-server then builds its
 * message file from that pack (every string falls back to English, so the workbench
 * chrome stays English) and the extension host reports `vscode.env.language ===
 * locale`: PolicyLint answers in Chinese, as it does under the real 简体中文 pack.
 * Returns the code-server arguments to pass to `start()`.
 */
export function installLocaleStub(cs: CodeServer, locale: string): string[] {
  const translations = path.join(cs.tempDir, 'locale-stub', 'main.i18n.json');
  fs.mkdirSync(path.dirname(translations), { recursive: true });
  fs.writeFileSync(translations, JSON.stringify({ contents: {} }) + '\n');
  const packs = {
    [locale]: {
      hash: 'policylint-e2e-stub',
      // code-server's getInstalledLanguages reads extensions[0].extensionIdentifier.
      extensions: [{ extensionIdentifier: { id: 'policylint-e2e.locale-stub' }, version: '0.0.0' }],
      translations: { vscode: translations },
      label: locale,
    },
  };
  fs.writeFileSync(path.join(cs.userDataDir, 'languagepacks.json'), JSON.stringify(packs, null, 2) + '\n');
  return ['--locale', locale];
}

/** A fresh copy of test/fixtures/workspace/ in the code-server temp dir. */
export function copyWorkspace(repoRoot: string, cs: CodeServer): string {
  const from = path.join(repoRoot, 'test', 'fixtures', 'workspace');
  if (!fs.existsSync(from)) throw new Error(`no fixture workspace at ${from}`);
  const to = path.join(cs.tempDir, 'workspace');
  fs.cpSync(from, to, { recursive: true });
  return to;
}

/** The newest modification time under `dir` (files only), 0 if none. */
export function newestMtime(dir: string): number {
  let newest = 0;
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  walk(dir);
  return newest;
}
