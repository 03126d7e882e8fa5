import assert from 'node:assert/strict';
import { RunBuilder, collapseWhitespace, fileRange, isSpace, removeMatches, sliceRun, sourceRun } from '../../src/frontend/runs.js';

describe('frontend/runs', () => {
  it('maps a source slice one to one', () => assert.deepEqual(sourceRun('abcdef', 2, 5), { text: 'cde', offsets: [2, 3, 4] }));
  it('aligns decoded text with escapes and indentation to its source', () => {
    const b = new RunBuilder();
    const source = 'x \\*a\\* &amp; b\n   c';
    b.pushAligned('*a* & b\nc', source, 2, source.length);
    const run = b.build();
    assert.equal(run.text, '*a* & b\nc');
    assert.deepEqual(run.offsets, [3, 4, 6, 7, 8, 13, 14, 15, 19]);
  });
  it('maps generated text to one offset', () => {
    const b = new RunBuilder();
    b.pushAt('ab', 7);
    assert.deepEqual(b.build().offsets, [7, 7]);
  });
  it('collapses white space and trims, keeping offsets', () =>
    assert.deepEqual(collapseWhitespace(sourceRun('  a \n\t b  ', 0, 10)), { text: 'a b', offsets: [2, 3, 7] }));
  it('removes matches of a pattern', () =>
    assert.deepEqual(removeMatches(sourceRun('ab[^1]c', 0, 7), /\[\^[^\]\s]+\]/g), { text: 'abc', offsets: [0, 1, 6] }));
  it('slices', () => assert.deepEqual(sliceRun(sourceRun('abcdef', 0, 6), 1, 3), { text: 'bc', offsets: [1, 2] }));
  it('gives the file range of characters', () => assert.deepEqual(fileRange({ text: 'ab', offsets: [4, 9] }, 0, 2), { start: 4, end: 10 }));
  it('never gives an empty range', () => assert.deepEqual(fileRange({ text: 'ab', offsets: [4, 4] }, 1, 2), { start: 4, end: 5 }));
  it('knows white space as \\s does', () => {
    for (let c = 0; c < 0x3001; c++) assert.equal(isSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
    assert.equal(isSpace(0xfeff), true);
  });
});
