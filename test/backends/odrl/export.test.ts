import assert from 'node:assert/strict';
import N3 from 'n3';
import type { Constraint, Norm } from '../../../src/ir/index.js';
import { parseOdrl } from '../../../src/frontend/odrl.js';
import { lowerToGraph } from '../../../src/graph/lower.js';
import { mintedAction } from '../../../src/graph/lower-norm.js';
import { emitOdrl } from '../../../src/backends/odrl/index.js';
import { ODRL } from '../../../src/vocab/index.js';

const EX = 'http://example.org/';
const file = (path: string, text: string) => ({ path, text, sha256: '0'.repeat(64) });
const read = async (path: string, text: string) => {
  const r = await parseOdrl(file(path, text), { authorities: new Set(['law', 'company-policy']) });
  assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), []);
  return r.document!;
};

const render = (c: Constraint): string =>
  c.type === 'logical'
    ? `${c.operator}(${c.constraints.map(render).join('; ')})`
    : `${c.leftOperand} ${c.operator} ${c.rightOperand.map((v) => `${v.kind}:${v.value}`).join(',')}${c.unit ? ` [${c.unit}]` : ''}`;
/** What the round trip must keep: kind, bearer concept, action, target, constraints, duties. */
const essence = (n: Norm) => ({
  iri: n.iri,
  kind: n.kind,
  bearer: n.bearer.concept,
  action: n.action.concept ?? mintedAction(n.action.text),
  target: n.target?.concept,
  constraints: n.constraints.map(render),
  refinements: (n.refinements ?? []).map(render),
  duties: n.duties,
  dutyOf: n.dutyOf,
});

const POLICY = `@prefix odrl: <http://www.w3.org/ns/odrl/2/> .
@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix dct: <http://purl.org/dc/terms/> .
ex:p a odrl:Set ; dct:title "Data sharing" ; odrl:conflict odrl:prohibit ;
  odrl:permission ex:read ; odrl:prohibition ex:sell ; odrl:obligation ex:log .
ex:read odrl:assignee ex:staff ; odrl:action odrl:read ; odrl:target ex:reports ;
  odrl:constraint [ odrl:and ( [ odrl:leftOperand odrl:dateTime ; odrl:operator odrl:gteq ; odrl:rightOperand "2025-01-01"^^xsd:date ]
                               [ odrl:leftOperand odrl:purpose ; odrl:operator odrl:isAnyOf ; odrl:rightOperand ex:audit, ex:research ] ) ] ;
  odrl:duty [ odrl:action odrl:attribute ; odrl:target ex:owner ] .
ex:sell odrl:action odrl:sell ; odrl:target ex:reports ;
  odrl:constraint [ odrl:leftOperand odrl:payAmount ; odrl:operator odrl:gt ; odrl:rightOperand 100 ; odrl:unit ex:EUR ] .
ex:log odrl:assignee ex:it ; odrl:action ex:archive .
ex:p odrl:permission ex:print . ex:print odrl:action [ a odrl:Action ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#value> odrl:print ;
  odrl:refinement [ odrl:leftOperand odrl:resolution ; odrl:operator odrl:lteq ; odrl:rightOperand 1200 ] ] .
`;

