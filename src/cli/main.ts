#!/usr/bin/env node
/**
 * policylint: the command-line face of the engine. Exit codes: 0 no error-level
 * finding; 1 error findings; 2 usage error, invalid configuration, or nothing
 * could be read. Messages go to stderr, never a stack trace unless --debug.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { resolveCitation, aliasesOf } from '../core/corpus/resolveCitation';
import { lint, type LintOptions, type RuleSetting } from '../core/lint';
import { langFromEnv } from '../core/messages';
import { RULE_IDS } from '../core/rules/registry';
import type { Lang } from '../core/rules/types';
import { expandInputs, type InputFile } from './files';
import { ConfigFailure, FileLinter, type FileResult, type LintJob } from './lintFile';
import { defaultJobs, lintInWorkers, runWorkerIfAny } from './workers';
import { addTally, emptyTally, type FormatName } from './formatters/formatter';
import { msg } from './messages';
import { REPORT_KINDS, reportFor } from './report';
import type { ReportKind } from '../core/reports';

class UsageError extends Error {}

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Buffer;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => fs.readFileSync(0),
  env: process.env,
  isTTY: !!process.stdout.isTTY,
};

function packageInfo(): { version: string; homepage?: string } {
  for (const p of [path.join(__dirname, '..', 'package.json'), path.join(__dirname, '..', '..', '..', 'package.json')]) {
    try {
      const pkg = JSON.parse(fs.readFileSync(p, 'utf8'));
      if (pkg.name === 'policylint') return { version: pkg.version, homepage: pkg.homepage };
    } catch {
      // try the next location (bundled dist/ or compiled out/src/cli/)
    }
  }
  return { version: '0.0.0' };
}

export async function run(argv: string[], io: Io = defaultIo): Promise<number> {
  let lang: Lang = langFromEnv(io.env);
  const debug = argv.includes('--debug');
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        config: { type: 'string' },
        corpus: { type: 'string', multiple: true, default: [] },
        rule: { type: 'string', multiple: true, default: [] },
        fix: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        lang: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
        jobs: { type: 'string' },
        xlsx: { type: 'string' },
        parent: { type: 'string' },
        unit: { type: 'string' },
        sort: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
    if (values.lang !== undefined) {
      if (values.lang !== 'zh' && values.lang !== 'en') throw new UsageError(msg('badOption', lang, { detail: `--lang ${values.lang}` }));
      lang = values.lang;
    }
    if (values.help) {
      io.stdout(msg('usage', lang) + '\n');
      return 0;
    }
    if (values.version) {
      io.stdout(packageInfo().version + '\n');
      return 0;
    }
    const command = positionals[0] === 'citations' ? 'citations' : positionals[0] === 'report' ? 'report' : 'lint';
    const reportKind = command === 'report' ? positionals[1] : undefined;
    if (command === 'report' && !REPORT_KINDS.includes(reportKind as ReportKind)) {
      throw new UsageError(msg('badOption', lang, { detail: `report ${reportKind ?? ''} (matrix | targets | coverage)` }));
    }
    const inputs = command === 'citations' ? positionals.slice(1) : command === 'report' ? positionals.slice(2) : positionals;
    const format = values.format!;
    const formats = command === 'citations' ? ['stylish', 'json'] : command === 'report' ? ['stylish', 'json', 'csv'] : ['stylish', 'json', 'sarif'];
    if (!formats.includes(format)) throw new UsageError(msg('badOption', lang, { detail: `--format ${format}` }));
    if (values.sort && values.sort !== 'task' && values.sort !== 'unit') throw new UsageError(msg('badOption', lang, { detail: `--sort ${values.sort}` }));
    if (!inputs.length) throw new UsageError(msg('noFiles', lang));
    const rules = parseRuleOptions(values.rule!, lang);
    if (values.fix && inputs.includes('-')) throw new UsageError(msg('stdinFix', lang));

    const { version, homepage } = packageInfo();
    const job: LintJob = {
      rules,
      corpusFolders: values.corpus ?? [],
      configPath: values.config,
      fix: !!values.fix,
      quiet: !!values.quiet,
      lang,
      noCache: !!values['no-cache'],
      output: { format: (command === 'lint' ? format : 'stylish') as FormatName, color: io.isTTY && !io.env.NO_COLOR, version, homepage },
    };
    const linter = new FileLinter(job);
    const files = expandInputs(inputs, (missing) => io.stderr(msg('notFound', lang, { file: missing }) + '\n'));
    const jobs = values.jobs === undefined || values.jobs === 'auto' ? defaultJobs(files.length, availableParallelism()) : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(msg('badOption', lang, { detail: `--jobs ${values.jobs}` }));

    const parts: string[] = [];
    const tally = emptyTally();
    const citationRows: unknown[] = [];
    let linted = 0;
    let reportFailures = 0;
    const take = (r: FileResult) => {
      for (const m of r.messages) io.stderr(m + '\n');
      if (r.linted) linted++;
      parts.push(r.output);
      addTally(tally, r.tally);
    };
    if (command === 'lint' && jobs > 1 && !files.some((f) => !f.path)) {
      const { results, corpusMessages } = await lintInWorkers(__filename, files, job, jobs);
      results.forEach(take);
      for (const m of corpusMessages) io.stderr(m + '\n');
    } else {
      for (const file of files) {
        if (command === 'lint') {
          take(linter.lintFile(file, io.readStdin));
          continue;
        }
        const { read, messages } = linter.read(file, io.readStdin);
        for (const m of messages) io.stderr(m + '\n');
        if (!read) continue;
        linted++;
        const options = linter.optionsFor(file);
        if (command === 'citations') {
          for (const row of citationsOf(file, read.text, options)) citationRows.push(row);
          continue;
        }
        const out = await reportFor(file.display, read.text, options, {
          kind: reportKind as ReportKind,
          format: format as 'stylish' | 'json' | 'csv',
          xlsx: values.xlsx,
          parent: values.parent,
          unit: values.unit,
          sortBy: values.sort as 'task' | 'unit' | undefined,
        }, lang);
        if (out.error) {
          io.stderr(out.error + '\n');
          reportFailures++;
        }
        io.stdout(out.stdout);
      }
      for (const m of linter.corpusMessages()) io.stderr(m + '\n');
    }
    if (linted === 0) {
      io.stderr(msg('nothingLinted', lang) + '\n');
      return 2;
    }
    if (command === 'report') return reportFailures === linted ? 2 : 0;
    if (command === 'citations') {
      io.stdout(format === 'json' ? JSON.stringify(citationRows, null, 2) + '\n' : formatCitations(citationRows as CitationRow[], lang));
      return 0;
    }
    const out = linter.formatter.finish(parts, tally);
    if (out) io.stdout(out + '\n');
    return tally.errors > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof ConfigFailure) return configFailure(e.lines, io, lang);
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr((e instanceof UsageError ? e.message : msg('badOption', lang, { detail: (e as Error).message })) + '\n');
      io.stderr('\n' + msg('usage', lang) + '\n');
      return 2;
    }
    io.stderr(msg('internal', lang, { error: (e as Error).message }) + '\n');
    if (debug) io.stderr(String((e as Error).stack) + '\n');
    return 2;
  }
}

function configFailure(lines: string[], io: Io, lang: Lang): number {
  io.stderr(msg('configInvalid', lang) + '\n' + lines.map((l) => `  ${l}`).join('\n') + '\n');
  return 2;
}

function parseRuleOptions(values: string[], lang: Lang): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const v of values) {
    const m = /^([a-z0-9-]+)=(off|info|warning|error)$/.exec(v.trim());
    if (!m) throw new UsageError(msg('badRule', lang, { value: v }));
    if (!RULE_IDS.has(m[1])) throw new UsageError(msg('unknownRule', lang, { id: m[1] }));
    out[m[1]] = m[2] as RuleSetting;
  }
  return out;
}

interface CitationRow {
  file: string;
  line: number;
  column: number;
  title: string;
  target: { file: string; line: number; title: string } | null;
}

function citationsOf(file: InputFile, text: string, options: LintOptions): CitationRow[] {
  const { draft } = lint(text, { ...options, rules: Object.fromEntries([...RULE_IDS].map((id) => [id, 'off' as const])) });
  const aliases = aliasesOf(draft);
  const rows: CitationRow[] = [];
  for (const doc of draft.documents) {
    for (const c of doc.citations) {
      const pos = draft.lines.positionAt(c.range.start);
      const t = resolveCitation(c, draft, options.corpus!, aliases);
      let target: CitationRow['target'] = null;
      if (t.kind === 'corpus') target = { file: t.doc.file, line: t.doc.titleLine + 1, title: t.doc.title ?? '' };
      else if (t.kind === 'draft') {
        const d = draft.documents[t.documentIndex];
        target = {
          file: file.path ?? file.display,
          line: (d.header.title?.firstLine ?? draft.lines.lineAt(d.range.start)) + 1,
          title: d.header.title?.text ?? '',
        };
      }
      rows.push({ file: file.display, line: pos.line + 1, column: pos.character + 1, title: c.title, target });
    }
  }
  return rows;
}

function formatCitations(rows: CitationRow[], lang: Lang): string {
  return (
    rows
      .map(
        (r) =>
          `${r.file}:${r.line}:${r.column}  《${r.title}》  →  ${r.target ? `${r.target.file}:${r.target.line}  《${r.target.title}》` : msg('unresolvedTarget', lang)}`,
      )
      .join('\n') + (rows.length ? '\n' : '')
  );
}

// The same bundle runs the worker threads of a big run (see ./workers).
if (!runWorkerIfAny() && require.main === module) {
  // `policylint … | head`: a reader that stops early is not an error of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
