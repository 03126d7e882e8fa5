/**
 * SPARQL 1.1 queries (SELECT, ASK, CONSTRUCT, DESCRIBE) over the graph with oxigraph. Results are plain data
 * in the shape of the W3C SPARQL 1.1 Query Results JSON Format; graph results are an n3 Store. Prefixes of
 * `PREFIXES` a query does not declare are added (and the compiled-id base); a syntax error is an RC3006
 * diagnostic, never a throw.
 */
import N3 from 'n3';
import ox from 'oxigraph';
import { diag, lineStarts, type Diagnostic } from '../ir/index.js';
import { ID, PREFIXES, XSD } from '../vocab/index.js';
import { parseTurtle } from './turtle.js';

export type SparqlTerm =
  | { type: 'uri'; value: string }
  | { type: 'bnode'; value: string }
  | { type: 'literal'; value: string; datatype?: string; 'xml:lang'?: string };

export type QueryResult =
  | { kind: 'select'; variables: string[]; rows: Array<Record<string, SparqlTerm>> }
  | { kind: 'ask'; boolean: boolean }
  /** CONSTRUCT and DESCRIBE. */
  | { kind: 'graph'; store: N3.Store }
  | { kind: 'error'; diagnostic: Diagnostic };

/** A graph loaded for querying; load once with `openGraph` to run many queries. */
export interface SparqlGraph {
  readonly oxigraph: ox.Store;
}

export interface QueryOptions {
  /** Where the query came from, for the diagnostic's span (default `<query>`). */
  file?: string;
  /** Prefixes to add when the query does not declare them (default `PREFIXES`). */
  prefixes?: Record<string, string>;
}

/** Loads an n3 Store or Turtle text into oxigraph (Turtle is read by `parseTurtle`: invalid Turtle is RC3001). */
export function openGraph(input: N3.Store | string, file = '<graph>'): { graph?: SparqlGraph; diagnostic?: Diagnostic } {
  let source: N3.Store;
  if (typeof input === 'string') {
    const parsed = parseTurtle(input, file);
    if (!parsed.store) return { diagnostic: parsed.diagnostics[0]! };
    source = parsed.store;
  } else source = input;
  // oxigraph's in-memory load grows faster than linearly with one transaction's size: load in chunks of
  // lines, cut from one N-Triples text (slices of one string measured several times faster to load than
  // separately built strings)
  const text = toNTriples(source);
  const store = new ox.Store();
  for (let start = 0; start < text.length; ) {
    let end = start;
    for (let k = 0; k < CHUNK && end < text.length; k++) end = text.indexOf('\n', end) + 1 || text.length;
    store.load(text.slice(start, end), { format: 'application/n-triples' });
    start = end;
  }
  return { graph: { oxigraph: store } };
}

const CHUNK = 25000;

export async function runQuery(input: N3.Store | string | SparqlGraph, query: string, options: QueryOptions = {}): Promise<QueryResult> {
  let graph: SparqlGraph;
  if (typeof input === 'string' || input instanceof N3.Store) {
    const opened = openGraph(input);
    if (!opened.graph) return { kind: 'error', diagnostic: opened.diagnostic! };
    graph = opened.graph;
  } else graph = input;
  const { text, addedLines } = withPrefixes(query, options.prefixes ?? PREFIXES);
  let raw: unknown;
  try {
    raw = graph.oxigraph.query(text, { results_format: 'application/sparql-results+json' });
  } catch (e) {
    // CONSTRUCT and DESCRIBE give triples, which no results format fits: run them for the triples
    if (!/RDF format/i.test(errorText(e))) return { kind: 'error', diagnostic: queryError(e, query, addedLines, options.file ?? '<query>') };
    try {
      return { kind: 'graph', store: toN3(graph.oxigraph.query(text) as ox.Quad[]) };
    } catch (e2) {
      return { kind: 'error', diagnostic: queryError(e2, query, addedLines, options.file ?? '<query>') };
    }
  }
  const parsed = JSON.parse(String(raw)) as { head?: { vars?: string[] }; boolean?: boolean; results?: { bindings: Array<Record<string, SparqlTerm>> } };
  if (typeof parsed.boolean === 'boolean') return { kind: 'ask', boolean: parsed.boolean };
  return { kind: 'select', variables: parsed.head?.vars ?? [], rows: relabelRows(parsed.results?.bindings ?? []) };
}

/** Adds `PREFIX p: <ns>` for the prefixes the query does not declare, and `BASE <id base>` (so compiled ids
 * may be written `<orbis-conduct/gifts/3/n1>`, as in `graph.ttl`) unless it has a base, on one line before it. */