describe('backends/odrl', () => {
  it('round trip: ODRL → norms → graph → odrl.ttl → the front end gives the same norms', async () => {
    const doc = await read('regulations/sharing.ttl', POLICY);
    const graph = lowerToGraph({ documents: [doc], norms: doc.norms });
    const exported = emitOdrl(graph);
    assert.equal(exported.path, 'odrl.ttl');
    const back = await read('compiled/odrl.ttl', exported.content);
    const byIri = (ns: Norm[]) => [...ns].sort((a, b) => (a.iri < b.iri ? -1 : 1)).map(essence);
    assert.deepEqual(byIri(back.norms), byIri(doc.norms));
    assert.ok(doc.norms.some((n) => n.refinements?.length), 'the policy has a refined action');
    assert.deepEqual(back.norms.map((n) => n.policy), doc.norms.map(() => ({ iri: doc.iri, conflict: 'prohibit' })));
    assert.equal(back.meta.title, 'Data sharing');
  });

  it('is deterministic: the same graph gives the same bytes, whatever the order of its triples', async () => {
    const doc = await read('regulations/sharing.ttl', POLICY);
    const graph = lowerToGraph({ documents: [doc], norms: doc.norms });
    const shuffled = new N3.Store(graph.getQuads(null, null, null, null).reverse());
    assert.equal(emitOdrl(shuffled).content, emitOdrl(graph).content);
  });

  describe('a graph in the compiled layout (hand-written)', () => {
    const GRAPH = `@prefix odrl: <http://www.w3.org/ns/odrl/2/> .
@prefix regc: <https://w3id.org/regc/ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <http://example.org/> .
@base <https://w3id.org/regc/id/> .
<conduct> a regc:Document, odrl:Set ; odrl:prohibition <conduct/gifts/3/n1> .
<conduct/gifts/3/n1> a odrl:Prohibition ; regc:kind "prohibition" ; regc:strength regc:strict ;
  regc:bearerText "employee" ; odrl:assignee ex:employee ; regc:actionText "accept gifts" ; odrl:action ex:acceptGift ;
  regc:document <conduct> ; regc:clause <conduct/gifts/3> ; regc:origin "rules" ; regc:text "Employees must not accept gifts over EUR 50 unless their manager approves." ;
  regc:condition <conduct/gifts/3/n1/cond1> ; regc:exception <conduct/gifts/3/n1/exc1>, <conduct/gifts/3/n1/exc2> .
<conduct/gifts/3/n1/cond1> a regc:Condition ; regc:marker "if" ; regc:conditionText "over EUR 50" ;
  odrl:constraint <conduct/gifts/3/n1/cond1/c1> .
<conduct/gifts/3/n1/cond1/c1> a odrl:Constraint ; odrl:leftOperand regc:monetaryValue ; odrl:operator odrl:gt ; odrl:rightOperand 50 ; odrl:unit ex:EUR .
<conduct/gifts/3/n1/exc1> a regc:Exception ; regc:marker "unless" ; regc:conditionText "their manager approves" ;
  odrl:constraint <conduct/gifts/3/n1/exc1/c1> .
<conduct/gifts/3/n1/exc1/c1> a odrl:Constraint ; odrl:leftOperand ex:managerApproval ; odrl:operator odrl:eq ; odrl:rightOperand true .
<conduct/gifts/3/n1/exc2> a regc:Exception ; regc:marker "except" ; regc:conditionText "at official ceremonies" .
`;
    const graph = new N3.Store(new N3.Parser({ baseIRI: 'https://w3id.org/regc/id/' }).parse(GRAPH));
    const content = emitOdrl(graph).content;
    const norm = async () => (await read('compiled/odrl.ttl', content)).norms[0]!;
    it('a condition with a formal version is a constraint of the rule', async () =>
      assert.ok((await norm()).constraints.map(render).includes(`https://w3id.org/regc/ns#monetaryValue gt number:50 [${EX}EUR]`)));
    it('an exception with a formal version is the negated constraint', async () =>
      assert.ok((await norm()).constraints.map(render).includes(`${EX}managerApproval neq boolean:true`)));
    it('an exception in words only stays as a regc:exception annotation', () => {
      assert.match(content, /regc:conditionText "at official ceremonies"/);
      assert.match(content, /regc:Exception/);
    });
    it('bearer, action and provenance of the norm', async () => {
      const n = await norm();
      assert.deepEqual([n.kind, n.bearer.concept, n.action.concept], ['prohibition', `${EX}employee`, `${EX}acceptGift`]);
      assert.match(content, /prov:wasDerivedFrom <conduct\/gifts\/3>/);
    });
    it('exports plain ODRL: the document is an odrl:Set linking its rules', async () => {
      const store = new N3.Store(new N3.Parser({ baseIRI: 'https://w3id.org/regc/id/' }).parse(content));
      assert.equal(store.countQuads('https://w3id.org/regc/id/conduct', `${ODRL.ns}prohibition`, 'https://w3id.org/regc/id/conduct/gifts/3/n1', null), 1);
      assert.equal(store.countQuads('https://w3id.org/regc/id/conduct', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', ODRL.Set, null), 1);
    });
  });
});
