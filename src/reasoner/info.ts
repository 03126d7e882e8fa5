/** What precedence needs to know about a norm besides the norm itself: the parts of the text that contain it
 * (clause, sections, document — the things an override may name), its authority level and effective date. */
import type { Norm, RegulationDocument, Section } from '../ir/index.js';
import { documentIri } from '../vocab/index.js';

export interface NormInfo {
  /** The norm, its clause, its section and every enclosing section, its document. */
  containers: ReadonlySet<string>;
  document: string;
  /** Local name of the authority level in force where the norm is written. */
  authority?: string;
  /** ISO date from which the norm's document applies. */
  effective?: string;
}

const isIri = (s: string) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s);

/** Infos of every norm, from the documents (as the graph states them). */
export function normInfos(norms: readonly Norm[], documents: readonly RegulationDocument[]): Map<string, NormInfo> {
  const docs = new Map(documents.map((d) => [d.iri, d]));
  const sections = new Map<string, Section>();
  for (const d of documents) for (const s of d.sections) sections.set(s.iri, s);
  const out = new Map<string, NormInfo>();
  for (const n of norms) {
    const docIri = isIri(n.document) ? n.document : documentIri(n.document);
    const doc = docs.get(docIri);
    const containers = new Set([n.iri, docIri]);
    if (n.clause) containers.add(n.clause);
    if (n.dutyOf) containers.add(n.dutyOf);
    let authority: string | undefined;
    for (let s = n.section ? sections.get(n.section) : undefined, seen = 0; s && seen < 100; seen++) {
      containers.add(s.iri);
      authority ??= s.authority;
      s = s.parent ? sections.get(s.parent) : undefined;
    }
    if (n.section) containers.add(n.section);
    const info: NormInfo & { authority?: string; effective?: string } = { containers, document: docIri };
    authority ??= doc?.meta.authority;
    if (authority !== undefined) info.authority = authority;
    if (doc?.meta.effective !== undefined) info.effective = doc.meta.effective;
    out.set(n.iri, info);
  }
  return out;
}
