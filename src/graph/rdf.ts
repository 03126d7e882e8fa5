/** Small helpers over an n3 Store: making terms, adding triples, and reading one or all values of a property. */
import N3 from 'n3';
import type { Quad_Object, Term } from 'n3';
import { RDF, XSD } from '../vocab/index.js';

const { namedNode, literal, blankNode, quad, defaultGraph } = N3.DataFactory;

export type Obj = Quad_Object;

export const iri = (value: string): N3.NamedNode => namedNode(value);
export const str = (value: string): N3.Literal => literal(value);
export const typed = (value: string, datatype: string): N3.Literal => literal(value, namedNode(datatype));
export const int = (n: number): N3.Literal => typed(String(Math.trunc(n)), XSD.integer);
export const bool = (b: boolean): N3.Literal => typed(b ? 'true' : 'false', XSD.boolean);
/** A number as xsd:integer when it is one, else xsd:decimal (never exponent notation). */
export function num(n: number): N3.Literal {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return typed(BigInt(n).toString(), XSD.integer);
  return typed(decimalString(n), XSD.decimal);
}
/** JSON text as an `rdf:JSON` literal. */
export const json = (value: unknown): N3.Literal => typed(canonicalJson(value), RDF.JSON);

function decimalString(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  // exponent notation: spell it out with enough digits to read back the same double
  const fixed = n.toFixed(20).replace(/0+$/, '');
  return fixed.endsWith('.') ? fixed + '0' : fixed;
}

/** JSON with object keys sorted, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
      const o = v as Record<string, unknown>;
      return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
    }
    return v;
  });
}

/** Collects triples for one store; `add` skips absent objects so optional fields need no `if`. */
export class TripleSink {
  constructor(readonly store: N3.Store) {}
  add(subject: string, predicate: string, object: Obj | undefined): void {
    if (object === undefined) return;
    this.store.addQuad(quad(namedNode(subject), namedNode(predicate), object, defaultGraph()));
  }
  type(subject: string, ...classes: string[]): void {
    for (const c of classes) this.add(subject, RDF.type, namedNode(c));
  }
  /** An RDF list of the items; the list cells are blank nodes (written `( … )` in Turtle). */
  list(items: Obj[]): Obj {
    let rest: Obj = namedNode(RDF.nil);
    for (let i = items.length - 1; i >= 0; i--) {
      const cell = blankNode();
      this.store.addQuad(quad(cell, namedNode(RDF.first), items[i]!, defaultGraph()));
      this.store.addQuad(quad(cell, namedNode(RDF.rest), rest, defaultGraph()));
      rest = cell;
    }
    return rest;
  }
}

/** Reads values of a subject's properties; when a property has several values where one is expected, the least
 * by term order is taken, so reading is deterministic whatever the insertion order. */
export class GraphReader {
  constructor(readonly store: N3.Store) {}
  objects(subject: string | Term, predicate: string): Term[] {
    const s = typeof subject === 'string' ? namedNode(subject) : subject;
    return this.store.getObjects(s, namedNode(predicate), null).sort(compareTerms);
  }
  object(subject: string | Term, predicate: string): Term | undefined {
    return this.objects(subject, predicate)[0];
  }
  /** The lexical value of the first object, IRI or literal. */
  value(subject: string | Term, predicate: string): string | undefined {
    return this.object(subject, predicate)?.value;
  }
  values(subject: string | Term, predicate: string): string[] {
    return this.objects(subject, predicate).map((t) => t.value);
  }
  iriValue(subject: string | Term, predicate: string): string | undefined {
    return this.objects(subject, predicate).find((t) => t.termType === 'NamedNode')?.value;
  }
  iriValues(subject: string | Term, predicate: string): string[] {
    return this.objects(subject, predicate).filter((t) => t.termType === 'NamedNode').map((t) => t.value);
  }
  integer(subject: string | Term, predicate: string): number | undefined {
    const v = this.value(subject, predicate);
    if (v === undefined) return undefined;
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  }
  /** Subjects with the predicate and object, sorted. */
  subjects(predicate: string, object: Obj | string): string[] {
    const o = typeof object === 'string' ? namedNode(object) : object;
    return this.store.getSubjects(namedNode(predicate), o, null).map((t) => t.value).sort(naturalCompare);
  }
  has(subject: string, predicate: string, object?: string): boolean {
    return this.store.countQuads(namedNode(subject), namedNode(predicate), object ? namedNode(object) : null, null) > 0;
  }
  types(subject: string | Term): string[] {
    return this.iriValues(subject, RDF.type);
  }
  /** The members of an RDF list, in order; stops at a malformed or cyclic list. */
  list(head: Term): Term[] {
    const out: Term[] = [];
    const seen = new Set<string>();
    let cell: Term | undefined = head;
    while (cell && !(cell.termType === 'NamedNode' && cell.value === RDF.nil) && !seen.has(cell.value)) {
      seen.add(cell.value);
      const first = this.object(cell, RDF.first);
      if (!first) break;
      out.push(first);
      cell = this.object(cell, RDF.rest);
    }
    return out;
  }
}

/** A total order on terms: kind (IRI, blank node, literal), then value, datatype and language. */
export function compareTerms(a: Term, b: Term): number {
  if (a.termType !== b.termType) return a.termType < b.termType ? 1 : -1; // NamedNode, Literal, BlankNode
  const c = naturalCompare(a.value, b.value);
  if (c !== 0 || a.termType !== 'Literal' || b.termType !== 'Literal') return c;
  const la = a as N3.Literal;
  const lb = b as N3.Literal;
  if (la.datatype.value !== lb.datatype.value) return la.datatype.value < lb.datatype.value ? -1 : 1;
  return la.language < lb.language ? -1 : la.language > lb.language ? 1 : 0;
}

/** Compares strings by code unit, but runs of digits by their number ("n2" before "n10"); locale-free. */
export function naturalCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (isDigit(ca) && isDigit(cb)) {
      let ea = i;
      let eb = i;
      while (ea < a.length && isDigit(a.charCodeAt(ea))) ea++;
      while (eb < b.length && isDigit(b.charCodeAt(eb))) eb++;
      const da = a.slice(i, ea).replace(/^0+(?=\d)/, '');
      const db = b.slice(i, eb).replace(/^0+(?=\d)/, '');
      if (da.length !== db.length) return da.length - db.length;
      if (da !== db) return da < db ? -1 : 1;
      if (ea !== eb) return eb - ea; // same number, more leading zeros first
      i = ea;
      continue;
    }
    if (ca !== cb) return ca - cb;
    i++;
  }
  return a.length - b.length;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
