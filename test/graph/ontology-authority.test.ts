import assert from 'node:assert/strict';
import type { Ontology } from '../../src/ir/index.js';
import { loadOntologies } from '../../src/graph/ontology.js';

const AUTH = 'https://w3id.org/regc/authority/';

let project: Ontology;
let fixture: Ontology;
before(async () => {
  project = (await loadOntologies('ontologies')).ontology!;
  fixture = (await loadOntologies('test/golden/ontologies/good')).ontology!;
});

/** `a` outranks `b` (or not) in the project's authority order. */
const shouldOutrank = (a: string, b: string, expected: boolean) =>
  it(`${a} ${expected ? 'outranks' : 'does not outrank'} ${b}`, () => assert.equal(project.outranks(a, b), expected));

describe('graph/ontology-authority', () => {
  describe('the project order', () => {
    shouldOutrank('root', 'guideline', true);
    shouldOutrank('root', 'system', true);
    shouldOutrank('developer', 'user', true);
    shouldOutrank('guideline', 'root', false);
    shouldOutrank('company-policy', 'regional-guideline', true);
    shouldOutrank('law', 'regional-guideline', true);
    shouldOutrank('regional-guideline', 'company-policy', false);
    shouldOutrank('root', 'company-policy', false);
    shouldOutrank('company-policy', 'root', false);
    shouldOutrank('law', 'law', false);
    shouldOutrank('law', 'no-such-level', false);
    shouldOutrank(`${AUTH}law`, `${AUTH}company-policy`, true);
  });

  it('lists the project levels by rank, highest first, ties by IRI', () => {
    assert.deepEqual(
      project.authorities.map((a) => [a.name, a.rank]),
      [['root', 50], ['system', 40], ['developer', 30], ['law', 30], ['company-policy', 20], ['user', 20], ['guideline', 10], ['regional-guideline', 10]],
    );
  });

  it('reads iri, name, label and rank of each level', () => {
    assert.deepEqual(fixture.authorities, [
      { iri: `${AUTH}high`, name: 'high', label: 'high', rank: 3 },
      { iri: 'https://example.org/fixture#side', name: 'side', label: 'side', rank: 2 },
      { iri: `${AUTH}middle`, name: 'middle', label: 'middle', rank: 2 },
      { iri: `${AUTH}low`, name: 'low', label: 'low', rank: 1 },
    ]);
  });

  it('closes the order transitively; unconnected levels are incomparable', () => {
    assert.deepEqual(
      [fixture.outranks('high', 'low'), fixture.outranks('high', 'middle'), fixture.outranks('side', 'low'), fixture.outranks('low', 'side')],
      [true, true, false, false],
    );
  });

  it('a cycle in the order is RC4001 naming its levels, at the first place one is written', async () => {
    const { ontology, diagnostics } = await loadOntologies('test/golden/ontologies/cycle', 'cycle');
    assert.equal(ontology, undefined);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.nodes, d.span && [d.span.file, d.span.line, d.span.column]]),
      [['RC4001', [`${AUTH}a`, `${AUTH}b`, `${AUTH}c`], ['cycle/levels.ttl', 6, 81]]],
    );
  });
});
