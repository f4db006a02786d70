/**
 * Finding, reading and validating `.policylintrc.json`: the nearest one from the
 * draft's folder upwards (no cascade). An invalid file gives one message naming
 * the file, the line, the key and what was expected; the caller decides what to
 * do (the CLI stops with exit code 2, the editor lints with the defaults).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import picomatch from 'picomatch';
import { RULE_IDS } from '../rules/registry';
import type { IgnoreEntry, PolicyLintConfig } from './schema';
import type * as SchemaModule from './schema';

export const CONFIG_FILE_NAME = '.policylintrc.json';

export interface ConfigProblem {
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** Dotted key path (rules.heading-style). */
  key?: string;
  message: string;
}

export interface LoadedConfig {
  file: string;
  config: PolicyLintConfig;
  /** `ignore` entries with their globs compiled. */
  ignore: IgnoreEntry[];
  /** `corpus` folders made absolute. */
  corpusFolders: string[];
}

export type ConfigResult = { ok: true; value: LoadedConfig } | { ok: false; problems: ConfigProblem[] };

export function findConfigFile(startDir: string, stopAt?: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    if (stopAt && path.resolve(stopAt) === dir) return undefined;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function loadConfigFile(file: string): ConfigResult {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, problems: [{ file, message: `cannot read: ${(e as Error).message}` }] };
  }
  return parseConfigText(text, file);
}

/** Validates config text (JSON with comments allowed). */
export function parseConfigText(text: string, file: string): ConfigResult {
  const errors: ParseError[] = [];
  const tree = parseTree(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: true });
  const lineOf = (offset: number) => text.slice(0, offset).split(/\r\n|\r|\n/).length;
  if (errors.length || !tree) {
    const e = errors[0];
    return {
      ok: false,
      problems: [{ file, line: e ? lineOf(e.offset) : 1, message: `invalid JSON: ${e ? printParseErrorCode(e.error) : 'empty file'}` }],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(JSON.stringify(toValue(tree)));
  } catch {
    value = undefined;
  }
  // zod is loaded only when there is a configuration to check (CLI start-up time).
  const { configSchema } = require('./schema') as typeof SchemaModule;
  const parsed = configSchema.safeParse(value);
  const problems: ConfigProblem[] = [];
  const locate = (keyPath: (string | number)[]) => {
    const node = findNodeAtLocation(tree, keyPath);
    return node ? lineOf(node.parent?.type === 'property' ? node.parent.offset : node.offset) : undefined;
  };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const keyPath = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      if (unknownKeys.length) {
        for (const k of unknownKeys) {
          problems.push({ file, line: locate([...keyPath, k]), key: [...keyPath, k].join('.'), message: `unknown key "${k}"` });
        }
      } else {
        problems.push({ file, line: locate(keyPath), key: keyPath.join('.') || undefined, message: issue.message });
      }
    }
    return { ok: false, problems };
  }
  const config = parsed.data;
  for (const id of Object.keys(config.rules ?? {})) {
    if (!RULE_IDS.has(id)) problems.push({ file, line: locate(['rules', id]), key: `rules.${id}`, message: `unknown rule id "${id}"` });
  }
  (config.ignore ?? []).forEach((entry, i) => {
    if (entry.rule !== '*' && !RULE_IDS.has(entry.rule)) {
      problems.push({ file, line: locate(['ignore', i, 'rule']), key: `ignore.${i}.rule`, message: `unknown rule id "${entry.rule}"` });
    }
  });
  if (problems.length) return { ok: false, problems };
  const dir = path.dirname(path.resolve(file));
  return {
    ok: true,
    value: {
      file,
      config,
      ignore: compileIgnores(config.ignore ?? [], dir),
      corpusFolders: (config.corpus ?? []).map((c) => path.resolve(dir, c)),
    },
  };
}

export function compileIgnores(entries: readonly IgnoreEntry[], baseDir: string): IgnoreEntry[] {
  return entries.map((e) => {
    if (!e.files) return { ...e };
    const match = picomatch(e.files, { dot: true });
    return {
      ...e,
      filesMatch: (file: string) => {
        const rel = path.relative(baseDir, path.resolve(file)).split(path.sep).join('/');
        return match(rel) || match(path.basename(file));
      },
    };
  });
}

export function formatConfigProblem(p: ConfigProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}: ${p.key ? `${p.key}: ` : ''}${p.message}`;
}

type Node = NonNullable<ReturnType<typeof parseTree>>;
function toValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) out[String(k.value)] = toValue(v);
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(toValue);
    default:
      return node.value;
  }
}
