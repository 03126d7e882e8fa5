import assert from 'node:assert/strict';
import { hasVerbReading, isGerund, isInfinitive, isParticiple, nominalForms, nounSingular, verbLemma, wordForms } from '../../src/extract/lemma.js';

describe('extract/lemma', () => {
  const lemma = (word: string, expected: string) => it(`verb lemma of ${word} is ${expected}`, () => assert.equal(verbLemma(word), expected));
  lemma('accepting', 'accept');
  lemma('accepts', 'accept');
  lemma('accepted', 'accept');
  lemma('taken', 'take');
  lemma('known', 'know');
  lemma('overridden', 'override');
  lemma('apologizing', 'apologize');
  lemma('report', 'report');
  lemma('play', 'play');
  const singular = (word: string, expected: string) => it(`singular of ${word} is ${expected}`, () => assert.equal(nounSingular(word), expected));
  singular('employees', 'employee');
  singular('analyses', 'analysis');
  singular('business', 'business');
  it('forms of "accept" include its conjugations', () => assert.ok(['accepts', 'accepted', 'accepting'].every((f) => wordForms('accept').includes(f))));
  it('forms of "employee" include the plural', () => assert.ok(wordForms('employee').includes('employees')));
  it('participles', () => assert.deepEqual(['reported', 'given', 'sent', 'withheld', 'honest', 'aware'].map(isParticiple), [true, true, true, true, false, false]));
  it('infinitives', () => assert.deepEqual(['report', 'disclose', 'employee'].map(isInfinitive), [true, true, false]));
  it('verb readings of words the lexicon lists as nouns', () => assert.deepEqual(['treat', 'report', 'body', 'self-harm'].map(hasVerbReading), [true, true, false, false]));
  it('gerunds', () => assert.deepEqual(['publishing', 'meeting', 'during', 'gift'].map(isGerund), [true, false, false, false]));
  it('nominal forms', () => assert.ok(nominalForms('retaliate').includes('retaliation') && nominalForms('approve').includes('approval') && nominalForms('disclose').includes('disclosure')));
});
