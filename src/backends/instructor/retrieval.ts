/**
 * The retrieval file for RAG baselines: one record per clause of every document (definitions and statements of
 * purpose too, which answer questions though they state no norm), with the metadata a retriever filters or
 * ranks on — document, section path, authority, effective date, source position — and the norms and conflicts
 * the clause takes part in.
 */
import type { Norm } from '../../ir/index.js';
import type { View } from './view.js';
import { docTitle, isTitleSection } from './view.js';

export interface RetrievalRecord {
  id: string;
  text: string;
  /** The text with its place, for embedding: "Title > Section > … : text". */
  contents: string;
  metadata: {
    clause: string;
    document: string;
    title: string;
    section: string[];
    authority: string | null;
    effective: string | null;
    file: string;
    line: number;
    norms: { id: string; kind: Norm['kind']; strength: Norm['strength']; bearer: string; action: string; target: string | null }[];
    conflicts: string[];
  };
}

export function retrievalRecords(view: View): RetrievalRecord[] {
  const normsOf = new Map<string, Norm[]>();
  for (const r of view.rules) if (r.clause) normsOf.set(r.clause.iri, [...(normsOf.get(r.clause.iri) ?? []), r.norm]);
  const conflictsOf = new Map<string, string[]>();
  for (const c of view.conflicts) for (const n of c.norms) conflictsOf.set(n, [...(conflictsOf.get(n) ?? []), c.id]);
  const sections = new Map(view.documents.flatMap((d) => d.sections.map((s) => [s.iri, s] as const)));
  const out: RetrievalRecord[] = [];
  for (const doc of view.documents) {
    const title = new Set(doc.sections.filter((s) => isTitleSection(doc, s)).map((s) => s.heading));
    for (const s of doc.sections) {
      let authority = s.authority;
      for (let p = s.parent ? sections.get(s.parent) : undefined; p && !authority; p = p.parent ? sections.get(p.parent) : undefined) authority = p.authority;
      authority ??= doc.meta.authority;
      for (const c of s.clauses) {
        const norms = (normsOf.get(c.iri) ?? []).sort((a, b) => (a.iri < b.iri ? -1 : 1));
        const text = (c.leadIn ? `${c.leadIn.text} ${c.text}` : c.text).replace(/\s+/g, ' ').trim();
        out.push({
          id: c.id,
          text,
          contents: `${[docTitle(doc), ...s.path.filter((h) => h !== doc.meta.title && !title.has(h))].join(' > ')}: ${text}`,
          metadata: {
            clause: c.iri,
            document: doc.id,
            title: docTitle(doc),
            section: s.path,
            authority: authority ?? null,
            effective: doc.meta.effective ?? null,
            file: c.span.file,
            line: c.span.line,
            norms: norms.map((n) => ({
              id: n.iri, kind: n.kind, strength: n.strength, bearer: n.bearer.text, action: n.action.text, target: n.target?.text ?? null,
            })),
            conflicts: [...new Set(norms.flatMap((n) => conflictsOf.get(n.iri) ?? []))].sort(),
          },
        });
      }
    }
  }
  return out;
}
