import assert from 'node:assert/strict';
import type { Clause, Section } from '../../src/ir/index.js';
import { lineStarts } from '../../src/ir/index.js';
import { clauseIri, sectionIri } from '../../src/vocab/index.js';
import { ClauseWriter, introduces, leadingLabel } from '../../src/frontend/clauses.js';
import type { Unit } from '../../src/frontend/clauses.js';
import { sourceRun } from '../../src/frontend/runs.js';

const emptySection = (): Section => ({
  id: 's', iri: sectionIri('d', 's'), heading: 'S', level: 1, path: ['S'], attributes: {},
  span: { file: 'f.txt', line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 }, clauses: [],
});

/** Writes units (paragraphs unless "- " starts them) of one text, separated by blank lines, and lists the clauses. */
function write(text: string, leadIn?: (prev: Clause[]) => Clause | undefined): Clause[] {
  const w = new ClauseWriter('d', emptySection(), 'f.txt', lineStarts(text));
  let at = 0;
  const out: Clause[] = [];
  for (const part of text.split('\n\n')) {
    const item = part.startsWith('- ');
    const unit: Unit = { run: sourceRun(text, at + (item ? 2 : 0), at + part.length), kind: item ? 'list-item' : 'paragraph' };
    const lead = item ? leadIn?.(out) : undefined;
    if (lead) unit.leadIn = lead;
    out.push(...w.add(unit));
    at += part.length + 2;
  }
  assert.deepEqual(w.section.clauses, out);
  return out;
}

/** [ordinal, kind, text, label?] of each clause. */
const shouldWrite = (text: string, expected: Array<[string, string, string, string?]>) =>
  it(JSON.stringify(text).slice(0, 90), () =>
    assert.deepEqual(write(text).map((c) => (c.label === undefined ? [c.ordinal, c.kind, c.text] : [c.ordinal, c.kind, c.text, c.label])), expected));

const shouldLabel = (text: string, label: string | undefined) => it(`label of ${JSON.stringify(text)}`, () => assert.equal(leadingLabel(text)?.label, label));

describe('frontend/clauses', () => {
  describe('ClauseWriter', () => {
    shouldWrite('Employees must not accept cash.', [['1', 'paragraph', 'Employees must not accept cash.']]);
    shouldWrite('One rule. Two  rules.\n\nThree.', [['1', 'sentence', 'One rule.'], ['2', 'sentence', 'Two rules.'], ['3', 'paragraph', 'Three.']]);
    shouldWrite('(2) Staff must comply. Always.', [['1', 'sentence', 'Staff must comply.', '(2)'], ['2', 'sentence', 'Always.', '(2)']]);
    shouldWrite('(1) Report gifts. (2) Refuse cash. Always.', [['1', 'sentence', 'Report gifts.', '(1)'], ['2', 'sentence', 'Refuse cash.', '(2)'], ['3', 'sentence', 'Always.', '(2)']]);
    shouldWrite('1. First.\n\n- (b) item', [['1', 'paragraph', 'First.', '1.'], ['2', 'list-item', 'item', '(b)']]);
    shouldWrite('Staff must not— (a) accept cash; (b) solicit gifts. Next.', [
      ['1', 'sentence', 'Staff must not—'], ['1.a', 'enumeration-item', 'accept cash', '(a)'], ['1.b', 'enumeration-item', 'solicit gifts', '(b)'], ['2', 'sentence', 'Next.'],
    ]);
    shouldWrite('---\n\n***\n\nWords.', [['1', 'paragraph', 'Words.']]);
    it('points enumeration items at their lead-in clause', () => {
      const [lead, a] = write('Staff must not— (a) accept cash; (b) solicit gifts.');
      assert.deepEqual(a!.leadIn, { text: 'Staff must not—', clause: lead!.iri });
      assert.deepEqual([lead!.id, lead!.iri], ['d/s/1', clauseIri('d', 's', '1')]);
    });
    it('gives a unit\'s lead-in to its first clause only', () => {
      const cs = write('We need to:\n\n- act. Then rest.', (prev) => prev[0]);
      assert.deepEqual(cs.map((c) => c.leadIn?.clause), [undefined, cs[0]!.iri, undefined]);
    });
    it('gives an enumeration inside a list item the item\'s lead-in through the lead-in clause', () => {
      const cs = write('Staff must:\n\n- not— (a) lie; (b) cheat.', (prev) => prev[0]);
      assert.deepEqual(cs.map((c) => [c.ordinal, c.leadIn?.clause.split('/').pop()]), [['1', undefined], ['2', '1'], ['2.a', '2'], ['2.b', '2']]);
    });
    it('spans exactly the clause text', () => {
      const text = '(1) Staff must\n  comply.  Then rest.';
      const cs = write(text);
      assert.deepEqual(cs.map((c) => [text.slice(c.span.offset, c.span.endOffset), c.span.line, c.span.column, c.span.endLine, c.span.endColumn]), [
        ['Staff must\n  comply.', 1, 5, 2, 10], ['Then rest.', 2, 12, 2, 22],
      ]);
    });
  });

  describe('leadingLabel', () => {
    shouldLabel('(2) Staff', '(2)');
    shouldLabel('(2a) Staff', '(2a)');
    shouldLabel('(b) accept', '(b)');
    shouldLabel('(iv) accept', '(iv)');
    shouldLabel('3.2. Staff', '3.2.');
    shouldLabel('1. Staff', '1.');
    shouldLabel('b) accept', 'b)');
    shouldLabel('1.5 million staff', undefined);
    shouldLabel('2024. That year', undefined);
    shouldLabel('(e.g., cash) is banned', undefined);
    shouldLabel('(2)', undefined);
  });

  describe('introduces', () => {
    const shouldIntroduce = (text: string, yes: boolean) =>
      it(`${yes ? 'introduces' : 'does not introduce'}: ${text}`, () => assert.equal(introduces({ text } as Clause), yes));
    shouldIntroduce('All staff are expected to:', true);
    shouldIntroduce('Employees must not—', true);
    shouldIntroduce('Employees must not -', true);
    shouldIntroduce('Employees must not accept cash.', false);
    shouldIntroduce('Self-harm', false);
  });
});
