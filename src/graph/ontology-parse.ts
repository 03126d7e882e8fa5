/** Parses one ontology file as Turtle (RDF 1.1 Turtle, W3C) with n3; a syntax error becomes an RC3001
 * diagnostic at the line and column n3 reports, with the offending line as excerpt. */
import N3 from 'n3';
import type { Diagnostic, SourceFile, SourceSpan } from '../ir/index.js';
import { diag, lineStarts, spanOf } from '../ir/index.js';

const { blankNode, quad } = N3.DataFactory;

/** Position details n3 attaches to a parse error. */
interface N3ErrorContext {
  line?: number;
  token?: { line?: number; start?: number; end?: number } | null;
  previousToken?: { line?: number; start?: number; end?: number } | null;
}

export interface ParsedTurtle {
  quads?: N3.Quad[];
  /** The `@prefix` declarations of the file, prefix → namespace IRI. */
  prefixes: Record<string, string>;
  diagnostics: Diagnostic[];
}

/** Parses `file.text`. Blank nodes are relabelled `<blankNodePrefix><n>` in order of appearance, so labels
 * do not depend on what was parsed before (n3 numbers them with process-wide counters). */
export function parseTurtleFile(file: SourceFile, blankNodePrefix: string): ParsedTurtle {
  const prefixes: Record<string, string> = {};
  try {
    const parsed = new N3.Parser({ format: 'text/turtle' }).parse(file.text, null, (prefix, ns) => {
      prefixes[prefix] = typeof ns === 'string' ? ns : ns.value;
    });
    return { quads: relabelBlankNodes(parsed, blankNodePrefix), prefixes, diagnostics: [] };
  } catch (e) {
    return { prefixes, diagnostics: [turtleError(file, e)] };
  }
}

function relabelBlankNodes(quads: N3.Quad[], prefix: string): N3.Quad[] {
  const labels = new Map<string, N3.BlankNode>();
  const relabel = <T extends N3.Quad['subject'] | N3.Quad['object']>(t: T): T => {
    if (t.termType !== 'BlankNode') return t;
    let b = labels.get(t.value);
    if (!b) labels.set(t.value, (b = blankNode(`${prefix}${labels.size}`)));
    return b as T;
  };
  return quads.map((q) => (q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode' ? quad(relabel(q.subject), q.predicate, relabel(q.object), q.graph) : q));
}

/** The span of the first place a file writes an IRI, as `<iri>` or as a prefixed name; undefined if none. */
export function locateTerm(file: SourceFile, iri: string, prefixes: Record<string, string>): SourceSpan | undefined {
  const forms = [`<${iri}>`];
  for (const [prefix, ns] of Object.entries(prefixes)) {
    if (iri.startsWith(ns) && iri.length > ns.length) forms.push(`${prefix}:${iri.slice(ns.length)}`);
  }
  let best: { at: number; length: number } | undefined;
  for (const form of forms) {
    const re = new RegExp(`(?<![\\w:<-])${escapeRegExp(form)}(?![\\w:-])`, 'g');
    const m = re.exec(file.text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, length: form.length };
  }
  if (!best) return undefined;
  return spanOf(file.path, lineStarts(file.text), best.at, best.at + best.length);
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function turtleError(file: SourceFile, e: unknown): Diagnostic {
  const err = e as Error & { context?: N3ErrorContext };
  const starts = lineStarts(file.text);
  const ctx = err.context ?? {};
  const line = clamp(ctx.line ?? ctx.token?.line ?? 1, 1, starts.length);
  const lineText = textOfLine(file.text, starts, line);
  let column = 1;
  let width = 1;
  if (ctx.token && ctx.token.line === line && ctx.token.start !== undefined) {
    column = ctx.token.start + 1;
    width = Math.max(1, (ctx.token.end ?? ctx.token.start + 1) - ctx.token.start);
  } else if (ctx.previousToken && ctx.previousToken.line === line && ctx.previousToken.end !== undefined) {
    // a lexer error: the offending text starts at the first non-blank character after the previous token
    const after = lineText.slice(ctx.previousToken.end);
    column = ctx.previousToken.end + (after.length - after.trimStart().length) + 1;
  } else {
    column = lineText.length - lineText.trimStart().length + 1;
  }
  column = clamp(column, 1, lineText.length + 1);
  const offset = starts[line - 1]! + column - 1;
  const end = Math.min(offset + width, starts[line - 1]! + lineText.length + 1);
  const span: SourceSpan = { file: file.path, line, column, endLine: line, endColumn: column + (end - offset), offset, endOffset: end };
  const message = `invalid Turtle: ${String(err.message ?? e).replace(/ on line \d+\.?$/, '')}`;
  return diag('RC3001', message, span, { excerpt: lineText });
}

function textOfLine(text: string, starts: readonly number[], line: number): string {
  const from = starts[line - 1] ?? 0;
  const next = starts[line];
  return text.slice(from, next === undefined ? text.length : next - 1);
}

const clamp = (n: number, lo: number, hi: number): number => Math.min(Math.max(n, lo), hi);
