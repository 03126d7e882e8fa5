/**
 * The negation of a constraint, where ODRL 2.2 can state it: an exception ("unless …") limits a norm the way a
 * negated constraint does. Comparisons flip (`eq`↔`neq`, `lt`↔`gteq`, `gt`↔`lteq`) when the right operand is
 * one value, `isAnyOf`↔`isNoneOf`, and logical constraints follow De Morgan (`and`↔`or`). Each is the exact
 * complement under the compiler's three-valued evaluation (unknown stays unknown) for single-valued facts.
 * `isA`, `isPartOf`, `hasPart`, `isAllOf`, `xone` and `andSequence` have no ODRL complement: undefined.
 */
import type { Constraint, Operator } from '../../ir/index.js';

const FLIP: Partial<Record<Operator, Operator>> = {
  eq: 'neq', neq: 'eq', lt: 'gteq', gteq: 'lt', gt: 'lteq', lteq: 'gt', isAnyOf: 'isNoneOf', isNoneOf: 'isAnyOf',
};
const COMPARISON: ReadonlySet<Operator> = new Set<Operator>(['eq', 'neq', 'lt', 'lteq', 'gt', 'gteq']);

export function negate(c: Constraint): Constraint | undefined {
  if (c.type === 'atomic') {
    const op = FLIP[c.operator];
    if (!op || (COMPARISON.has(c.operator) && c.rightOperand.length !== 1)) return undefined;
    return { type: 'atomic', leftOperand: c.leftOperand, operator: op, rightOperand: [...c.rightOperand], ...(c.unit ? { unit: c.unit } : {}) };
  }
  if (c.operator !== 'and' && c.operator !== 'or') return undefined;
  const parts = c.constraints.map(negate);
  if (parts.some((p) => p === undefined)) return undefined;
  return { type: 'logical', operator: c.operator === 'and' ? 'or' : 'and', constraints: parts as Constraint[] };
}
