/**
 * Analyst control: `regulations/NAME.review.yaml` replaces or adds the norms of clauses, by clause id. The file
 * is validated with a zod schema (malformed → RC3004 at the YAML line; unknown clause id → RC3003); the
 * resulting norms have origin `analyst`, the clause's text and span, and the reviewer's note.
 */
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Node } from 'yaml';
import type { AtomicConstraint, Clause, Condition, ConditionMarker, ConceptRef, Constraint, Diagnostic, Norm, Operator, RegulationDocument, SourceFile, SourceSpan, Value } from '../ir/index.js';
import { diag, lineStarts, spanOf } from '../ir/index.js';
import { CURRENCY, ODRL, REGC, factIri, normIri } from '../vocab/index.js';
import type { ConceptIndex } from './concepts.js';
import { reviewFileSchema, type ConceptRefSpec, type ConditionSpec, type ConstraintSpec, type ReviewNormSpec } from './review-schema.js';
import { formalise, slugOf } from './conditions.js';
import { tokenize } from './tokens.js';
import { bearerFromText } from './bearer.js';

/** One norm as the analyst wrote it, with where it is written. */
export interface ReviewedNorm {
  spec: ReviewNormSpec;
  span: SourceSpan;
}

/** The analyst's decision about one clause. */
export interface ClauseReview {
  /** `docId/sectionId/ordinal`. */
  clauseId: string;
  mode: 'replace' | 'add';
  norms: ReviewedNorm[];
  /** Span of the clause id in the review file. */
  span: SourceSpan;
}

export interface Review {
  file: string;
  reviewedBy?: string;
  reviewedOn?: string;
  clauses: ClauseReview[];
}

/** Parses and validates a review file. */
export function parseReview(file: SourceFile): { review?: Review; diagnostics: Diagnostic[] } {
  const starts = lineStarts(file.text);
  const lc = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lc, prettyErrors: false });
  const at = (a: number, b: number) => spanOf(file.path, starts, Math.max(0, Math.min(a, file.text.length)), Math.max(0, Math.min(b, file.text.length)));
  if (doc.errors.length > 0) {
    return { diagnostics: doc.errors.map((e) => diag('RC3004', `invalid YAML: ${e.message.split('\n')[0]}`, at(e.pos[0], e.pos[1]))) };
  }
  const data: unknown = doc.toJS();
  const parsed = reviewFileSchema.safeParse(data);
  if (!parsed.success) {
    const diagnostics = parsed.error.issues.map((top) => {
      const issue = deepest(top);
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      const where = path.length ? ` at ${path.join('.')}` : '';
      return diag('RC3004', `${issue.message}${where}`, nodeSpan(doc.contents as Node | null, path, at) ?? at(0, 0));
    });
    return { diagnostics };
  }
  const review: Review = { file: file.path, clauses: [] };
  if (parsed.data['reviewed-by']) review.reviewedBy = parsed.data['reviewed-by'];
  if (parsed.data['reviewed-on']) review.reviewedOn = parsed.data['reviewed-on'];
  const clausesNode = isMap(doc.contents) ? doc.contents.get('clauses', true) : undefined;
  for (const [clauseId, entry] of Object.entries(parsed.data.clauses)) {
    const mode = entry.replace !== undefined ? 'replace' : 'add';
    const specs = entry.replace ?? entry.add ?? [];
    const keySpan = keySpanOf(clausesNode, clauseId, at) ?? at(0, 0);
    review.clauses.push({
      clauseId,
      mode,
      span: keySpan,
      norms: specs.map((spec, i) => ({ spec, span: nodeSpan(doc.contents as Node | null, ['clauses', clauseId, mode, i], at) ?? keySpan })),
    });
  }
  return { review, diagnostics: [] };
}

type At = (a: number, b: number) => SourceSpan;

interface IssueLike {
  path: PropertyKey[];
  message: string;
  errors?: IssueLike[][];
}

/** For a union that failed in every branch, the branch issue that got furthest into the data. */
function deepest(issue: IssueLike): IssueLike {
  let best = issue;
  for (const branch of issue.errors ?? []) {
    for (const sub of branch) {
      const d = deepest({ ...sub, path: [...issue.path, ...sub.path] });
      if (d.path.length > best.path.length) best = d;
    }
  }
  return best;
}

