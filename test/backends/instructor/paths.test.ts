import assert from 'node:assert/strict';
import { FRAMER, OUT } from '../../../src/backends/instructor/paths.js';

describe('backends/instructor/paths', () => {
  it('reads the Framer\'s whole files, one per kind', () => assert.deepEqual([FRAMER.sft, FRAMER.preferences, FRAMER.kto], ['framer/sft.jsonl', 'framer/preferences.jsonl', 'framer/kto.jsonl']));
  it('keeps every output under instructor/', () => {
    const all = JSON.stringify(OUT, (_k, v: unknown) => (typeof v === 'function' ? (v as (x: string, y?: string) => string)('x', 'train') : v));
    for (const p of all.match(/"[^"]*\/[^"]*"/g) ?? []) assert.ok(p.startsWith('"instructor/'), p);
  });
});
