import assert from 'node:assert/strict';
import type { Constraint, ScopeRelation, Value } from '../../src/ir/index.js';
import { ContextComparer, EMPTY_CONTEXT, signature } from '../../src/reasoner/context.js';
import type { Context } from '../../src/reasoner/context.js';
import { evaluateConstraint, factsFrom } from '../../src/reasoner/constraints.js';
import type { FactInput } from '../../src/reasoner/constraints.js';
import { buildHierarchies } from '../../src/reasoner/hierarchy.js';
import { ODRL, REGC } from '../../src/vocab/index.js';
import { amount, and, atom, bool, CONCEPTS, date, fact, iri, mulberry32, num, o, on, or, purpose, xone } from './fixtures.js';

const h = buildHierarchies({ concepts: CONCEPTS });
const cc = new ContextComparer(h);
const ctx = (all: Constraint[], none: Constraint[] = [], unformalised: string[] = []): Context => ({ all, none, unformalised });
const when = (...all: Constraint[]) => ctx(all);

function shouldCompare(name: string, a: Context, b: Context, expected: ScopeRelation) {
  it(`${name}: ${expected}`, () => assert.equal(cc.compare(a, b), expected));
}

describe('reasoner/context', () => {
  describe('numeric intervals', () => {
    shouldCompare('amount > 50 vs amount > 100', when(amount('gt', 50)), when(amount('gt', 100)), 'contains');
    shouldCompare('amount > 100 vs amount > 50', when(amount('gt', 100)), when(amount('gt', 50)), 'contained');
    shouldCompare('amount > 50 vs amount <= 50', when(amount('gt', 50)), when(amount('lteq', 50)), 'disjoint');
    shouldCompare('amount >= 50 vs amount <= 50', when(amount('gteq', 50)), when(amount('lteq', 50)), 'overlap');
    shouldCompare('amount > 50 vs amount < 100', when(amount('gt', 50)), when(amount('lt', 100)), 'overlap');
    shouldCompare('amount = 50 vs amount >= 50', when(amount('eq', 50)), when(amount('gteq', 50)), 'contained');
    shouldCompare('amount != 50 vs amount = 50', when(amount('neq', 50)), when(amount('eq', 50)), 'disjoint');
    shouldCompare('50 < amount < 51 vs nothing', when(amount('gt', 50), amount('lt', 51)), EMPTY_CONTEXT, 'contained');
    shouldCompare('amount > 60 and amount < 40 (empty) vs anything', when(amount('gt', 60), amount('lt', 40)), EMPTY_CONTEXT, 'disjoint');
    shouldCompare('amounts in two units', when(amount('gt', 50)), when({ ...amount('lt', 10), unit: o('USD') }), 'unknown');
  });

  describe('dates are whole days', () => {
    shouldCompare('after 2024-01-01 vs from 2024-01-02', when(on('gt', '2024-01-01')), when(on('gteq', '2024-01-02')), 'equal');
    shouldCompare('after 01-01 and before 01-02 is empty', when(on('gt', '2024-01-01'), on('lt', '2024-01-02')), EMPTY_CONTEXT, 'disjoint');
    shouldCompare('before 2025 vs from 2024', when(on('lt', '2025-01-01')), when(on('gteq', '2024-01-01')), 'overlap');
  });

  describe('sets and hierarchies', () => {
    shouldCompare('purpose isA marketing vs purpose eq emailMarketing', when(purpose('isA', 'marketing')), when(purpose('eq', 'emailMarketing')), 'contains');
    shouldCompare('purpose isA marketing vs purpose isA research', when(purpose('isA', 'marketing')), when(purpose('isA', 'research')), 'disjoint');
    shouldCompare('purpose isA marketing vs not email marketing', when(purpose('isA', 'marketing')), when(purpose('neq', 'emailMarketing')), 'overlap');
    shouldCompare('isNoneOf [marketing] vs eq research', when(purpose('isNoneOf', 'marketing')), when(purpose('eq', 'research')), 'contains');
    shouldCompare('isAnyOf [marketing, research] vs eq research', when(purpose('isAnyOf', 'marketing', 'research')), when(purpose('eq', 'research')), 'contains');
    shouldCompare('isAllOf [marketing, research] vs isAnyOf [marketing]', when(purpose('isAllOf', 'marketing', 'research')), when(purpose('isAnyOf', 'marketing')), 'contained');
    shouldCompare('isPartOf customerData vs isPartOf record', when(atom(ODRL.target, 'isPartOf', iri(o('customerData')))), when(atom(ODRL.target, 'isPartOf', iri(o('record')))), 'contained');
    shouldCompare('approval true vs approval not false', when(fact('managerApproval')), when(atom(o('managerApproval'), 'neq', bool(false))), 'equal');
    shouldCompare('approval true vs approval false', when(fact('managerApproval')), when(fact('managerApproval', false)), 'disjoint');
  });

  describe('logical constraints and exceptions', () => {
    shouldCompare('or(amount < 10, amount > 100) vs amount = 50', when(or(amount('lt', 10), amount('gt', 100))), when(amount('eq', 50)), 'disjoint');
    shouldCompare('and(amount > 10, approval) vs amount > 10', when(and(amount('gt', 10), fact('managerApproval'))), when(amount('gt', 10)), 'contained');
    shouldCompare('xone(approval, amount > 10) vs approval and amount > 10', when(xone(fact('managerApproval'), amount('gt', 10))), when(fact('managerApproval'), amount('gt', 10)), 'disjoint');
    shouldCompare('everything unless approval vs approval', ctx([], [fact('managerApproval')]), when(fact('managerApproval')), 'disjoint');
    shouldCompare('everything unless amount > 50 vs amount <= 50', ctx([], [amount('gt', 50)]), when(amount('lteq', 50)), 'equal');
    shouldCompare('nothing vs nothing', EMPTY_CONTEXT, EMPTY_CONTEXT, 'equal');
  });

  describe('unformalised conditions', () => {
    shouldCompare('a vague condition vs nothing', ctx([], [], ['if the gift is modest']), EMPTY_CONTEXT, 'unknown');
    shouldCompare('a vague exception vs nothing', ctx([], [], ['unless it is customary']), EMPTY_CONTEXT, 'unknown');
    shouldCompare('vague but formally disjoint', ctx([amount('gt', 50)], [], ['if modest']), when(amount('lt', 10)), 'disjoint');
    it('reads a one-sided vague condition as narrowing for specificity', () =>
      assert.equal(cc.specificity(ctx([], [], ['if modest']), EMPTY_CONTEXT), 'contained'));
    it('leaves specificity unknown when both sides have their own', () =>
      assert.equal(cc.specificity(ctx([], [], ['if modest']), ctx([], [], ['if customary'])), 'unknown'));
    it('compares shared vague conditions formally', () =>
      assert.equal(cc.specificity(ctx([amount('gt', 50)], [], ['if modest']), ctx([], [], ['if modest'])), 'contained'));
  });

  describe('satisfiability and signatures', () => {
    it('finds an empty context', () => assert.equal(cc.satisfiable(when(amount('gt', 5), amount('lt', 5))), false));
    it('finds a satisfiable one', () => assert.equal(cc.satisfiable(when(amount('gt', 5), amount('lt', 6))), true));
    it('ignores the order of constraints', () =>
      assert.equal(signature(when(amount('gt', 5), fact('managerApproval'))), signature(when(fact('managerApproval'), amount('gt', 5)))));
  });

  describe('soundness on random constraint sets (oracle: evaluateConstraint on sampled situations)', () => {
    const rng = mulberry32(20240306);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
    const AMOUNTS = [10, 20, 50, 100];
    const DAYS = ['2024-01-01', '2024-01-02', '2024-06-30'];
    const PURPOSES = ['marketing', 'emailMarketing', 'research'];
    const randomAtom = (): Constraint => {
      switch (pick(['amount', 'day', 'purpose', 'approval'] as const)) {
        case 'amount':
          return amount(pick(['eq', 'neq', 'lt', 'lteq', 'gt', 'gteq'] as const), pick(AMOUNTS));
        case 'day':
          return on(pick(['eq', 'neq', 'lt', 'lteq', 'gt', 'gteq'] as const), pick(DAYS));
        case 'purpose': {
          const op = pick(['eq', 'neq', 'isA', 'isAnyOf', 'isNoneOf', 'isAllOf'] as const);
          const n = op.startsWith('is') && op !== 'isA' ? 1 + Math.floor(rng() * 2) : 1;
          return purpose(op, ...Array.from({ length: n }, () => pick(PURPOSES)));
        }
        case 'approval':
          return fact('managerApproval', rng() < 0.5);
      }
    };
    const randomConstraint = (depth = 0): Constraint => {
      if (depth < 1 && rng() < 0.3) {
        const op = pick(['and', 'or', 'xone', 'andSequence'] as const);
        return { type: 'logical', operator: op, constraints: [randomConstraint(depth + 1), randomConstraint(depth + 1)] };
      }
      return randomAtom();
    };
    const randomContext = (): Context => ({
      all: Array.from({ length: Math.floor(rng() * 3) }, () => randomConstraint()),
      none: Array.from({ length: rng() < 0.3 ? 1 : 0 }, () => randomConstraint()),
      unformalised: [],
    });
    const usesSets = (c: Constraint): boolean =>
      c.type === 'logical' ? c.constraints.some(usesSets) : ['isAnyOf', 'isAllOf', 'hasPart'].includes(c.operator);
    const hctx = { isA: (a: string, b: string) => h.isA.isA(a, b), partOf: (a: string, b: string) => h.partOf.isA(a, b) };
    const situations = (multi: boolean): Record<string, FactInput>[] => {
      const out: Record<string, FactInput>[] = [];
      const amounts = [0, 5, 10, 15, 20, 35, 50, 75, 100, 150];
      const days = ['2023-12-31', '2024-01-01', '2024-01-02', '2024-01-03', '2024-06-29', '2024-06-30', '2024-07-01'];
      const purposes: Value[][] = [...PURPOSES, 'other'].map((p) => [iri(o(p))]);
      if (multi) purposes.push([iri(o('marketing')), iri(o('research'))], [iri(o('emailMarketing')), iri(o('research'))], [iri(o('marketing')), iri(o('emailMarketing'))]);
      for (const a of amounts) for (const d of days) for (const p of purposes) for (const ok of [true, false]) {
        out.push({
          [REGC.monetaryValue]: { values: num(a), unit: o('EUR') },
          [ODRL.dateTime]: date(d),
          [ODRL.purpose]: p,
          [o('managerApproval')]: ok,
        });
      }
      return out;
    };
    const holds = (c: Context, facts: Record<string, FactInput>): boolean => {
      const f = factsFrom(facts);
      const t = (x: Constraint) => evaluateConstraint(x, f, hctx).value;
      return c.all.every((x) => t(x) === 'true') && !c.none.some((x) => t(x) === 'true');
    };
    it('never answers disjoint, contained, contains or equal against a witness (400 random pairs)', () => {
      let decided = 0;
      for (let k = 0; k < 400; k++) {
        const a = randomContext();
        const b = randomContext();
        const rel = cc.compare(a, b);
        if (rel !== 'unknown') decided++;
        const multi = [...a.all, ...a.none, ...b.all, ...b.none].some(usesSets);
        for (const s of situations(multi)) {
          const inA = holds(a, s);
          const inB = holds(b, s);
          const bad =
            (rel === 'disjoint' && inA && inB) ||
            ((rel === 'contained' || rel === 'equal') && inA && !inB) ||
            ((rel === 'contains' || rel === 'equal') && inB && !inA);
          if (bad) assert.fail(`${rel} is wrong for ${JSON.stringify({ a, b, s })}`);
        }
      }
      assert.ok(decided > 350, `only ${decided} of 400 decided`);
    });
  });
});
