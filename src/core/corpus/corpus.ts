/**
 * The corpus index over the bundled seeds and the user's folders of prior plans.
 * Each file is indexed once and cached on disk keyed by the hash of its bytes, so a
 * changed file is the only one re-read; missing or unreadable folders, symlink
 * loops and files that vanish while indexing become warnings, never failures.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decode } from '../text/decode';
import { extractDocuments } from './extract';
import { TitleMatcher } from './titleMatch';
import type { CorpusDocument, CorpusIndex, CorpusWarning, TitleResolution } from './types';

/** Bump when the shape of cached documents or the extraction changes. */
const CACHE_VERSION = 5;
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface CorpusOptions {
  /** Folder of the built-in seeds (omit for none). */
  builtInDir?: string;
  /** The user's folders (or files) of prior plans. */
  folders?: readonly string[];
  /** Folder for the on-disk index cache (omit to keep it in memory only). */
  cacheDir?: string;
}

interface FileEntry {
  hash: string;
  docs: CorpusDocument[];
}

export class Corpus implements CorpusIndex {
  private readonly files = new Map<string, FileEntry>();
  private readonly warningList: CorpusWarning[] = [];
  private matcher?: TitleMatcher;
  private docList?: CorpusDocument[];
  private numberIndex?: Map<string, CorpusDocument>;

  private pending: boolean;

  constructor(private readonly options: CorpusOptions = {}) {
    this.pending = !!(options.builtInDir || options.folders?.length);
  }

  /** Reads every configured folder now. */
  static load(options: CorpusOptions): Corpus {
    const corpus = new Corpus(options);
    corpus.ensureLoaded();
    return corpus;
  }

  /**
   * Reads the configured folders on first use (sync: a citation look-up needs the
   * answer at once). A draft with no citation never pays for the corpus.
   */
  static lazy(options: CorpusOptions): Corpus {
    return new Corpus(options);
  }

  get isLoaded(): boolean {
    return !this.pending;
  }

  private ensureLoaded(): void {
    if (!this.pending) return;
    this.pending = false;
    if (this.options.builtInDir) this.addFolder(this.options.builtInDir, true);
    for (const folder of this.options.folders ?? []) this.addFolder(folder, false);
  }

  get documents(): readonly CorpusDocument[] {
    this.ensureLoaded();
    return (this.docList ??= [...this.files.values()].flatMap((f) => f.docs));
  }

  get warnings(): readonly CorpusWarning[] {
    this.ensureLoaded();
    return this.warningList;
  }

  resolveTitle(title: string): TitleResolution {
    return (this.matcher ??= new TitleMatcher(this.documents)).resolve(title);
  }

  resolveDocNumber(canonical: string): CorpusDocument | undefined {
    if (!this.numberIndex) {
      this.numberIndex = new Map();
      for (const d of this.documents) if (d.docNumber && !this.numberIndex.has(d.docNumber)) this.numberIndex.set(d.docNumber, d);
    }
    return this.numberIndex.get(canonical);
  }

  /** Files indexed so far. */
  get fileNames(): string[] {
    this.ensureLoaded();
    return [...this.files.keys()];
  }

  addFolder(folder: string, builtIn: boolean): void {
    const seen = new Set<string>();
    const walk = (dir: string, depth: number) => {
      let real: string;
      try {
        real = fs.realpathSync(dir);
      } catch (e) {
        this.warn(dir, e);
        return;
      }
      if (seen.has(real)) {
        this.warningList.push({ path: dir, message: 'symlink loop' });
        return;
      }
      seen.add(real);
      let stat: fs.Stats;
      try {
        stat = fs.statSync(real);
      } catch (e) {
        this.warn(dir, e);
        return;
      }
      if (stat.isFile()) {
        this.addFile(dir, builtIn);
        return;
      }
      let names: string[];
      try {
        names = fs.readdirSync(real).sort();
      } catch (e) {
        this.warn(dir, e);
        return;
      }
      for (const name of names) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        const full = path.join(dir, name);
        let s: fs.Stats;
        try {
          s = fs.statSync(full);
        } catch (e) {
          this.warn(full, e);
          continue;
        }
        if (s.isDirectory()) {
          if (depth < 12) walk(full, depth + 1);
        } else if (/\.(txt|md|markdown)$/i.test(name)) {
          this.addFile(full, builtIn);
        }
      }
    };
    walk(path.resolve(folder), 0);
  }

  /** Indexes (or re-indexes) one file; `text` is the editor's unsaved content, if any. */
  addFile(file: string, builtIn: boolean, text?: string): void {
    const abs = path.resolve(file);
    let bytes: Buffer;
    try {
      if (text === undefined) {
        const size = fs.statSync(abs).size;
        if (size > MAX_FILE_BYTES) {
          this.warningList.push({ path: abs, message: `larger than ${MAX_FILE_BYTES} bytes, skipped` });
          return;
        }
      }
      bytes = text === undefined ? fs.readFileSync(abs) : Buffer.from(text, 'utf8');
    } catch (e) {
      this.warn(abs, e);
      return;
    }
    const hash = createHash('sha1').update(bytes).digest('hex');
    if (this.files.get(abs)?.hash === hash) return;
    let docs = this.readCache(hash, abs, builtIn);
    if (!docs) {
      const decoded = text === undefined ? decode(bytes) : { kind: 'text' as const, text };
      if (decoded.kind !== 'text') {
        this.warningList.push({ path: abs, message: 'not a text file' });
        return;
      }
      docs = extractDocuments(abs, decoded.text, builtIn);
      this.writeCache(hash, docs);
    }
    this.files.set(abs, { hash, docs });
    this.invalidate();
  }

  removeFile(file: string): void {
    if (this.files.delete(path.resolve(file))) this.invalidate();
  }

  private invalidate(): void {
    this.docList = undefined;
    this.matcher = undefined;
    this.numberIndex = undefined;
  }

  private warn(p: string, e: unknown): void {
    const code = (e as NodeJS.ErrnoException)?.code;
    this.warningList.push({ path: p, message: code === 'ENOENT' ? 'not found' : code === 'EACCES' ? 'permission denied' : String((e as Error)?.message ?? e) });
  }

  private cacheFile(hash: string): string | undefined {
    return this.options.cacheDir ? path.join(this.options.cacheDir, `corpus-v${CACHE_VERSION}`, `${hash}.json`) : undefined;
  }

  private readCache(hash: string, file: string, builtIn: boolean): CorpusDocument[] | undefined {
    const cache = this.cacheFile(hash);
    if (!cache) return undefined;
    try {
      const docs = JSON.parse(fs.readFileSync(cache, 'utf8')) as CorpusDocument[];
      if (!Array.isArray(docs)) return undefined;
      return docs.map((d) => ({ ...d, file, builtIn }));
    } catch {
      return undefined;
    }
  }

  private writeCache(hash: string, docs: CorpusDocument[]): void {
    const cache = this.cacheFile(hash);
    if (!cache) return;
    try {
      fs.mkdirSync(path.dirname(cache), { recursive: true });
      const tmp = `${cache}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(docs));
      fs.renameSync(tmp, cache);
    } catch {
      // A cache that cannot be written only costs time.
    }
  }
}

/** The bundled seeds folder: `seeds/` at the package root, found from this module upwards. */
export function builtInSeedsDir(from: string = __dirname): string | undefined {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'seeds');
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

/** An empty corpus (for tests and for drafts linted without one). */
export const EMPTY_CORPUS: CorpusIndex = new Corpus();
