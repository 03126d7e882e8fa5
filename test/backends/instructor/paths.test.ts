import assert from 'node:assert/strict';
import { framerSplitCandidates, OUT } from '../../../src/backends/instructor/paths.js';

describe('backends/instructor/paths', () => {
  it('looks for the Framer\'s split files first', () => assert.equal(framerSplitCandidates('sft', 'train')[0], 'framer/splits/train/sft.jsonl'));
  it('keeps every output under instructor/', () => {
    const all = JSON.stringify(OUT, (_k, v: unknown) => (typeof v === 'function' ? (v as (x: string, y?: string) => string)('x', 'train') : v));
    for (const p of all.match(/"[^"]*\/[^"]*"/g) ?? []) assert.ok(p.startsWith('"instructor/'), p);
  });
});
