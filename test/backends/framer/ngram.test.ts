import assert from 'node:assert/strict';
import { longestSharedNgram, words } from '../../../src/backends/framer/ngram.js';

const overlap = (held: string[], train: string[], n: number, ngram: string) =>
  it(`${JSON.stringify(held)} vs ${JSON.stringify(train)} → ${n}`, () => {
    const o = longestSharedNgram(held, train);
    assert.equal(o.n, n);
    assert.equal(o.ngram, ngram);
  });

describe('framer/ngram', () => {
  it('splits words, ignoring case and punctuation', () => assert.deepEqual(words('May I accept a USD-100 gift?'), ['may', 'i', 'accept', 'a', 'usd', '100', 'gift']));
  overlap(['May I accept a gift?'], ['Must I report a gift?'], 2, 'a gift');
  overlap(['May I accept a gift worth USD 150?'], ['Can I accept a gift worth USD 50?', 'nothing alike'], 6, 'i accept a gift worth usd');
  overlap(['alpha beta'], ['gamma delta'], 0, '');
  overlap(['the same text exactly'], ['The same text, exactly.'], 4, 'the same text exactly');
  overlap([], ['anything'], 0, '');
  it('names the texts that share it', () => {
    const o = longestSharedNgram(['x y z', 'a b c d'], ['q', 'b c d e']);
    assert.deepEqual([o.heldout, o.train, o.n], [1, 1, 3]);
  });
});
