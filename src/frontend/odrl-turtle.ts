/**
 * Reads an ODRL policy written in Turtle (W3C RDF 1.1 Turtle) with n3, and finds where every node is stated.
 * n3 reports positions only for errors, so the reader watches the parse: each token as it is read, and each
 * term the parser creates from it (through a data factory that notes the current token). A named node is
 * stated where it is first the subject of a statement (to the statement's closing `.`), a blank node `[ … ]`
 * from its `[` to the matching `]`; a syntax error is RC3001 at the offending token.
 */
import N3 from 'n3';
import { lineStarts, type SourceFile } from '../ir/index.js';
import { turtleError } from '../graph/turtle.js';
import type { Range, SourceGraph } from './odrl-source.js';

interface Token {
  type: string;
  line: number;
  start: number;
  end: number;
  endLine?: number;
}

export function readTurtle(file: SourceFile, baseIRI: string): SourceGraph {
  const tokens: Token[] = [];
  /** Token indices at which each term (IRI, or `_:label`) was created, in order. */
  const created = new Map<string, number[]>();
  const note = (id: string) => {
    if (tokens.length === 0) return; // constants the parser makes before reading
    const at = created.get(id);
    if (at) at.push(tokens.length - 1);
    else created.set(id, [tokens.length - 1]);
  };
  const DF = N3.DataFactory;
  const factory = {
    ...DF,
    namedNode: <I extends string>(iri: I) => {
      note(iri);
      return DF.namedNode(iri);
    },
    blankNode: (name?: string) => {
      const b = DF.blankNode(name);
      note(`_:${b.value}`);
      return b;
    },
  };
  let quads: N3.Quad[];
  try {
    const parser = new N3.Parser({ format: 'text/turtle', baseIRI, factory } as N3.ParserOptions);
    const parse = parser.parse.bind(parser) as unknown as (text: string, callbacks: { onToken: (t: Token) => void }) => N3.Quad[];
    quads = parse(file.text, { onToken: (t) => void tokens.push(t) });
  } catch (e) {
    return { quads: [], stated: new Map(), mentions: new Map(), diagnostics: [turtleError(e, file.text, file.path)] };
  }

  const starts = lineStarts(file.text);
  const from = (t: Token) => starts[t.line - 1]! + t.start;
  const to = (t: Token) => starts[(t.endLine ?? t.line) - 1]! + t.end;
  const subjectAt = statementSubjects(tokens);

  const stated = new Map<string, Range>();
  const mentions = new Map<string, Range>();
  for (const [id, at] of created) {
    const first = tokens[at[0]!]!;
    if (!id.startsWith('_:')) mentions.set(id, [from(first), to(first)]);
    const subject = at.find((i) => subjectAt.has(i));
    if (subject !== undefined) {
      stated.set(id, [from(tokens[subject]!), to(tokens[statementEnd(tokens, subject)]!)]);
    } else if (first.type === '[') {
      stated.set(id, [from(first), to(tokens[closing(tokens, at[0]!)]!)]);
    } else if (id.startsWith('_:')) {
      stated.set(id, [from(first), to(first)]);
    }
  }
  return { quads, stated, mentions, diagnostics: [] };
}

/** Indices of the tokens that begin a statement as its subject (outside directives and brackets). */
function statementSubjects(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  let expectSubject = true;
  let depth = 0;
  let skip = 0; // tokens left of a SPARQL-style PREFIX / BASE / VERSION directive
  let inDirective = false; // inside an @prefix / @base / @version directive, up to its '.'
  tokens.forEach((t, i) => {
    if (skip > 0) {
      if (--skip === 0) expectSubject = true;
      return;
    }
    if (inDirective) {
      if (t.type === '.') (inDirective = false), (expectSubject = true);
      return;
    }
    if (t.type === '@prefix' || t.type === '@base' || t.type === '@version') return void (inDirective = true);
    if (t.type === 'PREFIX') return void (skip = 2);
    if (t.type === 'BASE' || t.type === 'VERSION') return void (skip = 1);
    if (t.type === 'eof') return;
    if (expectSubject && depth === 0) {
      out.add(i);
      expectSubject = false;
    }
    if (t.type === '[' || t.type === '(') depth++;
    else if (t.type === ']' || t.type === ')') depth--;
    else if (t.type === '.' && depth === 0) expectSubject = true;
  });
  return out;
}

/** The last token of the statement whose subject is at `i` (the one before its closing `.`). */
function statementEnd(tokens: readonly Token[], i: number): number {
  let depth = 0;
  for (let j = i; j < tokens.length; j++) {
    const type = tokens[j]!.type;
    if (type === '[' || type === '(') depth++;
    else if (type === ']' || type === ')') depth--;
    else if ((type === '.' && depth === 0) || type === 'eof') return Math.max(i, j - 1);
  }
  return tokens.length - 1;
}

/** The `]` matching the `[` at `i`. */
function closing(tokens: readonly Token[], i: number): number {
  let depth = 0;
  for (let j = i; j < tokens.length; j++) {
    const type = tokens[j]!.type;
    if (type === '[') depth++;
    else if (type === ']' && --depth === 0) return j;
  }
  return i;
}
