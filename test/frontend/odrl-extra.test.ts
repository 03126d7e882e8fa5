import assert from 'node:assert/strict';
import { parseOdrl } from '../../src/frontend/odrl.js';
import { lowerToGraph } from '../../src/graph/lower.js';
import { readNorms } from '../../src/graph/raise.js';

const EX = 'http://example.org/';
const POLICY = `@prefix odrl: <http://www.w3.org/ns/odrl/2/> .
@prefix ex: <http://example.org/> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
ex:p a odrl:Set ; dct:title "Printing" ; odrl:permission ex:r1, ex:r2 .
ex:r1 a odrl:Permission ; dct:description "print, with a limit" ; odrl:assignee ex:staff ;
  odrl:action [ rdf:value odrl:print ; odrl:refinement [ odrl:leftOperand odrl:resolution ; odrl:operator odrl:lteq ; odrl:rightOperand 1200 ] ] ;
  odrl:constraint [ odrl:or ( [ odrl:leftOperand odrl:purpose ; odrl:operator odrl:isAnyOf ; odrl:rightOperand ( ex:a ex:b ) ] ) ] .
ex:r2 a odrl:Permission ; odrl:action odrl:read, odrl:play .
ex:staff a odrl:PartyCollection ; dct:title "Staff" .
ex:alice odrl:partOf ex:staff .
`;

describe('frontend/odrl-extra', () => {
  const parsed = parseOdrl({ path: 'regulations/printing.ttl', text: POLICY, sha256: '' }, { authorities: new Set() });
  const lines = async () => (await parsed).extra.map((q) => `${q.subject.value.replace(EX, 'ex:')} ${q.predicate.value.replace(/.*[/#]/, '')} ${q.object.value.replace(EX, 'ex:').replace(/.*odrl\/2\//, 'odrl:')}`).sort();
  it('keeps what the norms do not carry and leaves out the rule structure', async () =>
    assert.deepEqual(await lines(), [
      'ex:alice partOf ex:staff',
      'ex:p title Printing',
      'ex:p type odrl:Set',
      'ex:r1 description print, with a limit',
      'ex:staff title Staff',
      'ex:staff type odrl:PartyCollection',
    ]));
  it('merged with the lowered norms, the graph reads back the same norms', async () => {
    const r = await parsed;
    const graph = lowerToGraph({ documents: [r.document!], norms: r.document!.norms });
    graph.addQuads(r.extra);
    const iris = (xs: { iri: string }[]) => xs.map((x) => x.iri).sort();
    assert.deepEqual(iris(readNorms(graph)), iris(r.document!.norms));
    const back = readNorms(graph).find((n) => n.iri === `${EX}r1`)!;
    assert.equal(back.action.concept, 'http://www.w3.org/ns/odrl/2/print');
  });
  it('all the triples are there too, when wanted', async () => assert.ok((await parsed).quads.length > (await parsed).extra.length));
  it('no blank nodes in the extra triples of this file', async () =>
    assert.deepEqual((await parsed).extra.filter((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode'), []));
});
