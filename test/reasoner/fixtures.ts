// Shared fixtures for the reasoner tests: a small Orbis Systems ontology (roles, actions, assets, contexts),
// a norm builder with one-line options, documents carrying authority levels and effective dates.
import type {
  AtomicConstraint, Concept, ConceptScheme, Constraint, Norm, NormKind, Operator, OverridePhrase, RegulationDocument, Value,
} from '../../src/ir/index.js';
import { clauseIri, documentIri, normIri, ODRL, REGC, sectionIri } from '../../src/vocab/index.js';
import type { Knowledge } from '../../src/reasoner/index.js';
import { mulberry32 } from '../../src/backends/framer/random.js';

export const O = 'https://example.org/orbis#';
export const o = (local: string): string => O + local;

const concept = (local: string, scheme: ConceptScheme, broader: string[] = [], label = local): Concept => ({
  iri: o(local), scheme, prefLabel: label, altLabels: [], broader: broader.map((b) => (b.includes(':') ? b : o(b))),
});

/** employee > manager, salesStaff > salesManager (both); contractor apart. use > acceptGift, offerGift,
 * shareData > exportData; record > customerData > customerEmail (partOf); contexts: managerApproval, purpose. */
export const CONCEPTS: Concept[] = [
  concept('employee', 'role', [], 'employee'),
  concept('manager', 'role', ['employee'], 'manager'),
  concept('salesStaff', 'role', ['employee'], 'sales staff'),
  concept('salesManager', 'role', ['manager', 'salesStaff'], 'sales manager'),
  concept('contractor', 'role', [], 'contractor'),
  concept('acceptGift', 'action', [ODRL.use], 'accept gift'),
  concept('offerGift', 'action', [ODRL.use], 'offer gift'),
  concept('shareData', 'action', [ODRL.use], 'share data'),
  concept('exportData', 'action', ['shareData'], 'export data'),
  concept('reportGift', 'action', [ODRL.use], 'report gift'),
  concept('record', 'asset', [], 'record'),
  concept('customerData', 'asset', ['record'], 'customer data'),
  concept('customerEmail', 'asset', ['customerData'], 'customer email'),
  concept('supplierData', 'asset', ['record'], 'supplier data'),
  concept('gift', 'asset', [], 'gift'),
  concept('cashGift', 'asset', ['gift'], 'cash gift'),
  concept('managerApproval', 'context', [], 'manager approval'),
  concept('marketing', 'context', [], 'marketing'),
  concept('emailMarketing', 'context', ['marketing'], 'email marketing'),
  concept('research', 'context', [], 'research'),
  concept('EUR', 'context', [], 'EUR'),
];

const RANK: Record<string, number> = { law: 3, 'company-policy': 2, 'regional-guideline': 1, root: 5, system: 4, developer: 3, user: 2, guideline: 1 };
const FAMILY: Record<string, string> = { law: 'a', 'company-policy': 'a', 'regional-guideline': 'a', root: 'b', system: 'b', developer: 'b', user: 'b', guideline: 'b' };

