/**
 * The reasoned graph as the Framer reads it: norms with their scope, clause, section and document; conflicts
 * and their resolutions; the reasoner's indexes for evaluating situations; concept labels and definitions.
 * Read once per compile; everything else in the Framer is a function of this view and the seed.
 */
import type N3 from 'n3';
import type {
  AuthorityLevel, Clause, Concept, Conflict, Constraint, Norm, Ontology, RegulationDocument, Section,
} from '../../ir/index.js';
import { ACTION, FACT, SKOS } from '../../vocab/index.js';
import { readDocuments, readNorms, labelOf } from '../../graph/raise.js';
import { GraphReader } from '../../graph/rdf.js';
import { buildHierarchies, prepareReasoned, readConflicts } from '../../reasoner/index.js';
import type { Reasoned } from '../../reasoner/index.js';
import type { Scoped } from '../../reasoner/scope.js';
import { scopeOf } from '../../reasoner/scope.js';

/** One norm with everything the Framer says about it. */
export interface NormEntry {
  norm: Norm;
  scoped: Scoped;
  doc?: RegulationDocument;
  section?: Section;
  clause?: Clause;
  /** Local name of the authority level in force where the norm is written. */
  authority?: string;
  effective?: string;
  /** Conflicts the norm is part of, by conflict IRI. */
  conflicts: Conflict[];
}

export interface FramerView {
  seed: number;
  /** Sorted by norm IRI. */
  norms: NormEntry[];
  byIri: ReadonlyMap<string, NormEntry>;
  documents: RegulationDocument[];
  /** Section IRI → section and document. */
  sections: ReadonlyMap<string, { section: Section; doc: RegulationDocument }>;
  conflicts: Conflict[];
  reasoned: Reasoned;
  concepts: ReadonlyMap<string, Concept>;
  authorities: ReadonlyMap<string, AuthorityLevel>;
  /** The label of a concept, a `text:` key or a minted action IRI. */
  label(iri: string): string;
  /** `skos:definition` of a concept, if the ontology gives one. */
  definition(iri: string): string | undefined;
}

/** Reads the view from the reasoned graph (the ontology's triples are part of it). */
export function readView(graph: N3.Store, ontology: Ontology, seed: number): FramerView {
  const norms = readNorms(graph);
  const documents = readDocuments(graph).sort((a, b) => (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0));
  const conflicts = readConflicts(graph);
  const stores = graph === ontology.store ? [graph] : [graph, ontology.store];
  const hierarchies = buildHierarchies({ stores, concepts: ontology.concepts, actions: norms.map((n) => scopeOf(n).action) });
  const reasoned = prepareReasoned(norms, conflicts, hierarchies, ontology.concepts);
  const g = new GraphReader(graph);

  const sections = new Map<string, { section: Section; doc: RegulationDocument }>();
  const clauses = new Map<string, Clause>();
  for (const doc of documents) {
    for (const section of doc.sections) {
      sections.set(section.iri, { section, doc });
      for (const c of section.clauses) clauses.set(c.iri, c);
    }
  }
  const docs = new Map(documents.map((d) => [d.iri, d]));
  const conflictsOf = new Map<string, Conflict[]>();
  for (const c of conflicts) for (const n of c.norms) (conflictsOf.get(n) ?? conflictsOf.set(n, []).get(n)!).push(c);

  const entries: NormEntry[] = norms.map((norm) => {
    const e: NormEntry = { norm, scoped: reasoned.scoped.get(norm.iri)!, conflicts: conflictsOf.get(norm.iri) ?? [] };
    const doc = docs.get(norm.document);
    if (doc) e.doc = doc;
    const located = norm.section ? sections.get(norm.section) : undefined;
    if (located) e.section = located.section;
    const clause = norm.clause ? clauses.get(norm.clause) : undefined;
    if (clause) e.clause = clause;
    for (let s: Section | undefined = located?.section, i = 0; s && i < 100; i++) {
      if (s.authority) {
        e.authority = s.authority;
        break;
      }
      s = s.parent ? sections.get(s.parent)?.section : undefined;
    }
    const authority = e.authority ?? doc?.meta.authority;
    if (authority !== undefined) e.authority = authority;
    if (doc?.meta.effective !== undefined) e.effective = doc.meta.effective;
    return e;
  });

  const concepts = new Map<string, Concept>();
  for (const c of ontology.concepts) if (!concepts.has(c.iri)) concepts.set(c.iri, c);
  const labels = new Map<string, string>();
  const label = (iri: string): string => {
    let l = labels.get(iri);
    if (l === undefined) {
      if (iri.startsWith('text:')) l = iri.slice(5);
      else if (iri.startsWith(ACTION)) l = decodeURIComponent(iri.slice(ACTION.length)).replace(/-/g, ' ');
      else if (iri.startsWith(FACT)) l = decodeURIComponent(iri.slice(FACT.length)).replace(/-/g, ' ');
      else l = concepts.get(iri)?.prefLabel ?? labelOf(g, iri);
      labels.set(iri, l);
    }
    return l;
  };
  const definition = (iri: string): string | undefined => g.value(iri, SKOS.definition);
  return {
    seed,
    norms: entries,
    byIri: new Map(entries.map((e) => [e.norm.iri, e])),
    documents,
    sections,
    conflicts,
    reasoned,
    concepts,
    authorities: new Map(ontology.authorities.flatMap((a) => [[a.name, a], [a.iri, a]] as [string, AuthorityLevel][])),
    label,
    definition,
  };
}

/** Whether an IRI names a concept of the ontology (not a `text:` key, a minted action or fact). */
export const isOntologyConcept = (view: FramerView, iri: string): boolean => view.concepts.has(iri);

/** Concepts a norm uses: bearer, action, target, left operands and IRI values of its constraints, and the
 * concepts its conditions and exceptions mention — those of the ontology only. */
export function conceptsOfNorm(view: FramerView, n: Norm): string[] {
  const out = new Set<string>();
  const add = (iri: string | undefined) => {
    if (iri && view.concepts.has(iri)) out.add(iri);
  };
  add(n.bearer.concept);
  add(n.action.concept);
  add(n.target?.concept);
  const walk = (c: Constraint | undefined) => {
    if (!c) return;
    if (c.type === 'logical') return c.constraints.forEach(walk);
    add(c.leftOperand);
    for (const v of c.rightOperand) if (v.kind === 'iri') add(v.value);
  };
  n.constraints.forEach(walk);
  for (const c of [...n.conditions, ...n.exceptions]) {
    walk(c.constraint);
    c.concepts.forEach(add);
  }
  return [...out].sort();
}
