import assert from 'node:assert/strict';
import type { Norm, Principle, RegulationDocument } from '../../src/ir/index.js';
import { reasonNorms } from '../../src/reasoner/index.js';
import type { Knowledge } from '../../src/reasoner/index.js';
import { DEFAULT_ORDER } from '../../src/reasoner/principles.js';
import { authorityIri, documentIri, sectionIri } from '../../src/vocab/index.js';
import { amount, document, fact, KNOWLEDGE, nid, norm, phrase } from './fixtures.js';

const DOCS = [
  document('policy', { authority: 'company-policy', effective: '2024-01-01' }),
  document('law', { authority: 'law', effective: '2020-05-01' }),
  document('guide', { authority: 'regional-guideline', effective: '2025-01-01' }),
  document('spec', { authority: 'root', effective: '2024-01-01' }),
  document('annex', { authority: 'company-policy', effective: '2024-01-01' }),
  document('later', { authority: 'company-policy', effective: '2024-09-01' }),
];

interface Expect { winner: string; principle: Principle; basis?: string[] }
/** One row: two norms, the expected winner (by IRI) and principle — or null for an unresolved conflict. */
function shouldResolve(name: string, norms: Norm[], expected: Expect | null, opts: { order?: Principle[]; knowledge?: Partial<Knowledge>; docs?: RegulationDocument[] } = {}) {
  it(`${name}: ${expected ? `${expected.principle} → ${expected.winner.replace(/^.*id\//, '')}` : 'unresolved'}`, () => {
    const r = reasonNorms(norms, opts.docs ?? DOCS, { ...KNOWLEDGE, ...opts.knowledge }, opts.order ? { order: opts.order } : {});
    assert.equal(r.conflicts.length, 1);
    const res = r.conflicts[0]!.resolution;
    const got = res && { winner: res.winner, principle: res.principle, ...(expected?.basis ? { basis: res.basis } : {}) };
    assert.deepEqual(got, expected);
  });
}

const gifts = norm('gifts', 'prohibition');
const A = nid('a', 'annex');

describe('reasoner/principles', () => {
  describe('explicit', () => {
    shouldResolve('"notwithstanding" the other section', [gifts, norm('a', 'permission', { doc: 'annex', overrides: [phrase('notwithstanding', 'policy')] })], { winner: A, principle: 'explicit', basis: [`${A}/ovr1`] });
    shouldResolve('"subject to" the other section', [gifts, norm('a', 'permission', { doc: 'annex', overrides: [phrase('subject-to', 'policy')] })], { winner: gifts.iri, principle: 'explicit' });
    shouldResolve('"except as provided in" the other section', [gifts, norm('a', 'permission', { doc: 'annex', overrides: [phrase('except-as-provided', 'policy')] })], { winner: gifts.iri, principle: 'explicit' });
    shouldResolve('"in addition to" decides nothing', [gifts, norm('a', 'permission', { doc: 'annex', overrides: [phrase('in-addition-to', 'policy')] })], null);
    shouldResolve('regc:overrides in the graph, section to document', [gifts, norm('a', 'permission', { doc: 'annex' })], { winner: A, principle: 'explicit', basis: [sectionIri('annex', 'main')] }, {
      knowledge: { overrides: new Map([[sectionIri('annex', 'main'), new Set([documentIri('policy')])]]) },
    });
    shouldResolve('explicit beats authority (default order)', [norm('l', 'prohibition', { doc: 'law' }), norm('a', 'permission', { doc: 'annex', overrides: [phrase('notwithstanding', 'law')] })], { winner: A, principle: 'explicit' });
  });

  describe('lex superior', () => {
    shouldResolve('law over company policy', [gifts, norm('l', 'permission', { doc: 'law' })], { winner: nid('l', 'law'), principle: 'lex-superior', basis: [authorityIri('law'), authorityIri('company-policy')] });
    shouldResolve('company policy over regional guideline (though later)', [gifts, norm('g', 'permission', { doc: 'guide' })], { winner: gifts.iri, principle: 'lex-superior' });
    shouldResolve('a section with its own authority', [gifts, norm('s', 'permission', { doc: 'mixed', section: 'statute' })], { winner: nid('s', 'mixed', 'statute'), principle: 'lex-superior' }, {
      docs: [...DOCS, document('mixed', { authority: 'regional-guideline' }, { statute: 'law' })],
    });
    shouldResolve('incomparable levels do not decide (root vs company policy)', [gifts, norm('m', 'permission', { doc: 'spec' })], null);
  });

  describe('lex specialis', () => {
    shouldResolve('managers are a narrower bearer', [gifts, norm('a', 'permission', { doc: 'annex', bearer: 'manager' })], { winner: A, principle: 'lex-specialis' });
    shouldResolve('a condition narrows', [gifts, norm('a', 'permission', { doc: 'annex', when: [fact('managerApproval')] })], { winner: A, principle: 'lex-specialis' });
    shouldResolve('an unformalised condition narrows too', [gifts, norm('a', 'permission', { doc: 'annex', vague: ['if the gift is of nominal value'] })], { winner: A, principle: 'lex-specialis' });
    shouldResolve('the prohibition is the narrower', [norm('p', 'permission'), norm('a', 'prohibition', { doc: 'annex', when: [amount('gt', 100)] })], { winner: A, principle: 'lex-specialis' });
    shouldResolve('narrower bearer, wider context: not specialis', [norm('p', 'permission', { when: [amount('gt', 100)] }), norm('a', 'prohibition', { doc: 'annex', bearer: 'manager' })], null);
  });

  describe('lex posterior', () => {
    shouldResolve('the later document wins', [gifts, norm('a', 'permission', { doc: 'later' })], { winner: nid('a', 'later'), principle: 'lex-posterior', basis: [documentIri('later'), documentIri('policy')] });
    shouldResolve('same date does not decide', [gifts, norm('a', 'permission', { doc: 'annex' })], null);
  });

  describe('ODRL conflict strategy', () => {
    const pol = (conflict: 'perm' | 'prohibit' | 'invalid') => ({ iri: 'https://example.org/policy/1', conflict });
    shouldResolve('perm: the permission wins', [norm('x', 'prohibition', { policy: pol('perm') }), norm('y', 'permission', { policy: pol('perm') })], { winner: nid('y'), principle: 'odrl-strategy', basis: ['https://example.org/policy/1'] });
    shouldResolve('prohibit: the prohibition wins', [norm('x', 'prohibition', { policy: pol('prohibit') }), norm('y', 'permission', { policy: pol('prohibit') })], { winner: nid('x'), principle: 'odrl-strategy' });
    shouldResolve('invalid: nobody wins', [norm('x', 'prohibition', { policy: pol('invalid') }), norm('y', 'permission', { policy: pol('invalid') })], null);
    shouldResolve('only one norm in a policy', [norm('x', 'prohibition'), norm('y', 'permission', { policy: pol('perm') })], null);
  });

  describe('order', () => {
    it('is explicit, lex superior, lex specialis, lex posterior, ODRL strategy by default', () =>
      assert.deepEqual(DEFAULT_ORDER, ['explicit', 'lex-superior', 'lex-specialis', 'lex-posterior', 'odrl-strategy']));
    const pair = [norm('l', 'prohibition', { doc: 'law' }), norm('g', 'permission', { doc: 'guide' })];
    shouldResolve('default: law beats the later guideline', pair, { winner: nid('l', 'law'), principle: 'lex-superior' });
    shouldResolve('posterior first: the later guideline wins', pair, { winner: nid('g', 'guide'), principle: 'lex-posterior' }, { order: ['lex-posterior', 'lex-superior'] });
    shouldResolve('a principle left out is not used', pair, null, { order: ['explicit', 'lex-specialis'] });
    it('reports a name that is no principle (RC4005) and uses the others', () => {
      const r = reasonNorms(pair, DOCS, KNOWLEDGE, { order: ['lex-posterior', 'lex-inferior' as Principle] });
      assert.deepEqual([r.diagnostics.map((d) => d.code), r.conflicts[0]!.resolution?.principle], [['RC4005'], 'lex-posterior']);
    });
  });
});
