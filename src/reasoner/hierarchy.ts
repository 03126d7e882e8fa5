/**
 * Concept hierarchies of the knowledge graph as graphology graphs (child → parent edges) — bearers, actions,
 * targets, and the isA / partOf orders that constraint values are compared by — with reflexive-transitive
 * closures precomputed once, so subsumption and overlap are set look-ups, not walks (SKOS `skos:broader`,
 * RDFS `rdfs:subClassOf`, ODRL 2.2 §2.3 action hierarchy `odrl:includedIn`, §2.2 `odrl:partOf`).
 */
import graphology from 'graphology';
import type N3 from 'n3';
import type { Concept, ScopeRelation } from '../ir/index.js';
import { ACTION, ODRL, RDFS, SKOS } from '../vocab/index.js';

/** graphology is CommonJS: its classes are properties of the default export under NodeNext. */
export const { DirectedGraph } = graphology;
export type DiGraph = InstanceType<typeof DirectedGraph>;

/** One partial order of concepts: `isA(a, b)` means every instance of `a` is one of `b` (reflexive). */
export class HierarchyView {
  /** The edges as stated (child → parent), for inspection and cycle reports. */
  readonly graph: DiGraph;
  private readonly up = new Map<string, ReadonlySet<string>>();
  private readonly down = new Map<string, Set<string>>();
  private readonly overlapMemo = new Map<string, ReadonlySet<string>>();

  constructor(graph: DiGraph) {
    this.graph = graph;
    const nodes = graph.nodes().sort();
    for (const n of nodes) this.up.set(n, this.closure(n));
    for (const n of nodes) this.down.set(n, new Set([n]));
    for (const [n, ups] of this.up) for (const a of ups) this.down.get(a)!.add(n);
  }

  private closure(start: string): Set<string> {
    const seen = new Set([start]);
    const stack = [start];
    while (stack.length) {
      const n = stack.pop()!;
      for (const p of this.graph.outNeighbors(n)) if (!seen.has(p)) (seen.add(p), stack.push(p));
    }
    return seen;
  }

  has(iri: string): boolean {
    return this.up.has(iri);
  }

  /** `iri` and everything above it. */
  ancestors(iri: string): ReadonlySet<string> {
    return this.up.get(iri) ?? new Set([iri]);
  }

  /** `iri` and everything below it. */
  descendants(iri: string): ReadonlySet<string> {
    return this.down.get(iri) ?? new Set([iri]);
  }

  /** Every concept whose extension may share an instance with `iri`'s: those with a common descendant. */
  overlapping(iri: string): ReadonlySet<string> {
    let out = this.overlapMemo.get(iri);
    if (!out) {
      const acc = new Set<string>();
      for (const d of this.descendants(iri)) for (const a of this.ancestors(d)) acc.add(a);
      out = acc;
      this.overlapMemo.set(iri, out);
    }
    return out;
  }

  isA(a: string, b: string): boolean {
    return a === b || (this.up.get(a)?.has(b) ?? false);
  }

  overlaps(a: string, b: string): boolean {
    if (this.isA(a, b) || this.isA(b, a)) return true;
    const da = this.descendants(a);
    const db = this.descendants(b);
    const [small, large] = da.size <= db.size ? [da, db] : [db, da];
    for (const x of small) if (large.has(x)) return true;
    return false;
  }

  /** How the extension of `a` relates to that of `b`. Concepts the ontology does not relate are disjoint. */
  relation(a: string, b: string): ScopeRelation {
    if (a === b) return 'equal';
    const ab = this.isA(a, b);
    const ba = this.isA(b, a);
    if (ab && ba) return 'equal'; // a cycle of broader links makes them equivalent
    if (ab) return 'contained';
    if (ba) return 'contains';
    return this.overlaps(a, b) ? 'overlap' : 'disjoint';
  }
}

