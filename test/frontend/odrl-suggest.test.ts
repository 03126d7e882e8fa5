import assert from 'node:assert/strict';
import { editDistance, nearestTerm, undefinedOdrlTerm } from '../../src/frontend/odrl-suggest.js';
import { ODRL } from '../../src/vocab/index.js';

const shouldMeasure = (a: string, b: string, d: number) => it(`${a} → ${b} is ${d}`, () => assert.equal(editDistance(a, b), d));
const shouldSuggest = (word: string, term: string) => it(`${word} → ${term}`, () => assert.equal(nearestTerm(word), term));
const shouldFlag = (local: string, expected: { term: string; suggestion: string } | undefined) =>
  it(`odrl:${local} ${expected ? `is undefined, nearest ${expected.suggestion}` : 'is an ODRL term'}`, () => assert.deepEqual(undefinedOdrlTerm(ODRL.ns + local), expected));

describe('frontend/odrl-suggest', () => {
  describe('editDistance (optimal string alignment)', () => {
    shouldMeasure('', '', 0);
    shouldMeasure('use', 'use', 0);
    shouldMeasure('usee', 'use', 1);
    shouldMeasure('perm1ssion', 'permission', 1);
    shouldMeasure('pemrission', 'permission', 1); // a transposition
    shouldMeasure('lteq1', 'lteq', 1);
    shouldMeasure('kitten', 'sitting', 3);
    shouldMeasure('', 'abc', 3);
  });
  describe('nearestTerm', () => {
    shouldSuggest('perm1ssion', 'permission');
    shouldSuggest('Permision', 'Permission');
    shouldSuggest('lteq1', 'lteq');
    shouldSuggest('usee', 'use');
    shouldSuggest('Read', 'read');
    shouldSuggest('prohibtion', 'prohibition');
    shouldSuggest('assigne', 'assignee');
    shouldSuggest('isanyof', 'isAnyOf');
  });
  describe('undefinedOdrlTerm', () => {
    shouldFlag('permission', undefined);
    shouldFlag('Permission', undefined);
    shouldFlag('andSequence', undefined);
    shouldFlag('perm1ssion', { term: 'perm1ssion', suggestion: 'permission' });
    shouldFlag('usee', { term: 'usee', suggestion: 'use' });
    it('ignores IRIs outside the ODRL namespace and the namespace itself', () =>
      assert.deepEqual([undefinedOdrlTerm('http://example.org/usee'), undefinedOdrlTerm(ODRL.ns)], [undefined, undefined]));
  });
});
