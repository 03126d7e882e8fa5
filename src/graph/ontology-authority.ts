/** Authority levels and their order: the levels typed regc:AuthorityLevel, sorted by regc:rank (highest first),
 * and the transitive closure of regc:outranks (lex superior), computed once by a depth-first search from each
 * level; a cycle in the order is an RC4001 error naming its levels. */
import N3 from 'n3';
import type { AuthorityLevel, Diagnostic } from '../ir/index.js';
import { diag } from '../ir/index.js';
import { AUTHORITY, RDF, RDFS, REGC, authorityIri } from '../vocab/index.js';
import { localName } from './ontology-concepts.js';

const { namedNode } = N3.DataFactory;
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function readAuthorities(store: N3.Store): AuthorityLevel[] {
  const levels: AuthorityLevel[] = [];
  for (const s of store.getSubjects(namedNode(RDF.type), namedNode(REGC.AuthorityLevel), null)) {
    if (s.termType !== 'NamedNode') continue;
    const iri = s.value;
    const name = iri.startsWith(AUTHORITY) ? decodeURIComponent(iri.slice(AUTHORITY.length)) : localName(iri);
    levels.push({ iri, name, label: labelOf(store, s) ?? name, rank: rankOf(store, s) });
  }
  return levels.sort((a, b) => b.rank - a.rank || cmp(a.iri, b.iri));
}

function labelOf(store: N3.Store, node: N3.Term): string | undefined {
  const labels = store.getObjects(node, namedNode(RDFS.label), null).filter((o) => o.termType === 'Literal') as N3.Literal[];
  const pick = (pred: (l: N3.Literal) => boolean) => labels.filter(pred).map((l) => l.value).sort(cmp)[0];
  return pick((l) => l.language === 'en' || l.language.startsWith('en-')) ?? pick((l) => l.language === '') ?? pick(() => true);
}

/** The smallest integer regc:rank stated (0 when none is). */
function rankOf(store: N3.Store, node: N3.Term): number {
  const ranks = store
    .getObjects(node, namedNode(REGC.rank), null)
    .map((o) => Number(o.value))
    .filter((n) => Number.isFinite(n));
  return ranks.length ? Math.min(...ranks) : 0;
}

/** For each level, every level it outranks directly or through others. */
export function outranksClosure(store: N3.Store): Map<string, Set<string>> {
  const edges = new Map<string, string[]>();
  for (const q of store.getQuads(null, namedNode(REGC.outranks), null, null)) {
    if (q.subject.termType !== 'NamedNode' || q.object.termType !== 'NamedNode') continue;
    const list = edges.get(q.subject.value) ?? [];
    list.push(q.object.value);
    edges.set(q.subject.value, list);
  }
  const closure = new Map<string, Set<string>>();
  for (const start of [...edges.keys()].sort(cmp)) {
    const seen = new Set<string>();
    const stack = [...(edges.get(start) ?? [])];
    while (stack.length) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(edges.get(next) ?? []));
    }
    closure.set(start, seen);
  }
  return closure;
}

/** One RC4001 error per cycle of regc:outranks (the levels that outrank each other), levels sorted. */
export function outranksCycles(closure: ReadonlyMap<string, ReadonlySet<string>>): Diagnostic[] {
  const reported = new Set<string>();
  const out: Diagnostic[] = [];
  for (const a of [...closure.keys()].sort(cmp)) {
    if (reported.has(a) || !closure.get(a)!.has(a)) continue;
    const cycle = [...closure.get(a)!].filter((b) => closure.get(b)?.has(a)).sort(cmp);
    for (const b of cycle) reported.add(b);
    out.push(diag('RC4001', `authority levels outrank each other in a cycle: ${cycle.map(localName).join(' > ')}`, undefined, { nodes: cycle }));
  }
  return out;
}

/** `a` outranks `b`; each is an authority IRI or a level name. */
export function makeOutranks(closure: ReadonlyMap<string, ReadonlySet<string>>): (a: string, b: string) => boolean {
  const toIri = (x: string) => (x.includes(':') ? x : authorityIri(x));
  return (a, b) => closure.get(toIri(a))?.has(toIri(b)) ?? false;
}
