import assert from 'node:assert/strict';
import { normsIn, readFramerData } from '../../../src/backends/instructor/framer-data.js';
import type { OutputFile } from '../../../src/backends/types.js';
import { framerFiles, NORMS } from './helpers.js';

const IRIS = new Set(NORMS.map((n) => n.iri));
const ids = (rs: { id: string }[]) => rs.map((r) => r.id);

function shouldSplit(files: OutputFile[], expected: { train: string[]; validation: string[]; heldout: string[] }) {
  return () => {
    const d = readFramerData(files, IRIS);
    assert.deepEqual({ train: ids(d.sft.records.train), validation: ids(d.sft.records.validation), heldout: ids(d.sft.records.heldout) }, expected);
  };
}

/** A Framer SFT file of these records ([id, split field or undefined]). */
const sftFile = (records: [string, unknown][]): OutputFile[] => [{
  path: 'framer/sft.jsonl',
  content: records.map(([id, split]) => JSON.stringify({ id, ...(split === undefined ? {} : { split }), messages: [{ role: 'user', content: 'q' }, { role: 'assistant', content: 'a' }] }) + '\n').join(''),
}];

describe('backends/instructor/framer-data', () => {
  it('splits the whole file by its split field', shouldSplit(framerFiles(), { train: ['sft:1', 'sft:2'], validation: ['sft:3'], heldout: ['sft:4'] }));
  it('reads the whole file, and names it', () => assert.equal(readFramerData(framerFiles(), IRIS).sft.file, 'framer/sft.jsonl'));
  it('counts a record without a split as training data, "test" as held-out', shouldSplit(sftFile([['a', undefined], ['b', 'test']]), { train: ['a'], validation: [], heldout: ['b'] }));
  it('rejects a record whose split names none, rather than training on it', () => {
    const d = readFramerData(sftFile([['a', 'held-out'], ['b', 'train']]), IRIS);
    assert.deepEqual([ids(d.sft.records.train), ids(d.sft.records.heldout), d.rejected.map((r) => [r.file, r.line])], [['b'], [], [['framer/sft.jsonl', 1]]]);
  });
  it('finds no data when the Framer emitted nothing', () => {
    const d = readFramerData([], IRIS);
    assert.equal(d.present, false);
    assert.equal(d.sft.records.train.length, 0);
  });
  it('reads preference and KTO records with their labels', () => {
    const d = readFramerData(framerFiles(), IRIS);
    assert.deepEqual(ids(d.preferences.records.train), ['pref:1', 'pref:2']);
    assert.deepEqual(d.kto.records.train.map((r) => r.label), [true, false, false]);
  });
  it('rejects records that are not in the format, with file and line', () => {
    const files = [{ path: 'framer/sft.jsonl', content: '{"id":"a","messages":[{"role":"user","content":"x"}]}\nnot json\n' }];
    const d = readFramerData(files, IRIS);
    assert.deepEqual(d.rejected.map((r) => [r.file, r.line]), [['framer/sft.jsonl', 1], ['framer/sft.jsonl', 2]]);
  });
  it('takes the norms of a record from its provenance', () => {
    const [a, b] = [...IRIS] as [string, string];
    assert.deepEqual(normsIn({ provenance: { norms: [b, a, 'x:unknown'] } }, IRIS), [a, b].sort());
    assert.deepEqual(normsIn({ source: { deciding: a }, messages: [{ content: b }] }, IRIS), [a]);
  });
});
