import assert from 'node:assert/strict';
import N3 from 'n3';
import type { Norm } from '../../src/ir/index.js';
import { lowerNorm, mintedAction } from '../../src/graph/lower-norm.js';
import { TripleSink } from '../../src/graph/rdf.js';
import { C1, DOC, GIFTS, N1, ORBIS, span, triplesOf } from './fixtures.js';

const base: Norm = {
  iri: N1, kind: 'prohibition', strength: 'strict',
  bearer: { text: 'employees' }, action: { text: 'accept cash' },
  constraints: [], conditions: [], exceptions: [], references: [], overrides: [], duties: [],
  document: DOC, origin: 'rules', text: 'Employees must not accept cash.', span: span(3, 1, 31, 40),
};

const lower = (patch: Partial<Norm>): N3.Store => {
  const out = new TripleSink(new N3.Store());
  lowerNorm(out, { ...base, ...patch });
  return out.store;
};

/** The node's triples include every expected line. */
const shouldLower = (what: string, patch: Partial<Norm>, node: string, expected: string[]) =>
  it(what, () => {
    const got = triplesOf(lower(patch), node);
    for (const line of expected) assert.ok(got.includes(line), `missing «${line}» in\n${got.join('\n')}`);
  });

/** The node's triples are exactly the expected lines. */
const shouldLowerExactly = (what: string, patch: Partial<Norm>, node: string, expected: string[]) =>
  it(what, () => assert.deepEqual(triplesOf(lower(patch), node), [...expected].sort()));

const id = (iri: string) => `id:${iri.slice('https://w3id.org/regc/id/'.length)}`;
const n = id(N1);

