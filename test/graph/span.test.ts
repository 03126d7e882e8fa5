import assert from 'node:assert/strict';
import N3 from 'n3';
import { GraphReader, TripleSink, int, str } from '../../src/graph/rdf.js';
import { NO_SPAN, readSpan, writeSpan } from '../../src/graph/span.js';
import { REGC } from '../../src/vocab/index.js';
import { span } from './fixtures.js';

describe('graph/span', () => {
  it('writes and reads back a full span', () => {
    const out = new TripleSink(new N3.Store());
    const s = span(12, 3, 40, 300);
    writeSpan(out, 'urn:n', s);
    assert.equal(out.store.size, 7);
    assert.deepEqual(readSpan(new GraphReader(out.store), 'urn:n'), s);
  });
  it('writes nothing for no span', () => {
    const out = new TripleSink(new N3.Store());
    writeSpan(out, 'urn:n', undefined);
    assert.equal(out.store.size, 0);
  });
  it('a file and a line are enough; the rest defaults to that point', () => {
    const out = new TripleSink(new N3.Store());
    out.add('urn:n', REGC.sourceFile, str('a.ttl'));
    out.add('urn:n', REGC.line, int(4));
    assert.deepEqual(readSpan(new GraphReader(out.store), 'urn:n'), { file: 'a.ttl', line: 4, column: 1, endLine: 4, endColumn: 1, offset: 0, endOffset: 0 });
  });
  it('no line, no span', () => {
    const out = new TripleSink(new N3.Store());
    out.add('urn:n', REGC.sourceFile, str('a.ttl'));
    assert.equal(readSpan(new GraphReader(out.store), 'urn:n'), undefined);
  });
  it('the placeholder span points nowhere', () => assert.deepEqual([NO_SPAN.file, NO_SPAN.line], ['', 0]));
});
