import assert from 'node:assert/strict';
import { amountsAround, daysAround } from '../../../src/backends/framer/facts.js';
import { REGC } from '../../../src/vocab/index.js';
import { amount, build, ctxOf, fact, norm, o, USD } from './fixtures.js';

const ctx = () => ctxOf(build([
  norm('1', 'prohibition', { target: 'gift', when: [['worth more than USD 100', amount('gt', 100)]], unless: [['the Ethics Office has given prior approval', fact('ethicsApproval')]] }),
  norm('2', 'prohibition', { target: 'gift', when: [['an open tender is in progress', fact('openTender')]] }),
]));

describe('framer/facts', () => {
  it('amounts below, at and above each limit', () => {
    assert.deepEqual(amountsAround([100]), [50, 100, 150]);
    assert.deepEqual(amountsAround([20, 100]), [10, 20, 30, 50, 100, 150]);
    assert.deepEqual(amountsAround([1]), [1, 2]);
  });
  it('days around a date', () => {
    assert.deepEqual(daysAround({ kind: 'date', value: '2026-03-01' }).map((v) => v.value), ['2026-02-28', '2026-03-01', '2026-03-02']);
  });
  it('collects the left operands of every norm', () => {
    assert.deepEqual(ctx().facts.leftOperands(), [o('ethicsApproval'), o('openTender'), REGC.monetaryValue].sort());
  });
  it('tries both truth values of a fact and the amounts around a limit, in the limit\'s unit', () => {
    const c = ctx();
    assert.deepEqual(c.facts.candidates(o('openTender')).map((v) => v.values[0]!.value), [true, false]);
    assert.deepEqual(c.facts.candidates(REGC.monetaryValue), [50, 100, 150].map((n) => ({ values: [{ kind: 'number', value: n }], unit: USD })));
  });
  const phrases: [string, unknown, 'first' | 'third', string][] = [
    ['ethicsApproval', true, 'third', 'The Ethics Office has given prior approval.'],
    ['ethicsApproval', false, 'third', 'The Ethics Office has not given prior approval.'],
    ['openTender', false, 'first', 'An open tender is not in progress.'],
  ];
  for (const [lo, value, person, expected] of phrases) {
    it(`${lo} = ${String(value)} reads "${expected}"`, () => {
      assert.equal(ctx().facts.phrase(o(lo), { values: [{ kind: 'boolean', value: value as boolean }] }, person), expected);
    });
  }
  it('an amount reads with its currency and the target', () => {
    assert.equal(ctx().facts.phrase(REGC.monetaryValue, { values: [{ kind: 'number', value: 150 }], unit: USD }, 'third', o('gift')), 'The gift is worth USD 150.');
  });
  it('a fact no condition states reads from its definition', () => {
    const c = ctxOf(build([norm('1', 'permission', { when: [['', fact('ethicsApproval')]] })]));
    assert.equal(c.facts.phrase(o('ethicsApproval'), { values: [{ kind: 'boolean', value: true }] }, 'third'), 'The Ethics Office has approved the act before it takes place.');
  });
});
