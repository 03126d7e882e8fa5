import assert from 'node:assert/strict';
import N3 from 'n3';
import { Namer, conceptPrefixes } from '../../../src/backends/report/names.js';
import { REGC, SKOS } from '../../../src/vocab/index.js';
import { O, ONTOLOGY } from './helpers.js';

const shouldPrefix = (iris: string[], prefixes: Record<string, string>) =>
  it(`prefixes for ${iris.join(', ')}`, () => assert.deepEqual(conceptPrefixes(iris), prefixes));

describe('backends/report/names', () => {
  shouldPrefix(['https://example.org/orbis#employee'], { orbis: 'https://example.org/orbis#' });
  shouldPrefix(['http://example.com/vocab/roles/manager'], { roles: 'http://example.com/vocab/roles/' });
  shouldPrefix(['https://a.example/orbis#x', 'https://b.example/orbis#y'], { orbis: 'https://a.example/orbis#', orbis2: 'https://b.example/orbis#' });
  shouldPrefix([REGC.RoleScheme, 'http://www.w3.org/ns/odrl/2/use'], {});
  shouldPrefix(['https://example.org/skos/x'], { skos2: 'https://example.org/skos/' });
  it('leaves out namespaces and names already given', () =>
    assert.deepEqual(conceptPrefixes([`${O}a`, 'https://example.org/x/orbis/b'], { orbis: O }), { orbis2: 'https://example.org/x/orbis/' }));

  const graph = new N3.Store();
  const { namedNode, literal } = N3.DataFactory;
  graph.addQuad(namedNode(`${O}visitor`), namedNode(SKOS.prefLabel), literal('visitor', 'en'));
  const names = new Namer(ONTOLOGY, graph);
  const shouldName = (iri: string, label: string | undefined, compact: string) =>
    it(`${iri} is "${label}", ${compact}`, () => {
      assert.equal(names.label(iri), label);
      assert.equal(names.compact(iri), compact);
      assert.equal(names.name(iri), label ?? compact);
    });
  shouldName(`${O}employee`, 'employee', 'orbis:employee');
  shouldName(`${O}visitor`, 'visitor', 'orbis:visitor');
  shouldName(`${O}unknown`, undefined, 'orbis:unknown');
  shouldName(REGC.monetaryValue, undefined, 'regc:monetaryValue');
  shouldName('urn:x:y', undefined, '<urn:x:y>');

  it('prefers the prefixes the ontology files declare', () => {
    const declared = new Namer({ concepts: ONTOLOGY.concepts, prefixes: { acme: O } }, graph);
    assert.equal(declared.compact(`${O}employee`), 'acme:employee');
    assert.equal(declared.prefixes.orbis, undefined);
  });
});
