import assert from 'node:assert/strict';
import type { Norm } from '../../src/ir/index.js';
import { parseOdrl, type OdrlResult } from '../../src/frontend/odrl.js';
import { ODRL } from '../../src/vocab/index.js';

const EX = 'http://example.org/';
const read = (json: unknown, path = 'regulations/policy.jsonld'): Promise<OdrlResult> =>
  parseOdrl({ path, text: typeof json === 'string' ? json : JSON.stringify(json, null, 2), sha256: '0'.repeat(64) }, { authorities: new Set(['law']) });

const short = (iri: string | undefined) => iri?.replace(EX, 'ex:').replace(ODRL.ns, 'odrl:');
const brief = (n: Norm) => [short(n.iri), n.kind, short(n.bearer.concept), short(n.action.concept), short(n.target?.concept)];

/** The (iri, kind, bearer, action, target) of each norm of a JSON-LD policy, without errors. */
function shouldRead(title: string, json: unknown, ...expected: (string | undefined)[][]) {
  it(title, async () => {
    const r = await read(json);
    assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), []);
    assert.deepEqual(r.document!.norms.map(brief), expected);
  });
}

const CONTEXT = 'http://www.w3.org/ns/odrl.jsonld';
const policy = (rest: Record<string, unknown>) => ({ '@context': CONTEXT, '@type': 'Set', uid: 'http://example.org/p', ...rest });

