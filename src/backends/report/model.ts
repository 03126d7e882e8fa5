/**
 * What the report shows, read off the reasoned graph: documents with their sections, clauses and the norms read
 * from each clause; norms no clause of the graph holds; conflicts with both norms and where each was written
 * (`explain`); the compile's diagnostics; names of concepts. Pure data, in document and IRI order.
 */
import type { Store } from 'n3';
import type { Clause, Conflict, Diagnostic, Norm, Ontology, RegulationDocument, Section } from '../../ir/index.js';
import { compareDiagnostics } from '../../ir/index.js';
import { RDFS } from '../../vocab/index.js';
import { explain, readDocuments, readNorms } from '../../graph/index.js';
import type { NormExplanation } from '../../graph/index.js';
import { GraphReader, naturalCompare } from '../../graph/rdf.js';
import { readConflicts } from '../../reasoner/index.js';
import { Namer } from './names.js';

export interface NormView {
  norm: Norm;
  /** Why an analyst stated or corrected it: the review's note, else the norm's `rdfs:comment`. */
  note?: string;
  /** Conflicts the norm is one of, by IRI, in conflict order. */
  conflicts: string[];
}

export interface ClauseView {
  clause: Clause;
  norms: NormView[];
}

export interface SectionView {
  section: Section;
  clauses: ClauseView[];
  /** Norms of the section that name no clause of it. */
  norms: NormView[];
}

export interface DocumentView {
  document: RegulationDocument;
  sections: SectionView[];
  /** Norms of the document in no section (ODRL rules, duties, analyst Turtle naming no clause). */
  norms: NormView[];
}

export interface ConflictSide {
  iri: string;
  norm?: Norm;
  /** Where the norm was written, its section path, document and authority level in force. */
  explained?: NormExplanation;
}

export interface ConflictView {
  conflict: Conflict;
  sides: [ConflictSide, ConflictSide];
  /** How the two scopes relate, as the reasoner wrote it (`bearer equal, action equal, …`). */
  evidence?: string;
}

export interface ReportModel {
  documents: DocumentView[];
  /** Norms whose document is not in the graph. */
  otherNorms: NormView[];
  /** Every norm, sorted by IRI. */
  norms: Norm[];
  conflicts: ConflictView[];
  diagnostics: Diagnostic[];
  names: Namer;
  /** IRIs that have an anchor in the report (documents, sections, clauses, norms, conflicts). */
  anchored: Set<string>;
}

export function reportModel(graph: Store, ontology: Ontology, diagnostics: readonly Diagnostic[] = []): ReportModel {
  const g = new GraphReader(graph);
  const conflicts = readConflicts(graph).sort((a, b) => naturalCompare(a.id, b.id));
  const norms = readNorms(graph).sort((a, b) => naturalCompare(a.iri, b.iri));
  const byNorm = new Map<string, string[]>();
  for (const c of conflicts) for (const n of c.norms) byNorm.set(n, [...(byNorm.get(n) ?? []), c.id]);
  const view = (norm: Norm): NormView => {
    const v: NormView = { norm, conflicts: byNorm.get(norm.iri) ?? [] };
    const note = norm.review?.note ?? g.value(norm.iri, RDFS.comment);
    if (note !== undefined) v.note = note;
    return v;
  };

  const anchored = new Set<string>();
  const clauses = new Map<string, ClauseView>();
  const sections = new Map<string, SectionView>();
  const documents = readDocuments(graph).sort((a, b) => naturalCompare(a.iri, b.iri)).map((document): DocumentView => {
    anchored.add(document.iri);
    const sectionViews = document.sections.map((section): SectionView => {
      anchored.add(section.iri);
      const s: SectionView = {
        section,
        clauses: section.clauses.map((clause) => {
          anchored.add(clause.iri);
          const c: ClauseView = { clause, norms: [] };
          clauses.set(clause.iri, c);
          return c;
        }),
        norms: [],
      };
      sections.set(section.iri, s);
      return s;
    });
    return { document, sections: sectionViews, norms: [] };
  });
  const docs = new Map(documents.map((d) => [d.document.iri, d]));
  const otherNorms: NormView[] = [];
  for (const norm of norms) {
    anchored.add(norm.iri);
    const v = view(norm);
    const place = (norm.clause && clauses.get(norm.clause)) || (norm.section && sections.get(norm.section)) || docs.get(norm.document);
    (place ? place.norms : otherNorms).push(v);
  }

  const normByIri = new Map(norms.map((n) => [n.iri, n]));
  const conflictViews = conflicts.map((conflict): ConflictView => {
    anchored.add(conflict.id);
    const side = (iri: string): ConflictSide => {
      const s: ConflictSide = { iri };
      const norm = normByIri.get(iri);
      if (norm) s.norm = norm;
      const explained = explain(graph, iri);
      if (explained?.type === 'norm') s.explained = explained;
      return s;
    };
    const v: ConflictView = { conflict, sides: [side(conflict.norms[0]), side(conflict.norms[1])] };
    const evidence = evidenceOf(g.value(conflict.id, RDFS.comment), conflict);
    if (evidence !== undefined) v.evidence = evidence;
    return v;
  });

  return {
    documents,
    otherNorms,
    norms,
    conflicts: conflictViews,
    diagnostics: [...diagnostics].sort(compareDiagnostics),
    names: new Namer(ontology, graph),
    anchored,
  };
}

/** The reasoner's evidence sentence without the two IRIs it starts with. */
function evidenceOf(comment: string | undefined, c: Conflict): string | undefined {
  if (comment === undefined) return undefined;
  const lead = `${c.norms[0]} against ${c.norms[1]}: `;
  return comment.startsWith(lead) ? comment.slice(lead.length) : comment;
}