export interface Hierarchies {
  /** Bearers: `skos:broader`, `rdfs:subClassOf`, party membership (`odrl:partOf` a party collection). */
  role: HierarchyView;
  /** Actions: `skos:broader`, `odrl:includedIn`, `rdfs:subClassOf`; ODRL's actions sit under `odrl:use`. */
  action: HierarchyView;
  /** Targets: `odrl:partOf` (asset collections), `skos:broader`, `rdfs:subClassOf`. */
  asset: HierarchyView;
  /** Values of `isA`-style operators: `skos:broader`, `rdfs:subClassOf`, `odrl:includedIn`. */
  isA: HierarchyView;
  /** Values of `isPartOf` / `hasPart`: `odrl:partOf`, and `skos:broader` between assets. */
  partOf: HierarchyView;
}

export interface HierarchyInput {
  /** The graph (or ontology store) to read `skos:broader` & co. from. */
  stores?: N3.Store[];
  concepts?: readonly Concept[];
  /** Action IRIs used by norms or situations, so ODRL actions the data does not place get their default. */
  actions?: Iterable<string>;
}

type View = keyof Hierarchies;

/** Predicates whose triples are `child pred parent` edges, and the views they feed. */
const PREDICATES: [string, View[]][] = [
  [SKOS.broader, ['role', 'action', 'asset', 'isA', 'partOf']],
  [RDFS.subClassOf, ['role', 'action', 'asset', 'isA']],
  [ODRL.includedIn, ['action', 'isA']],
  [ODRL.partOf, ['role', 'asset', 'partOf']],
];

/** Builds every view once; later queries only look up the closures. */
export function buildHierarchies(input: HierarchyInput): Hierarchies {
  const graphs = Object.fromEntries(
    (['role', 'action', 'asset', 'isA', 'partOf'] as View[]).map((v) => [v, new DirectedGraph()]),
  ) as Record<View, DiGraph>;
  const edge = (views: View[], child: string, parent: string) => {
    if (child === parent) return;
    for (const v of views) {
      const g = graphs[v];
      g.mergeNode(child);
      g.mergeNode(parent);
      g.mergeEdge(child, parent);
    }
  };
  for (const store of input.stores ?? []) {
    for (const [pred, views] of PREDICATES) {
      for (const q of store.getQuads(null, pred, null, null)) {
        if (q.subject.termType === 'NamedNode' && q.object.termType === 'NamedNode') edge(views, q.subject.value, q.object.value);
      }
    }
    for (const q of store.getQuads(null, SKOS.narrower, null, null)) {
      if (q.subject.termType === 'NamedNode' && q.object.termType === 'NamedNode') edge(['role', 'action', 'asset', 'isA'], q.object.value, q.subject.value);
    }
  }
  for (const c of input.concepts ?? []) {
    const views: View[] =
      c.scheme === 'role' ? ['role', 'isA'] : c.scheme === 'action' ? ['action', 'isA'] : c.scheme === 'asset' ? ['asset', 'isA', 'partOf'] : ['isA'];
    for (const b of c.broader) edge(views, c.iri, b);
    for (const v of views) graphs[v].mergeNode(c.iri);
  }
  // ODRL 2.2: every action is included in odrl:use or odrl:transfer; one the data does not place goes under
  // use, and so does an action minted from a text no concept matched (as the graph states it too)
  for (const a of input.actions ?? []) {
    const g = graphs.action;
    if (!(a.startsWith(ODRL.ns) || a.startsWith(ACTION)) || a === ODRL.use || a === ODRL.transfer) continue;
    if (g.hasNode(a) && g.outDegree(a) > 0) continue;
    edge(['action', 'isA'], a, ODRL.use);
  }
  return {
    role: new HierarchyView(graphs.role),
    action: new HierarchyView(graphs.action),
    asset: new HierarchyView(graphs.asset),
    isA: new HierarchyView(graphs.isA),
    partOf: new HierarchyView(graphs.partOf),
  };
}
