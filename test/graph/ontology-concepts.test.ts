import assert from 'node:assert/strict';
import N3 from 'n3';
import type { Concept } from '../../src/ir/index.js';
import { extractConcepts, localName } from '../../src/graph/ontology-concepts.js';
import { loadOntologies } from '../../src/graph/ontology.js';

const FX = 'https://example.org/fixture#';
const ODRL = 'http://www.w3.org/ns/odrl/2/';
const fx = (local: string) => FX + local;

let concepts: Concept[];
before(async () => {
  concepts = (await loadOntologies('test/golden/ontologies/good')).ontology!.concepts;
});

/** The concept `iri` of scheme `scheme` is extracted with exactly these fields. */
function shouldExtract(iri: string, expected: Omit<Concept, 'iri'>) {
  it(`${localName(iri)} (${expected.scheme})`, () => {
    const found = concepts.filter((c) => c.iri === iri && c.scheme === expected.scheme);
    assert.deepEqual(found, [{ iri, ...expected }]);
  });
}

const shouldNotExtract = (iri: string, why: string) =>
  it(`not ${localName(iri)}: ${why}`, () => assert.deepEqual(concepts.filter((c) => c.iri === iri), []));

describe('graph/ontology-concepts', () => {
  describe('concepts of typed schemes', () => {
    shouldExtract(fx('employee'), { scheme: 'role', prefLabel: 'employee', altLabels: ['employe', 'member of staff', 'staff member'], broader: [] });
    shouldExtract(fx('manager'), { scheme: 'role', prefLabel: 'manager', altLabels: [], broader: [fx('employee')] });
    shouldExtract(fx('director'), { scheme: 'role', prefLabel: 'Direktor', altLabels: [], broader: [fx('employee'), fx('manager')] });
    shouldExtract(fx('contractor'), { scheme: 'role', prefLabel: 'contractor', altLabels: [], broader: [] });
    shouldExtract(fx('disclose'), { scheme: 'action', prefLabel: 'disclose', altLabels: ['reveal'], broader: [ODRL + 'distribute'] });
    shouldExtract(fx('cash'), { scheme: 'asset', prefLabel: 'cash', altLabels: [], broader: [fx('gift')] });
    shouldExtract(fx('managerApproval'), { scheme: 'context', prefLabel: 'manager approval', altLabels: ['prior written approval of their manager'], broader: [] });
    shouldNotExtract(fx('untyped'), 'its scheme is not a role/action/asset/context scheme');
  });

  describe("ODRL's own actions", () => {
    shouldExtract(ODRL + 'distribute', { scheme: 'action', prefLabel: 'distribute', altLabels: [], broader: [ODRL + 'use'] });
    shouldExtract(ODRL + 'textToSpeech', { scheme: 'action', prefLabel: 'textToSpeech', altLabels: ['text to speech'], broader: [ODRL + 'use'] });
    shouldExtract(ODRL + 'use', { scheme: 'action', prefLabel: 'use', altLabels: [], broader: [] });
    shouldNotExtract(ODRL + 'copy', 'deprecated in ODRL 2.2');
  });

  it('sorts by IRI, then scheme', () => {
    const keys = concepts.map((c) => `${c.iri} ${c.scheme}`);
    assert.deepEqual(keys, [...keys].sort());
  });

  it('a concept in schemes of two kinds is a concept of each', () => {
    const store = new N3.Store(new N3.Parser().parse(`
      @prefix regc: <https://w3id.org/regc/ns#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
      <urn:x:r> a regc:RoleScheme . <urn:x:a> a regc:AssetScheme .
      <urn:x:c> skos:inScheme <urn:x:r>, <urn:x:a> ; skos:prefLabel "thing"@en .`));
    assert.deepEqual(extractConcepts(store).map((c) => [c.iri, c.scheme, c.prefLabel]), [['urn:x:c', 'asset', 'thing'], ['urn:x:c', 'role', 'thing']]);
  });

  it('without a prefLabel, the local name is the label', () => {
    const store = new N3.Store(new N3.Parser().parse(`
      @prefix regc: <https://w3id.org/regc/ns#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
      <urn:x:r> a regc:RoleScheme . <https://example.org/o#data%20officer> skos:inScheme <urn:x:r> .`));
    assert.deepEqual(extractConcepts(store).map((c) => c.prefLabel), ['data officer']);
  });

  it('the project ontologies give the ODRL action hierarchy (odrl:read is included in odrl:use)', async () => {
    const { ontology } = await loadOntologies('ontologies');
    const read = ontology!.concepts.find((c) => c.iri === ODRL + 'read');
    assert.deepEqual(read, { iri: ODRL + 'read', scheme: 'action', prefLabel: 'read', altLabels: [], broader: [ODRL + 'use'] });
    const display = ontology!.concepts.find((c) => c.iri === ODRL + 'display');
    assert.deepEqual(display?.broader, [ODRL + 'play']);
  });
});
