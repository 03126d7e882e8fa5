import assert from 'node:assert/strict';
import { conversationTokens, ktoWeights, schedule } from '../../../src/backends/instructor/hyper.js';
import type { Method, Schedule } from '../../../src/backends/instructor/hyper.js';

function shouldSchedule(method: Method, examples: number, longest: number, expected: Partial<Schedule>) {
  return () => {
    const s = schedule(method, examples, longest);
    assert.deepEqual(Object.fromEntries(Object.keys(expected).map((k) => [k, s[k as keyof Schedule]])), expected);
    assert.equal(s.perDeviceBatch * s.gradientAccumulation, s.effectiveBatch);
  };
}

describe('backends/instructor/hyper', () => {
  it('gives a small SFT set three epochs, the smallest batch, rank 16', shouldSchedule('sft', 300, 200, { epochs: 3, effectiveBatch: 8, steps: 114, loraR: 16, maxLength: 512 }));
  it('gives a mid-sized SFT set two epochs and a larger batch', shouldSchedule('sft', 4281, 900, { epochs: 2, effectiveBatch: 64, loraR: 16, maxLength: 2048 }));
  it('gives a large SFT set one epoch and rank 32', shouldSchedule('sft', 30000, 100, { epochs: 1, effectiveBatch: 64, loraR: 32, steps: 469 }));
  it('gives preference methods at most two epochs', shouldSchedule('dpo', 1000, 300, { epochs: 2, perDeviceBatch: 2, learningRate: 5e-5 }));
  it('caps the sequence length at 4096', shouldSchedule('kto', 10, 10000, { maxLength: 4096 }));
  it('warms up over 5% of the steps, at least one', shouldSchedule('reward', 16, 50, { steps: 4, warmupSteps: 1 }));
  it('weights the rarer KTO label up', () => {
    assert.deepEqual(ktoWeights(100, 300), { desirable: 3, undesirable: 1 });
    assert.deepEqual(ktoWeights(300, 100), { desirable: 1, undesirable: 3 });
    assert.deepEqual(ktoWeights(110, 100), { desirable: 1, undesirable: 1 });
    assert.deepEqual(ktoWeights(0, 100), { desirable: 1, undesirable: 1 });
  });
  it('keeps the KTO ratio in [1, 4/3]', () => {
    for (const [d, u] of [[7, 100], [100, 7], [333, 250], [1, 2]] as const) {
      const w = ktoWeights(d, u);
      const ratio = (w.desirable * d) / (w.undesirable * u);
      assert.ok(ratio >= 1 && ratio <= 4 / 3, `${d}/${u}: ${ratio}`);
    }
  });
  it('counts tokens of a conversation with chat markup', () => {
    assert.equal(conversationTokens([{ role: 'user', content: 'hello world' }]), 2 + 4);
  });
});