/** law > company-policy > regional-guideline, and apart from them root > system > developer > user > guideline. */
export function outranks(a: string, b: string): boolean {
  const [x, y] = [a.replace(/^.*\//, ''), b.replace(/^.*\//, '')];
  return FAMILY[x] !== undefined && FAMILY[x] === FAMILY[y] && RANK[x]! > RANK[y]!;
}

export const KNOWLEDGE: Knowledge = { concepts: CONCEPTS, outranks };

// ---- constraints ------------------------------------------------------------------------------------------

export const num = (value: number): Value => ({ kind: 'number', value });
export const date = (value: string): Value => ({ kind: 'date', value });
export const iri = (value: string): Value => ({ kind: 'iri', value });
export const bool = (value: boolean): Value => ({ kind: 'boolean', value });
export const atom = (leftOperand: string, operator: Operator, ...rightOperand: Value[]): AtomicConstraint => ({
  type: 'atomic', leftOperand, operator, rightOperand,
});
export const and = (...constraints: Constraint[]): Constraint => ({ type: 'logical', operator: 'and', constraints });
export const or = (...constraints: Constraint[]): Constraint => ({ type: 'logical', operator: 'or', constraints });
export const xone = (...constraints: Constraint[]): Constraint => ({ type: 'logical', operator: 'xone', constraints });

/** Amount in EUR: `amount('gt', 50)`. */
export const amount = (op: Operator, v: number): AtomicConstraint => ({ ...atom(REGC.monetaryValue, op, num(v)), unit: o('EUR') });
/** A fact of the context scheme is true: `fact('managerApproval')`. */
export const fact = (local: string, value = true): AtomicConstraint => atom(o(local), 'eq', bool(value));
export const purpose = (op: Operator, ...locals: string[]): AtomicConstraint => atom(ODRL.purpose, op, ...locals.map((l) => iri(o(l))));
export const on = (op: Operator, day: string): AtomicConstraint => atom(ODRL.dateTime, op, date(day));

// ---- norms and documents ----------------------------------------------------------------------------------

export interface NormSpec {
  bearer?: string;
  action?: string;
  target?: string;
  when?: Constraint[];
  unless?: Constraint[];
  /** Conditions with no formal version (texts). */
  vague?: string[];
  vagueUnless?: string[];
  refine?: Constraint[];
  doc?: string;
  section?: string;
  advisory?: boolean;
  overrides?: OverridePhrase[];
  dutyOf?: string;
  policy?: { iri: string; conflict?: 'perm' | 'prohibit' | 'invalid' };
  /** Bearer or action as text only (no concept). */
  bearerText?: string;
  actionText?: string;
}

/** The IRI of the fixture norm `name` (its clause is `<doc>/<section>/<name>`). */
export const nid = (name: string, doc = 'policy', section = 'main'): string => normIri(clauseIri(doc, section, name), 1);

export function norm(name: string, kind: NormKind, spec: NormSpec = {}): Norm {
  const doc = spec.doc ?? 'policy';
  const section = spec.section ?? 'main';
  const clause = clauseIri(doc, section, name);
  const n: Norm = {
    iri: normIri(clause, 1),
    kind,
    strength: spec.advisory ? 'advisory' : 'strict',
    bearer: spec.bearerText ? { text: spec.bearerText } : { text: spec.bearer ?? 'employee', concept: o(spec.bearer ?? 'employee') },
    action: spec.actionText ? { text: spec.actionText } : { text: spec.action ?? 'acceptGift', concept: spec.action?.includes(':') ? spec.action : o(spec.action ?? 'acceptGift') },
    constraints: [...(spec.when ?? [])],
    conditions: (spec.vague ?? []).map((text) => ({ marker: 'if' as const, text, concepts: [] })),
    exceptions: [
      ...(spec.unless ?? []).map((constraint) => ({ marker: 'unless' as const, text: 'formal exception', concepts: [], constraint })),
      ...(spec.vagueUnless ?? []).map((text) => ({ marker: 'unless' as const, text, concepts: [] })),
    ],
    references: [],
    overrides: spec.overrides ?? [],
    duties: [],
    document: documentIri(doc),
    section: sectionIri(doc, section),
    clause,
    origin: 'rules',
    text: `${name}: ${kind}`,
    span: { file: `regulations/${doc}.md`, line: 10, column: 1, endLine: 10, endColumn: 20, offset: 100, endOffset: 120 },
  };
  if (spec.target) n.target = { text: spec.target, concept: o(spec.target) };
  if (spec.refine) n.refinements = spec.refine;
  if (spec.dutyOf) n.dutyOf = spec.dutyOf;
  if (spec.policy) n.policy = spec.policy;
  return n;
}

/** A document with one section per entry of `sections` (id → authority attribute, optional). */
export function document(id: string, meta: { authority?: string; effective?: string } = {}, sections: Record<string, string | undefined> = { main: undefined }): RegulationDocument {
  return {
    id, iri: documentIri(id), file: `regulations/${id}.md`, format: 'markdown', sha256: '00',
    meta: { ...meta, extra: {} },
    sections: Object.entries(sections).map(([sid, authority]) => {
      const s: RegulationDocument['sections'][number] = {
        id: sid, iri: sectionIri(id, sid), heading: sid, level: 2, path: [sid], attributes: {},
        span: { file: `regulations/${id}.md`, line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 }, clauses: [],
      };
      const a = authority ?? meta.authority;
      if (a) s.authority = a;
      return s;
    }),
    norms: [],
  };
}

/** An override phrase naming a section of a fixture document. */
export const phrase = (kind: OverridePhrase['kind'], doc: string, section = 'main'): OverridePhrase => ({
  kind, text: `${kind} ${doc}/${section}`, references: [{ kind: 'section', text: section, label: section, resolved: sectionIri(doc, section) }],
});

// ---- randomness -------------------------------------------------------------------------------------------

/** A small seeded generator (mulberry32, the Framer's), so the random cases are the same on every run. */
export { mulberry32 };

/** Random norms over the fixture ontology: kinds, bearers, actions, targets, amount and approval conditions. */
export function randomNorms(n: number, rng: () => number): Norm[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
  const out: Norm[] = [];
  for (let i = 0; i < n; i++) {
    const spec: NormSpec = {
      bearer: pick(['employee', 'manager', 'salesStaff', 'salesManager', 'contractor']),
      action: pick(['acceptGift', 'offerGift', 'shareData', 'exportData']),
    };
    if (rng() < 0.5) spec.target = pick(['customerData', 'customerEmail', 'supplierData', 'gift', 'cashGift']);
    if (rng() < 0.5) spec.when = [amount(pick(['lt', 'lteq', 'gt', 'gteq'] as const), pick([20, 50, 100]))];
    if (rng() < 0.3) spec.unless = [fact('managerApproval')];
    if (rng() < 0.1) spec.vague = ['if the gift is modest'];
    out.push(norm(`r${i}`, pick(['permission', 'prohibition', 'obligation'] as const), spec));
  }
  return out;
}
