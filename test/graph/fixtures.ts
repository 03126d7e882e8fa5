// Shared fixtures for the graph tests: a small Orbis Systems code of conduct as Document IR and Norm IR that
// together use every field of both and every constraint form.
import type { Clause, Norm, RegulationDocument, Section, SourceSpan } from '../../src/ir/index.js';
import N3 from 'n3';
import { compactIri } from '../../src/graph/sparql-format.js';
import { PREFIXES, XSD, clauseIri, documentIri, normIri, sectionIri } from '../../src/vocab/index.js';

export const ORBIS = 'https://example.org/orbis#';
export const FILE = 'regulations/orbis-conduct.md';
export const DOC = documentIri('orbis-conduct');
export const ROOT = sectionIri('orbis-conduct', 'orbis-code-of-conduct');
export const GIFTS = sectionIri('orbis-conduct', 'gifts');
export const C1 = clauseIri('orbis-conduct', 'gifts', '1');
export const C2 = clauseIri('orbis-conduct', 'gifts', '2');
export const C2A = clauseIri('orbis-conduct', 'gifts', '2.a');
export const C3 = clauseIri('orbis-conduct', 'gifts', '3');
export const N1 = normIri(C1, 1);
export const N2 = normIri(C2A, 1);
export const N3_ = normIri(C3, 1);
export const DUTY = normIri(C3, 2);
export const POLICY = 'https://example.org/orbis/policy/travel';

export const span = (line: number, column: number, length: number, offset: number, file = FILE): SourceSpan => ({
  file, line, column, endLine: line, endColumn: column + length, offset, endOffset: offset + length,
});

const clause = (iri: string, id: string, ordinal: string, kind: Clause['kind'], text: string, line: number, offset: number, more: Partial<Clause> = {}): Clause => ({
  iri, id, sectionIri: GIFTS, ordinal, kind, text, span: span(line, 1, text.length, offset), ...more,
});

export const clauses: Clause[] = [
  clause(C1, 'orbis-conduct/gifts/1', '1', 'paragraph', 'Employees must not accept cash gifts of more than 50 EUR.', 12, 300),
  clause(C2, 'orbis-conduct/gifts/2', '2', 'paragraph', 'All staff are expected to:', 14, 360),
  clause(C2A, 'orbis-conduct/gifts/2.a', '2.a', 'enumeration-item', 'report gifts to their manager, unless the gift is a promotional item;', 15, 388, {
    label: '(a)', leadIn: { text: 'All staff are expected to:', clause: C2 },
  }),
  clause(C3, 'orbis-conduct/gifts/3', '3', 'list-item', 'Notwithstanding Section 3.2, managers may approve travel if prior written approval exists.', 17, 460, { label: '3.' }),
];

const root: Section = {
  id: 'orbis-code-of-conduct', iri: ROOT, heading: 'Orbis Code of Conduct', level: 1, path: ['Orbis Code of Conduct'],
  attributes: {}, span: span(5, 1, 600, 100), clauses: [],
};
const gifts: Section = {
  id: 'gifts', iri: GIFTS, heading: 'Gifts and hospitality', level: 2, parent: ROOT,
  path: ['Orbis Code of Conduct', 'Gifts and hospitality'], attributes: { audience: 'all staff', priority: 'high' },
  authority: 'law', number: '3.2', span: span(10, 1, 400, 250), clauses,
};

export const doc: RegulationDocument = {
  id: 'orbis-conduct', iri: DOC, file: FILE, format: 'markdown', sha256: 'ab'.repeat(32),
  meta: {
    title: 'Orbis Code of Conduct', authority: 'company-policy', effective: '2024-01-01', jurisdiction: 'EU',
    version: '1.2', defaultBearer: 'employee', extra: { owner: 'Compliance', reviewed: true, tags: ['gifts', 'travel'], pages: 12 },
  },
  sections: [root, gifts],
  norms: [],
};

export const prohibition: Norm = {
  iri: N1, kind: 'prohibition', strength: 'strict', modal: 'must not',
  bearer: { text: 'employees', concept: `${ORBIS}employee` },
  action: { text: 'accept', concept: `${ORBIS}acceptGift` },
  target: { text: 'cash gifts', concept: `${ORBIS}cashGift` },
  constraints: [
    { type: 'atomic', leftOperand: 'https://w3id.org/regc/ns#monetaryValue', operator: 'gt', rightOperand: [{ kind: 'number', value: 50 }], unit: `${ORBIS}EUR` },
    {
      type: 'logical', operator: 'or', constraints: [
        { type: 'atomic', leftOperand: 'http://www.w3.org/ns/odrl/2/dateTime', operator: 'gteq', rightOperand: [{ kind: 'date', value: '2024-01-01' }] },
        {
          type: 'logical', operator: 'andSequence', constraints: [
            { type: 'atomic', leftOperand: 'http://www.w3.org/ns/odrl/2/dateTime', operator: 'lt', rightOperand: [{ kind: 'dateTime', value: '2025-06-30T12:00:00Z' }] },
            { type: 'atomic', leftOperand: 'http://www.w3.org/ns/odrl/2/count', operator: 'lteq', rightOperand: [{ kind: 'number', value: 2.5 }] },
          ],
        },
      ],
    },
    { type: 'atomic', leftOperand: 'http://www.w3.org/ns/odrl/2/purpose', operator: 'isAnyOf', rightOperand: [{ kind: 'iri', value: `${ORBIS}hospitality` }, { kind: 'string', value: 'marketing' }] },
    { type: 'logical', operator: 'xone', constraints: [] },
  ],
  conditions: [], exceptions: [], references: [], overrides: [], duties: [],
  document: DOC, section: GIFTS, clause: C1, origin: 'rules',
  text: 'Employees must not accept cash gifts of more than 50 EUR.', span: span(12, 1, 57, 300),
};

