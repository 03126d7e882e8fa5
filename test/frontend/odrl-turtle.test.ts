import assert from 'node:assert/strict';
import { readTurtle } from '../../src/frontend/odrl-turtle.js';

const read = (text: string) => readTurtle({ path: 'p.ttl', text, sha256: '' }, 'https://w3id.org/regc/file/p.ttl');
const TEXT = `PREFIX ex: <http://example.org/>
@prefix odrl: <http://www.w3.org/ns/odrl/2/> .
ex:p odrl:permission ex:r , [ odrl:action odrl:play ] .
ex:r odrl:action odrl:read ;
  odrl:constraint [ odrl:leftOperand odrl:count ;
                    odrl:operator odrl:lt ; odrl:rightOperand 3 ] .
<relative> odrl:action odrl:use .
`;

describe('frontend/odrl-turtle', () => {
  const r = read(TEXT);
  const stated = (id: string) => {
    const s = r.stated.get(id);
    return s && TEXT.slice(s[0], s[1]);
  };
  it('reads the triples', () => assert.equal(r.quads.length, 9));
  it('a named node is stated from its subject to the end of its statement', () =>
    assert.equal(stated('http://example.org/r'), 'ex:r odrl:action odrl:read ;\n  odrl:constraint [ odrl:leftOperand odrl:count ;\n                    odrl:operator odrl:lt ; odrl:rightOperand 3 ]'));
  it('a node is stated as a subject even when mentioned earlier as an object', () =>
    assert.equal(stated('http://example.org/p'), 'ex:p odrl:permission ex:r , [ odrl:action odrl:play ]'));
  it('a blank node is stated from [ to ]', () => {
    const blanks = [...r.stated.keys()].filter((k) => k.startsWith('_:')).map(stated);
    assert.deepEqual(blanks, ['[ odrl:action odrl:play ]', '[ odrl:leftOperand odrl:count ;\n                    odrl:operator odrl:lt ; odrl:rightOperand 3 ]']);
  });
  it('relative IRIs resolve against the base', () => assert.ok(r.stated.has('https://w3id.org/regc/file/relative')));
  it('every IRI\'s first mention', () => {
    const at = (iri: string) => {
      const m = r.mentions.get(iri)!;
      return TEXT.slice(m[0], m[1]);
    };
    assert.deepEqual([at('http://example.org/r'), at('http://www.w3.org/ns/odrl/2/lt')], ['ex:r', 'odrl:lt']);
  });
  it('a syntax error is RC3001 at its line', () => {
    const bad = read('@prefix ex: <http://example.org/> .\nex:a ex:b .\n');
    assert.deepEqual(bad.diagnostics.map((d) => [d.code, d.span?.line]), [['RC3001', 2]]);
  });
});
