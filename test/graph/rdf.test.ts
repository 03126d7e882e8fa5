import assert from 'node:assert/strict';
import N3 from 'n3';
import { GraphReader, TripleSink, canonicalJson, compareTerms, naturalCompare, num } from '../../src/graph/rdf.js';

const { namedNode, literal, blankNode } = N3.DataFactory;
const XSD = 'http://www.w3.org/2001/XMLSchema#';

const shouldOrder = (xs: string[]) => it(`orders ${xs.join(' < ')}`, () => assert.deepEqual([...xs].reverse().sort(naturalCompare), xs));
const shouldWriteNumber = (n: number, lexical: string, datatype: string) =>
  it(`writes ${n} as "${lexical}"^^xsd:${datatype}`, () => {
    const l = num(n);
    assert.deepEqual([l.value, l.datatype.value], [lexical, XSD + datatype]);
  });

describe('graph/rdf', () => {
  describe('naturalCompare', () => {
    shouldOrder(['n1', 'n2', 'n10']);
    shouldOrder(['a/2/b', 'a/10', 'a/10/c']);
    shouldOrder(['3', '3.a', '3.b', '10']);
    shouldOrder(['x01', 'x1', 'x2']);
    shouldOrder(['A', 'B', 'a']);
    it('is zero only for equal strings', () => assert.equal(naturalCompare('ab1', 'ab1'), 0));
  });

  describe('terms', () => {
    shouldWriteNumber(50, '50', 'integer');
    shouldWriteNumber(-3, '-3', 'integer');
    shouldWriteNumber(2.5, '2.5', 'decimal');
    shouldWriteNumber(1e-7, '0.0000001', 'decimal');
    it('orders IRIs before literals before blank nodes', () =>
      assert.deepEqual([blankNode('b'), literal('a'), namedNode('urn:z')].sort(compareTerms).map((t) => t.termType), ['NamedNode', 'Literal', 'BlankNode']));
    it('canonical JSON sorts object keys at every depth', () => assert.equal(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 3 } }), '{"a":{"c":3,"d":[2,{"e":0,"f":1}]},"b":1}'));
  });

  describe('TripleSink and GraphReader', () => {
    const out = new TripleSink(new N3.Store());
    out.add('urn:s', 'urn:p', literal('b'));
    out.add('urn:s', 'urn:p', literal('a'));
    out.add('urn:s', 'urn:q', undefined);
    out.add('urn:s', 'urn:list', out.list([namedNode('urn:x'), literal('y'), namedNode('urn:z')]));
    out.type('urn:s', 'urn:C', 'urn:D');
    const g = new GraphReader(out.store);
    it('skips absent objects', () => assert.equal(g.objects('urn:s', 'urn:q').length, 0));
    it('reads the least value where one is expected', () => assert.equal(g.value('urn:s', 'urn:p'), 'a'));
    it('reads all values sorted', () => assert.deepEqual(g.values('urn:s', 'urn:p'), ['a', 'b']));
    it('reads types', () => assert.deepEqual(g.types('urn:s'), ['urn:C', 'urn:D']));
    it('reads a list in order', () => assert.deepEqual(g.list(g.object('urn:s', 'urn:list')!).map((t) => t.value), ['urn:x', 'y', 'urn:z']));
    it('reads the empty list', () => assert.deepEqual(g.list(namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#nil')), []));
    it('finds subjects by predicate and object', () => assert.deepEqual(g.subjects('urn:p', literal('a')), ['urn:s']));
  });
});
