import assert from 'node:assert/strict';
import N3 from 'n3';
import type { Constraint, Value } from '../../src/ir/index.js';
import { compareValues, mintedIndex, readConstraint, termValue, valueTerm, writeConstraint } from '../../src/graph/constraint.js';
import { GraphReader, TripleSink } from '../../src/graph/rdf.js';

const ODRL = 'http://www.w3.org/ns/odrl/2/';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const { namedNode, literal } = N3.DataFactory;

const shouldRoundTripValue = (v: Value) => it(`value ${v.kind} ${String(v.value)}`, () => assert.deepEqual(termValue(valueTerm(v)), v));
const shouldRoundTrip = (what: string, c: Constraint) =>
  it(what, () => {
    const out = new TripleSink(new N3.Store());
    const node = writeConstraint(out, c, 'urn:n/c1');
    assert.deepEqual(readConstraint(new GraphReader(out.store), namedNode(node), 'urn:n/c1'), c);
  });
const atom = (operator: 'eq' | 'lt' | 'isAnyOf', ...rightOperand: Value[]): Constraint => ({ type: 'atomic', leftOperand: `${ODRL}count`, operator, rightOperand });

describe('graph/constraint', () => {
  describe('values', () => {
    shouldRoundTripValue({ kind: 'number', value: 50 });
    shouldRoundTripValue({ kind: 'number', value: -0.5 });
    shouldRoundTripValue({ kind: 'date', value: '2024-01-01' });
    shouldRoundTripValue({ kind: 'dateTime', value: '2024-01-01T10:00:00Z' });
    shouldRoundTripValue({ kind: 'boolean', value: false });
    shouldRoundTripValue({ kind: 'iri', value: 'https://example.org/orbis#eu' });
    shouldRoundTripValue({ kind: 'string', value: 'P30D' });
    it('reads any XSD number type as a number', () => assert.deepEqual(termValue(literal('7', namedNode(`${XSD}nonNegativeInteger`))), { kind: 'number', value: 7 }));
    it('reads a language-tagged literal as a string', () => assert.deepEqual(termValue(literal('oui', 'fr')), { kind: 'string', value: 'oui' }));
    it('orders values by kind then value, numbers numerically', () =>
      assert.deepEqual(([{ kind: 'number', value: 10 }, { kind: 'iri', value: 'b' }, { kind: 'number', value: 9 }] as Value[]).sort(compareValues).map((v) => v.value), ['b', 9, 10]));
  });

  describe('constraints', () => {
    shouldRoundTrip('atomic', atom('lt', { kind: 'number', value: 3 }));
    shouldRoundTrip('atomic with a unit', { ...atom('eq', { kind: 'number', value: 3 }), unit: 'https://example.org/orbis#EUR' } as Constraint);
    shouldRoundTrip('a set operator with several values', atom('isAnyOf', { kind: 'iri', value: 'urn:a' }, { kind: 'string', value: 'b' }));
    shouldRoundTrip('an IRI of its own is kept', { ...atom('eq', { kind: 'boolean', value: true }), iri: 'urn:own' } as Constraint);
    for (const operator of ['and', 'or', 'xone', 'andSequence'] as const) {
      shouldRoundTrip(`logical ${operator}, nested, order kept`, { type: 'logical', operator, constraints: [atom('lt', { kind: 'number', value: 2 }), { type: 'logical', operator: 'or', constraints: [atom('eq', { kind: 'number', value: 1 })] }, atom('lt', { kind: 'number', value: 1 })] });
    }
    shouldRoundTrip('logical with no members', { type: 'logical', operator: 'and', constraints: [] });
    it('reads logical operands given as several objects instead of a list', () => {
      const out = new TripleSink(new N3.Store());
      writeConstraint(out, atom('lt', { kind: 'number', value: 1 }), 'urn:x/a');
      out.add('urn:x', `${ODRL}or`, namedNode('urn:x/a'));
      const c = readConstraint(new GraphReader(out.store), namedNode('urn:x'), 'urn:x');
      assert.deepEqual(c, { type: 'logical', operator: 'or', constraints: [{ ...atom('lt', { kind: 'number', value: 1 }), iri: 'urn:x/a' }] });
    });
    it('knows minted indexes', () => {
      const k = mintedIndex('urn:n', 'cond');
      assert.deepEqual(['urn:n/cond2', 'urn:n/cond02', 'urn:n/c1', 'urn:n/cond'].map(k), [2, undefined, undefined, undefined]);
    });
  });
});
