import assert from 'node:assert/strict';
import type { AtomicConstraint, Constraint, LogicalOperator, Operator, Value } from '../../src/ir/index.js';
import { evaluateAll, evaluateConstraint, factsFrom, type FactInput, type HierarchyContext, type TruthValue } from '../../src/reasoner/constraints.js';
import { ODRL, REGC } from '../../src/vocab/index.js';

const EX = 'http://example.org/';
const EUR = `${EX}EUR`;
const USD = `${EX}USD`;
const num = (value: number): Value => ({ kind: 'number', value });
const str = (value: string): Value => ({ kind: 'string', value });
const iri = (local: string): Value => ({ kind: 'iri', value: EX + local });
const date = (value: string): Value => ({ kind: 'date', value });
const dt = (value: string): Value => ({ kind: 'dateTime', value });
const bool = (value: boolean): Value => ({ kind: 'boolean', value });

const atom = (left: string, operator: Operator, right: Value | Value[], unit?: string): AtomicConstraint => ({
  type: 'atomic', leftOperand: left, operator, rightOperand: Array.isArray(right) ? right : [right], ...(unit ? { unit } : {}),
});
const logical = (operator: LogicalOperator, ...constraints: Constraint[]): Constraint => ({ type: 'logical', operator, constraints });

// hierarchy: cash isA payment; berlin partOf germany partOf europe
const ctx: HierarchyContext = {
  isA: (a, b) => a === b || (a === `${EX}cash` && b === `${EX}payment`),
  partOf: (a, b) => {
    const up: Record<string, string[]> = { [`${EX}berlin`]: [`${EX}germany`, `${EX}europe`], [`${EX}germany`]: [`${EX}europe`] };
    return a === b || (up[a]?.includes(b) ?? false);
  },
};

const L = `${EX}x`; // the left operand used by most rows

/** One row: the constraint, the facts, the expected truth value and (for unknown) the missing left operands. */
function shouldEvaluate(c: Constraint, facts: Record<string, FactInput>, value: TruthValue, missing: string[] = [], withCtx = true) {
  const name = `${show(c)} with ${JSON.stringify(facts).replaceAll(EX, '')} is ${value}`;
  it(name, () => assert.deepEqual(evaluateConstraint(c, factsFrom(facts), withCtx ? ctx : undefined), { value, missing }));
}
function show(c: Constraint): string {
  if (c.type === 'logical') return `${c.operator}(${c.constraints.map(show).join(', ')})`;
  return `${c.leftOperand.replace(EX, '')} ${c.operator} ${c.rightOperand.map((v) => String(v.value).replace(EX, '')).join('|')}${c.unit ? ' ' + c.unit.replace(EX, '') : ''}`;
}

