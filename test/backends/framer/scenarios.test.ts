import assert from 'node:assert/strict';
import { labelOf } from '../../../src/backends/framer/answers.js';
import { makeCtx } from '../../../src/backends/framer/context.js';
import type { Label } from '../../../src/backends/framer/records.js';
import { judge, judgeAll, scenarioRecords, situationJson, tell } from '../../../src/backends/framer/scenarios.js';
import { readView } from '../../../src/backends/framer/view.js';
import type { Situation } from '../../../src/ir/index.js';
import { evaluateSituationText, loadReasoned } from '../../../src/reasoner/index.js';
import { REGC } from '../../../src/vocab/index.js';
import { amount, build, ctxOf, fact, norm, runningExample, situation } from './fixtures.js';

const rules = [
  norm('1', 'prohibition', { target: 'gift', when: [['worth more than USD 100', amount('gt', 100)]], unless: [['the Ethics Office has given prior approval', fact('ethicsApproval')]] }),
  norm('2', 'obligation', { action: 'offer', target: 'data' }),
  norm('3', 'permission', { target: 'gift', doc: 'emea', when: [['an open tender is in progress', fact('openTender', false)]] }),
];
const shouldLabel = (s: Situation, performed: boolean, label: Label, tags: string[] = []) =>
  it(`${s.actor.join('+').split('#').pop()} ${performed ? '' : 'not '}${s.action.split('#').pop()} ${JSON.stringify(Object.values(s.facts).map((v) => v[0]?.value))} → ${label}`, () => {
    const j = judge(ctxOf(build(rules)), { situation: s, performed, seeds: [rules[0]!.iri], order: Object.keys(s.facts), distractors: [] });
    assert.equal(j?.label, label);
    for (const t of tags) assert.ok(j!.tags.includes(t), `tag ${t} in ${j!.tags.join(', ')}`);
  });

describe('framer/scenarios', () => {
  describe('labels come from the reasoner', () => {
    shouldLabel(situation('employee', 'accept', 'gift', { [REGC.monetaryValue]: 150, ethicsApproval: false, openTender: true }), true, 'non-compliant');
    shouldLabel(situation('employee', 'accept', 'gift', { [REGC.monetaryValue]: 50, openTender: true }), true, 'compliant', ['not-applicable']);
    shouldLabel(situation('employee', 'accept', 'gift', { [REGC.monetaryValue]: 150, ethicsApproval: true, openTender: true }), true, 'compliant', ['exception-applies']);
    shouldLabel(situation('employee', 'accept', 'gift', { openTender: true }), true, 'needs-more-information', ['missing-fact']);
    shouldLabel(situation('manager', 'accept', 'gift', { [REGC.monetaryValue]: 150, ethicsApproval: false }), false, 'compliant', ['omission']);
    shouldLabel(situation('employee', 'offer', 'data'), false, 'non-compliant', ['omission']);
    shouldLabel(situation('contractor', 'accept', 'gift', { [REGC.monetaryValue]: 150, ethicsApproval: false }), true, 'compliant', ['not-applicable']);
  });

  it('tells a narrative in the third person and asks in the first', () => {
    const c = ctxOf(build(rules));
    const j = judge(c, { situation: situation('employee', 'accept', 'gift', { [REGC.monetaryValue]: 150, ethicsApproval: false }), performed: true, seeds: [rules[0]!.iri], order: [REGC.monetaryValue, 'https://example.org/orbis#ethicsApproval'], distractors: [] })!;
    const t = tell(c, j);
    assert.match(t.narrative, /^\w+ is an employee\. \w+ (accepts|decides to accept) a gift\. The gift is worth USD 150\. The Ethics Office has not given prior approval\.$/);
    assert.match(t.question, /^I am an employee\. I want to accept a gift\. The gift is worth USD 150\. The Ethics Office has not given prior approval\. (May I\?|Am I allowed to do that\?|Is that allowed\?|Can I go ahead\?)$/);
    assert.equal(t.act, 'accept the gift');
  });

  it('writes the situation as a regc evaluate file', () => {
    assert.deepEqual(situationJson(situation('employee', 'accept', 'gift', { [REGC.monetaryValue]: 150, ethicsApproval: false })), {
      actor: 'https://example.org/orbis#employee', action: 'https://example.org/orbis#accept', target: 'https://example.org/orbis#gift',
      facts: { 'https://example.org/orbis#ethicsApproval': false, [REGC.monetaryValue]: { value: 150, unit: 'http://qudt.org/vocab/currency/USD' } },
    });
  });

  describe('the running example', function () {
    this.timeout(120_000);
    it('every scenario, read back as a situation file, gets the same status and label from the reasoner', async () => {
      const b = await runningExample();
      const ctx = makeCtx(readView(b.graph, b.ontology, 20240306));
      const reasoned = loadReasoned(b.graph, b.ontology);
      const judged = judgeAll(ctx);
      assert.ok(judged.length > 1000);
      for (const j of judged) {
        const { scenario } = scenarioRecords(ctx, j);
        const e = evaluateSituationText(JSON.stringify(scenario.situation), 'scenario.json', reasoned);
        assert.ok(e.evaluation, `${scenario.id}: ${e.diagnostics.map((d) => d.message).join('; ')}`);
        assert.equal(e.evaluation.status, scenario.evaluation.status, scenario.id);
        assert.equal(labelOf(e.evaluation, scenario.performed), scenario.label, scenario.id);
      }
    });
    it('covers situations where an exception applies, precedence decides between documents, and a fact is missing', async () => {
      const b = await runningExample();
      const tags = new Set(judgeAll(makeCtx(readView(b.graph, b.ontology, 20240306))).flatMap((j) => j.tags));
      for (const t of ['exception-applies', 'precedence', 'precedence-between-documents', 'missing-fact', 'not-applicable', 'omission', 'distractor']) assert.ok(tags.has(t), t);
    });
  });
});
