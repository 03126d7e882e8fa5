/**
 * Names the blank nodes of a policy file, deterministically (RDF 1.1 Concepts §3.5 "Replacing Blank Nodes with
 * IRIs"): a blank node gets an IRI under the node that first refers to it, walking from the file's named
 * subjects in source order, predicates in IRI order, objects in the order they are written — `<policy>/permission1`, `<rule>/c1` (constraints, as the
 * compiled graph names them), `<rule>/c1/c2` (operands of a logical constraint), `<rule>/duty1`,
 * `<rule>/action1/r1` (refinements) … — so the same file always gives the same IRIs. Blank nodes no named node
 * reaches are named under the document (`<document>/policy1`, `<document>/node1`). RDF list cells stay blank
 * nodes (Turtle writes them as `( … )`), relabelled with the document's prefix so files never share a label.
 */
import N3 from 'n3';
import { RDF } from '../vocab/index.js';
import { termId, type Range } from './odrl-source.js';
import { MINTED_STEMS } from '../graph/constraint.js';

const { namedNode, blankNode, quad } = N3.DataFactory;


export interface Skolemised {
  quads: N3.Quad[];
  /** Positions carried over to the new names. */
  stated: Map<string, Range>;
  firstSeen: Map<string, number>;
}

/**
 * @param anonymous placeholder IRIs to name like blank nodes (JSON-LD node objects without `@id`)
 * @param policyClasses classes whose unreferenced blank instances are named `<document>/policyN`
 */
export function skolemise(
  quads: readonly N3.Quad[],
  stated: ReadonlyMap<string, Range>,
  firstSeen: ReadonlyMap<string, number>,
  anonymous: ReadonlySet<string>,
  documentIri: string,
  listLabel: string,
  policyClasses: ReadonlySet<string>,
): Skolemised {
  const isAnon = (t: N3.Term) => t.termType === 'BlankNode' || (t.termType === 'NamedNode' && anonymous.has(t.value));
  const bySubject = new Map<string, N3.Quad[]>();
  for (const q of quads) {
    const id = termId(q.subject);
    const list = bySubject.get(id);
    if (list) list.push(q);
    else bySubject.set(id, [q]);
  }
  const isListCell = (id: string) => id.startsWith('_:') && (bySubject.get(id) ?? []).some((q) => q.predicate.value === RDF.first);
  const position = (t: N3.Term) => firstSeen.get(termId(t)) ?? stated.get(termId(t))?.[0] ?? Number.MAX_SAFE_INTEGER;
  const order = (a: N3.Term, b: N3.Term) => position(a) - position(b) || compare(termId(a), termId(b));

  const names = new Map<string, string>(); // old id → new IRI (or `_:label` for list cells)
  const counters = new Map<string, number>();
  let cells = 0;
  const mint = (parent: string, tag: string): string => {
    const key = `${parent}\u0000${tag}`;
    const k = (counters.get(key) ?? 0) + 1;
    counters.set(key, k);
    return `${parent}/${tag}${k}`;
  };

  const visit = (id: string, iri: string): void => {
    const out = [...(bySubject.get(id) ?? [])].sort((a, b) => compare(a.predicate.value, b.predicate.value) || order(a.object, b.object));
    for (const q of out) {
      const o = q.object;
      if (!isAnon(o) || names.has(termId(o))) continue;
      const oid = termId(o);
      if (isListCell(oid)) {
        // walk the list: cells keep a blank label, members are named after the property the list hangs on
        let cell: string | undefined = oid;
        while (cell && isListCell(cell) && !names.has(cell)) {
          names.set(cell, `_:${listLabel}${++cells}`);
          const cellQuads: N3.Quad[] = bySubject.get(cell) ?? [];
          for (const first of cellQuads.filter((x) => x.predicate.value === RDF.first)) {
            const m = first.object;
            if (isAnon(m) && !names.has(termId(m)) && !isListCell(termId(m))) name(termId(m), mint(iri, tagOf(q.predicate.value)));
          }
          const rest: N3.Quad | undefined = cellQuads.find((x) => x.predicate.value === RDF.rest);
          cell = rest && rest.object.termType === 'BlankNode' ? termId(rest.object) : undefined;
        }
        continue;
      }
      name(oid, mint(iri, tagOf(q.predicate.value)));
    }
  };
  const name = (id: string, iri: string) => {
    names.set(id, iri);
    visit(id, iri);
  };

  // named subjects first, in source order; then whatever no named node reaches
  const subjects = [...bySubject.keys()].map((id) => bySubject.get(id)![0]!.subject).sort(order);
  for (const s of subjects) if (!isAnon(s)) visit(termId(s), s.value);
  for (const s of subjects) {
    const id = termId(s);
    if (!isAnon(s) || names.has(id) || isListCell(id)) continue;
    const isPolicy = (bySubject.get(id) ?? []).some((q) => q.predicate.value === RDF.type && policyClasses.has(q.object.value));
    name(id, mint(documentIri, isPolicy ? 'policy' : 'node'));
  }

  const rename = <T extends N3.Term>(t: T): T => {
    if (!isAnon(t)) return t;
    const id = termId(t);
    let n = names.get(id);
    if (n === undefined) {
      // a blank node only ever used as an object of another unnamed node's list: give it a label of its own
      n = `_:${listLabel}${++cells}`;
      names.set(id, n);
    }
    return (n.startsWith('_:') ? blankNode(n.slice(2)) : namedNode(n)) as unknown as T;
  };
  const out = quads.map((q) => quad(rename(q.subject), q.predicate, rename(q.object)));
  const moved = new Map<string, Range>();
  for (const [id, range] of stated) moved.set(names.get(id) ?? id, range);
  const seen = new Map<string, number>();
  for (const [id, at] of firstSeen) seen.set(names.get(id) ?? id, at);
  return { quads: out, stated: moved, firstSeen: seen };
}

function tagOf(predicate: string): string {
  const tag = MINTED_STEMS[predicate];
  if (tag) return tag;
  const local = /[^/#:]*$/.exec(predicate)?.[0] ?? '';
  return local.replace(/[^A-Za-z0-9_-]/g, '') || 'node';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