/** Span of the YAML key (or node) at a path, or of the nearest ancestor that exists. */
function nodeSpan(root: Node | null, path: readonly (string | number)[], at: At): SourceSpan | undefined {
  let node: unknown = root;
  let found: [number, number] | undefined = (root as { range?: [number, number] } | null)?.range;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      if (isScalar(pair.key) && pair.key.range) found = [pair.key.range[0], pair.key.range[1]];
      node = pair.value;
    } else if (node && typeof node === 'object' && 'items' in node && typeof key === 'number') {
      const item = (node as { items: unknown[] }).items[key] as { range?: [number, number] } | undefined;
      if (!item) break;
      if (item.range) found = [item.range[0], item.range[1]];
      node = item;
    } else break;
  }
  return found ? at(found[0], found[1]) : undefined;
}

function keySpanOf(clausesNode: unknown, id: string, at: At): SourceSpan | undefined {
  if (!isMap(clausesNode)) return undefined;
  for (const item of clausesNode.items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === id && item.key.range) return at(item.key.range[0], item.key.range[1]);
  }
  return undefined;
}

/** Applies reviews to extracted norms: replaced clauses get the analyst's norms, added norms are appended. */
export function applyReviews(norms: Norm[], docs: RegulationDocument[], reviews: Review[], concepts: ConceptIndex): { norms: Norm[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const clauses = new Map<string, { doc: RegulationDocument; clause: Clause; order: [number, number] }>();
  docs.forEach((doc, di) => {
    let ci = 0;
    for (const s of doc.sections) for (const c of s.clauses) clauses.set(c.id, { doc, clause: c, order: [di, ci++] });
  });
  const orderOf = new Map<string, [number, number]>();
  for (const { clause, order } of clauses.values()) orderOf.set(clause.iri, order);
  // the norms of each clause, as reviews change them
  const byClause = new Map<string, Norm[]>();
  for (const n of norms) if (n.clause) byClause.set(n.clause, [...(byClause.get(n.clause) ?? []), n]);
  const changed = new Set<string>();
  for (const review of [...reviews].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    for (const cr of review.clauses) {
      const found = clauses.get(cr.clauseId);
      if (!found) {
        diagnostics.push(diag('RC3003', `no clause has the id "${cr.clauseId}"`, cr.span));
        continue;
      }
      const { doc, clause } = found;
      const current = byClause.get(clause.iri) ?? [];
      const first = cr.mode === 'replace' ? 1 : nextNumber(current);
      const carried = current[0];
      const made = cr.norms.map((rn, i) => analystNorm(rn.spec, normIri(clause.iri, first + i), doc, clause, review, carried, concepts));
      byClause.set(clause.iri, cr.mode === 'replace' ? made : [...current, ...made]);
      changed.add(clause.iri);
    }
  }
  // rebuild the list: reviewed clauses take the place of their first norm, new ones go in document order
  const out: Norm[] = [];
  const emitted = new Set<string>();
  for (const n of norms) {
    if (!n.clause || !changed.has(n.clause)) {
      out.push(n);
      continue;
    }
    if (emitted.has(n.clause)) continue;
    emitted.add(n.clause);
    out.push(...(byClause.get(n.clause) ?? []));
  }
  const fresh = [...changed].filter((c) => !emitted.has(c)).sort((a, b) => compareOrder(orderOf.get(a)!, orderOf.get(b)!));
  for (const c of fresh) {
    const key = orderOf.get(c)!;
    let at = out.findIndex((n) => n.clause !== undefined && orderOf.has(n.clause) && compareOrder(orderOf.get(n.clause)!, key) > 0);
    if (at < 0) at = out.length;
    out.splice(at, 0, ...(byClause.get(c) ?? []));
  }
  return { norms: out, diagnostics };
}

function compareOrder(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** The next free norm number of a clause. */
function nextNumber(current: readonly Norm[]): number {
  let max = 0;
  for (const n of current) {
    const m = /\/n(\d+)$/.exec(n.iri);
    max = Math.max(max, m ? Number(m[1]) : 0);
  }
  return Math.max(max, current.length) + 1;
}

function analystNorm(spec: ReviewNormSpec, iri: string, doc: RegulationDocument, clause: Clause, review: Review, carried: Norm | undefined, concepts: ConceptIndex): Norm {
  const conditions = (spec.conditions ?? []).map((c) => conditionOf(c, 'if', concepts));
  const exceptions = (spec.exceptions ?? []).map((c) => conditionOf(c, 'unless', concepts));
  const norm: Norm = {
    iri,
    kind: spec.kind,
    strength: spec.strength ?? 'strict',
    bearer: refOf(spec.bearer, 'role', concepts),
    action: refOf(spec.action, 'action', concepts),
    constraints: conditions.flatMap((c) => (c.constraint ? [c.constraint] : [])),
    conditions,
    exceptions,
    // references and override phrases are facts of the text, not of its reading: they stay
    references: carried?.references ?? [],
    overrides: carried?.overrides ?? [],
    duties: [],
    document: doc.iri,
    section: clause.sectionIri,
    clause: clause.iri,
    origin: 'analyst',
    text: clause.text,
    span: clause.span,
  };
  if (spec.modal) norm.modal = spec.modal;
  if (spec.target) norm.target = refOf(spec.target, 'asset', concepts);
  const r: NonNullable<Norm['review']> = { file: review.file };
  if (review.reviewedBy) r.reviewedBy = review.reviewedBy;
  if (review.reviewedOn) r.reviewedOn = review.reviewedOn;
  if (spec.note) r.note = spec.note;
  norm.review = r;
  return norm;
}

function isIri(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^urn:/i.test(s);
}

/** A phrase or `{text, concept}` as a ConceptRef; phrases are matched to a concept of the preferred scheme. */
function refOf(spec: ConceptRefSpec, scheme: 'role' | 'action' | 'asset', concepts: ConceptIndex): ConceptRef {
  if (typeof spec !== 'string') {
    const ref: ConceptRef = { text: spec.text };
    if (spec.concept) ref.concept = isIri(spec.concept) ? spec.concept : (concepts.match(spec.concept, scheme)?.iri ?? spec.concept);
    return ref;
  }
  if (scheme === 'role') return bearerFromText(spec, concepts);
  const c = concepts.match(spec, scheme) ?? (scheme === 'asset' ? concepts.match(spec) : undefined);
  return c ? { text: spec, concept: c.iri } : { text: spec };
}

function conditionOf(spec: ConditionSpec, defaultMarker: ConditionMarker, concepts: ConceptIndex): Condition {
  const text = typeof spec === 'string' ? spec : spec.text;
  const marker = typeof spec === 'string' ? defaultMarker : (spec.marker ?? defaultMarker);
  const tokens = tokenize(text);
  const c: Condition = {
    marker,
    text,
    concepts: [...new Set(concepts.scan(tokens, 0, tokens.length).map((h) => h.concept.iri))],
    constraint: typeof spec !== 'string' && spec.constraint ? constraintOf(spec.constraint, concepts) : formalise(marker, text, tokens, 0, tokens.length, concepts),
  };
  return c;
}

function constraintOf(spec: ConstraintSpec, concepts: ConceptIndex): Constraint {
  if ('and' in spec) return { type: 'logical', operator: 'and', constraints: spec.and.map((s) => constraintOf(s, concepts)) };
  if ('or' in spec) return { type: 'logical', operator: 'or', constraints: spec.or.map((s) => constraintOf(s, concepts)) };
  if ('xone' in spec) return { type: 'logical', operator: 'xone', constraints: spec.xone.map((s) => constraintOf(s, concepts)) };
  const values = Array.isArray(spec.rightOperand) ? spec.rightOperand : [spec.rightOperand];
  const c: AtomicConstraint = { type: 'atomic', leftOperand: leftOperandOf(spec.leftOperand, concepts), operator: spec.operator as Operator, rightOperand: values.map(valueOf) };
  if (spec.unit) c.unit = isIri(spec.unit) ? spec.unit : (CURRENCY as Record<string, string>)[spec.unit.toUpperCase()] ?? spec.unit;
  return c;
}

/** A left operand: an IRI, `monetaryValue`, an ODRL left operand's local name, or a context concept's label. */
function leftOperandOf(s: string, concepts: ConceptIndex): string {
  if (isIri(s)) return s;
  if (s === 'monetaryValue') return REGC.monetaryValue;
  const odrl = (ODRL as Record<string, string>)[s];
  if (odrl && s !== 'ns') return odrl;
  return concepts.match(s, 'context')?.iri ?? factIri(slugOf(s));
}

function valueOf(v: string | number | boolean): Value {
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return { kind: 'date', value: v };
  if (/^\d{4}-\d{2}-\d{2}T/.test(v)) return { kind: 'dateTime', value: v };
  if (isIri(v)) return { kind: 'iri', value: v };
  return { kind: 'string', value: v };
}
