/**
 * Source spans of parts of a clause: maps offsets in the (whitespace-normalised, markup-free) clause text
 * back to offsets in the source file by aligning the two word by word, skipping Markdown markup (emphasis
 * marks, link destinations, footnote references) and tolerating text the front end inserted. Without the source file, or when
 * the alignment fails, it falls back to exact arithmetic for single-line clauses and else to the clause span.
 */
import type { Clause, SourceFile, SourceSpan } from '../ir/index.js';
import { lineStarts, spanOf } from '../ir/index.js';

const startsCache = new WeakMap<SourceFile, number[]>();

function startsOf(file: SourceFile): number[] {
  let s = startsCache.get(file);
  if (!s) startsCache.set(file, (s = lineStarts(file.text)));
  return s;
}

export class SpanMap {
  /** Source offset of each clause-text offset, when the alignment succeeded. */
  private readonly map: Int32Array | undefined;
  private readonly starts: number[] | undefined;
  private readonly direct: boolean;

  constructor(private readonly clause: Clause, private readonly source?: SourceFile) {
    const { span, text } = clause;
    this.direct = span.line === span.endLine && span.endOffset - span.offset === text.length;
    if (source && source.path === span.file && span.endOffset <= source.text.length) {
      this.starts = startsOf(source);
      this.map = align(text, source.text, span.offset, span.endOffset);
    }
  }

  /** The source span of clause-text offsets [start, end). */
  span(start: number, end: number): SourceSpan {
    const { span } = this.clause;
    if (this.map && this.starts && this.source) {
      const a = this.map[Math.max(0, Math.min(start, this.map.length - 1))]!;
      const b = end > start ? this.map[Math.min(end - 1, this.map.length - 1)]! + 1 : a;
      return spanOf(span.file, this.starts, a, Math.max(a, b));
    }
    if (this.direct) {
      return { file: span.file, line: span.line, column: span.column + start, endLine: span.line, endColumn: span.column + end, offset: span.offset + start, endOffset: span.offset + end };
    }
    return span;
  }

  /** The source span of a raw source range (used for Markdown links found in the source itself). */
  sourceSpan(offset: number, endOffset: number): SourceSpan {
    return this.starts ? spanOf(this.clause.span.file, this.starts, offset, endOffset) : this.clause.span;
  }

  /** The clause's source text as written (with markup), when the source is known. */
  sourceText(): { text: string; offset: number } | undefined {
    if (!this.source || this.source.path !== this.clause.span.file) return undefined;
    return { text: this.source.text.slice(this.clause.span.offset, this.clause.span.endOffset), offset: this.clause.span.offset };
  }
}

/**
 * Word-by-word alignment of text to source[from, to): each word of the text is looked up in the source after the
 * previous one, outside link destinations and footnote references, within a window; words the source does not
 * have near there (text a front end inserted, e.g. a link's target title) collapse onto the current position.
 * Undefined when fewer than half of the words are found.
 */
function align(text: string, source: string, from: number, to: number): Int32Array | undefined {
  const skippable = new Uint8Array(to - from);
  const slice = source.slice(from, to);
  for (const m of slice.matchAll(/\]\([^)\s]*(?:\s+"[^"]*")?\)|\[\^[^\]]*\]/g)) {
    for (let k = m.index!; k < m.index! + m[0].length; k++) skippable[k] = 1;
  }
  // skipped[k]: how many markup characters lie before slice offset k, so that jumps over markup are free
  const skipped = new Int32Array(to - from + 1);
  for (let k = 0; k < to - from; k++) skipped[k + 1] = skipped[k]! + skippable[k]!;
  const jump = (a: number, b: number) => b - a - (skipped[b - from]! - skipped[a - from]!);
  const map = new Int32Array(text.length);
  let p = from;
  let prevText = 0;
  let found = 0;
  let words = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    const ti = m.index!;
    words++;
    let pos = source.indexOf(w, p);
    while (pos >= 0 && pos < to && skippable[pos - from]) pos = source.indexOf(w, pos + 1);
    // short words are everywhere: they may only be found close by
    const ok = pos >= 0 && pos + w.length <= to && jump(p, pos) <= (w.length <= 3 ? 12 : WINDOW);
    // the characters between the previous word and this one sit between them in the source too
    for (let k = prevText; k < ti; k++) map[k] = Math.min(p, to - 1);
    if (ok) {
      found++;
      for (let k = 0; k < w.length; k++) map[ti + k] = pos + k;
      p = pos + w.length;
    } else {
      for (let k = 0; k < w.length; k++) map[ti + k] = Math.min(p, to - 1);
    }
    prevText = ti + w.length;
  }
  for (let k = prevText; k < text.length; k++) map[k] = Math.min(p + (k - prevText), to - 1);
  return words === 0 || found * 2 >= words ? map : undefined;
}

/** How far (in source characters) the next word of the text may lie from the previous one. */
const WINDOW = 160;
