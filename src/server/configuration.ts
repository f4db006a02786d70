/**
 * Settings and .policylintrc.json for one document: `policylint.*` settings apply
 * first and the nearest config file overrides them (rules.md). Both are validated;
 * a bad value is reported once and the defaults are used. In an untrusted
 * workspace only the built-in corpus and the defaults apply (no `corpus`, no `units`
 * from the workspace).
 */
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { findConfigFile, formatConfigProblem, loadConfigFile, type LoadedConfig } from '../core/config/load';
import type { Engine } from '../core/engine';
import type { LintOptions } from '../core/lint';
import type { DocumentType } from '../core/parse/types';
import type { Lang } from '../core/rules/types';
import type { Settings } from '../shared/protocol';
import { settingsSchema } from './settings';

export interface ResolvedOptions {
  options: LintOptions;
  configFile?: string;
  configProblem?: string;
  settings: Settings;
}

export class Configuration {
  private settingsCache = new Map<string, Settings>();
  private configCache = new Map<string, { loaded?: LoadedConfig; problem?: string }>();
  /** Folder → the config file that governs it (or none): looked up once, not at every keystroke. */
  private configOfDir = new Map<string, string | null>();
  private reported = new Set<string>();
  trusted = true;

  constructor(
    private readonly connection: Connection,
    private readonly engine: Engine,
    readonly lang: Lang,
    private readonly canPullSettings: () => boolean,
  ) {}

  /** Forget cached settings and config files (configuration or config file changed). */
  reset(): void {
    this.settingsCache.clear();
    this.configCache.clear();
    this.configOfDir.clear();
    this.reported.clear();
  }

  async settingsFor(uri: string): Promise<Settings> {
    const cached = this.settingsCache.get(uri);
    if (cached) return cached;
    let raw: unknown = {};
    if (this.canPullSettings()) {
      try {
        raw = (await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'policylint' })) ?? {};
      } catch {
        raw = {};
      }
    }
    const parsed = settingsSchema.safeParse(raw);
    let settings: Settings;
    if (parsed.success) settings = parsed.data;
    else {
      settings = settingsSchema.parse({});
      const problem = parsed.error.issues.map((i) => `policylint.${i.path.join('.')}: ${i.message}`).join('; ');
      this.reportOnce(`settings:${problem}`, problem);
    }
    this.settingsCache.set(uri, settings);
    return settings;
  }

  private configFor(file: string | undefined): { loaded?: LoadedConfig; problem?: string } {
    if (!file) return {};
    const dir = path.dirname(file);
    let found = this.configOfDir.get(dir);
    if (found === undefined) this.configOfDir.set(dir, (found = findConfigFile(dir) ?? null));
    if (!found) return {};
    let entry = this.configCache.get(found);
    if (!entry) {
      const result = loadConfigFile(found);
      entry = result.ok ? { loaded: result.value } : { problem: result.problems.map(formatConfigProblem).join('\n') };
      this.configCache.set(found, entry);
      if (entry.problem) this.reportOnce(`config:${found}`, entry.problem);
    }
    return { ...entry, loaded: entry.loaded };
  }

  async optionsFor(uri: string, file: string | undefined): Promise<ResolvedOptions> {
    const settings = await this.settingsFor(uri);
    const { loaded, problem } = this.configFor(file);
    const fromFile = loaded?.config;
    const rules = { ...settings.rules, ...(fromFile?.rules ?? {}) };
    const documentType = (fromFile?.documentType ?? (settings.documentType || undefined)) as DocumentType | undefined;
    // Untrusted: the workspace's corpus folders and unit lists are not read.
    const corpusFolders = this.trusted ? [...settings.corpus.map((c) => resolveFolder(c, file)), ...(loaded?.corpusFolders ?? [])] : [];
    const units = this.trusted ? [...settings.units, ...(fromFile?.units ?? [])] : [];
    const options: LintOptions = {
      fileName: file,
      rules,
      documentType,
      corpus: this.engine.corpusFor(corpusFolders),
      lexicon: this.engine.lexiconFor(units),
      vagueWords: fromFile?.vagueWords,
      ignore: loaded?.ignore,
      lang: this.lang,
    };
    return { options, configFile: loaded?.file ?? (problem ? (this.configOfDir.get(path.dirname(file!)) ?? undefined) : undefined), configProblem: problem, settings };
  }

  private reportOnce(key: string, message: string): void {
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const prefix = this.lang === 'zh' ? 'PolicyLint 配置无效，已使用默认设置：' : 'PolicyLint configuration is invalid; using the defaults: ';
    void this.connection.window.showWarningMessage(prefix + message);
    this.connection.console.warn(prefix + message);
  }
}

function resolveFolder(folder: string, file: string | undefined): string {
  if (path.isAbsolute(folder) || !file) return folder;
  return path.resolve(path.dirname(file), folder);
}
