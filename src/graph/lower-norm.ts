/**
 * One norm of the Norm IR as ODRL 2.2 rule triples plus the regc profile: class by kind, assignee / action /
 * target, constraints, conditions, exceptions, references, override phrases, duties, policy membership and
 * PROV provenance. Every node gets an IRI under the norm's (`<norm>/c1`, `/cond1`, `/exc1`, `/ref1`, `/ovr1`).
 */
import type { Condition, Norm, NormKind, NormOrigin, OverridePhrase, Reference } from '../ir/index.js';
import { DCT, ODRL, PROV, RDFS, REGC, XSD, actionIri, documentIri, fileIri } from '../vocab/index.js';
import { mintedConstraintIri, writeConstraint } from './constraint.js';
import { bool, iri, str, typed, type TripleSink } from './rdf.js';
import { writeSpan } from './span.js';

export const RULE_CLASSES: Record<NormKind, string[]> = {
  obligation: [ODRL.Duty, REGC.Obligation],
  permission: [ODRL.Permission],
  prohibition: [ODRL.Prohibition],
};

/** The property a policy links a rule of each kind with. */
export const POLICY_LINK: Record<NormKind, string> = {
  obligation: ODRL.obligation,
  permission: ODRL.permission,
  prohibition: ODRL.prohibition,
};

/** The PROV activity that generates norms of each origin. */
export const ACTIVITY: Record<NormOrigin, string> = {
  rules: REGC.ruleExtraction,
  llm: REGC.llmExtraction,
  analyst: REGC.analystReview,
  turtle: REGC.turtleInput,
  odrl: REGC.odrlImport,
};

/** The IRI of the action a norm's action text names when no concept of the ontology matched it. */
export function mintedAction(text: string): string {
  const slug = text.trim().toLowerCase().replace(/\s+/g, '-');
  return actionIri(slug || 'unspecified');
}

/** `Norm.document` is the document IRI; a bare document id is accepted and made one. */
export const documentOf = (norm: Norm): string => (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(norm.document) ? norm.document : documentIri(norm.document));

export function lowerNorm(out: TripleSink, n: Norm): void {
  const s = n.iri;
  out.type(s, ...RULE_CLASSES[n.kind]);
  out.add(s, REGC.kind, str(n.kind));
  out.add(s, REGC.strength, iri(n.strength === 'advisory' ? REGC.advisory : REGC.strict));
  if (n.modal !== undefined) out.add(s, REGC.modal, str(n.modal));

  out.add(s, REGC.bearerText, str(n.bearer.text));
  if (n.bearer.concept) out.add(s, ODRL.assignee, iri(n.bearer.concept));
  out.add(s, REGC.actionText, str(n.action.text));
  const action = n.action.concept ?? mintedAction(n.action.text);
  out.add(s, ODRL.action, iri(action));
  if (!n.action.concept) {
    out.type(action, ODRL.Action);
    out.add(action, ODRL.includedIn, iri(ODRL.use));
  }
  if (n.target) {
    out.add(s, REGC.targetText, str(n.target.text));
    if (n.target.concept) out.add(s, ODRL.target, iri(n.target.concept));
  }

  n.constraints.forEach((c, i) => out.add(s, ODRL.constraint, iri(writeConstraint(out, c, mintedConstraintIri(s, i + 1)))));
  n.refinements?.forEach((c, i) => out.add(s, ODRL.refinement, iri(writeConstraint(out, c, mintedRefinementIri(s, i + 1)))));
  n.conditions.forEach((c, i) => lowerCondition(out, s, REGC.condition, REGC.Condition, `${s}/cond${i + 1}`, c));
  n.exceptions.forEach((c, i) => lowerCondition(out, s, REGC.exception, REGC.Exception, `${s}/exc${i + 1}`, c));
  n.references.forEach((r, i) => lowerReference(out, s, `${s}/ref${i + 1}`, r));
  n.overrides.forEach((o, i) => lowerOverride(out, s, `${s}/ovr${i + 1}`, o));

  for (const d of n.duties) out.add(s, ODRL.duty, iri(d));
  if (n.dutyOf !== undefined) out.add(s, REGC.dutyOf, iri(n.dutyOf));

  const doc = documentOf(n);
  out.add(s, REGC.document, iri(doc));
  if (n.section !== undefined) out.add(s, REGC.section, iri(n.section));
  if (n.clause !== undefined) out.add(s, REGC.clause, iri(n.clause));
  // a duty belongs to its rule (odrl:duty), not to the policy's top-level rules
  if (n.dutyOf === undefined) out.add(doc, POLICY_LINK[n.kind], iri(s));
  if (n.policy) {
    out.add(s, REGC.policy, iri(n.policy.iri));
    if (n.dutyOf === undefined) out.add(n.policy.iri, POLICY_LINK[n.kind], iri(s));
    if (n.policy.conflict) out.add(n.policy.iri, ODRL.conflict, iri(ODRL[n.policy.conflict]));
  }

  out.add(s, REGC.origin, str(n.origin));
  out.add(s, PROV.wasGeneratedBy, iri(ACTIVITY[n.origin]));
  if (n.review) lowerReview(out, s, n.review);
  out.add(s, PROV.wasDerivedFrom, iri(n.clause ?? doc));
  out.add(s, REGC.text, str(n.text));
  writeSpan(out, s, n.span);
}

