import assert from 'node:assert/strict';
import { findEnumeration } from '../../src/frontend/enumerations.js';

/** The sentence splits into this lead-in and these [label, text] items. */
const shouldEnumerate = (sentence: string, lead: string, items: Array<[string, string]>) =>
  it(JSON.stringify(sentence).slice(0, 90), () => {
    const e = findEnumeration(sentence);
    assert.ok(e, 'an enumeration');
    assert.deepEqual([sentence.slice(0, e.leadEnd), e.items.map((i) => [i.label, sentence.slice(i.start, i.end)])], [lead, items]);
  });
const shouldNotEnumerate = (sentence: string) => it(`none in ${JSON.stringify(sentence).slice(0, 80)}`, () => assert.equal(findEnumeration(sentence), undefined));

describe('frontend/enumerations', () => {
  shouldEnumerate('Employees must not— (a) accept cash; (b) solicit gifts; or (c) offer favours.', 'Employees must not—', [['(a)', 'accept cash'], ['(b)', 'solicit gifts'], ['(c)', 'offer favours']]);
  shouldEnumerate('Staff shall (i) record and (ii) report gifts.', 'Staff shall', [['(i)', 'record'], ['(ii)', 'report gifts']]);
  shouldEnumerate('The Board shall: (1) meet, (2) vote, and (3) report.', 'The Board shall:', [['(1)', 'meet'], ['(2)', 'vote'], ['(3)', 'report']]);
  shouldEnumerate('You must (a) ask first, where (i) and (ii) apply; and (b) log it.', 'You must', [['(a)', 'ask first, where (i) and (ii) apply'], ['(b)', 'log it']]);
  shouldEnumerate('Do this— (a) one; (b) two and/or (c) three', 'Do this—', [['(a)', 'one'], ['(b)', 'two'], ['(c)', 'three']]);
  shouldNotEnumerate('Employees must not accept cash.');
  shouldNotEnumerate('Under Article 6(1)(a) and 6(1)(b) processing is lawful.');
  shouldNotEnumerate('Only (a) is listed here.');
  shouldNotEnumerate('(a) starts the sentence; (b) follows.');
  shouldNotEnumerate('Items (b) and (c) are not a series.');
  shouldNotEnumerate('Note (a)and (b)are glued.');
});