export const obligation: Norm = {
  iri: N2, kind: 'obligation', strength: 'advisory', modal: 'are expected to',
  bearer: { text: 'staff' },
  action: { text: 'report gifts' },
  target: { text: 'their manager' },
  constraints: [],
  conditions: [],
  exceptions: [
    {
      marker: 'unless', text: 'the gift is a promotional item', concepts: [`${ORBIS}promotionalItem`],
      constraint: { type: 'atomic', leftOperand: `${ORBIS}promotionalItem`, operator: 'eq', rightOperand: [{ kind: 'boolean', value: true }] },
      span: span(15, 42, 30, 429),
    },
  ],
  references: [], overrides: [], duties: [],
  refinements: [{ type: 'atomic', leftOperand: 'http://www.w3.org/ns/odrl/2/event', operator: 'lteq', rightOperand: [{ kind: 'string', value: 'P30D' }] }],
  document: DOC, section: GIFTS, clause: C2A, origin: 'analyst',
  review: { file: 'regulations/orbis-conduct.review.yaml', reviewedBy: 'A. Analyst', reviewedOn: '2024-02-01', note: 'The lead-in makes this advisory.' },
  text: 'All staff are expected to: report gifts to their manager, unless the gift is a promotional item;', span: span(15, 1, 70, 388),
};

export const permission: Norm = {
  iri: N3_, kind: 'permission', strength: 'strict', modal: 'may',
  bearer: { text: 'managers', concept: `${ORBIS}manager` },
  action: { text: 'approve', concept: `${ORBIS}approve` },
  target: { text: 'travel', concept: `${ORBIS}travel` },
  constraints: [{ type: 'atomic', iri: 'https://example.org/orbis/constraint/budget', leftOperand: 'http://www.w3.org/ns/odrl/2/payAmount', operator: 'lteq', rightOperand: [{ kind: 'number', value: 1000 }], unit: `${ORBIS}EUR` }],
  conditions: [
    { marker: 'if', text: 'prior written approval exists', concepts: [`${ORBIS}managerApproval`, `${ORBIS}writtenForm`] },
    { marker: 'provided that', text: 'the trip is booked through the travel desk', concepts: [] },
  ],
  exceptions: [],
  references: [{ kind: 'section', text: 'Section 3.2', label: '3.2', resolved: GIFTS, span: span(17, 17, 11, 476) }, { kind: 'link', text: 'travel policy', label: 'travel' }],
  overrides: [{ kind: 'notwithstanding', text: 'Notwithstanding Section 3.2', references: [{ kind: 'section', text: 'Section 3.2', label: '3.2', resolved: GIFTS }] }],
  duties: [DUTY],
  document: DOC, section: GIFTS, clause: C3,
  policy: { iri: POLICY, conflict: 'prohibit' },
  origin: 'odrl',
  text: 'Notwithstanding Section 3.2, managers may approve travel if prior written approval exists.', span: span(17, 1, 88, 460),
};

export const duty: Norm = {
  iri: DUTY, kind: 'obligation', strength: 'strict',
  bearer: { text: 'managers', concept: `${ORBIS}manager` },
  action: { text: 'inform', concept: 'http://www.w3.org/ns/odrl/2/inform' },
  constraints: [], conditions: [], exceptions: [], references: [], overrides: [], duties: [],
  dutyOf: N3_, document: DOC, section: GIFTS, clause: C3, policy: { iri: POLICY, conflict: 'prohibit' }, origin: 'llm',
  text: 'managers may approve travel', span: span(17, 30, 27, 489),
};

export const norms: Norm[] = [prohibition, obligation, permission, duty];

// ---------------------------------------------------------------- helpers for reading stores in tests


const TEST_PREFIXES = { ...PREFIXES, orbis: ORBIS };

/** A term as tests spell it: `odrl:Prohibition`, `"text"`, `"5"^^xsd:integer`, `_:` for blank nodes. */
export function short(t: N3.Term): string {
  if (t.termType === 'NamedNode') return compactIri(t.value, TEST_PREFIXES);
  if (t.termType === 'BlankNode') return '_:';
  const l = t as N3.Literal;
  if (l.language) return `"${l.value}"@${l.language}`;
  return l.datatype.value === XSD.string ? `"${l.value}"` : `"${l.value}"^^${compactIri(l.datatype.value, TEST_PREFIXES)}`;
}

/** The triples of one subject as sorted `predicate object` lines (`a` for rdf:type). */
export function triplesOf(store: N3.Store, subject: string): string[] {
  return store
    .getQuads(N3.DataFactory.namedNode(subject), null, null, null)
    .map((q) => `${q.predicate.value === PREFIXES.rdf + 'type' ? 'a' : short(q.predicate)} ${short(q.object)}`)
    .sort();
}
