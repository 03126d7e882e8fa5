import assert from 'node:assert/strict';
import { lineStarts, positionAt, spanOf } from '../../src/ir/source.js';

describe('ir/source', () => {
  const text = 'ab\ncde\n\nf';
  const starts = lineStarts(text);
  const at = (offset: number, line: number, column: number) =>
    it(`offset ${offset} is ${line}:${column}`, () => assert.deepEqual(positionAt(starts, offset), { line, column }));
  at(0, 1, 1);
  at(2, 1, 3);
  at(3, 2, 1);
  at(5, 2, 3);
  at(7, 3, 1);
  at(8, 4, 1);
  it('spans a range across lines', () =>
    assert.deepEqual(spanOf('f.md', starts, 1, 4), { file: 'f.md', line: 1, column: 2, endLine: 2, endColumn: 2, offset: 1, endOffset: 4 }));
});
