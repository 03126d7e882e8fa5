import assert from 'node:assert/strict';
import { sliceText, splitSentences, tokenize } from '../../src/extract/tokens.js';

describe('extract/tokens', () => {
  const tokens = (text: string, ...expected: string[]) =>
    it(`tokenises ${JSON.stringify(text)}`, () => assert.deepEqual(tokenize(text).map((t) => t.text), expected));
  tokens('Employees must not accept cash.', 'Employees', 'must', 'not', 'accept', 'cash', '.');
  tokens("don't share non-public data", "don't", 'share', 'non-public', 'data');
  tokens('USD 1,000.50 or $250', 'USD', '1,000.50', 'or', '$', '250');
  tokens('Section 3.2.', 'Section', '3.2', '.');
  tokens('the assistant’s reply', 'the', 'assistant’s', 'reply');
  it('keeps offsets into the text', () => {
    const t = tokenize('a  bc');
    assert.deepEqual(t.map((x) => [x.start, x.end]), [[0, 1], [3, 5]]);
  });
  it('lower-cases and straightens apostrophes', () => assert.equal(tokenize('Don’t')[0]!.lower, "don't"));

  const sentences = (text: string, ...expected: string[]) =>
    it(`splits ${JSON.stringify(text)}`, () => {
      const t = tokenize(text);
      assert.deepEqual(splitSentences(t).map((s) => sliceText(text, t, s.from, s.to)), expected);
    });
  sentences('Report gifts. Keep records.', 'Report gifts.', 'Keep records.');
  sentences('Use tools (e.g. search) wisely. Ask first.', 'Use tools (e.g. search) wisely.', 'Ask first.');
  sentences('See Sec. 3 for details.', 'See Sec. 3 for details.');
  sentences('Is it allowed? Yes.', 'Is it allowed?', 'Yes.');
  sentences('no full stop', 'no full stop');
});
