/**
 * What the CLI and the language server share around lint(): the corpus for a
 * set of folders and the unit lexicon for a list of extra units, each built once
 * and reused, and the configuration turned into lint options.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import type { LoadedConfig } from './config/load';
import { Corpus, builtInSeedsDir } from './corpus/corpus';
import { UnitLexicon } from './lexicon/units';
import type { LintOptions, RuleSetting } from './lint';
import type { DocumentType } from './parse/types';
import type { Lang } from './rules/types';

export interface EngineOptions {
  /** Folder of the bundled seeds; found from the package when omitted; null for none. */
  builtInDir?: string | null;
  /** On-disk cache of the corpus index; null to keep it in memory only. */
  cacheDir?: string | null;
}

export interface Overrides {
  rules?: Record<string, RuleSetting>;
  corpusFolders?: string[];
  units?: string[];
  documentType?: DocumentType;
  lang?: Lang;
}

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'policylint');
}

export class Engine {
  private readonly corpora = new Map<string, Corpus>();
  private readonly lexicons = new Map<string, UnitLexicon>();
  readonly builtInDir: string | undefined;
  readonly cacheDir: string | undefined;

  constructor(options: EngineOptions = {}) {
    this.builtInDir = options.builtInDir === null ? undefined : (options.builtInDir ?? builtInSeedsDir());
    this.cacheDir = options.cacheDir === null ? undefined : (options.cacheDir ?? defaultCacheDir());
  }

  corpusFor(folders: readonly string[] = []): Corpus {
    const key = [...new Set(folders.map((f) => path.resolve(f)))].sort().join('\n');
    let corpus = this.corpora.get(key);
    if (!corpus) {
      corpus = Corpus.lazy({ builtInDir: this.builtInDir, folders: key ? key.split('\n') : [], cacheDir: this.cacheDir });
      this.corpora.set(key, corpus);
    }
    return corpus;
  }

  /** Every document of every corpus in use (built-in once), for workspace-wide searches. */
  combinedCorpus(): { documents: readonly import('./corpus/types').CorpusDocument[] } {
    if (this.corpora.size === 0) this.corpusFor([]);
    const seen = new Set<string>();
    const documents = [];
    for (const c of this.corpora.values()) {
      for (const d of c.documents) {
        const key = `${d.file}#${d.index}`;
        if (seen.has(key)) continue;
        seen.add(key);
        documents.push(d);
      }
    }
    return { documents };
  }

  /** Warnings of every corpus loaded so far (missing folders, unreadable files …). */
  corpusWarnings(): Array<{ path: string; message: string }> {
    return [...this.corpora.values()].flatMap((c) => (c.isLoaded ? [...c.warnings] : []));
  }

  lexiconFor(units: readonly string[] = []): UnitLexicon {
    const key = [...units].sort().join('\n');
    let lexicon = this.lexicons.get(key);
    if (!lexicon) {
      lexicon = new UnitLexicon(units);
      this.lexicons.set(key, lexicon);
    }
    return lexicon;
  }

  /** Lint options for a file: its config (if any), then command-line or editor overrides. */
  optionsFor(fileName: string | undefined, config: LoadedConfig | undefined, overrides: Overrides = {}): LintOptions {
    const c = config?.config;
    const folders = [...(config?.corpusFolders ?? []), ...(overrides.corpusFolders ?? [])];
    const units = [...(c?.units ?? []), ...(overrides.units ?? [])];
    return {
      fileName,
      rules: { ...(c?.rules ?? {}), ...(overrides.rules ?? {}) },
      documentType: overrides.documentType ?? c?.documentType,
      corpus: this.corpusFor(folders),
      lexicon: this.lexiconFor(units),
      vagueWords: c?.vagueWords,
      ignore: config?.ignore,
      lang: overrides.lang,
    };
  }
}
