/**
 * One file through the CLI's lint path: read and decode it, apply --fix and write
 * it back atomically, lint, turn the findings into output rows. Used by the main
 * thread and by the worker threads alike; it never prints, it returns what to print.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findConfigFile, formatConfigProblem, loadConfigFile, type LoadedConfig } from '../core/config/load';
import { Engine } from '../core/engine';
import { lint, type LintOptions, type RuleSetting } from '../core/lint';
import type { Lang } from '../core/rules/types';
import { decode, encode, type Encoding } from '../core/text/decode';
import type { InputFile } from './files';
import { toFindings } from './findings';
import { emptyTally, tallyOf, type FormatName, type FormatOptions, type Formatter, type Tally } from './formatters/formatter';
import { formatterFor } from './formatters';
import { fixText } from './fixLoop';
import { msg } from './messages';
import { hashBytes, writeAtomically } from './writeFile';

/** What every file of one run shares (plain data: it crosses into worker threads). */
export interface LintJob {
  rules: Record<string, RuleSetting>;
  corpusFolders: string[];
  configPath?: string;
  fix: boolean;
  quiet: boolean;
  lang: Lang;
  noCache: boolean;
  output: Omit<FormatOptions, 'lang'> & { format: FormatName };
}

export interface FileResult {
  /** The file's part of the output, formatted where it was linted. */
  output: string;
  tally: Tally;
  /** Lines for stderr (notices, fix reports, unreadable files). */
  messages: string[];
  linted: boolean;
}

export class ConfigFailure extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

export interface ReadResult {
  text: string;
  encoding: Encoding;
  /** Of the bytes read, for --fix to see whether the file changed before it writes. */
  hash?: string;
}

export class FileLinter {
  readonly engine: Engine;
  private readonly configs = new Map<string, LoadedConfig | undefined>();
  private readonly explicit?: LoadedConfig;
  readonly formatter: Formatter;

  constructor(readonly job: LintJob) {
    this.engine = new Engine({ cacheDir: job.noCache ? null : undefined });
    this.formatter = formatterFor(job.output.format, { ...job.output, lang: job.lang });
    if (job.configPath) {
      const loaded = loadConfigFile(job.configPath);
      if (!loaded.ok) throw new ConfigFailure(loaded.problems.map(formatConfigProblem));
      this.explicit = loaded.value;
    }
  }

  configFor(file: InputFile): LoadedConfig | undefined {
    if (this.explicit) return this.explicit;
    const found = findConfigFile(file.path ? path.dirname(file.path) : process.cwd());
    if (!found) return undefined;
    if (this.configs.has(found)) return this.configs.get(found);
    const loaded = loadConfigFile(found);
    if (!loaded.ok) throw new ConfigFailure(loaded.problems.map(formatConfigProblem));
    this.configs.set(found, loaded.value);
    return loaded.value;
  }

  optionsFor(file: InputFile): LintOptions {
    const { rules, corpusFolders, lang } = this.job;
    return { ...this.engine.optionsFor(file.path, this.configFor(file), { rules, corpusFolders, lang }), fileName: file.path ?? file.display };
  }

  read(file: InputFile, stdin?: () => Buffer, withHash = false): { read?: ReadResult; messages: string[] } {
    const lang = this.job.lang;
    let bytes: Buffer;
    try {
      bytes = file.path ? fs.readFileSync(file.path) : stdin!();
    } catch (e) {
      return { messages: [msg('unreadable', lang, { file: file.display, error: (e as NodeJS.ErrnoException).code ?? (e as Error).message })] };
    }
    const decoded = decode(bytes);
    if (decoded.kind === 'binary') return { messages: [msg('notText', lang, { file: file.display })] };
    const messages = decoded.encoding === 'gb18030' ? [msg('gbk', lang, { file: file.display })] : [];
    return { read: { text: decoded.text, encoding: decoded.encoding, hash: withHash ? hashBytes(bytes) : undefined }, messages };
  }

  lintFile(file: InputFile, stdin?: () => Buffer): FileResult {
    const { read, messages } = this.read(file, stdin, this.job.fix);
    if (!read) return { output: '', tally: emptyTally(), messages, linted: false };
    const lang = this.job.lang;
    const options = this.optionsFor(file);
    let text = read.text;
    if (this.job.fix && file.path) {
      const fixed = fixText(text, options);
      if (fixed.applied > 0) {
        const outcome = writeAtomically(file.path, encode(fixed.text, read.encoding), read.hash!);
        if (outcome.ok) {
          messages.push(msg('fixed', lang, { file: file.display, count: fixed.applied }));
          text = fixed.text;
        } else if (outcome.reason === 'changed') messages.push(msg('changedOnDisk', lang, { file: file.display }));
        else messages.push(msg('writeFailed', lang, { file: file.display, error: outcome.error ?? '' }));
      }
    }
    const result = lint(text, options);
    let findings = toFindings(file.display, result.draft.lines, result.diagnostics);
    if (this.job.quiet) findings = findings.filter((f) => f.severity === 'error');
    return { output: this.formatter.file(findings), tally: tallyOf(findings), messages, linted: true };
  }

  corpusMessages(): string[] {
    return this.engine.corpusWarnings().map((w) => msg('corpusWarning', this.job.lang, w));
  }
}
