/** Command-line inputs → the files to lint: directories recurse into .txt and .md. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface InputFile {
  /** As given on the command line (or joined under a directory given there). */
  display: string;
  /** Absolute path; undefined for standard input. */
  path?: string;
}

const DRAFT_FILE = /\.(txt|md|markdown)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export function expandInputs(inputs: readonly string[], onMissing: (input: string) => void): InputFile[] {
  const out: InputFile[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    if (input === '-') {
      out.push({ display: '<stdin>' });
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      onMissing(input);
      continue;
    }
    if (stat.isDirectory()) {
      for (const file of walk(input, new Set())) add(file);
    } else {
      add(input);
    }
  }
  return out;

  function add(display: string) {
    const abs = path.resolve(display);
    if (seen.has(abs)) return;
    seen.add(abs);
    out.push({ display, path: abs });
  }
}

function* walk(dir: string, visited: Set<string>): Generator<string> {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    return;
  }
  if (visited.has(real)) return;
  visited.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
    const full = path.join(dir, e.name);
    let isDir = e.isDirectory();
    if (e.isSymbolicLink()) {
      try {
        isDir = fs.statSync(full).isDirectory();
      } catch {
        continue;
      }
    }
    if (isDir) yield* walk(full, visited);
    else if (DRAFT_FILE.test(e.name)) yield full;
  }
}
