import assert from 'node:assert/strict';
import type { Clause, SourceFile } from '../../src/ir/index.js';
import { SpanMap } from '../../src/extract/spans.js';

function clauseOver(source: string, from: number, to: number, text: string, file = 'regulations/a.md'): Clause {
  const before = source.slice(0, from);
  const line = before.split('\n').length;
  const column = from - before.lastIndexOf('\n');
  const inner = source.slice(0, to);
  const endLine = inner.split('\n').length;
  const endColumn = to - inner.lastIndexOf('\n');
  return { iri: 'c', id: 'a/s/1', sectionIri: 's', ordinal: '1', kind: 'sentence', text, span: { file, line, column, endLine, endColumn, offset: from, endOffset: to } };
}

describe('extract/spans', () => {
  const source = '# T\n\nStaff **must not** accept\n  gifts; see [the rules](#rules)[^1] now.\n';
  const from = source.indexOf('Staff');
  const to = source.indexOf('now.') + 4;
  const text = 'Staff must not accept gifts; see the rules now.';
  const file: SourceFile = { path: 'regulations/a.md', text: source, sha256: '' };
  const map = new SpanMap(clauseOver(source, from, to, text), file);
  const spanOfWord = (word: string, line: number, column: number) =>
    it(`"${word}" is at ${line}:${column} in the source`, () => {
      const i = text.indexOf(word);
      const s = map.span(i, i + word.length);
      assert.deepEqual([s.line, s.column], [line, column]);
      assert.equal(source.slice(s.offset, s.endOffset).replace(/\*\*/g, ''), word);
    });
  spanOfWord('Staff', 3, 1);
  spanOfWord('not', 3, 14);
  spanOfWord('gifts', 4, 3);
  spanOfWord('now', 4, 38);
  it('gives raw source spans and the source text', () => {
    assert.equal(map.sourceText()?.text, source.slice(from, to));
    assert.deepEqual([map.sourceSpan(from, from + 5).line, map.sourceSpan(from, from + 5).column], [3, 1]);
  });
  it('without a source, a one-line clause maps by arithmetic', () => {
    const c = clauseOver('xx Staff must act.', 3, 18, 'Staff must act.');
    const s = new SpanMap(c).span(6, 10);
    assert.deepEqual([s.line, s.column, s.endColumn, s.offset], [1, 10, 14, 9]);
  });
  it('without a source, a multi-line clause falls back to the clause span', () => {
    const c = clauseOver(source, from, to, text);
    assert.deepEqual(new SpanMap(c).span(6, 10), c.span);
  });
  it('tolerates text the front end inserted (a link title for "[?]")', () => {
    const src = 'Follow [?](#rules) unless the Ethics Office agrees.';
    const t = 'Follow The rules of conduct unless the Ethics Office agrees.';
    const m = new SpanMap(clauseOver(src, 0, src.length, t), { path: 'regulations/a.md', text: src, sha256: '' });
    const i = t.indexOf('the Ethics Office agrees');
    const sp = m.span(i, i + 'the Ethics Office agrees'.length);
    assert.equal(src.slice(sp.offset, sp.endOffset), 'the Ethics Office agrees');
  });
  it('when the texts cannot be aligned, it falls back to the clause span', () => {
    const c = clauseOver(source, from, to, 'Entirely different words here, nothing alike at all.');
    assert.deepEqual(new SpanMap(c, file).span(3, 9), c.span);
  });
});
