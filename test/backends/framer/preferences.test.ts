import assert from 'node:assert/strict';
import { ktoItems, preferencePairs } from '../../../src/backends/framer/preferences.js';
import type { Label } from '../../../src/backends/framer/records.js';
import { judge, scenarioRecords } from '../../../src/backends/framer/scenarios.js';
import type { Situation } from '../../../src/ir/index.js';
import { REGC } from '../../../src/vocab/index.js';
import { amount, build, ctxOf, fact, norm, situation } from './fixtures.js';

const rules = [
  norm('1', 'prohibition', { target: 'gift', when: [['worth more than USD 100', amount('gt', 100)]], unless: [['the Ethics Office has given prior approval', fact('ethicsApproval')]] }),
  norm('2', 'permission', { target: 'cashGift', doc: 'update', text: 'Employees may accept cash gifts.' }),
];
const pairsFor = (s: Situation, performed = true) => {
  const c = ctxOf(build(rules, { update: { effective: '2027-01-01' } }));
  const j = judge(c, { situation: s, performed, seeds: [rules[0]!.iri], order: Object.keys(s.facts), distractors: [] })!;
  const r = scenarioRecords(c, j);
  return { label: j.label as Label, pairs: preferencePairs(c, r.sft, r.input, j.label) };
};
const shouldPair = (name: string, s: Situation, errors: string[]) =>
  it(name, () => {
    const { pairs } = pairsFor(s);
    assert.deepEqual(pairs.map((p) => p.error).sort(), [...errors].sort());
    for (const p of pairs) {
      assert.notEqual(p.chosen, p.rejected);
      assert.match(p.id, /^pref:[0-9a-f]{16}$/);
      assert.match(p.source, /^sft:/);
    }
  });

describe('framer/preferences', () => {
  shouldPair('a violation: ignoring the rule', situation('employee', 'accept', 'gift', { [REGC.monetaryValue]: 150, ethicsApproval: false }), ['ignores-rule']);
  shouldPair('a permitted act: refusing it', situation('employee', 'accept', 'gift', { [REGC.monetaryValue]: 50 }), ['over-refuses']);
  shouldPair('an exception holds: missing it, and refusing', situation('employee', 'accept', 'gift', { [REGC.monetaryValue]: 150, ethicsApproval: true }), ['misses-exception', 'over-refuses']);
  shouldPair('a fact is missing: guessing it', situation('employee', 'accept', 'gift', {}), ['guesses-missing-fact']);
  shouldPair('precedence decides: applying the overridden rule, and refusing', situation('employee', 'accept', 'cashGift', { [REGC.monetaryValue]: 150, ethicsApproval: false }), ['applies-overridden-rule', 'over-refuses']);

  it('KTO: each chosen answer once as desirable, each rejected one as undesirable', () => {
    const { pairs } = pairsFor(situation('employee', 'accept', 'gift', { [REGC.monetaryValue]: 150, ethicsApproval: true }));
    const kto = ktoItems(pairs);
    assert.equal(kto.filter((k) => k.label).length, 1);
    assert.equal(kto.filter((k) => !k.label).length, pairs.length);
    assert.ok(kto.every((k) => /^kto:[0-9a-f]{16}$/.test(k.id)));
  });
});