describe('frontend/odrl (JSON-LD)', () => {
  shouldRead('the ODRL context is resolved offline; terms and compact IRIs expand',
    policy({ permission: [{ uid: 'http://example.org/r1', assignee: 'http://example.org/alice', action: 'read', target: 'http://example.org/x' }] }),
    ['ex:r1', 'permission', 'ex:alice', 'odrl:read', 'ex:x']);
  shouldRead('the https URL of the context too',
    { ...policy({ prohibition: [{ action: 'odrl:print' }] }), '@context': 'https://www.w3.org/ns/odrl.jsonld' },
    ['ex:p/prohibition1', 'prohibition', undefined, 'odrl:print', undefined]);
  shouldRead('a document without @context is read with the ODRL context',
    { '@type': 'Offer', uid: 'http://example.org/p', obligation: [{ action: 'compensate', assignee: 'http://example.org/bob' }] },
    ['ex:p/obligation1', 'obligation', 'ex:bob', 'odrl:compensate', undefined]);
  shouldRead('a local context adds prefixes to the ODRL one',
    { '@context': [CONTEXT, { ex: EX }], '@type': 'Agreement', uid: 'ex:p', permission: [{ uid: 'ex:r1', action: 'use', assignee: 'ex:alice', target: 'ex:x' }] },
    ['ex:r1', 'permission', 'ex:alice', 'odrl:use', 'ex:x']);
  shouldRead('several policies under @graph',
    { '@context': CONTEXT, '@graph': [
      { '@type': 'Set', uid: 'http://example.org/p', permission: [{ uid: 'http://example.org/r1', action: 'read' }] },
      { '@type': 'Offer', uid: 'http://example.org/q', assigner: 'http://example.org/org', prohibition: [{ uid: 'http://example.org/r2', action: 'distribute' }] },
    ] },
    ['ex:r1', 'permission', undefined, 'odrl:read', undefined],
    ['ex:r2', 'prohibition', undefined, 'odrl:distribute', undefined]);
  shouldRead('duties, refinements and logical constraints',
    policy({
      permission: [{
        uid: 'http://example.org/r1',
        action: [{ 'rdf:value': { '@id': 'odrl:print' }, refinement: [{ leftOperand: 'resolution', operator: 'lteq', rightOperand: { '@value': '1200', '@type': 'xsd:integer' } }] }],
        constraint: [{ and: [
          { leftOperand: 'dateTime', operator: 'gt', rightOperand: { '@value': '2024-01-01T00:00:00Z', '@type': 'xsd:dateTime' } },
          { leftOperand: 'dateTime', operator: 'lt', rightOperand: { '@value': '2025-01-01T00:00:00Z', '@type': 'xsd:dateTime' } },
        ] }],
        duty: [{ action: 'compensate' }],
      }],
    }),
    ['ex:r1', 'permission', undefined, 'odrl:print', undefined],
    ['ex:r1/duty1', 'obligation', undefined, 'odrl:compensate', undefined]);

  it('constraints, refinements and duties keep their structure', async () => {
    const r = await read(policy({
      permission: [{
        uid: 'http://example.org/r1',
        action: [{ 'rdf:value': { '@id': 'odrl:print' }, refinement: [{ leftOperand: 'resolution', operator: 'lteq', rightOperand: { '@value': '1200', '@type': 'xsd:integer' } }] }],
        constraint: [{ xone: [
          { leftOperand: 'purpose', operator: 'eq', rightOperand: { '@id': 'http://example.org/a' } },
          { leftOperand: 'purpose', operator: 'isAnyOf', rightOperand: [{ '@id': 'http://example.org/b' }, { '@id': 'http://example.org/c' }] },
        ] }],
        duty: [{ action: 'compensate' }],
      }],
    }));
    const n = r.document!.norms[0]!;
    assert.deepEqual(n.refinements, [{ type: 'atomic', iri: `${EX}r1/action1/r1`, leftOperand: `${ODRL.ns}resolution`, operator: 'lteq', rightOperand: [{ kind: 'number', value: 1200 }] }]);
    assert.deepEqual(n.constraints, [{ type: 'logical', iri: `${EX}r1/c1`, operator: 'xone', constraints: [
      { type: 'atomic', iri: `${EX}r1/c1/c1`, leftOperand: ODRL.purpose, operator: 'eq', rightOperand: [{ kind: 'iri', value: `${EX}a` }] },
      { type: 'atomic', iri: `${EX}r1/c1/c2`, leftOperand: ODRL.purpose, operator: 'isAnyOf', rightOperand: [{ kind: 'iri', value: `${EX}b` }, { kind: 'iri', value: `${EX}c` }] },
    ] }]);
    assert.deepEqual([n.duties, r.document!.norms[1]!.dutyOf], [[`${EX}r1/duty1`], `${EX}r1`]);
  });

  it('a rule is stated where its object opens', async () => {
    const text = '{\n  "@context": "http://www.w3.org/ns/odrl.jsonld",\n  "@type": "Set",\n  "uid": "http://example.org/p",\n  "permission": [\n    {\n      "action": "read"\n    }\n  ]\n}\n';
    const r = await read(text);
    const s = r.document!.norms[0]!.span;
    assert.deepEqual([s.line, s.column, s.endLine, s.endColumn], [6, 5, 8, 6]);
    assert.equal(r.document!.norms[0]!.text, '{ "action": "read" }');
  });

  it('the same policy in Turtle and JSON-LD gives the same norms (but for spans and texts)', async () => {
    const j = await read(policy({ permission: [{ uid: 'http://example.org/r1', assignee: 'http://example.org/alice', action: 'read', constraint: [{ leftOperand: 'count', operator: 'lteq', rightOperand: 3 }] }] }), 'regulations/same.jsonld');
    const t = await parseOdrl({ path: 'regulations/same.ttl', sha256: '', text: `@prefix odrl: <http://www.w3.org/ns/odrl/2/> .
      <http://example.org/p> a odrl:Set ; odrl:permission <http://example.org/r1> .
      <http://example.org/r1> odrl:assignee <http://example.org/alice> ; odrl:action odrl:read ; odrl:constraint [ odrl:leftOperand odrl:count ; odrl:operator odrl:lteq ; odrl:rightOperand 3 ] .` }, { authorities: new Set() });
    const strip = (n: Norm) => ({ ...n, span: undefined, text: undefined });
    assert.deepEqual(j.document!.norms.map(strip), t.document!.norms.map(strip));
  });

  describe('diagnostics', () => {
    const codes = async (json: unknown) => (await read(json)).diagnostics.map((d) => ({ code: d.code, line: d.span?.line, ...(d.data ? { data: d.data } : {}) }));
    it('RC1010 for a mistyped key, with the nearest ODRL term', async () =>
      assert.deepEqual(await codes('{\n "@context": "http://www.w3.org/ns/odrl.jsonld", "@type": "Set", "uid": "http://example.org/p",\n "perm1ssion": [ { "action": "read" } ]\n}'),
        [{ code: 'RC1010', line: 3, data: { term: 'perm1ssion', suggestion: 'permission' } }]));
    it('RC1010 for a mistyped action and a mistyped class', async () =>
      assert.deepEqual(await codes('{ "@context": "http://www.w3.org/ns/odrl.jsonld", "@type": "Set", "uid": "http://example.org/p",\n "permission": [ {\n "@type": "Permision", "action": "usee" } ] }'),
        [{ code: 'RC1010', line: 3, data: { term: 'Permision', suggestion: 'Permission' } }, { code: 'RC1010', line: 3, data: { term: 'usee', suggestion: 'use' } }]));
    it('RC1009 for text that is not JSON, at the offending character', async () =>
      assert.deepEqual(await codes('{\n  "@type": "Set",\n  "uid": ,\n}'), [{ code: 'RC1009', line: 3 }]));
    it('RC1009 for a remote context that cannot be loaded offline', async () =>
      assert.deepEqual(await codes({ '@context': 'https://example.org/other.jsonld', '@type': 'Set' }), [{ code: 'RC1009', line: 2 }]));
    it('RC1009 for a rule without action', async () =>
      assert.deepEqual((await codes(policy({ permission: [{ target: 'http://example.org/x' }] }))).map((d) => d.code), ['RC1009']));
  });
});
