import assert from 'node:assert/strict';
import { computeCoverage, leakCheck, unquoted } from '../../../src/backends/framer/coverage.js';
import type { FramerData } from '../../../src/backends/framer/coverage.js';
import type { SftItem, Split } from '../../../src/backends/framer/records.js';
import { build, ctxOf, norm, o } from './fixtures.js';

const empty = (): FramerData => ({ sft: [], scenarios: [], preferences: [], kto: [] });
const sft = (id: string, split: Split, keys: string[], user: string, norms: string[] = [], concepts: string[] = []): SftItem => ({
  id, split, keys, user, assistant: 'a', form: 'rule', seeds: norms, provenance: { norms, clauses: [], documents: [], conflicts: [], concepts },
});

describe('framer/coverage', () => {
  const rules = [norm('1', 'prohibition', { target: 'gift' }), norm('2', 'obligation', { action: 'offer', target: 'data' })];
  it('reports every norm and concept no training record names, as RC5001', () => {
    const c = ctxOf(build(rules));
    const { coverage, diagnostics } = computeCoverage(c, empty(), { groups: 0, moved: 0 });
    assert.deepEqual(coverage.uncovered.norms, rules.map((n) => n.iri));
    assert.deepEqual(coverage.uncovered.concepts, [o('accept'), o('data'), o('employee'), o('gift'), o('offer')]);
    assert.equal(coverage.summary.norms.percent, 0);
    assert.deepEqual([...new Set(diagnostics.map((d) => d.code))], ['RC5001']);
    assert.equal(diagnostics.length, 7);
    assert.deepEqual(diagnostics[0]!.nodes, [rules[0]!.iri]);
  });
  it('counts records per file and in training; validation and held-out records do not cover', () => {
    const c = ctxOf(build(rules));
    const data = empty();
    data.sft.push(sft('sft:1', 'train', ['t1'], 'q1', [rules[0]!.iri], [o('gift')]), sft('sft:2', 'heldout', ['t2'], 'q2', [rules[1]!.iri]));
    const { coverage } = computeCoverage(c, data, { groups: 2, moved: 0 });
    assert.deepEqual(coverage.norms.map((n) => [n.sft, n.train]), [[1, 1], [1, 0]]);
    assert.deepEqual(coverage.uncovered.norms, [rules[1]!.iri]);
    assert.equal(coverage.summary.norms.percent, 50);
    assert.equal(coverage.concepts.find((x) => x.iri === o('gift'))?.train, 1);
  });
  it('checks that held-out records share no situation or user text with training records', () => {
    const data = empty();
    data.sft.push(sft('a', 'train', ['situation:1', 'text:x'], 'x'), sft('b', 'heldout', ['situation:1', 'text:y'], 'y'), sft('c', 'heldout', ['situation:2', 'text:x'], 'x'), sft('d', 'validation', ['situation:1'], 'z'));
    assert.deepEqual(leakCheck(data), { situations: 1, userTexts: 1 });
  });
  it('leaves records merged from audit feedback out of the leak check and the overlap, and says so', () => {
    const c = ctxOf(build(rules));
    const data = empty();
    const fed = { ...sft('sft:f', 'train', ['text:x'], 'Why "Employees must not accept gifts from anyone"?', [rules[0]!.iri]), form: 'feedback' as const, audit: { feedback: ['feedback:1'], cases: ['audit:1'], failed: [] } };
    data.sft.push(fed, sft('sft:h', 'heldout', ['text:x'], 'Why "Employees must not accept gifts from anyone"?', [rules[1]!.iri]));
    assert.deepEqual(leakCheck(data), { situations: 0, userTexts: 0 });
    const { coverage } = computeCoverage(c, data, { groups: 1, moved: 0 }, undefined, { given: 2, merged: 1, cases: ['audit:1'] });
    assert.equal(coverage.split.overlap.n, 0);
    assert.deepEqual(coverage.split.excluded, { feedback: 1 });
    assert.deepEqual([coverage.feedback?.dropped, coverage.feedback?.heldoutSharingUserText, coverage.feedback?.excludedFromLeakCheck], [1, 1, true]);
    assert.deepEqual(coverage.norms.map((n) => [n.train, n.feedback]), [[1, 1], [0, 0]]);
  });
  it('measures the n-gram overlap of held-out and training user texts, with and without quotations', () => {
    const c = ctxOf(build(rules));
    const data = empty();
    data.sft.push(sft('sft:1', 'train', ['1'], 'What does "Employees must not accept gifts from anyone" mean?'), sft('sft:2', 'heldout', ['2'], 'Why "Employees must not accept gifts from anyone"?'));
    const { coverage } = computeCoverage(c, data, { groups: 2, moved: 0 });
    assert.equal(coverage.split.overlap.n, 7);
    assert.equal(coverage.split.overlap.heldoutId, 'sft:2');
    assert.equal(coverage.split.overlapWithoutQuotes.n, 0);
    assert.equal(unquoted('a "b c" d'), 'a   d');
  });
});
