import assert from 'node:assert/strict';
import type { Traced } from '../../../src/backends/framer/records.js';
import { assignSplits } from '../../../src/backends/framer/split.js';

const rec = (id: string, keys: string[], norms = ['n:' + id]): Traced => ({
  id, seeds: norms, keys, provenance: { norms, clauses: [], documents: [], conflicts: [], concepts: [] },
});

describe('framer/split', () => {
  it('records sharing a key land on the same side', () => {
    const rs = Array.from({ length: 400 }, (_, i) => rec(`r${i}`, [`situation:${Math.floor(i / 4)}`, `text:${i}`]));
    assignSplits(rs, 1);
    for (let g = 0; g < 100; g++) assert.equal(new Set(rs.slice(g * 4, g * 4 + 4).map((r) => r.split)).size, 1, `group ${g}`);
  });
  it('keys chain: a shares a situation with b, b a text with c', () => {
    const rs = [rec('a', ['situation:1', 'text:a']), rec('b', ['situation:1', 'text:b']), rec('c', ['situation:2', 'text:b'])];
    for (let seed = 0; seed < 30; seed++) {
      assignSplits(rs, seed);
      assert.equal(new Set(rs.map((r) => r.split)).size, 1);
    }
  });
  it('about 80 / 10 / 10, deterministic for a seed', () => {
    const make = () => Array.from({ length: 2000 }, (_, i) => rec(`r${i}`, [`situation:${i}`], ['n:shared']));
    const a = make();
    const b = make();
    assignSplits(a, 5);
    assignSplits(b, 5);
    assert.deepEqual(a.map((r) => r.split), b.map((r) => r.split));
    const count = (s: string) => a.filter((r) => r.split === s).length;
    assert.ok(count('train') > 1500 && count('validation') > 130 && count('heldout') > 130, `${count('train')}/${count('validation')}/${count('heldout')}`);
  });
  it('moves a group to train when it alone covers a norm', () => {
    const rs = Array.from({ length: 200 }, (_, i) => rec(`r${i}`, [`situation:${i}`]));
    const { moved } = assignSplits(rs, 3);
    assert.ok(moved > 0);
    assert.ok(rs.every((r) => r.split === 'train'), 'every record covers a norm of its own');
  });
});
