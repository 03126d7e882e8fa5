import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import N3 from 'n3';
import { lowerToGraph } from '../../src/graph/lower.js';
import { mergeTurtleNorms } from '../../src/graph/merge.js';
import { readNorms } from '../../src/graph/raise.js';
import type { SourceFile } from '../../src/ir/index.js';
import { C1, DOC, doc, norms, triplesOf } from './fixtures.js';

const HEAD = `@prefix odrl: <http://www.w3.org/ns/odrl/2/> .
@prefix regc: <https://w3id.org/regc/ns#> .
@prefix orbis: <https://example.org/orbis#> .
`;
const file = (text: string, path = 'regulations/orbis-conduct.norms.ttl'): SourceFile => ({ path, text: HEAD + text, sha256: 'cd'.repeat(32) });
const merged = (text: string, store = new N3.Store()) => ({ store, diagnostics: mergeTurtleNorms(store, file(text)) });

/** The rule's triples include every expected line. */
const shouldMerge = (what: string, text: string, node: string, expected: string[]) =>
  it(what, () => {
    const { store, diagnostics } = merged(text, lowerToGraph({ documents: [doc], norms }));
    assert.deepEqual(diagnostics, []);
    const got = triplesOf(store, node);
    for (const line of expected) assert.ok(got.includes(line), `missing «${line}» in\n${got.join('\n')}`);
  });

const RULE = 'https://w3id.org/regc/id/orbis-conduct/gifts/1/t1';
const FILE_NODE = '<https://w3id.org/regc/file/regulations/orbis-conduct.norms.ttl>';

describe('graph/merge', () => {
  shouldMerge('a rule gets origin, activity, primary source and the span of its block', `
<orbis-conduct/gifts/1/t1> a odrl:Prohibition ;
    odrl:action orbis:acceptGift ;
    regc:clause <orbis-conduct/gifts/1> .
`, RULE, [
    'regc:origin "turtle"',
    'prov:wasGeneratedBy regc:turtleInput',
    `prov:hadPrimarySource ${FILE_NODE}`,
    'regc:sourceFile "regulations/orbis-conduct.norms.ttl"',
    'regc:line "5"^^xsd:integer',
    'regc:column "1"^^xsd:integer',
    'regc:endLine "7"^^xsd:integer',
    'regc:endColumn "42"^^xsd:integer',
  ]);
  shouldMerge('what an analyst may leave out is completed: kind, derivation, document', `
<orbis-conduct/gifts/1/t1> a odrl:Prohibition ; odrl:action orbis:acceptGift ; regc:clause <orbis-conduct/gifts/1> .`, RULE, [
    'regc:kind "prohibition"', 'prov:wasDerivedFrom id:orbis-conduct/gifts/1', 'regc:document id:orbis-conduct',
  ]);
  shouldMerge('a rule known by its kind only gets its class', `<orbis-conduct/gifts/1/t1> regc:kind "obligation" ; odrl:action orbis:report .`, RULE, [
    'a odrl:Duty', 'a regc:Obligation',
  ]);
  shouldMerge('the document lists the rule as a policy rule', `<orbis-conduct/gifts/1/t1> a odrl:Permission ; odrl:action orbis:x ; regc:document <orbis-conduct> .`, DOC, [
    'odrl:permission id:orbis-conduct/gifts/1/t1',
  ]);
  shouldMerge('the file is a PROV entity with its hash', `<orbis-conduct/gifts/1/t1> a odrl:Permission ; odrl:action orbis:x .`, FILE_NODE.slice(1, -1), [
    'a prov:Entity', 'regc:sourceFile "regulations/orbis-conduct.norms.ttl"', `regc:sourceSha256 "${'cd'.repeat(32)}"`,
  ]);
  shouldMerge('blank nodes are named under the rule after the property that holds them', `
<orbis-conduct/gifts/1/t1> a odrl:Prohibition ; odrl:action orbis:x ;
  odrl:constraint [ odrl:and ( [ odrl:leftOperand odrl:count ; odrl:operator odrl:lt ; odrl:rightOperand 3 ] ) ] ;
  regc:exception [ regc:marker "unless" ; regc:conditionText "approved" ] ;
  regc:reference [ regc:referenceKind "section" ; regc:referenceLabel "3" ; regc:text "Section 3" ] .`, RULE, [
    'odrl:constraint id:orbis-conduct/gifts/1/t1/c1', 'regc:exception id:orbis-conduct/gifts/1/t1/exc1', 'regc:reference id:orbis-conduct/gifts/1/t1/ref1',
  ]);
  shouldMerge('members of a logical constraint are named in list order', `
<orbis-conduct/gifts/1/t1> a odrl:Prohibition ; odrl:action orbis:x ;
  odrl:constraint [ odrl:or ( [ odrl:leftOperand odrl:count ; odrl:operator odrl:lt ; odrl:rightOperand 3 ] [ odrl:leftOperand odrl:count ; odrl:operator odrl:gt ; odrl:rightOperand 9 ] ) ] .`,
  `${RULE}/c1/c2`, ['odrl:operator odrl:gt']);
  it('a stated origin is replaced, not doubled', () => {
    const { store } = merged('<x/1/t1> a odrl:Prohibition ; odrl:action orbis:x ; regc:origin "rules" .');
    assert.deepEqual(triplesOf(store, 'https://w3id.org/regc/id/x/1/t1').filter((t) => t.startsWith('regc:origin')), ['regc:origin "turtle"']);
  });
  it('non-rule triples are merged as they are', () => {
    const { store } = merged('orbis:contractor orbis:note "x" .');
    assert.deepEqual(triplesOf(store, 'https://example.org/orbis#contractor'), ['orbis:note "x"']);
  });
  it('merged norms read back as Norm IR with their span', () => {
    const { store } = merged('<x/1/t1> a odrl:Prohibition ; odrl:action orbis:x ; regc:bearerText "contractors" .');
    const [n] = readNorms(store);
    assert.deepEqual([n!.iri, n!.kind, n!.origin, n!.bearer.text, n!.span.file, n!.span.line], [
      'https://w3id.org/regc/id/x/1/t1', 'prohibition', 'turtle', 'contractors', 'regulations/orbis-conduct.norms.ttl', 4,
    ]);
  });
  it('an existing compiled norm an analyst only annotates is not turned into a Turtle norm', () => {
    const { store } = merged(`<orbis-conduct/gifts/1/n1> orbis:note "checked" .`, lowerToGraph({ documents: [doc], norms }));
    assert.ok(triplesOf(store, `${C1}/n1`).includes('regc:origin "rules"'));
  });
  it('invalid Turtle: RC3001 at its line, nothing merged', () => {
    const store = new N3.Store();
    const d = mergeTurtleNorms(store, file('<x> a odrl:Prohibition ;\n  odrl:action .'));
    assert.deepEqual(d.map((x) => [x.code, x.span?.file, x.span?.line]), [['RC3001', 'regulations/orbis-conduct.norms.ttl', 5]]);
    assert.equal(store.size, 0);
  });
  it('merges the shipped analyst file', () => {
    const path = 'regulations/orbis-conduct.norms.ttl';
    const store = new N3.Store();
    assert.deepEqual(mergeTurtleNorms(store, { path, text: readFileSync(path, 'utf8'), sha256: '0'.repeat(64) }), []);
    const turtle = readNorms(store).filter((n) => n.origin === 'turtle');
    assert.ok(turtle.length >= 1);
    for (const n of turtle) assert.ok(n.span.file === path && n.span.line > 1, n.iri);
  });
});
