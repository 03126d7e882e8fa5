/** Tests of the corpus scorer: bearer normalisation, label location, clause matching, greedy pairing, metrics. */
import assert from 'node:assert/strict';
import type { Norm, NormKind, RegulationDocument } from '../../src/ir/index.js';
import {
  bearerMatches, evaluate, locateLabel, matchQuality, metrics, normaliseBearer, pairGreedy,
} from './score.js';
import type { GoldNorm, Label, MatchQuality, PredictedNorm } from './score.js';

const shouldNormalise = (text: string, expected: string) =>
  it(`normalises bearer "${text}" to "${expected}"`, () => assert.equal(normaliseBearer(text), expected));

const shouldMatchBearer = (predicted: string, gold: string, expected: boolean) =>
  it(`${expected ? 'matches' : 'does not match'} bearer "${predicted}" with "${gold}"`, () =>
    assert.equal(bearerMatches(normaliseBearer(predicted), gold), expected));

const shouldQualify = (clause: string, label: string, expected: MatchQuality) =>
  it(`rates clause "${clause.slice(0, 30)}" against "${label.slice(0, 30)}" as ${expected}`, () =>
    assert.equal(matchQuality(clause, label), expected));

describe('corpus scorer', () => {
  describe('normaliseBearer', () => {
    shouldNormalise('The assistant', 'assistant');
    shouldNormalise('Community leaders', 'community leader');
    shouldNormalise('All community leaders', 'community leader');
    shouldNormalise('We as members, contributors, and leaders', 'we');
    shouldNormalise('Models', 'assistant');
    shouldNormalise('the model', 'assistant');
    shouldNormalise('Users', 'user');
    shouldNormalise('developers', 'developer');
    shouldNormalise("the assistant's", 'assistant');
    shouldNormalise('it', 'it');
    shouldNormalise('', '');
    shouldNormalise('Users and developers', 'user and developer');
    shouldNormalise('the community leaders responsible for enforcement', 'community leader');
  });

  describe('bearerMatches', () => {
    shouldMatchBearer('The assistant', 'assistant', true);
    shouldMatchBearer('leaders', 'community leader', true);
    shouldMatchBearer('the user', 'assistant', false);
    shouldMatchBearer('it', 'assistant', false);
    shouldMatchBearer('', 'assistant', false);
    shouldMatchBearer('Users and developers', 'developer', true);
    shouldMatchBearer('Users and developers', 'assistant', false);
  });

  describe('matchQuality', () => {
    shouldQualify('The assistant must not lie.', 'The assistant must not lie.', 'exact');
    shouldQualify('The assistant must adhere to this Model Spec.', 'the assistant must adhere to this Model Spec[^8ep1].', 'exact');
    shouldQualify('see also seek', 'see also [seek](#seek_truth)', 'exact');
    shouldQualify('under the The chain of command and', 'under the [?](#chain_of_command) and', 'exact');
    shouldQualify('A. The assistant must not lie. B.', 'The assistant must not lie.', 'clause-contains-label');
    shouldQualify('must not lie', 'The assistant must not lie.', 'label-contains-clause');
    shouldQualify('Something else entirely', 'The assistant must not lie.', 'span-only');
  });

  describe('locateLabel', () => {
    const source = 'Title\n\nFirst sentence. The assistant\n  must not lie.\n';
    it('finds the text on its line across line breaks', () =>
      assert.deepEqual(locateLabel(source, { file: 'f', line: 3, text: 'The assistant must not lie.', norms: [] }), { offset: 23, endOffset: 52 }));
    it('refuses text that starts on another line', () =>
      assert.equal(locateLabel(source, { file: 'f', line: 1, text: 'The assistant must not lie.', norms: [] }), undefined));
    it('refuses a line past the end', () =>
      assert.equal(locateLabel(source, { file: 'f', line: 9, text: 'Title', norms: [] }), undefined));
  });

  describe('pairGreedy', () => {
    const g = (kind: NormKind, bearer: string): GoldNorm => ({ kind, bearer });
    const p = (kind: NormKind, bearer: string): PredictedNorm => ({ kind, bearer, bearerText: bearer, iri: `n-${kind}-${bearer}`, text: '' });
    const strict = [(a: GoldNorm, b: PredictedNorm) => a.kind === b.kind && a.bearer === b.bearer];
    it('pairs same kind and bearer', () =>
      assert.equal(pairGreedy([g('obligation', 'assistant')], [p('obligation', 'assistant')], strict).pairs.length, 1));
    it('leaves a wrong kind unpaired under the strict tier', () => {
      const r = pairGreedy([g('obligation', 'assistant')], [p('prohibition', 'assistant')], strict);
      assert.deepEqual([r.pairs.length, r.unpairedGold.length, r.unpairedPredicted.length], [0, 1, 1]);
    });
    it('prefers the agreeing prediction over an earlier one', () => {
      const r = pairGreedy(
        [g('prohibition', 'assistant'), g('obligation', 'assistant')],
        [p('obligation', 'assistant'), p('prohibition', 'assistant')],
        [...strict, () => true],
      );
      assert.deepEqual(r.pairs.map((x) => x.predicted.kind), ['prohibition', 'obligation']);
    });
  });

  describe('evaluate and metrics', () => {
    // A tiny document: two sentences on one line, each its own clause; the first carries a norm.
    const text = 'The assistant must not lie. Users may ask questions.\n';
    const span = (offset: number, endOffset: number) => ({ file: 'doc.md', line: 1, column: offset + 1, endLine: 1, endColumn: endOffset + 1, offset, endOffset });
    const clause = (ordinal: string, offset: number, endOffset: number) => ({
      iri: `c${ordinal}`, id: `doc/s/${ordinal}`, sectionIri: 's', ordinal, kind: 'sentence' as const,
      text: text.slice(offset, endOffset), span: span(offset, endOffset),
    });
    const doc: RegulationDocument = {
      id: 'doc', iri: 'd', file: 'doc.md', format: 'markdown', sha256: '', meta: { extra: {} }, norms: [],
      sections: [{ id: 's', iri: 's', heading: 'S', level: 1, path: ['S'], attributes: {}, span: span(0, 53), clauses: [clause('1', 0, 27), clause('2', 28, 52)] }],
    };
    const norm = (kind: NormKind, bearer: string, clauseIri: string, offset: number, endOffset: number) =>
      ({ iri: `${clauseIri}/n1`, kind, bearer: { text: bearer }, clause: clauseIri, span: span(offset, endOffset), text: '' }) as unknown as Norm;
    const labels: Label[] = [
      { file: 'doc.md', line: 1, text: 'The assistant must not lie.', norms: [{ kind: 'prohibition', bearer: 'assistant' }] },
      { file: 'doc.md', line: 1, text: 'Users may ask questions.', norms: [] },
    ];
    const run = (norms: Norm[]) => metrics(evaluate(labels, [{ file: 'doc.md', text, document: doc, norms }]).results);

    it('counts a right norm as a true positive', () =>
      assert.deepEqual(run([norm('prohibition', 'The assistant', 'c1', 0, 27)]).detection, { precision: 1, recall: 1, f1: 1, tp: 1, fp: 0, fn: 0 }));
    it('counts a norm on a no-norm clause as a false alarm', () =>
      assert.deepEqual(run([norm('prohibition', 'The assistant', 'c1', 0, 27), norm('permission', 'Users', 'c2', 28, 52)]).detection,
        { precision: 0.5, recall: 1, f1: 0.6667, tp: 1, fp: 1, fn: 0 }));
    it('scores a wrong kind as a miss and a false alarm, but a detected norm for the accuracies', () => {
      const m = run([norm('obligation', 'The assistant', 'c1', 0, 27)]);
      assert.deepEqual([m.detection.tp, m.detection.fp, m.detection.fn, m.presence.tp, m.kindAccuracy.accuracy, m.bearerAccuracy.accuracy], [0, 1, 1, 1, 0, 1]);
    });
    it('counts nothing found as a miss', () =>
      assert.deepEqual(run([]).detection, { precision: 0, recall: 0, f1: 0, tp: 0, fp: 0, fn: 1 }));
    it('ignores norms of unlabelled text', () =>
      assert.equal(metrics(evaluate(labels.slice(0, 1), [{ file: 'doc.md', text, document: doc, norms: [norm('permission', 'Users', 'c2', 28, 52)] }]).results).detection.fp, 0));
    it('reports a label not found at its line', () =>
      assert.equal(evaluate([{ file: 'doc.md', line: 1, text: 'Not there.', norms: [] }], [{ file: 'doc.md', text, document: doc, norms: [] }]).unlocated.length, 1));
  });
});
