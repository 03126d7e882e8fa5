import assert from 'node:assert/strict';
import type { ScopeRelation } from '../../src/ir/index.js';
import { combine, normaliseText, scopeOf, termKey } from '../../src/reasoner/scope.js';
import { ACTION } from '../../src/vocab/index.js';
import { amount, fact, nid, norm, o } from './fixtures.js';

function shouldCombine(rels: ScopeRelation[], expected: ScopeRelation) {
  it(`${rels.join(' × ')} = ${expected}`, () => assert.equal(combine(rels), expected));
}

describe('reasoner/scope', () => {
  describe('combining dimensions', () => {
    shouldCombine(['equal', 'equal', 'equal'], 'equal');
    shouldCombine(['contained', 'equal', 'contained'], 'contained');
    shouldCombine(['contains', 'equal'], 'contains');
    shouldCombine(['contained', 'contains'], 'overlap');
    shouldCombine(['overlap', 'equal'], 'overlap');
    shouldCombine(['unknown', 'contained'], 'unknown');
    shouldCombine(['disjoint', 'unknown'], 'disjoint');
  });

  describe('terms', () => {
    it('keys a concept by its IRI', () => assert.equal(termKey({ text: 'staff', concept: o('employee') }), o('employee')));
    it('keys a text without concept by its normalised text', () => assert.equal(termKey({ text: 'All Employees' }), 'text:employee'));
    it('normalises articles, case and plurals', () => assert.equal(normaliseText('The  Sales Managers'), 'sales manager'));
    it('keys an action without concept by the IRI the graph mints', () =>
      assert.equal(scopeOf(norm('a', 'prohibition', { actionText: 'take presents' })).action, `${ACTION}take-presents`));
  });

  describe('contexts of a norm', () => {
    const n = norm('a', 'permission', { when: [amount('gt', 5)], unless: [fact('managerApproval')], vague: ['if modest'], refine: [amount('lt', 9)] });
    const s = scopeOf(n);
    it('takes conditions and exceptions', () => assert.deepEqual([s.applies.all, s.applies.none, s.applies.unformalised], [[amount('gt', 5)], [fact('managerApproval')], ['if modest']]));
    it('adds refinements to the full context only', () => assert.deepEqual([s.context.all, s.manner.all], [[amount('gt', 5), amount('lt', 9)], [amount('lt', 9)]]));
    it('gives a duty the context of its permission', () => {
      const duty = norm('d', 'obligation', { action: 'reportGift', dutyOf: nid('a'), when: [amount('gt', 100)] });
      assert.deepEqual(scopeOf(duty, n).applies.all, [amount('gt', 100), amount('gt', 5)]);
    });
    it('counts a condition stated twice once', () => {
      const twice = norm('t', 'permission', { when: [amount('gt', 5)] });
      twice.conditions.push({ marker: 'if', text: 'over 5', concepts: [], constraint: amount('gt', 5) });
      assert.deepEqual(scopeOf(twice).applies.all, [amount('gt', 5)]);
    });
  });
});
