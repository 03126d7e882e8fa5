/**
 * Printing query results: an aligned text table, the W3C SPARQL 1.1 Query Results JSON Format, and the W3C
 * SPARQL 1.1 Query Results CSV Format (RFC 4180, CRLF). Graph results (CONSTRUCT, DESCRIBE) print as Turtle,
 * or as subject/predicate/object CSV.
 */
import { PREFIXES, XSD } from '../vocab/index.js';
import type { QueryResult, SparqlTerm } from './sparql.js';
import { serializeTurtle } from './turtle.js';

const BARE = new Set([XSD.integer, XSD.decimal, XSD.double, XSD.boolean]);

/** `prefix:local` for an IRI under a known namespace (longest first), else the IRI in angle brackets. */
export function compactIri(iri: string, prefixes: Record<string, string> = PREFIXES): string {
  let best: [string, string] | undefined;
  for (const entry of Object.entries(prefixes)) {
    if (iri.startsWith(entry[1]) && iri.length > entry[1].length && (!best || entry[1].length > best[1].length)) best = entry;
  }
  return best ? `${best[0]}:${iri.slice(best[1].length)}` : `<${iri}>`;
}

/** A term for people: IRIs compacted, plain strings as they are, typed values `"v"^^xsd:date`. */
export function displayTerm(t: SparqlTerm | undefined, prefixes: Record<string, string> = PREFIXES): string {
  if (!t) return '';
  if (t.type === 'uri') return compactIri(t.value, prefixes);
  if (t.type === 'bnode') return '_:' + t.value;
  if (t['xml:lang']) return `"${t.value}"@${t['xml:lang']}`;
  if (!t.datatype || t.datatype === XSD.string || BARE.has(t.datatype)) return t.value;
  return `"${t.value}"^^${compactIri(t.datatype, prefixes)}`;
}

export function formatTable(r: QueryResult, prefixes: Record<string, string> = PREFIXES): string {
  if (r.kind === 'error') return '';
  if (r.kind === 'ask') return r.boolean ? 'true' : 'false';
  if (r.kind === 'graph') return serializeTurtle(r.store, { prefixes });
  const header = r.variables;
  const cells = r.rows.map((row) => header.map((v) => displayTerm(row[v], prefixes).replace(/\s*\n\s*/g, ' ')));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (cs: string[]): string => cs.map((c, i) => c.padEnd(widths[i]!)).join(' | ').trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line)];
  out.push(`(${r.rows.length} ${r.rows.length === 1 ? 'row' : 'rows'})`);
  return out.join('\n');
}

export function formatJson(r: QueryResult): string {
  if (r.kind === 'error') return '';
  if (r.kind === 'ask') return JSON.stringify({ head: {}, boolean: r.boolean }, null, 2);
  if (r.kind === 'graph') return serializeTurtle(r.store);
  return JSON.stringify({ head: { vars: r.variables }, results: { bindings: r.rows } }, null, 2);
}

export function formatCsv(r: QueryResult): string {
  if (r.kind === 'error') return '';
  if (r.kind === 'ask') return `boolean\r\n${r.boolean}\r\n`;
  if (r.kind === 'graph') {
    const rows = r.store.getQuads(null, null, null, null).map((q) =>
      [q.subject, q.predicate, q.object].map((t) => csvCell(t.termType === 'BlankNode' ? '_:' + t.value : t.value)).join(','),
    );
    return ['subject,predicate,object', ...rows.sort()].join('\r\n') + '\r\n';
  }
  const lines = [r.variables.map(csvCell).join(',')];
  for (const row of r.rows) {
    lines.push(r.variables.map((v) => {
      const t = row[v];
      return t ? csvCell(t.type === 'bnode' ? '_:' + t.value : t.value) : '';
    }).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
