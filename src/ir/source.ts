/** Where a piece of IR came from: a file and an exact character range in it. */

/** A range in a source file. Lines and columns are 1-based; offsets are 0-based UTF-16 code-unit indices
 * into the decoded text, end exclusive. */
export interface SourceSpan {
  /** Path relative to the compile's working directory, with forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
}

/** A decoded source file: its text and the means to turn offsets into positions. */
export interface SourceFile {
  path: string;
  text: string;
  /** sha256 of the raw bytes, hex. */
  sha256: string;
}

/** Offsets of the first character of every line, for offset → line/column lookups. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset, by binary search over line starts. */
export function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** The span of [offset, endOffset) in a file. */
export function spanOf(file: string, starts: readonly number[], offset: number, endOffset: number): SourceSpan {
  const a = positionAt(starts, offset);
  const b = positionAt(starts, endOffset);
  return { file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, offset, endOffset };
}
