/**
 * Source spans of parts of a clause: maps offsets in the (whitespace-normalised, markup-free) clause text
 * back to offsets in the source file by aligning the two character by character, skipping whitespace and
 * Markdown markup (emphasis marks, link destinations, footnote references). Without the source file, or when
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

/** Characters of Markdown markup that the clause text leaves out. */
const MARKUP = new Set(['*', '_', '`', '[', ']', '(', ')', '!', '>', '#', '\\', '~', '|', '<']);

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

/** Greedy alignment of text to source[from, to); undefined when they cannot be aligned. */
function align(text: string, source: string, from: number, to: number): Int32Array | undefined {
  const skippable = new Uint8Array(to - from);
  // link destinations "](…)" and footnote references "[^…]" are markup as a whole
  const slice = source.slice(from, to);
  for (const m of slice.matchAll(/\]\([^)\s]*(?:\s+"[^"]*")?\)|\[\^[^\]]*\]/g)) {
    for (let k = m.index!; k < m.index! + m[0].length; k++) skippable[k] = 1;
  }
  const map = new Int32Array(text.length);
  let p = from;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === ' ') {
      map[i] = Math.min(p, to - 1);
      continue;
    }
    while (p < to && source[p] !== c && (skippable[p - from] || MARKUP.has(source[p]!) || /\s/.test(source[p]!))) p++;
    if (p < to && source[p] === c && !skippable[p - from]) {
      map[i] = p++;
      continue;
    }
    // resynchronise over a short stretch the text leaves out (a list label, an entity)
    let q = p;
    while (q < Math.min(to, p + 16) && (source[q] !== c || skippable[q - from])) q++;
    if (q < to && source[q] === c) {
      map[i] = q;
      p = q + 1;
      continue;
    }
    return undefined;
  }
  return map;
}
