/** The corpus of prior plans: the bundled seeds and the user's own folders. */
import type { DocumentType } from '../parse/types';

export interface CorpusHeading {
  level: number;
  marker: string;
  title: string;
  /** 0-based line in the corpus file. */
  line: number;
}

/** One document of a corpus file (a file may hold a notice and the plans it issues). */
export interface CorpusDocument {
  /** Absolute path of the file. */
  file: string;
  /** Position of the document in its file. */
  index: number;
  builtIn: boolean;
  title?: string;
  normalizedTitle?: string;
  type?: DocumentType;
  /** 0-based line of the title (or of the first line of the document when it has none). */
  titleLine: number;
  /** UTF-16 offsets of the title in the file. */
  titleStart: number;
  titleEnd: number;
  /** The title's first line as 0-based line/character positions (for editor locations). */
  titleRange: { start: { line: number; character: number }; end: { line: number; character: number } };
  issuer?: string;
  docNumber?: string;
  date?: string;
  period?: string;
  outline: CorpusHeading[];
  /** Title of the notice that issues this document in the same file. */
  issuedBy?: string;
  /** Titles of the documents this one issues (a notice). */
  issues?: string[];
  /** Lines of the document in the file (0-based, inclusive). */
  firstLine: number;
  lastLine: number;
}

export type TitleResolution =
  | { kind: 'exact' | 'normalized'; doc: CorpusDocument }
  | { kind: 'close'; doc: CorpusDocument; score: number }
  | { kind: 'none'; closest?: { doc: CorpusDocument; score: number } };

export interface CorpusWarning {
  path: string;
  message: string;
}

export interface CorpusIndex {
  readonly documents: readonly CorpusDocument[];
  readonly warnings: readonly CorpusWarning[];
  resolveTitle(title: string): TitleResolution;
  resolveDocNumber(canonical: string): CorpusDocument | undefined;
}
