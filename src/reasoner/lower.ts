/**
 * Conflicts and their resolutions into the knowledge graph (regc profile: `regc:Conflict`,
 * `regc:conflictStatus`, `regc:conflictKind`, `regc:involves`, `regc:resolution`, `regc:Resolution`,
 * `regc:winner`, `regc:defeated`, `regc:principle`, `regc:explanation`, `regc:evidence`), and back. Every node
 * has an IRI (`<conflict>`, `<conflict>/resolution`), so the output is the same whatever the order of work.
 */
import type N3 from 'n3';
import type { Conflict, ConflictKind, Principle, ScopeRelation } from '../ir/index.js';
import { RDF, RDFS, REGC } from '../vocab/index.js';
import { GraphReader, iri, str, TripleSink } from '../graph/rdf.js';

export const PRINCIPLE_IRI: Record<Principle, string> = {
  explicit: REGC.explicit,
  'lex-superior': REGC.lexSuperior,
  'lex-specialis': REGC.lexSpecialis,
  'lex-posterior': REGC.lexPosterior,
  'odrl-strategy': REGC.odrlStrategy,
};

export const resolutionIri = (conflict: string): string => `${conflict}/resolution`;

/** One sentence of the evidence, for analysts reading the graph. */
export function evidenceText(c: Conflict): string {
  const e = c.evidence;
  const parts = [`bearer ${e.bearer}`, `action ${e.action}`, `target ${e.target}`, `context ${e.context}`];
  const tail = e.unformalised.length ? `; not formalised: ${e.unformalised.map((t) => `"${t}"`).join(', ')}` : '';
  return `${c.norms[0]} against ${c.norms[1]}: ${parts.join(', ')}; scope ${e.scope}; ${e.strength}${tail}`;
}

/** Writes the conflicts into the store, replacing the conflicts (and resolutions) a previous run wrote. */
export function lowerConflicts(store: N3.Store, conflicts: readonly Conflict[]): void {
  for (const c of store.getSubjects(RDF.type, REGC.Conflict, null)) {
    for (const r of store.getObjects(c, REGC.resolution, null)) store.removeQuads(store.getQuads(r, null, null, null));
    store.removeQuads(store.getQuads(c, null, null, null));
  }
  const out = new TripleSink(store);
  for (const c of conflicts) {
    out.type(c.id, REGC.Conflict);
    out.add(c.id, REGC.conflictStatus, iri(c.status === 'definite' ? REGC.definite : REGC.possible));
    out.add(c.id, REGC.conflictKind, str(c.kind));
    for (const n of c.norms) out.add(c.id, REGC.involves, iri(n));
    out.add(c.id, RDFS.comment, str(evidenceText(c)));
    const r = c.resolution;
    if (!r) continue;
    const node = resolutionIri(c.id);
    out.add(c.id, REGC.resolution, iri(node));
    out.type(node, REGC.Resolution);
    out.add(node, REGC.winner, iri(r.winner));
    out.add(node, REGC.defeated, iri(r.defeated));
    out.add(node, REGC.principle, iri(PRINCIPLE_IRI[r.principle]));
    out.add(node, REGC.explanation, str(r.explanation));
    for (const b of r.basis) out.add(node, REGC.evidence, iri(b));
  }
}

/** Conflicts as the graph states them. Evidence the graph keeps only as text reads back as `unknown`. */
export function readConflicts(store: N3.Store): Conflict[] {
  const g = new GraphReader(store);
  const principles = new Map(Object.entries(PRINCIPLE_IRI).map(([k, v]) => [v, k as Principle]));
  const unknown: ScopeRelation = 'unknown';
  const out: Conflict[] = [];
  for (const id of g.subjects(RDF.type, REGC.Conflict).sort()) {
    const norms = g.iriValues(id, REGC.involves).sort();
    if (norms.length < 2) continue;
    const status = g.iriValue(id, REGC.conflictStatus) === REGC.definite ? 'definite' : 'possible';
    const comment = g.value(id, RDFS.comment) ?? '';
    const c: Conflict = {
      id,
      status,
      kind: (g.value(id, REGC.conflictKind) ?? 'permission-prohibition') as ConflictKind,
      norms: [norms[0]!, norms[1]!],
      evidence: {
        bearer: unknown,
        action: unknown,
        target: unknown,
        context: unknown,
        scope: unknown,
        strength: /; advisory(;|$)/.test(comment) ? 'advisory' : 'strict',
        unformalised: [],
        specificity: { context: unknown, scope: unknown },
      },
      resolution: null,
    };
    const node = g.iriValue(id, REGC.resolution);
    const winner = node && g.iriValue(node, REGC.winner);
    const principle = node && principles.get(g.iriValue(node, REGC.principle) ?? '');
    if (node && winner && principle) {
      c.resolution = {
        winner,
        defeated: g.iriValue(node, REGC.defeated) ?? norms.find((n) => n !== winner)!,
        principle,
        explanation: g.value(node, REGC.explanation) ?? '',
        basis: g.iriValues(node, REGC.evidence).sort(),
      };
    }
    out.push(c);
  }
  return out;
}