/** The IRI a refinement without one gets: the k-th (1-based) refinement of the norm. */
export const mintedRefinementIri = (norm: string, k: number): string => `${norm}/r${k}`;

/** A source file as a PROV entity: `<file:…> a prov:Entity; regc:sourceFile "path"` (+ its sha256 if known). */
export function writeSourceFile(out: TripleSink, path: string, sha256?: string): string {
  const node = fileIri(path);
  out.type(node, PROV.Entity);
  out.add(node, REGC.sourceFile, str(path));
  if (sha256 !== undefined) out.add(node, REGC.sourceSha256, str(sha256));
  return node;
}

/** An analyst's review: `regc:reviewed true`, the review file as `prov:hadPrimarySource`, the reviewer as
 * `dct:creator`, the date as `dct:issued`, the note as `rdfs:comment`. */
function lowerReview(out: TripleSink, s: string, r: NonNullable<Norm['review']>): void {
  out.add(s, REGC.reviewed, bool(true));
  out.add(s, PROV.hadPrimarySource, iri(writeSourceFile(out, r.file)));
  if (r.reviewedBy !== undefined) out.add(s, DCT.creator, str(r.reviewedBy));
  if (r.reviewedOn !== undefined) out.add(s, DCT.issued, /^\d{4}-\d{2}-\d{2}$/.test(r.reviewedOn) ? typed(r.reviewedOn, XSD.date) : str(r.reviewedOn));
  if (r.note !== undefined) out.add(s, RDFS.comment, str(r.note));
}

function lowerCondition(out: TripleSink, norm: string, link: string, cls: string, node: string, c: Condition): void {
  out.add(norm, link, iri(node));
  out.type(node, cls);
  out.add(node, REGC.marker, str(c.marker));
  out.add(node, REGC.conditionText, str(c.text));
  for (const concept of c.concepts) out.add(node, REGC.mentions, iri(concept));
  if (c.constraint) out.add(node, ODRL.constraint, iri(writeConstraint(out, c.constraint, mintedConstraintIri(node, 1))));
  writeSpan(out, node, c.span);
}

function lowerReference(out: TripleSink, owner: string, node: string, r: Reference): void {
  out.add(owner, REGC.reference, iri(node));
  out.type(node, REGC.Reference);
  out.add(node, REGC.referenceKind, str(r.kind));
  out.add(node, REGC.referenceLabel, str(r.label));
  out.add(node, REGC.text, str(r.text));
  if (r.resolved !== undefined) out.add(node, REGC.refersTo, iri(r.resolved));
  writeSpan(out, node, r.span);
}

function lowerOverride(out: TripleSink, norm: string, node: string, o: OverridePhrase): void {
  out.add(norm, REGC.overridePhrase, iri(node));
  out.type(node, REGC.OverridePhrase);
  out.add(node, REGC.overrideKind, str(o.kind));
  out.add(node, REGC.text, str(o.text));
  o.references.forEach((r, i) => lowerReference(out, node, `${node}/ref${i + 1}`, r));
}
