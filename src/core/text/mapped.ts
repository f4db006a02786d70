/**
 * A string derived from the original text (folded, lines joined, spaces dropped)
 * that remembers where each of its code units came from, so anything found in it
 * can be reported on the original characters.
 */

export interface Range {
  /** UTF-16 offset of the first code unit in the original text. */
  start: number;
  /** UTF-16 offset one past the last code unit. */
  end: number;
}

/** A run of code units copied contiguously from the original. */
interface Segment {
  /** Index in this text where the run starts. */
  at: number;
  /** Offset in the original text where the run starts. */
  origin: number;
  length: number;
}

export class MappedText {
  private offsetTable?: Int32Array;

  /**
   * `segments` is left out for the common case, a text copied in one run from
   * `origin` on: a line, a slice of it. A parse makes one per line and more, and
   * the runs array would be two more objects each.
   */
  private constructor(
    readonly text: string,
    private readonly segments: readonly Segment[] | undefined,
    private readonly origin = 0,
  ) {}

  static empty(origin: number): MappedText {
    return new MappedText('', undefined, origin);
  }

  /** `source.slice(start, end)`, mapped onto itself. */
  static of(source: string, start: number, end: number): MappedText {
    return new MappedText(source.slice(start, end), undefined, start);
  }

  /** The runs this text was copied from. */
  private runs(): readonly Segment[] {
    return this.segments ?? [{ at: 0, origin: this.origin, length: this.text.length }];
  }

  /** Concatenation of parts (e.g. the lines of a paragraph broken mid-sentence). */
  static concat(parts: readonly MappedText[]): MappedText {
    if (parts.length === 1) return parts[0];
    const segments: Segment[] = [];
    let text = '';
    for (const part of parts) {
      for (const s of part.runs()) {
        if (s.length === 0) continue;
        segments.push({ at: text.length + s.at, origin: s.origin, length: s.length });
      }
      text += part.text;
    }
    if (segments.length === 0) return MappedText.empty(parts[0]?.runs()[0]?.origin ?? 0);
    return new MappedText(text, segments);
  }

  get length(): number {
    return this.text.length;
  }

  private segmentFor(i: number): Segment {
    const segs = this.segments!;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid].at <= i) lo = mid;
      else hi = mid - 1;
    }
    return segs[lo];
  }

  /** Original offset of code unit `i` (for i === length: one past the last unit). */
  offset(i: number): number {
    if (!this.segments) return this.origin + Math.min(i, this.text.length);
    if (i >= this.text.length) {
      const last = this.segments[this.segments.length - 1];
      return last.origin + last.length;
    }
    const s = this.segmentFor(Math.max(0, i));
    return s.origin + (i - s.at);
  }

  /**
   * Original offset of every code unit (and one past the end), for loops that
   * visit each character: one pass instead of a binary search per character.
   */
  offsets(): Int32Array {
    if (this.offsetTable) return this.offsetTable;
    const table = new Int32Array(this.text.length + 1);
    for (const s of this.runs()) for (let k = 0; k < s.length; k++) table[s.at + k] = s.origin + k;
    table[this.text.length] = this.offset(this.text.length);
    return (this.offsetTable = table);
  }

  /** Original range covering code units [i, j). */
  range(i: number, j: number): Range {
    if (j <= i) {
      const at = this.offset(i);
      return { start: at, end: at };
    }
    return { start: this.offset(i), end: this.offset(j - 1) + 1 };
  }

  /** The original characters behind code units [i, j) (unfolded, without joined line breaks). */
  original(source: string, i = 0, j: number = this.text.length): string {
    if (!this.segments) {
      const from = Math.max(0, i);
      const to = Math.min(this.text.length, j);
      return from < to ? source.slice(this.origin + from, this.origin + to) : '';
    }
    let out = '';
    for (const seg of this.segments) {
      const from = Math.max(seg.at, i);
      const to = Math.min(seg.at + seg.length, j);
      if (from < to) out += source.slice(seg.origin + (from - seg.at), seg.origin + (to - seg.at));
    }
    return out;
  }

  /** The whole text's original range. */
  get fullRange(): Range {
    return this.range(0, this.text.length);
  }

  slice(i: number, j: number = this.text.length): MappedText {
    i = Math.max(0, Math.min(i, this.text.length));
    j = Math.max(i, Math.min(j, this.text.length));
    if (i === j) return MappedText.empty(this.offset(i));
    if (!this.segments) return new MappedText(this.text.slice(i, j), undefined, this.origin + i);
    const segments: Segment[] = [];
    for (const s of this.segments) {
      const from = Math.max(s.at, i);
      const to = Math.min(s.at + s.length, j);
      if (from < to) segments.push({ at: from - i, origin: s.origin + (from - s.at), length: to - from });
    }
    return new MappedText(this.text.slice(i, j), segments);
  }

  /** Without leading and trailing spaces. */
  trim(): MappedText {
    let i = 0;
    let j = this.text.length;
    while (i < j && isSpace(this.text.charCodeAt(i))) i++;
    while (j > i && isSpace(this.text.charCodeAt(j - 1))) j--;
    return i === 0 && j === this.text.length ? this : this.slice(i, j);
  }

  /**
   * Without spaces: OCR and crawled text put spaces inside words
   * (`责任 单位`, `省发展 改革委`); keyword and name matching reads this view.
   */
  compact(): MappedText {
    if (!/ /.test(this.text)) return this;
    const segments: Segment[] = [];
    let text = '';
    let runStart = -1;
    const flush = (end: number) => {
      if (runStart < 0) return;
      segments.push({ at: text.length, origin: this.offset(runStart), length: end - runStart });
      text += this.text.slice(runStart, end);
      runStart = -1;
    };
    for (let i = 0; i < this.text.length; i++) {
      const space = this.text.charCodeAt(i) === 32;
      // A run must also break where the original offsets jump (joined lines).
      if (space) flush(i);
      else if (runStart < 0) runStart = i;
      else if (this.offset(i) !== this.offset(i - 1) + 1) {
        flush(i);
        runStart = i;
      }
    }
    flush(this.text.length);
    if (segments.length === 0) return MappedText.empty(this.offset(0));
    return new MappedText(text, segments);
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}
