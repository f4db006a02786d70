/**
 * Line index over the original text: CRLF, CR-only and LF line breaks, and the
 * offset ↔ (line, column) conversions every face needs. Columns are UTF-16 code
 * units, as in VS Code and LSP.
 */

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units. */
  character: number;
}

export class LineIndex {
  /** Offset at which each line starts. */
  readonly starts: number[];
  /** Offset at which each line's content ends (before its line break). */
  readonly ends: number[];

  constructor(
    readonly text: string,
    /** The same lines computed already (see `edited`). */
    known?: { starts: number[]; ends: number[] },
  ) {
    if (known) {
      this.starts = known.starts;
      this.ends = known.ends;
      return;
    }
    const starts = [0];
    const ends: number[] = [];
    scanBreaks(text, 0, text.length, starts, ends);
    ends.push(text.length);
    this.starts = starts;
    this.ends = ends;
  }

  /**
   * The index of `text`, which equals `previous.text` except between its first
   * `prefix` and last `suffix` code units: the lines around the change are scanned
   * again, those before are kept and those after shifted, so an edit costs the
   * lines it touches, not the document.
   */
  static edited(previous: LineIndex, text: string, prefix: number, suffix: number): LineIndex {
    const old = previous.text;
    const delta = text.length - old.length;
    // From the start of the line before the change (its break is unchanged, and a
    // lone CR there cannot pair with an inserted LF) ...
    const first = Math.max(0, previous.lineAt(prefix) - 1);
    // ... to the start of the line after it (its break lies in the unchanged suffix).
    const last = previous.lineAt(old.length - suffix);
    const starts = previous.starts.slice(0, first + 1);
    const ends = previous.ends.slice(0, first);
    if (last + 1 >= previous.starts.length) {
      scanBreaks(text, starts[first], text.length, starts, ends);
      ends.push(text.length);
    } else {
      scanBreaks(text, starts[first], previous.starts[last + 1] + delta, starts, ends);
      for (let k = last + 1; k < previous.ends.length; k++) ends.push(previous.ends[k] + delta);
      for (let k = last + 2; k < previous.starts.length; k++) starts.push(previous.starts[k] + delta);
    }
    return new LineIndex(text, { starts, ends });
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Content of line `n` without its line break. */
  lineText(n: number): string {
    return this.text.slice(this.starts[n], this.ends[n]);
  }

  lineAt(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: Math.min(clamped, this.ends[line]) - this.starts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.ends[position.line]);
  }

  /** The line break the text uses most (for fixes that insert lines). */
  dominantEol(): string {
    let crlf = 0;
    let lf = 0;
    let cr = 0;
    for (let n = 0; n < this.ends.length - 1; n++) {
      const gap = this.starts[n + 1] - this.ends[n];
      if (gap === 2) crlf++;
      else if (this.text.charCodeAt(this.ends[n]) === 13) cr++;
      else lf++;
    }
    if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
    if (cr > lf) return '\r';
    return '\n';
  }
}

/** Pushes the line breaks in text[from, to) (to: just after a break, or the end). */
function scanBreaks(text: string, from: number, to: number, starts: number[], ends: number[]): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      ends.push(i);
      starts.push(i + 1);
    } else if (c === 13 /* \r */) {
      ends.push(i);
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
}
