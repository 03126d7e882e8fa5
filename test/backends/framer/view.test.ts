import assert from 'node:assert/strict';
import { conceptsOfNorm, readView } from '../../../src/backends/framer/view.js';
import { ACTION, FACT } from '../../../src/vocab/index.js';
import { amount, build, fact, norm, o } from './fixtures.js';

describe('framer/view', () => {
  const rules = [
    norm('1', 'prohibition', { target: 'gift', when: [['worth more than USD 100', amount('gt', 100)]], unless: [['the Ethics Office has given prior approval', fact('ethicsApproval')]] }),
    norm('2', 'permission', { target: 'gift', doc: 'emea' }),
  ];
  it('reads norms with their clause, section, document, authority, effective date and conflicts', () => {
    const b = build(rules, { emea: { authority: 'regional-guideline', effective: '2026-03-01' } });
    const v = readView(b.graph, b.ontology, 1);
    const e = v.byIri.get(rules[1]!.iri)!;
    assert.deepEqual([e.authority, e.effective, e.clause?.id, e.section?.heading, e.conflicts.length], ['regional-guideline', '2026-03-01', 'emea/rules/2', '2. Rules', 1]);
    assert.deepEqual(v.norms.map((x) => x.norm.iri), rules.map((n) => n.iri).sort());
  });
  it('labels concepts, minted actions and facts', () => {
    const b = build(rules);
    const v = readView(b.graph, b.ontology, 1);
    assert.equal(v.label(o('cashGift')), 'cash gift');
    assert.equal(v.label(`${ACTION}speak-to-the-press`), 'speak to the press');
    assert.equal(v.label(`${FACT}approved-ai-tool`), 'approved ai tool');
    assert.equal(v.label('text:regional ethics office'), 'regional ethics office');
    assert.equal(v.definition(o('ethicsApproval')), 'The Ethics Office has approved the act before it takes place.');
  });
  it('the concepts a norm uses', () => {
    const b = build(rules);
    const v = readView(b.graph, b.ontology, 1);
    assert.deepEqual(conceptsOfNorm(v, rules[0]!), [o('accept'), o('employee'), o('ethicsApproval'), o('gift')]);
  });
});
