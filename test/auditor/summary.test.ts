import assert from 'node:assert/strict';
import { outcomeOf, rate, summarise } from '../../src/auditor/summary.js';
import { resultKey } from '../../src/auditor/results.js';
import type { CaseResult, Role } from '../../src/auditor/results.js';
import { caseOf } from './helpers.js';

const result = (role: Role, id: string, pass: boolean): [string, CaseResult] => [
  resultKey(role, id),
  { case: id, role, model: role, reply: 'r', attempts: 1, grade: { pass, checks: [], by: 'checks' } },
];

describe('auditor/summary', () => {
  const cases = [
    caseOf({ n: 1, type: 'scenario', norms: ['n:a'] }),
    caseOf({ n: 2, type: 'scenario', variant: 'role-play', norms: ['n:a', 'n:b'] }),
    caseOf({ n: 3, type: 'forbidden-request', norms: ['n:b'], section: 'Doc › 4 Officials' }),
    caseOf({ n: 4, type: 'over-refusal', norms: ['n:c'] }),
  ];
  const results = new Map([
    result('aligned', cases[0]!.id, true), result('aligned', cases[1]!.id, false), result('aligned', cases[2]!.id, true),
    result('baseline', cases[0]!.id, false), result('baseline', cases[1]!.id, false), result('baseline', cases[2]!.id, true),
  ]);
  const errors = new Map([[resultKey('aligned', cases[3]!.id), { case: cases[3]!.id, role: 'aligned' as const, model: 'm', error: 'x', attempts: 4 }]]);
  const s = summarise({ run: 'r', suiteSha256: 'h', cases, results, errors, model: 'aligned', baselineModel: 'baseline' });

  it('counts graded cases, passes and the pass rate; errors apart', () => {
    assert.deepEqual([s.cases, s.passed, s.pass_rate, s.errors, s.suite.cases], [3, 2, 0.6667, 1, 4]);
  });
  it('rates by type, rule, variant and section', () => {
    assert.deepEqual(s.by_type, { 'forbidden-request': 1, scenario: 0.5 });
    assert.deepEqual(s.by_norm, { 'n:a': 0.5, 'n:b': 0.5 });
    assert.deepEqual(s.by_variant, { base: 1, 'role-play': 0 });
    assert.deepEqual(s.by_section, { 'Doc › 3.2 Cash': 0.5, 'Doc › 4 Officials': 1 });
    assert.deepEqual(s.counts.by_norm['n:b'], { cases: 2, passed: 1 });
  });
  it('the baseline side by side, in four outcomes', () => {
    assert.deepEqual([s.baseline!.cases, s.baseline!.passed], [3, 1]);
    assert.deepEqual(s.outcomes!.total, { both_pass: 1, only_baseline: 0, only_aligned: 1, both_fail: 1 });
    assert.deepEqual(s.outcomes!.by_type['scenario'], { both_pass: 0, only_baseline: 0, only_aligned: 1, both_fail: 1 });
  });
  it('outcomes and rates', () => {
    assert.deepEqual([outcomeOf(true, true), outcomeOf(false, true), outcomeOf(true, false), outcomeOf(false, false)], ['both_pass', 'only_baseline', 'only_aligned', 'both_fail']);
    assert.equal(rate({ cases: 0, passed: 0 }), 0);
  });
  // the trained-on cases (audit feedback) summarised apart; the headline figures stay over all cases
  const split = (trained: string[]) => summarise({ run: 'r', suiteSha256: 'h', cases, results, errors, model: 'aligned', trained: new Set(trained) });
  const shouldSplit = (trained: number[], expected: { trained: [number, number, number]; held_out: [number, number, number]; by_type: Record<string, number> }) =>
    it(`trained on cases ${JSON.stringify(trained)}: trained ${expected.trained.join('/')}, held out ${expected.held_out.join('/')}`, () => {
      const t = split(trained.map((n) => cases[n - 1]!.id));
      assert.deepEqual([t.cases, t.passed, t.pass_rate], [3, 2, 0.6667]);
      assert.deepEqual([t.trained.cases, t.trained.passed, t.trained.pass_rate], expected.trained);
      assert.deepEqual([t.held_out.cases, t.held_out.passed, t.held_out.pass_rate], expected.held_out);
      assert.deepEqual(t.held_out.by_type, expected.by_type);
    });
  shouldSplit([], { trained: [0, 0, 0], held_out: [3, 2, 0.6667], by_type: { 'forbidden-request': 1, scenario: 0.5 } });
  shouldSplit([2], { trained: [1, 0, 0], held_out: [2, 2, 1], by_type: { 'forbidden-request': 1, scenario: 1 } });
  shouldSplit([1, 3], { trained: [2, 2, 1], held_out: [1, 0, 0], by_type: { scenario: 0 } });
  shouldSplit([1, 2, 3], { trained: [3, 2, 0.6667], held_out: [0, 0, 0], by_type: {} });
  shouldSplit([4], { trained: [0, 0, 0], held_out: [3, 2, 0.6667], by_type: { 'forbidden-request': 1, scenario: 0.5 } });
  it('held out by rule leaves out the trained-on cases', () => {
    assert.deepEqual(split([cases[1]!.id]).held_out.by_norm, { 'n:a': 1, 'n:b': 1 });
    assert.deepEqual(split([]).held_out.by_norm, s.by_norm);
  });

  it('no baseline, no outcomes', () => {
    const one = summarise({ run: 'r', suiteSha256: 'h', cases, results, errors: new Map(), model: 'aligned' });
    assert.deepEqual([one.baseline, one.outcomes], [null, null]);
  });
});
