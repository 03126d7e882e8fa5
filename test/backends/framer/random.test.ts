import assert from 'node:assert/strict';
import { hash32, hash64, mulberry32, pick, recordId, rngFor, sample } from '../../../src/backends/framer/random.js';

describe('framer/random', () => {
  it('hashes are stable across runs and platforms', () => {
    assert.equal(hash32('abc'), 482950588);
    assert.equal(hash64('abc'), '1cc93dbce5d5c79f');
    assert.notEqual(hash32('abc'), hash32('abd'));
  });
  it('record ids are a prefix and 16 hex digits, and depend on every part', () => {
    assert.match(recordId('sft', 'may', 'May I?'), /^sft:[0-9a-f]{16}$/);
    assert.notEqual(recordId('sft', 'a', 'bc'), recordId('sft', 'ab', 'c'));
    assert.equal(recordId('scn', 'x'), recordId('scn', 'x'));
  });
  it('a seeded generator repeats its numbers', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    assert.deepEqual([a(), a(), a()], [b(), b(), b()]);
  });
  it('choices depend on the seed and the item, not on what was chosen before', () => {
    const xs = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    assert.deepEqual(sample(rngFor(1, 'norm x'), xs, 3), sample(rngFor(1, 'norm x'), xs, 3));
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8].map((s) => sample(rngFor(s, 'norm x'), xs, 3).join(''));
    assert.ok(new Set(seeds).size > 1);
    assert.ok(xs.includes(pick(rngFor(3, 'y'), xs)));
  });
  it('sample keeps the original order and returns everything when asked for more', () => {
    const got = sample(rngFor(9, 'k'), [1, 2, 3, 4, 5, 6, 7, 8, 9], 4);
    assert.equal(got.length, 4);
    assert.deepEqual([...got].sort((a, b) => a - b), got);
    assert.deepEqual(sample(rngFor(9, 'k'), [1, 2], 5), [1, 2]);
  });
});
