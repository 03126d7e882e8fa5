import assert from 'node:assert/strict';
import N3 from 'n3';
import type { Ontology } from '../../src/ir/index.js';
import { lowerToGraph } from '../../src/graph/lower.js';
import { evaluateSituationText, loadReasoned, reason } from '../../src/reasoner/index.js';
import { RDF, REGC } from '../../src/vocab/index.js';
import { amount, CONCEPTS, document, fact, nid, norm, o, outranks } from './fixtures.js';

const norms = [
  norm('g1', 'prohibition', { when: [amount('gt', 50)] }),
  norm('g2', 'permission', { when: [amount('gt', 50), fact('managerApproval')] }),
  norm('l1', 'permission', { doc: 'law', bearer: 'manager' }),
  norm('x1', 'permission', { doc: 'annex', bearer: 'contractor', action: 'offerGift' }),
  norm('x2', 'prohibition', { bearer: 'contractor', action: 'offerGift' }),
];
const docs = [
  document('policy', { authority: 'company-policy', effective: '2024-01-01' }),
  document('law', { authority: 'law', effective: '2020-01-01' }),
  document('annex', { authority: 'company-policy', effective: '2024-01-01' }),
];
const ontology: Ontology = { store: new N3.Store(), shapes: new N3.Store(), concepts: CONCEPTS, authorities: [], outranks, prefixes: {}, files: [] };

describe('reasoner/index', () => {
  const graph = lowerToGraph({ documents: docs, norms });
  const result = reason(graph, ontology);

  it('reads the norms from the graph and finds their conflicts', () =>
    assert.deepEqual(result.conflicts.map((c) => [c.norms, c.resolution?.principle ?? null]).sort(), [
      [[nid('x1', 'annex'), nid('x2')], null],
      [[nid('l1', 'law'), nid('g1')], 'lex-superior'],
      [[nid('g1'), nid('g2')], 'lex-specialis'],
    ]));
  it('reports the unresolved conflict', () => assert.deepEqual(result.diagnostics.map((d) => d.code), ['RC4002']));
  it('writes the conflicts into the graph', () =>
    assert.equal(graph.getSubjects(RDF.type, REGC.Conflict, null).length, 3));
  it('is deterministic', () => {
    const again = reason(lowerToGraph({ documents: docs, norms: [...norms].reverse() }), ontology);
    assert.deepEqual(again.conflicts, result.conflicts);
  });

  describe('evaluation on a compiled graph', () => {
    const reasoned = loadReasoned(graph, ontology);
    const run = (json: object) => evaluateSituationText(JSON.stringify(json), 's.json', reasoned);
    it('answers from the conflicts the graph states', () => {
      const e = run({ actor: 'employee', action: 'accept gift', facts: { 'regc:monetaryValue': 80, 'manager approval': true } }).evaluation!;
      assert.deepEqual([e.status, e.deciding?.iri, e.chain.map((c) => c.principle)], ['permitted', nid('g2'), ['lex-specialis']]);
    });
    it('answers permitted for a manager accepting 80 EUR (the law above the policy)', () => {
      const e = run({ actor: 'manager', action: 'accept gift', facts: { 'regc:monetaryValue': 80, 'manager approval': false } }).evaluation!;
      assert.deepEqual([e.status, e.deciding?.iri], ['permitted', nid('l1', 'law')]);
    });
    it('reports invalid situations', () => assert.deepEqual(run({ actor: 'employee' }).diagnostics.map((d) => d.code), ['RC4003']));
    it('answers conflict where nothing decides', () =>
      assert.deepEqual(run({ actor: o('contractor'), action: 'offer gift' }).evaluation!.status, 'conflict'));
  });
});
