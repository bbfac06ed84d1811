/** 1-based lines and columns, as in SARIF and editors. End column is exclusive. */
export interface Location {
  /** Relative to the scanned root, always '/'-separated. */
  readonly path: string;
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface LineRange {
  readonly start: number;
  readonly end: number;
}

/** Offsets → 1-based line/column. Build once per file; lookups are O(log n). */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    let i = text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  /** Text of a 1-based line, without its newline. */
  line(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return '';
    const next = this.starts[line];
    const end = next === undefined ? this.text.length : next - 1;
    const raw = this.text.slice(start, end);
    return raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  }

  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }

  location(path: string, startOffset: number, endOffset: number): Location {
    const start = this.position(startOffset);
    const end = this.position(Math.max(startOffset, endOffset));
    return { path, startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
  }
}
