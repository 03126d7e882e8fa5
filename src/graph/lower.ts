/**
 * Lowering: Document IR and Norm IR → RDF triples in one n3 Store (default graph). Documents are
 * `regc:Document`s and ODRL `odrl:Set` policies (Dublin Core / ELI metadata), sections and clauses keep their
 * source spans; norms are lowered by `lower-norm.ts`. No blank nodes except RDF list cells.
 */
import N3 from 'n3';
import type { Clause, Norm, RegulationDocument, Section } from '../ir/index.js';
import { DCT, ELI, ODRL, REGC, XSD, authorityIri } from '../vocab/index.js';
import { lowerNorm } from './lower-norm.js';
import { int, iri, json, str, typed, TripleSink } from './rdf.js';
import { writeSpan } from './span.js';

export interface LowerInput {
  documents: RegulationDocument[];
  norms: Norm[];
}

export function lowerToGraph(input: LowerInput): N3.Store {
  const out = new TripleSink(new N3.Store());
  for (const doc of input.documents) lowerDocument(out, doc);
  for (const norm of input.norms) lowerNorm(out, norm);
  return out.store;
}

/** The node of one front-matter key that has no property of its own. */
export const metadataIri = (doc: string, key: string): string => `${doc}#meta-${encodeURIComponent(key)}`;
/** The node of one heading attribute. */
export const attributeIri = (section: string, name: string): string => `${section}#attr-${encodeURIComponent(name)}`;

export function lowerDocument(out: TripleSink, doc: RegulationDocument): void {
  const d = doc.iri;
  const m = doc.meta;
  out.type(d, REGC.Document, ODRL.Set);
  out.add(d, DCT.identifier, str(doc.id));
  out.add(d, REGC.sourceFile, str(doc.file));
  out.add(d, REGC.sourceSha256, str(doc.sha256));
  out.add(d, REGC.format, str(doc.format));
  if (m.title !== undefined) out.add(d, DCT.title, str(m.title));
  if (m.authority !== undefined) out.add(d, REGC.authority, iri(authorityIri(m.authority)));
  if (m.effective !== undefined) out.add(d, REGC.effective, typed(m.effective, XSD.date));
  if (m.jurisdiction !== undefined) out.add(d, ELI.jurisdiction, str(m.jurisdiction));
  if (m.version !== undefined) out.add(d, ELI.version, str(m.version));
  if (m.defaultBearer !== undefined) out.add(d, REGC.defaultBearer, str(m.defaultBearer));
  for (const key of Object.keys(m.extra).sort()) {
    const node = metadataIri(d, key);
    const value = m.extra[key];
    out.add(d, REGC.metadata, iri(node));
    out.add(node, REGC.metaKey, str(key));
    out.add(node, REGC.metaValue, typeof value === 'string' ? str(value) : json(value ?? null));
  }
  for (const section of doc.sections) lowerSection(out, doc, section);
}

function lowerSection(out: TripleSink, doc: RegulationDocument, s: Section): void {
  const x = s.iri;
  out.type(x, REGC.Section);
  out.add(x, DCT.identifier, str(s.id));
  out.add(x, DCT.isPartOf, iri(s.parent ?? doc.iri));
  out.add(x, REGC.document, iri(doc.iri));
  out.add(x, REGC.heading, str(s.heading));
  out.add(x, REGC.level, int(s.level));
  out.add(x, REGC.sectionPath, json(s.path));
  if (s.number !== undefined) out.add(x, REGC.label, str(s.number));
  if (s.authority !== undefined) out.add(x, REGC.authority, iri(authorityIri(s.authority)));
  for (const name of Object.keys(s.attributes).sort()) {
    const node = attributeIri(x, name);
    out.add(x, REGC.attribute, iri(node));
    out.add(node, REGC.attributeName, str(name));
    out.add(node, REGC.attributeValue, str(s.attributes[name]!));
  }
  writeSpan(out, x, s.span);
  for (const clause of s.clauses) lowerClause(out, doc, clause);
}

function lowerClause(out: TripleSink, doc: RegulationDocument, c: Clause): void {
  const x = c.iri;
  out.type(x, REGC.Clause);
  out.add(x, DCT.identifier, str(c.id));
  out.add(x, REGC.section, iri(c.sectionIri));
  out.add(x, REGC.document, iri(doc.iri));
  out.add(x, REGC.ordinal, str(c.ordinal));
  out.add(x, REGC.clauseKind, str(c.kind));
  out.add(x, REGC.text, str(c.text));
  if (c.label !== undefined) out.add(x, REGC.label, str(c.label));
  if (c.leadIn) out.add(x, REGC.leadIn, iri(c.leadIn.clause));
  writeSpan(out, x, c.span);
}
