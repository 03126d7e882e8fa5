/**
 * Raising: the graph back to Document IR and Norm IR, the inverse of `lower.ts`. Norms an analyst wrote
 * directly in Turtle read back too, with whatever they state: a missing kind comes from the rule's class, a
 * missing text from the concept's `skos:prefLabel`, a missing strength is `strict`.
 */
import N3 from 'n3';
import type { Term } from 'n3';
import type {
  Clause, ClauseKind, Condition, ConditionMarker, ConceptRef, DocumentFormat, DocumentMeta, Norm, NormKind,
  NormOrigin, OverrideKind, OverridePhrase, Reference, ReferenceKind, RegulationDocument, Section,
} from '../ir/index.js';
import { AUTHORITY, ACTION, DCT, ELI, ODRL, PROV, RDF, RDFS, REGC, SKOS } from '../vocab/index.js';
import { mintedConstraintIri, mintedIndex, orderedNodes, readConstraint } from './constraint.js';
import { ACTIVITY, RULE_CLASSES, mintedRefinementIri } from './lower-norm.js';
import { GraphReader, naturalCompare, str } from './rdf.js';
import { NO_SPAN, readSpan } from './span.js';

const { namedNode } = N3.DataFactory;
const KINDS: readonly NormKind[] = ['obligation', 'permission', 'prohibition'];
const ORIGINS: readonly NormOrigin[] = ['rules', 'llm', 'analyst', 'turtle', 'odrl'];

/** IRIs of every norm in the graph: subjects typed with an ODRL rule class or stating a norm kind. */
export function normIris(store: N3.Store): string[] {
  const g = new GraphReader(store);
  const found = new Set<string>();
  for (const cls of new Set(Object.values(RULE_CLASSES).flat())) for (const s of g.subjects(RDF.type, cls)) found.add(s);
  for (const kind of KINDS) for (const s of g.subjects(REGC.kind, str(kind))) found.add(s);
  return [...found].sort(naturalCompare);
}

export function readNorms(store: N3.Store): Norm[] {
  const g = new GraphReader(store);
  return normIris(store).map((s) => readNorm(g, s));
}

export function readNorm(g: GraphReader, s: string): Norm {
  const clause = g.iriValue(s, REGC.clause);
  const section = g.iriValue(s, REGC.section);
  const document = g.iriValue(s, REGC.document) ?? (clause && g.iriValue(clause, REGC.document)) ?? '';
  const norm: Norm = {
    iri: s,
    kind: normKind(g, s),
    strength: g.iriValue(s, REGC.strength) === REGC.advisory ? 'advisory' : 'strict',
    bearer: conceptRef(g, g.value(s, REGC.bearerText), g.iriValue(s, ODRL.assignee)),
    action: actionRef(g, s),
    constraints: [],
    conditions: readConditions(g, s, REGC.condition, 'cond'),
    exceptions: readConditions(g, s, REGC.exception, 'exc'),
    references: readReferences(g, namedNode(s)),
    overrides: orderedNodes(g, s, REGC.overridePhrase, mintedIndex(s, 'ovr')).map((t) => readOverride(g, t)),
    duties: g.iriValues(s, ODRL.duty).sort(naturalCompare),
    document,
    origin: normOrigin(g, s),
    text: g.value(s, REGC.text) ?? '',
    span: readSpan(g, s) ?? NO_SPAN,
  };
  const modal = g.value(s, REGC.modal);
  if (modal !== undefined) norm.modal = modal;
  const targetText = g.value(s, REGC.targetText);
  const target = g.iriValue(s, ODRL.target);
  if (targetText !== undefined || target !== undefined) norm.target = conceptRef(g, targetText, target);
  const index = mintedIndex(s, 'c');
  orderedNodes(g, s, ODRL.constraint, index).forEach((t) => {
    const c = readConstraint(g, t, t.termType === 'NamedNode' && index(t.value) ? t.value : mintedConstraintIri(s, norm.constraints.length + 1));
    if (c) norm.constraints.push(c);
  });
  const refinementIndex = mintedIndex(s, 'r');
  const refinements = orderedNodes(g, s, ODRL.refinement, refinementIndex).flatMap((t, i) => {
    const c = readConstraint(g, t, t.termType === 'NamedNode' && refinementIndex(t.value) ? t.value : mintedRefinementIri(s, i + 1));
    return c ? [c] : [];
  });
  if (refinements.length) norm.refinements = refinements;
  const review = readReview(g, s);
  if (review) norm.review = review;
  const dutyOf = g.iriValue(s, REGC.dutyOf);
  if (dutyOf !== undefined) norm.dutyOf = dutyOf;
  if (section !== undefined) norm.section = section;
  if (clause !== undefined) norm.clause = clause;
  const policy = g.iriValue(s, REGC.policy);
  if (policy !== undefined) {
    const conflict = g.iriValue(policy, ODRL.conflict);
    norm.policy = { iri: policy };
    if (conflict === ODRL.perm || conflict === ODRL.prohibit || conflict === ODRL.invalid) {
      norm.policy.conflict = conflict.slice(ODRL.ns.length) as 'perm' | 'prohibit' | 'invalid';
    }
  }
  return norm;
}

