/** A source span as triples on the node it locates (`regc:sourceFile`, `regc:line` … `regc:endOffset`), and back. */
import type { Term } from 'n3';
import type { SourceSpan } from '../ir/index.js';
import { REGC } from '../vocab/index.js';
import { int, str, type GraphReader, type TripleSink } from './rdf.js';

const NUMERIC = [
  ['line', REGC.line],
  ['column', REGC.column],
  ['endLine', REGC.endLine],
  ['endColumn', REGC.endColumn],
  ['offset', REGC.offset],
  ['endOffset', REGC.endOffset],
] as const;

export function writeSpan(out: TripleSink, subject: string, span: SourceSpan | undefined): void {
  if (!span) return;
  out.add(subject, REGC.sourceFile, str(span.file));
  for (const [key, p] of NUMERIC) out.add(subject, p, int(span[key]));
}

/** The span stated on a node: needs at least a file and a line; missing numbers default to the line's start. */
export function readSpan(g: GraphReader, subject: string | Term): SourceSpan | undefined {
  const file = g.value(subject, REGC.sourceFile);
  const line = g.integer(subject, REGC.line);
  if (file === undefined || line === undefined) return undefined;
  const column = g.integer(subject, REGC.column) ?? 1;
  const offset = g.integer(subject, REGC.offset) ?? 0;
  return {
    file,
    line,
    column,
    endLine: g.integer(subject, REGC.endLine) ?? line,
    endColumn: g.integer(subject, REGC.endColumn) ?? column,
    offset,
    endOffset: g.integer(subject, REGC.endOffset) ?? offset,
  };
}

/** The placeholder span of a node that states none (a norm must have one). */
export const NO_SPAN: SourceSpan = { file: '', line: 0, column: 0, endLine: 0, endColumn: 0, offset: 0, endOffset: 0 };
