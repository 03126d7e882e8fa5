import assert from 'node:assert/strict';
import type { Constraint, Operator, Value } from '../../../src/ir/index.js';
import { negate } from '../../../src/backends/odrl/negate.js';
import { evaluateConstraint, factsFrom } from '../../../src/reasoner/constraints.js';

const L = 'http://example.org/x';
const n = (value: number): Value => ({ kind: 'number', value });
const atom = (operator: Operator, ...right: Value[]): Constraint => ({ type: 'atomic', leftOperand: L, operator, rightOperand: right });
const and = (...cs: Constraint[]): Constraint => ({ type: 'logical', operator: 'and', constraints: cs });
const or = (...cs: Constraint[]): Constraint => ({ type: 'logical', operator: 'or', constraints: cs });

const shouldNegate = (c: Constraint, expected: Constraint | undefined) =>
  it(`${JSON.stringify(c).slice(0, 90)}`, () => assert.deepEqual(negate(c), expected));

describe('backends/odrl/negate', () => {
  shouldNegate(atom('eq', n(1)), atom('neq', n(1)));
  shouldNegate(atom('lt', n(1)), atom('gteq', n(1)));
  shouldNegate(atom('gt', n(1)), atom('lteq', n(1)));
  shouldNegate(atom('isAnyOf', n(1), n(2)), atom('isNoneOf', n(1), n(2)));
  shouldNegate(atom('isA', n(1)), undefined);
  shouldNegate(atom('eq', n(1), n(2)), undefined);
  shouldNegate(and(atom('lt', n(1)), atom('gt', n(5))), or(atom('gteq', n(1)), atom('lteq', n(5))));
  shouldNegate(or(atom('eq', n(1)), atom('isA', n(1))), undefined);
  shouldNegate({ type: 'logical', operator: 'xone', constraints: [] }, undefined);
  it('is the complement under three-valued evaluation', () => {
    const c = and(atom('lt', n(3)), atom('isNoneOf', n(7), n(8)));
    const neg = negate(c)!;
    const flip = { true: 'false', false: 'true', unknown: 'unknown' } as const;
    for (const facts of [{ [L]: 1 }, { [L]: 4 }, { [L]: 7 }, {}] as Record<string, number>[]) {
      assert.equal(evaluateConstraint(neg, factsFrom(facts)).value, flip[evaluateConstraint(c, factsFrom(facts)).value]);
    }
  });
});
