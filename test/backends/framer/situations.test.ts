import assert from 'node:assert/strict';
import { appliesAssignment, DEFAULT_LIMITS, draftsForConflict, draftsForNorm, leftOperandsOf, perNormCap, situationKey } from '../../../src/backends/framer/situations.js';
import { REGC } from '../../../src/vocab/index.js';
import { amount, build, ctxOf, fact, norm, o, situation } from './fixtures.js';

const gift = norm('1', 'prohibition', { target: 'gift', when: [['worth more than USD 100', amount('gt', 100)]], unless: [['the Ethics Office has given prior approval', fact('ethicsApproval')]] });
const ctx = () => ctxOf(build([gift, norm('2', 'permission', { target: 'gift', doc: 'emea' })]));

describe('framer/situations', () => {
  it('finds the left operands a norm turns on', () => {
    const c = ctx();
    assert.deepEqual(leftOperandsOf(c.view.byIri.get(gift.iri)!).sort(), [o('ethicsApproval'), REGC.monetaryValue].sort());
  });
  it('the applying assignment meets the conditions and fails the exceptions', () => {
    const c = ctx();
    const a = appliesAssignment(c, c.view.byIri.get(gift.iri)!);
    assert.deepEqual(a.get(REGC.monetaryValue)?.values, [{ kind: 'number', value: 150 }]);
    assert.deepEqual(a.get(o('ethicsApproval'))?.values, [{ kind: 'boolean', value: false }]);
  });
  it('drafts the bearer and a narrower role, the target, a narrower one and none, and every fact left unstated', () => {
    const c = ctx();
    const drafts = draftsForNorm(c, c.view.byIri.get(gift.iri)!);
    const actors = new Set(drafts.map((d) => d.situation.actor[0]));
    const targets = new Set(drafts.map((d) => d.situation.target ?? 'none'));
    assert.ok(actors.has(o('employee')) && actors.has(o('manager')) && actors.has(o('contractor')));
    assert.ok(targets.has(o('gift')) && targets.has(o('cashGift')) && targets.has('none'));
    assert.ok(drafts.some((d) => Object.keys(d.situation.facts).length === 0));
    assert.ok(drafts.some((d) => !d.performed), 'leaving the act undone is drafted too');
    assert.ok(drafts.some((d) => d.situation.facts[o('ethicsApproval')]?.[0]?.value === true), 'the exception holds in some');
  });
  it('is deterministic for a seed', () => {
    const keys = (seed: number) => {
      const c = ctxOf(build([gift]), seed);
      return draftsForNorm(c, c.view.norms[0]!).map((d) => situationKey(d.situation) + d.performed);
    };
    assert.deepEqual(keys(3), keys(3));
  });
  it('samples down to the budget on a large corpus', () => {
    const c = ctx();
    const limits = { ...DEFAULT_LIMITS, scenarioBudget: 4, minPerNorm: 2 };
    assert.equal(perNormCap(limits, 2), 2);
    const drafts = draftsForNorm(c, c.view.byIri.get(gift.iri)!, limits);
    assert.ok(drafts.length <= 2 * 2);
    assert.deepEqual(drafts[0]!.situation.facts[REGC.monetaryValue], [{ kind: 'number', value: 150 }], 'the applying situation is kept first');
  });
  it('drafts situations in which both norms of a conflict apply', () => {
    const c = ctx();
    const [a, b] = c.view.conflicts[0]!.norms.map((n) => c.view.byIri.get(n)!);
    const drafts = draftsForConflict(c, a!, b!);
    assert.ok(drafts.length > 0);
    assert.deepEqual(drafts[0]!.situation.actor, [o('employee')]);
    assert.equal(drafts[0]!.situation.target, o('gift'));
  });
  it('equal situations have equal keys, whatever the order of their facts', () => {
    const x = situation('employee', 'accept', 'gift', { ethicsApproval: true, [REGC.monetaryValue]: 50 });
    const y = situation('employee', 'accept', 'gift', { [REGC.monetaryValue]: 50, ethicsApproval: true });
    assert.equal(situationKey(x), situationKey(y));
    assert.notEqual(situationKey(x), situationKey(situation('employee', 'accept', 'gift', { ethicsApproval: false, [REGC.monetaryValue]: 50 })));
  });
});
