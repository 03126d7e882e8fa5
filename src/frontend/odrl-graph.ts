/** Reading a policy file's graph in source order: objects of a property sorted by where they are written,
 * RDF lists, labels, and the span of a node for norms and diagnostics. */
import N3 from 'n3';
import { spanOf, type SourceFile, type SourceSpan } from '../ir/index.js';
import { RDF, RDFS, SKOS } from '../vocab/index.js';
import { termId, type Range } from './odrl-source.js';

const { namedNode } = N3.DataFactory;

export class PolicyGraph {
  private readonly starts: number[];

  constructor(
    readonly store: N3.Store,
    readonly file: SourceFile,
    readonly stated: ReadonlyMap<string, Range>,
    starts: number[],
    /** Where each node is first written (for source order); falls back to where it is stated. */
    private readonly firstSeen: ReadonlyMap<string, number> = new Map(),
  ) {
    this.starts = starts;
  }

  /** Objects of a property, in the order they are first written (then by value). */
  objects(subject: N3.Term | string, predicate: string): N3.Term[] {
    const s = typeof subject === 'string' ? namedNode(subject) : subject;
    return this.store.getObjects(s as N3.Quad_Subject, namedNode(predicate), null).sort((a, b) => this.order(a, b));
  }

  object(subject: N3.Term | string, predicate: string): N3.Term | undefined {
    return this.objects(subject, predicate)[0];
  }

  has(subject: N3.Term | string, predicate: string): boolean {
    return this.objects(subject, predicate).length > 0;
  }

  subjectsOfType(types: readonly string[]): N3.Term[] {
    const seen = new Map<string, N3.Term>();
    for (const t of types) for (const s of this.store.getSubjects(namedNode(RDF.type), namedNode(t), null)) seen.set(termId(s), s);
    return [...seen.values()].sort((a, b) => this.order(a, b));
  }

  subjectsWith(predicate: string): N3.Term[] {
    const seen = new Map<string, N3.Term>();
    for (const s of this.store.getSubjects(namedNode(predicate), null, null)) seen.set(termId(s), s);
    return [...seen.values()].sort((a, b) => this.order(a, b));
  }

  types(subject: N3.Term): string[] {
    return this.objects(subject, RDF.type).map((t) => t.value);
  }

  /** The members of an RDF list, or undefined when the term is not a list. */
  list(head: N3.Term): N3.Term[] | undefined {
    if (head.termType === 'NamedNode' && head.value === RDF.nil) return [];
    if (head.termType !== 'BlankNode' || !this.has(head, RDF.first)) return undefined;
    const out: N3.Term[] = [];
    const seen = new Set<string>();
    let cell: N3.Term | undefined = head;
    while (cell && cell.termType === 'BlankNode' && !seen.has(cell.value)) {
      seen.add(cell.value);
      const first = this.object(cell, RDF.first);
      if (first) out.push(first);
      cell = this.object(cell, RDF.rest);
    }
    return out;
  }

  /** A human label: `rdfs:label` or `skos:prefLabel` (English or untagged first), else the IRI's local name. */
  label(iri: string): string {
    const labels = [...this.objects(iri, SKOS.prefLabel), ...this.objects(iri, RDFS.label)].filter((t) => t.termType === 'Literal') as N3.Literal[];
    const best = labels.find((l) => l.language === 'en') ?? labels.find((l) => l.language === '') ?? labels[0];
    return best ? best.value : localName(iri);
  }

  range(term: N3.Term | string): Range | undefined {
    return this.stated.get(typeof term === 'string' ? term : termId(term));
  }

  /** The span of the first of the terms whose position is known, else the start of the file. */
  span(...terms: (N3.Term | string | undefined)[]): SourceSpan {
    for (const t of terms) {
      const r = t === undefined ? undefined : this.range(t);
      if (r) return spanOf(this.file.path, this.starts, r[0], r[1]);
    }
    return spanOf(this.file.path, this.starts, 0, Math.min(1, this.file.text.length));
  }

  /** The text a node is stated in, whitespace-normalised. */
  text(term: N3.Term | string): string | undefined {
    const r = this.range(term);
    return r ? this.file.text.slice(r[0], r[1]).replace(/\s+/g, ' ').trim() : undefined;
  }

  private order(a: N3.Term, b: N3.Term): number {
    const pa = this.firstSeen.get(termId(a)) ?? this.range(a)?.[0] ?? Number.MAX_SAFE_INTEGER;
    const pb = this.firstSeen.get(termId(b)) ?? this.range(b)?.[0] ?? Number.MAX_SAFE_INTEGER;
    if (pa !== pb) return pa - pb;
    const ka = `${a.termType}\u0000${a.value}`;
    const kb = `${b.termType}\u0000${b.value}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  }
}

/** The last segment of an IRI (after `#`, `/` or `:`), percent-decoded where possible. */
export function localName(iri: string): string {
  const m = /([^/#:]+)[/#]?$/.exec(iri);
  const raw = m ? m[1]! : iri;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