describe('reasoner/constraints', () => {
  describe('comparison operators over numbers', () => {
    shouldEvaluate(atom(L, 'eq', num(5)), { [L]: 5 }, 'true');
    shouldEvaluate(atom(L, 'eq', num(5)), { [L]: 6 }, 'false');
    shouldEvaluate(atom(L, 'eq', num(5)), {}, 'unknown', [L]);
    shouldEvaluate(atom(L, 'neq', num(5)), { [L]: 6 }, 'true');
    shouldEvaluate(atom(L, 'neq', num(5)), { [L]: 5 }, 'false');
    shouldEvaluate(atom(L, 'neq', num(5)), {}, 'unknown', [L]);
    shouldEvaluate(atom(L, 'lt', num(5)), { [L]: 4.5 }, 'true');
    shouldEvaluate(atom(L, 'lt', num(5)), { [L]: 5 }, 'false');
    shouldEvaluate(atom(L, 'lt', num(5)), {}, 'unknown', [L]);
    shouldEvaluate(atom(L, 'lteq', num(5)), { [L]: 5 }, 'true');
    shouldEvaluate(atom(L, 'lteq', num(5)), { [L]: 6 }, 'false');
    shouldEvaluate(atom(L, 'lteq', num(5)), {}, 'unknown', [L]);
    shouldEvaluate(atom(L, 'gt', num(5)), { [L]: 6 }, 'true');
    shouldEvaluate(atom(L, 'gt', num(5)), { [L]: 5 }, 'false');
    shouldEvaluate(atom(L, 'gt', num(5)), {}, 'unknown', [L]);
    shouldEvaluate(atom(L, 'gteq', num(5)), { [L]: 5 }, 'true');
    shouldEvaluate(atom(L, 'gteq', num(5)), { [L]: 4 }, 'false');
    shouldEvaluate(atom(L, 'gteq', num(5)), {}, 'unknown', [L]);
    shouldEvaluate(atom(L, 'lt', num(5)), { [L]: [num(1), num(7)] }, 'false'); // every value must satisfy it
    shouldEvaluate(atom(L, 'lt', num(5)), { [L]: str('4') }, 'unknown', [L]); // kinds do not compare
  });

  describe('comparison operators over dates and date-times', () => {
    shouldEvaluate(atom(ODRL.dateTime, 'eq', dt('2024-02-12T11:20:10.999Z')), { [ODRL.dateTime]: dt('2024-02-12T12:20:10.999+01:00') }, 'true');
    shouldEvaluate(atom(ODRL.dateTime, 'eq', dt('2024-02-12T11:20:10.999Z')), { [ODRL.dateTime]: dt('2017-02-12T11:20:10.999Z') }, 'false');
    shouldEvaluate(atom(ODRL.dateTime, 'lt', dt('2024-12-31T23:59:59Z')), { [ODRL.dateTime]: dt('2024-02-12T11:20:10.999Z') }, 'true');
    shouldEvaluate(atom(ODRL.dateTime, 'lt', dt('2024-01-01T00:00:00Z')), { [ODRL.dateTime]: dt('2024-01-01T00:30:00+01:00') }, 'true');
    shouldEvaluate(atom(ODRL.dateTime, 'gt', dt('2024-01-01T00:00:00Z')), { [ODRL.dateTime]: dt('2024-01-01T00:30:00+01:00') }, 'false');
    shouldEvaluate(atom(ODRL.dateTime, 'gteq', dt('2024-02-12T11:20:10.999Z')), { [ODRL.dateTime]: dt('2024-02-12T11:20:10.999Z') }, 'true');
    shouldEvaluate(atom(ODRL.dateTime, 'lteq', dt('2024-02-12T11:20:10.999Z')), { [ODRL.dateTime]: dt('2025-02-12T11:20:10.999Z') }, 'false');
    shouldEvaluate(atom(ODRL.dateTime, 'neq', dt('2024-02-12T11:20:10.999Z')), { [ODRL.dateTime]: dt('2024-02-12T11:20:10.998Z') }, 'true');
    shouldEvaluate(atom(ODRL.dateTime, 'gt', dt('2024-01-01T00:00:00Z')), {}, 'unknown', [ODRL.dateTime]);
    // without a time zone a date-time may lie anywhere within ±14 hours
    shouldEvaluate(atom(ODRL.dateTime, 'lt', dt('2024-01-01T00:00:00Z')), { [ODRL.dateTime]: dt('2024-01-01T05:00:00') }, 'unknown', [ODRL.dateTime]);
    shouldEvaluate(atom(ODRL.dateTime, 'lt', dt('2024-01-01T00:00:00Z')), { [ODRL.dateTime]: dt('2023-12-30T05:00:00') }, 'true');
    shouldEvaluate(atom(ODRL.dateTime, 'lt', dt('2024-01-01T00:00:00')), { [ODRL.dateTime]: dt('2023-12-31T05:00:00') }, 'true');
    // dates
    shouldEvaluate(atom(L, 'lt', date('2024-06-01')), { [L]: date('2024-05-31') }, 'true');
    shouldEvaluate(atom(L, 'gteq', date('2024-06-01')), { [L]: date('2024-05-31') }, 'false');
    shouldEvaluate(atom(L, 'eq', date('2024-06-01')), { [L]: date('2024-06-01') }, 'true');
    // a date stands for its whole day
    shouldEvaluate(atom(L, 'eq', date('2024-06-01Z')), { [L]: dt('2024-06-01T18:00:00Z') }, 'true');
    shouldEvaluate(atom(L, 'lt', date('2024-06-01Z')), { [L]: dt('2024-06-01T18:00:00Z') }, 'false');
    shouldEvaluate(atom(L, 'lteq', date('2024-06-01Z')), { [L]: dt('2024-06-01T18:00:00Z') }, 'true');
    shouldEvaluate(atom(L, 'gt', date('2024-06-01Z')), { [L]: dt('2024-06-02T00:00:00Z') }, 'true');
    shouldEvaluate(atom(L, 'lt', dt('2024-06-01T12:00:00Z')), { [L]: date('2024-05-31Z') }, 'true');
    shouldEvaluate(atom(L, 'lt', date('2024-01-01')), { [L]: date('not a date') }, 'unknown', [L]);
  });

  describe('comparison operators over strings, IRIs and booleans', () => {
    shouldEvaluate(atom(L, 'eq', str('EU')), { [L]: str('EU') }, 'true');
    shouldEvaluate(atom(L, 'eq', str('EU')), { [L]: str('US') }, 'false');
    shouldEvaluate(atom(L, 'lt', str('b')), { [L]: str('a') }, 'true');
    shouldEvaluate(atom(L, 'gt', str('b')), { [L]: str('a') }, 'false');
    shouldEvaluate(atom(L, 'eq', iri('research')), { [L]: iri('research') }, 'true');
    shouldEvaluate(atom(L, 'neq', iri('research')), { [L]: iri('marketing') }, 'true');
    shouldEvaluate(atom(L, 'eq', iri('research')), { [L]: iri('marketing') }, 'false');
    shouldEvaluate(atom(L, 'lt', iri('research')), { [L]: iri('marketing') }, 'unknown', [L]); // IRIs have no order
    shouldEvaluate(atom(L, 'eq', iri('research')), { [L]: str('research') }, 'unknown', [L]);
    shouldEvaluate(atom(L, 'eq', bool(true)), { [L]: true }, 'true');
    shouldEvaluate(atom(L, 'eq', bool(true)), { [L]: false }, 'false');
    shouldEvaluate(atom(`${EX}managerApproval`, 'eq', bool(true)), {}, 'unknown', [`${EX}managerApproval`]);
  });

  describe('units', () => {
    const amount = (value: number, unit: string) => ({ values: num(value), unit });
    shouldEvaluate(atom(REGC.monetaryValue, 'lteq', num(50), EUR), { [REGC.monetaryValue]: amount(40, EUR) }, 'true');
    shouldEvaluate(atom(REGC.monetaryValue, 'lteq', num(50), EUR), { [REGC.monetaryValue]: amount(60, EUR) }, 'false');
    shouldEvaluate(atom(REGC.monetaryValue, 'lteq', num(50), EUR), { [REGC.monetaryValue]: amount(40, USD) }, 'unknown', [REGC.monetaryValue]);
    shouldEvaluate(atom(REGC.monetaryValue, 'lteq', num(50), EUR), { [REGC.monetaryValue]: 40 }, 'unknown', [REGC.monetaryValue]);
    shouldEvaluate(atom(REGC.monetaryValue, 'lteq', num(50)), { [REGC.monetaryValue]: amount(40, EUR) }, 'unknown', [REGC.monetaryValue]);
  });

  describe('set operators', () => {
    shouldEvaluate(atom(L, 'isA', iri('payment')), { [L]: iri('cash') }, 'true');
    shouldEvaluate(atom(L, 'isA', iri('cash')), { [L]: iri('payment') }, 'false');
    shouldEvaluate(atom(L, 'isA', iri('payment')), {}, 'unknown', [L]);
    shouldEvaluate(atom(L, 'isA', iri('payment')), { [L]: iri('cash') }, 'unknown', [L], false); // no hierarchy
    shouldEvaluate(atom(L, 'isA', iri('cash')), { [L]: iri('cash') }, 'true', [], false);
    shouldEvaluate(atom(L, 'isPartOf', iri('europe')), { [L]: iri('berlin') }, 'true');
    shouldEvaluate(atom(L, 'isPartOf', iri('berlin')), { [L]: iri('europe') }, 'false');
    shouldEvaluate(atom(L, 'isPartOf', iri('europe')), {}, 'unknown', [L]);
    shouldEvaluate(atom(L, 'isPartOf', [iri('asia'), iri('europe')]), { [L]: [iri('berlin'), iri('germany')] }, 'true');
    shouldEvaluate(atom(L, 'hasPart', iri('berlin')), { [L]: iri('germany') }, 'true');
    shouldEvaluate(atom(L, 'hasPart', iri('germany')), { [L]: iri('berlin') }, 'false');
    shouldEvaluate(atom(L, 'hasPart', iri('berlin')), {}, 'unknown', [L]);
    shouldEvaluate(atom(L, 'isAnyOf', [iri('research'), iri('teaching')]), { [L]: iri('teaching') }, 'true');
    shouldEvaluate(atom(L, 'isAnyOf', [iri('research'), iri('teaching')]), { [L]: iri('marketing') }, 'false');
    shouldEvaluate(atom(L, 'isAnyOf', [iri('research'), iri('teaching')]), {}, 'unknown', [L]);
    shouldEvaluate(atom(L, 'isAllOf', [iri('research'), iri('teaching')]), { [L]: [iri('teaching'), iri('research'), iri('x')] }, 'true');
    shouldEvaluate(atom(L, 'isAllOf', [iri('research'), iri('teaching')]), { [L]: iri('teaching') }, 'false');
    shouldEvaluate(atom(L, 'isAllOf', [iri('research'), iri('teaching')]), {}, 'unknown', [L]);
    shouldEvaluate(atom(L, 'isNoneOf', [iri('research'), iri('teaching')]), { [L]: iri('marketing') }, 'true');
    shouldEvaluate(atom(L, 'isNoneOf', [iri('research'), iri('teaching')]), { [L]: [iri('marketing'), iri('research')] }, 'false');
    shouldEvaluate(atom(L, 'isNoneOf', [iri('research'), iri('teaching')]), {}, 'unknown', [L]);
    shouldEvaluate(atom(L, 'isAnyOf', [num(1), num(2)]), { [L]: num(2) }, 'true');
  });

  describe('logical constraints (Kleene)', () => {
    const A = `${EX}a`;
    const B = `${EX}b`;
    const C = `${EX}c`;
    const yes = (left: string) => atom(left, 'eq', bool(true));
    const t = (left: string) => ({ [left]: true });
    const f = (left: string) => ({ [left]: false });
    shouldEvaluate(logical('and', yes(A), yes(B)), { ...t(A), ...t(B) }, 'true');
    shouldEvaluate(logical('and', yes(A), yes(B)), { ...t(A), ...f(B) }, 'false');
    shouldEvaluate(logical('and', yes(A), yes(B)), { ...f(A) }, 'false'); // false ∧ unknown = false
    shouldEvaluate(logical('and', yes(A), yes(B)), { ...t(A) }, 'unknown', [B]);
    shouldEvaluate(logical('and', yes(B), yes(A)), {}, 'unknown', [A, B]);
    shouldEvaluate(logical('or', yes(A), yes(B)), { ...t(A) }, 'true'); // true ∨ unknown = true
    shouldEvaluate(logical('or', yes(A), yes(B)), { ...f(A), ...f(B) }, 'false');
    shouldEvaluate(logical('or', yes(A), yes(B)), { ...f(A) }, 'unknown', [B]);
    shouldEvaluate(logical('xone', yes(A), yes(B), yes(C)), { ...t(A), ...f(B), ...f(C) }, 'true');
    shouldEvaluate(logical('xone', yes(A), yes(B), yes(C)), { ...t(A), ...t(B) }, 'false'); // two are true already
    shouldEvaluate(logical('xone', yes(A), yes(B), yes(C)), { ...f(A), ...f(B), ...f(C) }, 'false');
    shouldEvaluate(logical('xone', yes(A), yes(B), yes(C)), { ...t(A), ...f(B) }, 'unknown', [C]);
    shouldEvaluate(logical('xone', yes(A), yes(B), yes(C)), { ...f(A) }, 'unknown', [B, C]);
    shouldEvaluate(logical('andSequence', yes(A), yes(B)), { ...t(A), ...t(B) }, 'true');
    shouldEvaluate(logical('andSequence', yes(A), yes(B)), { ...f(B) }, 'false');
    shouldEvaluate(logical('andSequence', yes(B), yes(A), yes(C)), { ...t(B) }, 'unknown', [A]); // the next step only
    shouldEvaluate(logical('and', logical('or', yes(A), yes(B)), yes(C)), { ...t(B), ...t(C) }, 'true');
    shouldEvaluate(logical('or', logical('and', yes(A), yes(B)), yes(C)), { ...t(A), ...f(C) }, 'unknown', [B]);
    shouldEvaluate(logical('and'), {}, 'true'); // the empty conjunction
    shouldEvaluate(logical('or'), {}, 'false');
  });

  describe('evaluateAll and factsFrom', () => {
    it('conjoins a norm\'s constraints', () =>
      assert.deepEqual(evaluateAll([atom(L, 'gt', num(1)), atom(`${EX}y`, 'eq', bool(true))], factsFrom({ [L]: 2 })), { value: 'unknown', missing: [`${EX}y`] }));
    it('accepts a Map of facts', () =>
      assert.deepEqual(evaluateConstraint(atom(L, 'eq', num(1)), factsFrom(new Map([[L, num(1)]]))), { value: 'true', missing: [] }));
    it('an empty list of values is an unknown fact', () =>
      assert.deepEqual(evaluateConstraint(atom(L, 'eq', num(1)), factsFrom({ [L]: [] })), { value: 'unknown', missing: [L] }));
  });
});
