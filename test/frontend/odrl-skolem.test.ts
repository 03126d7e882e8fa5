import assert from 'node:assert/strict';
import N3 from 'n3';
import { skolemise } from '../../src/frontend/odrl-skolem.js';
import { ODRL } from '../../src/vocab/index.js';

const EX = 'http://example.org/';
const DOC = 'https://w3id.org/regc/id/d';
const parse = (body: string) => new N3.Parser().parse(`@prefix odrl: <${ODRL.ns}> . @prefix ex: <${EX}> .\n${body}`);
const names = (body: string) => {
  const quads = parse(body);
  const out = skolemise(quads, new Map(), new Map(), new Set(), DOC, 'L', new Set([ODRL.Set]));
  return [...new Set(out.quads.flatMap((q) => [q.subject, q.object]).filter((t) => t.termType !== 'Literal').map((t) => (t.termType === 'BlankNode' ? '_:' : '') + t.value.replace(EX, 'ex:').replace(DOC, 'doc').replace(ODRL.ns, 'odrl:')))].sort();
};
const shouldName = (body: string, expected: string[]) => it(body.replace(/\s+/g, ' '), () => assert.deepEqual(names(body), expected));

describe('frontend/odrl-skolem', () => {
  shouldName('ex:p odrl:permission [ odrl:action odrl:read ] , [ odrl:action odrl:play ] .',
    ['ex:p', 'ex:p/permission1', 'ex:p/permission2', 'odrl:play', 'odrl:read']);
  shouldName('ex:r odrl:constraint [ odrl:and ( [ odrl:leftOperand ex:a ] [ odrl:leftOperand ex:b ] ) ] .',
    ['_:L1', '_:L2', 'ex:a', 'ex:b', 'ex:r', 'ex:r/c1', 'ex:r/c1/c1', 'ex:r/c1/c2', `http://www.w3.org/1999/02/22-rdf-syntax-ns#nil`]);
  shouldName('ex:r odrl:action [ odrl:refinement [ odrl:leftOperand ex:a ] ] ; odrl:duty [ odrl:action odrl:pay ] .',
    ['ex:a', 'ex:r', 'ex:r/action1', 'ex:r/action1/r1', 'ex:r/duty1', 'odrl:pay']);
  shouldName('[] a odrl:Set ; odrl:permission [ odrl:action odrl:read ] . [] ex:says "x" .',
    ['doc/node1', 'doc/policy1', 'doc/policy1/permission1', 'odrl:Set', 'odrl:read']);
  it('gives the same names whatever the blank node labels', () => {
    const a = skolemise(parse('ex:p odrl:permission _:x . _:x odrl:action odrl:read .'), new Map(), new Map(), new Set(), DOC, 'L', new Set());
    const b = skolemise(parse('ex:p odrl:permission _:zzz . _:zzz odrl:action odrl:read .'), new Map(), new Map(), new Set(), DOC, 'L', new Set());
    assert.deepEqual(a.quads.map((q) => [q.subject.value, q.object.value]), b.quads.map((q) => [q.subject.value, q.object.value]));
  });
  it('names placeholder IRIs like blank nodes and carries positions over', () => {
    const quads = parse(`ex:p odrl:permission <${EX}tmp> . <${EX}tmp> odrl:action odrl:read .`);
    const out = skolemise(quads, new Map([[`${EX}tmp`, [5, 9] as const]]), new Map(), new Set([`${EX}tmp`]), DOC, 'L', new Set());
    assert.deepEqual([out.quads[1]!.subject.value, out.stated.get(`${EX}p/permission1`)], [`${EX}p/permission1`, [5, 9]]);
  });
});
