/**
 * Runs: a stretch of clause text together with the source offset of each of its characters, so that any
 * range of the text (a sentence, an enumeration item) maps back to an exact range of the file.
 */

export interface Run {
  text: string;
  /** `offsets[i]` is the offset in the file of `text[i]`. */
  offsets: number[];
}

/** The run of `source[start, end)` as it stands. */
export function sourceRun(source: string, start: number, end: number): Run {
  const offsets = new Array<number>(end - start);
  for (let i = 0; i < offsets.length; i++) offsets[i] = start + i;
  return { text: source.slice(start, end), offsets };
}

/** Builds a run piece by piece. */
export class RunBuilder {
  private chars: string[] = [];
  private offsets: number[] = [];

  /** Appends `text`, all of whose characters map to `offset` (generated text, e.g. a resolved link title). */
  pushAt(text: string, offset: number): void {
    for (const c of text) this.pushOne(c, offset);
  }

  /**
   * Appends `value`, the decoded text of `source[start, end)`: each character is matched to the next equal
   * character of the source, so escapes, entities and stripped indentation keep exact positions.
   */
  pushAligned(value: string, source: string, start: number, end: number): void {
    if (source.slice(start, end) === value) {
      for (let i = 0; i < value.length; i++) {
        this.chars.push(value[i]!);
        this.offsets.push(start + i);
      }
      return;
    }
    let p = start;
    for (let i = 0; i < value.length; i++) {
      const c = value[i]!;
      const limit = Math.min(end, p + 40);
      let q = p;
      while (q < limit && source[q] !== c) q++;
      if (q < limit) {
        this.chars.push(c);
        this.offsets.push(q);
        p = q + 1;
      } else {
        this.chars.push(c);
        this.offsets.push(Math.min(p, Math.max(start, end - 1)));
      }
    }
  }

  private pushOne(c: string, offset: number): void {
    for (let i = 0; i < c.length; i++) {
      this.chars.push(c[i]!);
      this.offsets.push(offset);
    }
  }

  build(): Run {
    return { text: this.chars.join(''), offsets: this.offsets };
  }
}

/** The part `[a, b)` of a run. */
export function sliceRun(run: Run, a: number, b: number): Run {
  return { text: run.text.slice(a, b), offsets: run.offsets.slice(a, b) };
}

/** Removes the characters of every match of `pattern` (which must be global). */
export function removeMatches(run: Run, pattern: RegExp): Run {
  if (!pattern.test(run.text)) return run;
  pattern.lastIndex = 0;
  const keep: boolean[] = new Array<boolean>(run.text.length).fill(true);
  for (const m of run.text.matchAll(pattern)) for (let i = m.index; i < m.index + m[0].length; i++) keep[i] = false;
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < run.text.length; i++) {
    if (!keep[i]) continue;
    text += run.text[i];
    offsets.push(run.offsets[i]!);
  }
  return { text, offsets };
}

/** Collapses every whitespace run to one space and trims both ends, keeping offsets aligned. */
export function collapseWhitespace(run: Run): Run {
  let text = '';
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < run.text.length; i++) {
    const c = run.text[i]!;
    if (isSpace(run.text.charCodeAt(i))) {
      if (text.length > 0 && pendingSpace < 0) pendingSpace = run.offsets[i]!;
      continue;
    }
    if (pendingSpace >= 0) {
      text += ' ';
      offsets.push(pendingSpace);
      pendingSpace = -1;
    }
    text += c;
    offsets.push(run.offsets[i]!);
  }
  return { text, offsets };
}

/** The file range `[start, end)` covered by the characters `[a, b)` of a run (b > a). */
export function fileRange(run: Run, a: number, b: number): { start: number; end: number } {
  const start = run.offsets[a]!;
  let end = run.offsets[b - 1]! + 1;
  // a surrogate pair maps both halves to the same offset when generated; keep the range non-empty
  if (end <= start) end = start + 1;
  return { start, end };
}

/** Whether a UTF-16 code unit is white space in the sense of `\s`. */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