function readReview(g: GraphReader, s: string): Norm['review'] {
  if (g.value(s, REGC.reviewed) !== 'true') return undefined;
  const source = g.iriValue(s, PROV.hadPrimarySource);
  const review: NonNullable<Norm['review']> = { file: (source && g.value(source, REGC.sourceFile)) ?? '' };
  const by = g.value(s, DCT.creator);
  if (by !== undefined) review.reviewedBy = by;
  const on = g.value(s, DCT.issued);
  if (on !== undefined) review.reviewedOn = on;
  const note = g.value(s, RDFS.comment);
  if (note !== undefined) review.note = note;
  return review;
}

function normKind(g: GraphReader, s: string): NormKind {
  const stated = g.values(s, REGC.kind).find((k): k is NormKind => (KINDS as readonly string[]).includes(k));
  if (stated) return stated;
  const types = g.types(s);
  if (types.includes(ODRL.Prohibition)) return 'prohibition';
  if (types.includes(ODRL.Permission)) return 'permission';
  return 'obligation';
}

function normOrigin(g: GraphReader, s: string): NormOrigin {
  const stated = g.values(s, REGC.origin).find((o): o is NormOrigin => (ORIGINS as readonly string[]).includes(o));
  if (stated) return stated;
  const activities = g.iriValues(s, PROV.wasGeneratedBy);
  return ORIGINS.find((o) => activities.includes(ACTIVITY[o])) ?? 'turtle';
}

/** A text and concept; a missing text is the concept's preferred label (else its local name). */
function conceptRef(g: GraphReader, text: string | undefined, concept: string | undefined): ConceptRef {
  const ref: ConceptRef = { text: text ?? (concept ? labelOf(g, concept) : '') };
  if (concept !== undefined) ref.concept = concept;
  return ref;
}

/** The action; an IRI minted from the action text (`act:`) stands for "no concept". */
function actionRef(g: GraphReader, s: string): ConceptRef {
  const text = g.value(s, REGC.actionText);
  const action = g.iriValue(s, ODRL.action);
  if (action?.startsWith(ACTION)) return { text: text ?? decodeURIComponent(action.slice(ACTION.length)).replace(/-/g, ' ') };
  return conceptRef(g, text, action);
}

/** A concept's `skos:prefLabel` (English or untagged first), else its `rdfs:label`, else its local name. */
export function labelOf(g: GraphReader, concept: string): string {
  return prefLabel(g, concept) ?? localName(concept);
}

/** A concept's `skos:prefLabel` (English or untagged first), else its `rdfs:label`, if the graph has one. */
export function prefLabel(g: GraphReader, concept: string): string | undefined {
  for (const p of [SKOS.prefLabel, RDFS.label]) {
    const labels = g.objects(concept, p).filter((t) => t.termType === 'Literal') as N3.Literal[];
    const best = labels.find((l) => l.language === 'en') ?? labels.find((l) => l.language === '') ?? labels[0];
    if (best) return best.value;
  }
  return undefined;
}