describe('graph/lower-norm', () => {
  describe('a minimal norm', () => {
    shouldLowerExactly('states class, kind, strength, texts, minted action, provenance and span', {}, N1, [
      'a odrl:Prohibition',
      'regc:kind "prohibition"',
      'regc:strength regc:strict',
      'regc:bearerText "employees"',
      'regc:actionText "accept cash"',
      'odrl:action act:accept-cash',
      `regc:document ${id(DOC)}`,
      'regc:origin "rules"',
      'prov:wasGeneratedBy regc:ruleExtraction',
      `prov:wasDerivedFrom ${id(DOC)}`,
      'regc:text "Employees must not accept cash."',
      'regc:sourceFile "regulations/orbis-conduct.md"',
      'regc:line "3"^^xsd:integer',
      'regc:column "1"^^xsd:integer',
      'regc:endLine "3"^^xsd:integer',
      'regc:endColumn "32"^^xsd:integer',
      'regc:offset "40"^^xsd:integer',
      'regc:endOffset "71"^^xsd:integer',
    ]);
    shouldLowerExactly('the document links it as a policy rule', {}, DOC, [`odrl:prohibition ${n}`]);
    shouldLowerExactly('an action no concept matched is an odrl:Action under odrl:use', {}, mintedAction('accept cash'), [
      'a odrl:Action',
      'odrl:includedIn odrl:use',
    ]);
  });

  describe('kinds and strengths', () => {
    shouldLower('an obligation is an odrl:Duty and a regc:Obligation', { kind: 'obligation' }, N1, ['a odrl:Duty', 'a regc:Obligation', 'regc:kind "obligation"']);
    shouldLower('a permission is an odrl:Permission', { kind: 'permission' }, N1, ['a odrl:Permission', 'regc:kind "permission"']);
    shouldLowerExactly('an obligation is linked with odrl:obligation', { kind: 'obligation' }, DOC, [`odrl:obligation ${n}`]);
    shouldLower('advisory strength', { strength: 'advisory' }, N1, ['regc:strength regc:advisory']);
    shouldLower('the modal phrase', { modal: 'must not' }, N1, ['regc:modal "must not"']);
  });

  describe('bearer, action, target', () => {
    shouldLower('a bearer concept is the assignee', { bearer: { text: 'employees', concept: `${ORBIS}employee` } }, N1, ['odrl:assignee orbis:employee', 'regc:bearerText "employees"']);
    shouldLower('an action concept is the action', { action: { text: 'accept', concept: `${ORBIS}acceptGift` } }, N1, ['odrl:action orbis:acceptGift']);
    shouldLower('a target with a concept', { target: { text: 'cash', concept: `${ORBIS}cash` } }, N1, ['odrl:target orbis:cash', 'regc:targetText "cash"']);
    shouldLower('a target without a concept keeps its text only', { target: { text: 'cash' } }, N1, ['regc:targetText "cash"']);
    it('mints one action IRI per action text, case and spacing aside', () => {
      assert.equal(mintedAction('Accept  Cash'), mintedAction('accept cash'));
      assert.equal(mintedAction('accept cash'), 'https://w3id.org/regc/action/accept-cash');
    });
  });

  describe('constraints', () => {
    const amount = { type: 'atomic' as const, leftOperand: 'https://w3id.org/regc/ns#monetaryValue', operator: 'gt' as const, rightOperand: [{ kind: 'number' as const, value: 50 }], unit: `${ORBIS}EUR` };
    shouldLower('an atomic constraint is linked under the norm', { constraints: [amount] }, N1, [`odrl:constraint ${n}/c1`]);
    shouldLowerExactly('an atomic constraint has operands, operator and unit', { constraints: [amount] }, `${N1}/c1`, [
      'a odrl:Constraint',
      'odrl:leftOperand regc:monetaryValue',
      'odrl:operator odrl:gt',
      'odrl:rightOperand "50"^^xsd:integer',
      'odrl:unit orbis:EUR',
    ]);
    shouldLower('a constraint with an IRI of its own keeps it', { constraints: [{ ...amount, iri: 'https://example.org/c/9' }] }, N1, ['odrl:constraint <https://example.org/c/9>']);
    shouldLower('a logical constraint names its members under itself', {
      constraints: [{ type: 'logical', operator: 'or', constraints: [amount, amount] }],
    }, `${N1}/c1`, ['a odrl:LogicalConstraint', 'odrl:or _:']);
    shouldLower('members of a logical constraint are constraints', {
      constraints: [{ type: 'logical', operator: 'xone', constraints: [amount, amount] }],
    }, `${N1}/c1/c2`, ['a odrl:Constraint', 'odrl:operator odrl:gt']);
    shouldLower('refinements are odrl:refinement nodes /r1', { refinements: [amount] }, N1, [`odrl:refinement ${n}/r1`]);
  });

  describe('conditions, exceptions, references, overrides', () => {
    shouldLower('a condition node', { conditions: [{ marker: 'if', text: 'approved', concepts: [`${ORBIS}managerApproval`] }] }, `${N1}/cond1`, [
      'a regc:Condition', 'regc:marker "if"', 'regc:conditionText "approved"', 'regc:mentions orbis:managerApproval',
    ]);
    shouldLower('an exception node with its constraint and span', {
      exceptions: [{
        marker: 'unless', text: 'promotional', concepts: [], span: span(3, 20, 11, 59),
        constraint: { type: 'atomic', leftOperand: `${ORBIS}promotionalItem`, operator: 'eq', rightOperand: [{ kind: 'boolean', value: true }] },
      }],
    }, `${N1}/exc1`, ['a regc:Exception', 'regc:marker "unless"', `odrl:constraint ${n}/exc1/c1`, 'regc:line "3"^^xsd:integer', 'regc:column "20"^^xsd:integer']);
    shouldLower('a reference node', { references: [{ kind: 'section', text: 'Section 3.2', label: '3.2', resolved: GIFTS }] }, `${N1}/ref1`, [
      'a regc:Reference', 'regc:referenceKind "section"', 'regc:referenceLabel "3.2"', 'regc:text "Section 3.2"', `regc:refersTo ${id(GIFTS)}`,
    ]);
    shouldLower('an override phrase with its own references', {
      overrides: [{ kind: 'subject-to', text: 'Subject to Section 3.2', references: [{ kind: 'section', text: 'Section 3.2', label: '3.2' }] }],
    }, `${N1}/ovr1`, ['a regc:OverridePhrase', 'regc:overrideKind "subject-to"', `regc:reference ${n}/ovr1/ref1`]);
  });

  describe('structure and provenance', () => {
    shouldLower('section and clause; derived from the clause', { section: GIFTS, clause: C1 }, N1, [
      `regc:section ${id(GIFTS)}`, `regc:clause ${id(C1)}`, `prov:wasDerivedFrom ${id(C1)}`,
    ]);
    shouldLower('duties', { kind: 'permission', duties: [`${N1}-d`] }, N1, [`odrl:duty ${n}-d`]);
    shouldLowerExactly('a duty is not a top-level rule of the policy', { kind: 'obligation', dutyOf: `${N1}-p` }, DOC, []);
    shouldLower('a duty names its rule', { kind: 'obligation', dutyOf: `${N1}-p` }, N1, [`regc:dutyOf ${n}-p`]);
    shouldLower('policy membership and conflict strategy', { policy: { iri: 'https://example.org/p', conflict: 'perm' } }, 'https://example.org/p', [
      `odrl:prohibition ${n}`, 'odrl:conflict odrl:perm',
    ]);
    for (const [origin, activity] of [['rules', 'ruleExtraction'], ['llm', 'llmExtraction'], ['analyst', 'analystReview'], ['turtle', 'turtleInput'], ['odrl', 'odrlImport']] as const) {
      shouldLower(`origin ${origin} is generated by regc:${activity}`, { origin }, N1, [`regc:origin "${origin}"`, `prov:wasGeneratedBy regc:${activity}`]);
    }
    shouldLower('an analyst review', { origin: 'analyst', review: { file: 'regulations/a.review.yaml', reviewedBy: 'Ana', reviewedOn: '2024-02-01', note: 'why' } }, N1, [
      'regc:reviewed "true"^^xsd:boolean',
      'prov:hadPrimarySource <https://w3id.org/regc/file/regulations/a.review.yaml>',
      'dct:creator "Ana"',
      'dct:issued "2024-02-01"^^xsd:date',
      'rdfs:comment "why"',
    ]);
    it('a bare document id is made a document IRI', () => {
      assert.ok(triplesOf(lower({ document: 'orbis-conduct' }), N1).includes(`regc:document ${id(DOC)}`));
    });
    it('uses no blank node but list cells', () => {
      const store = lower({ constraints: [{ type: 'logical', operator: 'and', constraints: [{ type: 'atomic', leftOperand: `${ORBIS}x`, operator: 'eq', rightOperand: [{ kind: 'boolean', value: true }] }] }] });
      const blanks = store.getQuads(null, null, null, null).filter((q) => q.subject.termType === 'BlankNode');
      assert.deepEqual([...new Set(blanks.map((q) => short(q.predicate)))].sort(), ['rdf:first', 'rdf:rest']);
    });
  });
});

function short(t: N3.Term): string {
  return t.value.replace('http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'rdf:');
}