export function withPrefixes(query: string, prefixes: Record<string, string>): { text: string; addedLines: number } {
  const declared = new Set([...query.matchAll(/PREFIX\s+([A-Za-z][\w.-]*)?\s*:/gi)].map((m) => m[1] ?? ''));
  const prologue = Object.entries(prefixes).filter(([p]) => !declared.has(p)).map(([p, ns]) => `PREFIX ${p}: <${ns}>`);
  if (!/\bBASE\s*</i.test(query)) prologue.unshift(`BASE <${ID}>`);
  if (!prologue.length) return { text: query, addedLines: 0 };
  return { text: prologue.join(' ') + '\n' + query, addedLines: 1 };
}

function queryError(e: unknown, query: string, addedLines: number, file: string): Diagnostic {
  const message = errorText(e);
  const m = /at (\d+):(\d+)/.exec(message);
  const line = m ? Math.max(Number(m[1]) - addedLines, 1) : 1;
  const column = m ? Number(m[2]) : 1;
  // the position is the diagnostic's own (in the query as written); the engine's counts the added prologue
  const first = message.split('\n')[0]!.replace(/^error at \d+:\d+:\s*/, '').trim();
  return diag('RC3006', `invalid SPARQL query: ${first}`, pointSpan(query, file, line, column), { excerpt: query.split('\n')[line - 1] ?? '' });
}

function pointSpan(text: string, file: string, line: number, column: number) {
  const starts = lineStarts(text);
  const l = Math.min(Math.max(line, 1), starts.length);
  const offset = Math.min(starts[l - 1]! + column - 1, text.length);
  return { file, line: l, column, endLine: l, endColumn: column, offset, endOffset: offset };
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Blank node labels of oxigraph are random; number them by first appearance so results are stable. */
function relabelRows(rows: Array<Record<string, SparqlTerm>>): Array<Record<string, SparqlTerm>> {
  const labels = new Map<string, string>();
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      const t = row[key]!;
      if (t.type !== 'bnode') continue;
      let l = labels.get(t.value);
      if (!l) labels.set(t.value, (l = `b${labels.size + 1}`));
      row[key] = { type: 'bnode', value: l };
    }
  }
  return rows;
}

// ---------------------------------------------------------------- n3 ↔ oxigraph

/** The store as N-Triples (default and named graphs merged), blank nodes renamed `b1`, `b2` …. */
export function toNTriples(store: N3.Store): string {
  const blanks = new Map<string, string>();
  const term = (t: { termType: string; value: string }): string => {
    switch (t.termType) {
      case 'NamedNode':
        return `<${escapeIri(t.value)}>`;
      case 'BlankNode': {
        let l = blanks.get(t.value);
        if (!l) blanks.set(t.value, (l = `b${blanks.size + 1}`));
        return '_:' + l;
      }
      case 'Literal': {
        const lit = t as unknown as N3.Literal;
        const q = `"${escapeString(lit.value)}"`;
        if (lit.language) return `${q}@${lit.language}`;
        return lit.datatype.value === XSD.string ? q : `${q}^^<${escapeIri(lit.datatype.value)}>`;
      }
      default:
        return `<${escapeIri(t.value)}>`;
    }
  };
  const lines: string[] = [];
  for (const q of store.readQuads(null, null, null, null)) lines.push(`${term(q.subject)} ${term(q.predicate)} ${term(q.object)} .\n`);
  return lines.join('');
}

function toN3(quads: ox.Quad[]): N3.Store {
  const { namedNode, literal, blankNode, quad } = N3.DataFactory;
  const blanks = new Map<string, string>();
  const term = (t: { termType: string; value: string }): N3.Term => {
    if (t.termType === 'NamedNode') return namedNode(t.value);
    if (t.termType === 'BlankNode') {
      let l = blanks.get(t.value);
      if (!l) blanks.set(t.value, (l = `b${blanks.size + 1}`));
      return blankNode(l);
    }
    const l = t as ox.Literal;
    return l.language ? literal(l.value, l.language) : literal(l.value, namedNode(l.datatype.value));
  };
  const store = new N3.Store();
  for (const q of quads) {
    store.addQuad(quad(term(q.subject) as N3.Quad_Subject, term(q.predicate) as N3.Quad_Predicate, term(q.object) as N3.Quad_Object));
  }
  return store;
}

const escapeIri = (s: string): string =>
  s.replace(/[\u0000-\u0020<>"{}|^`\\]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0'));

const NT_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r' };
const escapeString = (s: string): string => s.replace(/[\\"\n\r]/g, (c) => NT_ESCAPES[c]!);