export function localName(value: string): string {
  const m = /[#/:]([^#/:]+)$/.exec(value);
  return m ? decodeSafe(m[1]!) : value;
}

function readConditions(g: GraphReader, s: string, link: string, stem: string): Condition[] {
  return orderedNodes(g, s, link, mintedIndex(s, stem)).map((node) => {
    const c: Condition = {
      marker: (g.value(node, REGC.marker) ?? (stem === 'exc' ? 'unless' : 'if')) as ConditionMarker,
      text: g.value(node, REGC.conditionText) ?? g.value(node, REGC.text) ?? '',
      concepts: g.iriValues(node, REGC.mentions).sort(naturalCompare),
    };
    const constraintNode = g.object(node, ODRL.constraint);
    if (constraintNode) {
      const constraint = readConstraint(g, constraintNode, mintedConstraintIri(node.value, 1));
      if (constraint) c.constraint = constraint;
    }
    const span = readSpan(g, node);
    if (span) c.span = span;
    return c;
  });
}

function readReferences(g: GraphReader, owner: Term): Reference[] {
  return orderedNodes(g, owner, REGC.reference, mintedIndex(owner.value, 'ref')).map((node) => {
    const r: Reference = {
      kind: (g.value(node, REGC.referenceKind) ?? 'section') as ReferenceKind,
      text: g.value(node, REGC.text) ?? '',
      label: g.value(node, REGC.referenceLabel) ?? '',
    };
    const resolved = g.iriValue(node, REGC.refersTo);
    if (resolved !== undefined) r.resolved = resolved;
    const span = readSpan(g, node);
    if (span) r.span = span;
    return r;
  });
}

function readOverride(g: GraphReader, node: Term): OverridePhrase {
  return {
    kind: (g.value(node, REGC.overrideKind) ?? 'notwithstanding') as OverrideKind,
    text: g.value(node, REGC.text) ?? '',
    references: readReferences(g, node),
  };
}

// ---------------------------------------------------------------- documents

export function readDocuments(store: N3.Store): RegulationDocument[] {
  const g = new GraphReader(store);
  return g.subjects(RDF.type, REGC.Document).map((d) => readDocument(g, d));
}

export function readDocument(g: GraphReader, d: string): RegulationDocument {
  const meta: DocumentMeta = { extra: {} };
  const title = g.value(d, DCT.title);
  if (title !== undefined) meta.title = title;
  const authority = g.iriValue(d, REGC.authority);
  if (authority !== undefined) meta.authority = authorityName(authority);
  const effective = g.value(d, REGC.effective);
  if (effective !== undefined) meta.effective = effective;
  const jurisdiction = g.value(d, ELI.jurisdiction);
  if (jurisdiction !== undefined) meta.jurisdiction = jurisdiction;
  const version = g.value(d, ELI.version);
  if (version !== undefined) meta.version = version;
  const bearer = g.value(d, REGC.defaultBearer);
  if (bearer !== undefined) meta.defaultBearer = bearer;
  for (const node of g.iriValues(d, REGC.metadata)) {
    const key = g.value(node, REGC.metaKey);
    const value = g.object(node, REGC.metaValue);
    if (key === undefined || !value) continue;
    meta.extra[key] = value.termType === 'Literal' && (value as N3.Literal).datatype.value === RDF.JSON ? parseJson(value.value) : value.value;
  }
  const sections = g
    .subjects(REGC.document, d)
    .filter((s) => g.has(s, RDF.type, REGC.Section))
    .map((s) => readSection(g, d, s))
    .sort((a, b) => a.span.offset - b.span.offset || a.level - b.level || naturalCompare(a.iri, b.iri));
  return {
    id: g.value(d, DCT.identifier) ?? localName(d),
    iri: d,
    file: g.value(d, REGC.sourceFile) ?? '',
    format: (g.value(d, REGC.format) ?? 'markdown') as DocumentFormat,
    sha256: g.value(d, REGC.sourceSha256) ?? '',
    meta,
    sections,
    norms: [],
  };
}

function readSection(g: GraphReader, d: string, x: string): Section {
  const parent = g.iriValue(x, DCT.isPartOf);
  const attributes: Record<string, string> = {};
  for (const node of g.iriValues(x, REGC.attribute)) {
    const name = g.value(node, REGC.attributeName);
    if (name !== undefined) attributes[name] = g.value(node, REGC.attributeValue) ?? '';
  }
  const path = parseJson(g.value(x, REGC.sectionPath) ?? '[]');
  const s: Section = {
    id: g.value(x, DCT.identifier) ?? localName(x),
    iri: x,
    heading: g.value(x, REGC.heading) ?? '',
    level: g.integer(x, REGC.level) ?? 0,
    path: Array.isArray(path) ? path.map(String) : [],
    attributes,
    span: readSpan(g, x) ?? NO_SPAN,
    clauses: g
      .subjects(REGC.section, x)
      .filter((c) => g.has(c, RDF.type, REGC.Clause))
      .map((c) => readClause(g, c))
      .sort((a, b) => a.span.offset - b.span.offset || naturalCompare(a.ordinal, b.ordinal)),
  };
  if (parent !== undefined && parent !== d) s.parent = parent;
  const authority = g.iriValue(x, REGC.authority);
  if (authority !== undefined) s.authority = authorityName(authority);
  const number = g.value(x, REGC.label);
  if (number !== undefined) s.number = number;
  return s;
}

function readClause(g: GraphReader, x: string): Clause {
  const c: Clause = {
    iri: x,
    id: g.value(x, DCT.identifier) ?? localName(x),
    sectionIri: g.iriValue(x, REGC.section) ?? '',
    ordinal: g.value(x, REGC.ordinal) ?? '',
    kind: (g.value(x, REGC.clauseKind) ?? 'paragraph') as ClauseKind,
    text: g.value(x, REGC.text) ?? '',
    span: readSpan(g, x) ?? NO_SPAN,
  };
  const label = g.value(x, REGC.label);
  if (label !== undefined) c.label = label;
  const leadIn = g.iriValue(x, REGC.leadIn);
  if (leadIn !== undefined) c.leadIn = { text: g.value(leadIn, REGC.text) ?? '', clause: leadIn };
  return c;
}

/** The local name of an authority level IRI (`auth:company-policy` → `company-policy`). */
export function authorityName(value: string): string {
  return value.startsWith(AUTHORITY) ? decodeSafe(value.slice(AUTHORITY.length)) : localName(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
