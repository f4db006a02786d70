/**
 * The drafts of the workspace, for "find references" (every draft citing a plan)
 * and "lint all drafts". Files are read on demand and cached by modification time;
 * open documents use their unsaved text.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { detectDraft } from '../core/detect';
import { decode } from '../core/text/decode';
import { parseDraft } from '../core/parse/parse';
import type { ParsedDraft } from '../core/parse/types';

const MAX_FILES = 5000;
const MAX_BYTES = 10 * 1024 * 1024;
const SKIP = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);

interface Entry {
  mtimeMs: number;
  draft?: ParsedDraft;
}

export class WorkspaceIndex {
  private readonly cache = new Map<string, Entry>();

  constructor(private readonly roots: () => string[]) {}

  /** Every .txt/.md file under the workspace folders that reads as a draft. */
  draftFiles(): string[] {
    const out: string[] = [];
    const visit = (dir: string, depth: number) => {
      if (out.length >= MAX_FILES || depth > 12) return;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (e.name.startsWith('.') || SKIP.has(e.name)) continue;
        const full = path.join(dir, e.name);
        if (e.isDirectory()) visit(full, depth + 1);
        else if (/\.(txt|md|markdown)$/i.test(e.name)) out.push(full);
      }
    };
    for (const root of this.roots()) visit(root, 0);
    return out;
  }

  /** The parsed draft of a file, or undefined when it is not a draft (or unreadable). */
  parsed(file: string, openText?: string): ParsedDraft | undefined {
    if (openText !== undefined) {
      return detectDraft(openText, file).isDraft ? parseDraft(openText, { format: formatOf(file) }) : undefined;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      this.cache.delete(file);
      return undefined;
    }
    const hit = this.cache.get(file);
    if (hit && hit.mtimeMs === stat.mtimeMs) return hit.draft;
    let draft: ParsedDraft | undefined;
    if (stat.size <= MAX_BYTES) {
      try {
        const decoded = decode(fs.readFileSync(file));
        if (decoded.kind === 'text' && detectDraft(decoded.text, file).isDraft) draft = parseDraft(decoded.text, { format: formatOf(file) });
      } catch {
        draft = undefined;
      }
    }
    this.cache.set(file, { mtimeMs: stat.mtimeMs, draft });
    return draft;
  }

  static uriOf(file: string): string {
    return URI.file(file).toString();
  }
}

function formatOf(file: string): 'markdown' | 'text' {
  return /\.(md|markdown)$/i.test(file) ? 'markdown' : 'text';
}
