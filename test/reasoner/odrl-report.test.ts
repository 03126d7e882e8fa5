import assert from 'node:assert/strict';
import N3 from 'n3';
import type { Norm } from '../../src/ir/index.js';
import { parseOdrl } from '../../src/frontend/odrl.js';
import { factsFrom, type FactInput } from '../../src/reasoner/constraints.js';
import { complianceReport, dutyStatesFrom, reportContext, reportIri, reportQuads, requestedRules, type StateOfTheWorld } from '../../src/reasoner/odrl-report.js';
import { buildHierarchies } from '../../src/reasoner/hierarchy.js';
import { ODRL, RDF, REPORT } from '../../src/vocab/index.js';

const EX = 'http://example.org/';
const HEAD = `@prefix odrl: <http://www.w3.org/ns/odrl/2/> . @prefix ex: <http://example.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n`;
const norms = async (body: string): Promise<Norm[]> => (await parseOdrl({ path: 'p.ttl', text: HEAD + body, sha256: '' }, { authorities: new Set() })).document!.norms;
const REQUEST = 'ex:q a odrl:Request ; odrl:permission ex:ask . ex:ask odrl:assignee ex:alice ; odrl:action odrl:read ; odrl:target ex:x .';
const HIERARCHY = new N3.Store(new N3.Parser().parse(`${HEAD} odrl:read odrl:includedIn odrl:use . ex:alice odrl:partOf ex:staff . ex:x odrl:partOf ex:files .`));
const ctx = reportContext(buildHierarchies({ stores: [HIERARCHY] }));

/** Activation and premise states of the one rule report of a policy body against the request. */
async function report(policy: string, facts: Record<string, FactInput> = {}, duties?: StateOfTheWorld['duties']) {
  const r = complianceReport(await norms(policy), await norms(REQUEST), { facts: factsFrom(facts), ...(duties ? { duties } : {}) }, ctx);
  assert.equal(r.rules.length, 1);
  const rule = r.rules[0]!;
  return { active: rule.active, premises: rule.premises.map((p) => `${p.kind}:${p.satisfied}`), missing: rule.missing };
}
const shouldReport = (title: string, policy: string, facts: Record<string, FactInput>, expected: Awaited<ReturnType<typeof report>>) =>
  it(title, async () => assert.deepEqual(await report(`ex:p a odrl:Set ; ${policy}`, facts), expected));
const NOW = { [ODRL.dateTime]: { kind: 'dateTime', value: '2024-06-01T12:00:00Z' } } as const;
const BEFORE_2025 = '[ odrl:leftOperand odrl:dateTime ; odrl:operator odrl:lt ; odrl:rightOperand "2025-01-01T00:00:00Z"^^xsd:dateTime ]';

describe('reasoner/odrl-report', () => {
  shouldReport('a rule that names nothing is active for any request', 'odrl:permission ex:r . ex:r a odrl:Permission .', {}, { active: true, premises: [], missing: [] });
  shouldReport('the party, action (through includedIn) and asset (through partOf) match', 'odrl:permission ex:r . ex:r odrl:assignee ex:alice ; odrl:action odrl:use ; odrl:target ex:files .', {},
    { active: true, premises: ['target:true', 'party:true', 'action:true'], missing: [] });
  shouldReport('a member of a party collection', 'odrl:permission ex:r . ex:r odrl:assignee ex:staff ; odrl:action odrl:read .', {}, { active: true, premises: ['party:true', 'action:true'], missing: [] });
  shouldReport('another party', 'odrl:prohibition ex:r . ex:r odrl:assignee ex:bob ; odrl:action odrl:read .', {}, { active: false, premises: ['party:false', 'action:true'], missing: [] });
  shouldReport('a narrower action does not cover a broader request', 'odrl:permission ex:r . ex:r odrl:action odrl:print .', {}, { active: false, premises: ['action:false'], missing: [] });
  shouldReport('a constraint that holds', `odrl:permission ex:r . ex:r odrl:action odrl:read ; odrl:constraint ${BEFORE_2025} .`, NOW, { active: true, premises: ['action:true', 'constraint:true'], missing: [] });
  shouldReport('a constraint on a fact the world does not give: inactive, and the fact is missing', `odrl:permission ex:r . ex:r odrl:action odrl:read ; odrl:constraint ${BEFORE_2025} .`, {},
    { active: false, premises: ['action:true', 'constraint:unknown'], missing: [ODRL.dateTime] });
  shouldReport('a refinement that does not hold makes the action not match', 'odrl:permission ex:r . ex:r odrl:action [ rdf:value odrl:read ; odrl:refinement [ odrl:leftOperand odrl:count ; odrl:operator odrl:lt ; odrl:rightOperand 3 ] ] .',
    { [ODRL.count]: 5 }, { active: false, premises: ['action:false'], missing: [] });

  it('a permission whose duty the world reports violated is not active; the duty report is its condition', async () => {
    const policy = await norms('ex:p a odrl:Set ; odrl:permission ex:r . ex:r odrl:action odrl:read ; odrl:duty ex:d . ex:d odrl:action odrl:compensate .');
    const world = new N3.Store(new N3.Parser().parse(`@prefix report: <${REPORT.ns}> . <${EX}w1> a report:DutyReport ; report:rule <${EX}d> ; report:deonticState report:Violated .`));
    const duties = dutyStatesFrom(world);
    assert.deepEqual([...duties], [[`${EX}d`, { state: 'violated', report: `${EX}w1` }]]);
    const r = complianceReport(policy, await norms(REQUEST), { facts: factsFrom({}), duties }, ctx);
    assert.deepEqual(r.rules.map((x) => [x.rule, x.active, x.conditions]), [[`${EX}r`, false, [`${EX}w1`]]]);
  });

  it('the request as what it asks for', async () =>
    assert.deepEqual(requestedRules(await norms(REQUEST)), [{ iri: `${EX}ask`, assignee: `${EX}alice`, action: ODRL.read, target: `${EX}x` }]));

  it('FORCE triples: a policy report, a rule report per rule, premise reports with their states', async () => {
    const r = complianceReport(await norms(`ex:p a odrl:Set ; odrl:permission ex:r . ex:r odrl:action odrl:read ; odrl:constraint [ odrl:and ( ${BEFORE_2025} ) ] .`), await norms(REQUEST), { facts: factsFrom(NOW) }, ctx);
    const store = new N3.Store(reportQuads(r));
    const root = reportIri(r);
    const one = (s: string, p: string) => store.getObjects(s, p, null).map((t) => t.value);
    assert.deepEqual([one(root, RDF.type), one(root, REPORT.policy), one(root, REPORT.policyRequest)], [[REPORT.PolicyReport], [`${EX}p`], [`${EX}q`]]);
    const rule = `${root}/r1`;
    assert.deepEqual([one(rule, RDF.type), one(rule, REPORT.activationState), one(rule, REPORT.attemptState), one(rule, REPORT.ruleRequest)],
      [[REPORT.PermissionReport], [REPORT.Active], [REPORT.Attempted], [`${EX}ask`]]);
    assert.deepEqual(one(`${rule}/p2`, REPORT.constraintLogicalOperand), [ODRL.and]);
    assert.deepEqual([one(`${rule}/p2/p1`, REPORT.satisfactionState), one(`${rule}/p2/p1`, REPORT.constraintLeftOperand)], [[REPORT.Satisfied], ['2024-06-01T12:00:00Z']]);
    assert.deepEqual(reportQuads(r), reportQuads(r));
  });
});
