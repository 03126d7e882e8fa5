import assert from 'node:assert/strict';
import type { ClauseKind } from '../../src/ir/index.js';
import { allClauses, clause, codes, doc, sliceOf, txt } from './helpers.js';

/** [level, heading, number?] of each section. */
const shouldHead = (text: string, expected: Array<[number, string, string?]>) =>
  it(`headings of ${JSON.stringify(text).slice(0, 70)}`, () =>
    assert.deepEqual(doc(txt(text)).sections.map((s) => (s.number === undefined ? [s.level, s.heading] : [s.level, s.heading, s.number])), expected));

/** [id, kind, text, label?, leadIn id?] of each clause. */
const shouldClauses = (text: string, expected: Array<[string, ClauseKind, string, string?, string?]>) =>
  it(`clauses of ${JSON.stringify(text).slice(0, 70)}`, () => {
    const d = doc(txt(text));
    const byIri = new Map(allClauses(d).map((c) => [c.iri, c.id]));
    assert.deepEqual(allClauses(d).map((c) => {
      const row: Array<string | undefined> = [c.id.replace(/^policy\//, ''), c.kind, c.text];
      if (c.label !== undefined || c.leadIn) row.push(c.label);
      if (c.leadIn) row.push(byIri.get(c.leadIn.clause)?.replace(/^policy\//, ''));
      return row;
    }), expected);
  });

describe('frontend/text', () => {
  describe('headings', () => {
    shouldHead('1. GIFTS\n\nText.\n\n2. TRAVEL\n\nText.', [[1, '1. GIFTS', '1'], [1, '2. TRAVEL', '2']]);
    shouldHead('Section 3 — Conflicts\n\nText.', [[1, 'Section 3 — Conflicts', '3']]);
    shouldHead('ARTICLE 2\n\nText.', [[1, 'ARTICLE 2', '2']]);
    shouldHead('ARTICLE 2\nGifts and hospitality\n\nText.', [[1, 'ARTICLE 2 Gifts and hospitality', '2']]);
    shouldHead('Code of Conduct\n===============\n\nGifts\n-----\n\nText.', [[1, 'Code of Conduct'], [2, 'Gifts']]);
    shouldHead('ORBIS CODE OF CONDUCT\n\nARTICLE 1\n\nSection 1.1 Scope\n\n1.1.1 Who\n\nText.', [[1, 'ORBIS CODE OF CONDUCT'], [2, 'ARTICLE 1', '1'], [3, 'Section 1.1 Scope', '1.1'], [4, '1.1.1 Who', '1.1.1']]);
    shouldHead('1. Gifts\n\n1.1 Cash\n\nText.', [[1, '1. Gifts', '1'], [2, '1.1 Cash', '1.1']]);
    shouldHead('PART II\n\nChapter 3: Staff\n\nText.', [[1, 'PART II', 'II'], [2, 'Chapter 3: Staff', '3']]);
    shouldHead('Gifts {#gifts authority=law}\n=====\n\nText.', [[1, 'Gifts']]);
    shouldHead('1. Employees must not accept cash.\n\nSection 3 applies to all staff.', [[0, 'Preamble']]);
    shouldHead('Section did apply', [[0, 'Preamble']]);
    shouldHead('NOTE: staff must comply.', [[0, 'Preamble']]);
    shouldHead('1. Gifts\nStaff must report gifts.', [[0, 'Preamble']]);
    it('takes id, title, authority from front matter and sections from attributes', () => {
      const d = doc(txt('---\nid: orbis-gifts\nauthority: company-policy\n---\nGIFTS POLICY\n\nSection 2 — Gifts {#gifts authority=law}\n\nText.\n'));
      assert.deepEqual([d.id, d.format, d.meta.title, d.sections.map((s) => [s.id, s.authority])], ['orbis-gifts', 'text', 'GIFTS POLICY', [['gifts-policy', 'company-policy'], ['gifts', 'law']]]);
    });
    it('reports unknown authorities and duplicate ids', () =>
      assert.deepEqual(codes(txt('A {#a authority=galactic}\n===\n\nB {#a}\n===\n').diagnostics), [['RC1004', 1, 7], ['RC1005', 4, 4]]));
  });

  describe('clauses', () => {
    shouldClauses('Intro line. Second.\n\nGIFTS\n\nEmployees must not accept cash.', [
      ['preamble/1', 'sentence', 'Intro line.'], ['preamble/2', 'sentence', 'Second.'], ['gifts/1', 'paragraph', 'Employees must not accept cash.'],
    ]);
    shouldClauses('GIFTS\n\n(1) Staff must\nreport gifts.\n\n(2) Staff must not accept cash.', [
      ['gifts/1', 'paragraph', 'Staff must report gifts.', '(1)'], ['gifts/2', 'paragraph', 'Staff must not accept cash.', '(2)'],
    ]);
    shouldClauses('GIFTS\n\nAll staff are expected to:\n- act honestly;\n* report conflicts.\n\nNext paragraph.', [
      ['gifts/1', 'paragraph', 'All staff are expected to:'], ['gifts/2', 'list-item', 'act honestly;', undefined, 'gifts/1'], ['gifts/3', 'list-item', 'report conflicts.', undefined, 'gifts/1'], ['gifts/4', 'paragraph', 'Next paragraph.'],
    ]);
    shouldClauses('GIFTS\n\n(1) The Board shall:\n(a) meet;\n(b) report.\n\n(2) Next rule.', [
      ['gifts/1', 'paragraph', 'The Board shall:', '(1)'], ['gifts/2', 'list-item', 'meet;', '(a)', 'gifts/1'], ['gifts/3', 'list-item', 'report.', '(b)', 'gifts/1'], ['gifts/4', 'paragraph', 'Next rule.', '(2)'],
    ]);
    shouldClauses('GIFTS\n\nThe following are unacceptable:\n\n(a) bribes;\n\n(b) kickbacks.', [
      ['gifts/1', 'paragraph', 'The following are unacceptable:'], ['gifts/2', 'list-item', 'bribes;', '(a)', 'gifts/1'], ['gifts/3', 'list-item', 'kickbacks.', '(b)', 'gifts/1'],
    ]);
    shouldClauses('GIFTS\n\nEmployees must not— (a) accept cash; (b) solicit gifts.', [
      ['gifts/1', 'paragraph', 'Employees must not—'], ['gifts/1.a', 'enumeration-item', 'accept cash', '(a)', 'gifts/1'], ['gifts/1.b', 'enumeration-item', 'solicit gifts', '(b)', 'gifts/1'],
    ]);
    shouldClauses('GIFTS\n\n1. Staff must report gifts, e.g. vouchers. See Sec. 3.', [
      ['gifts/1', 'sentence', 'Staff must report gifts, e.g. vouchers.', '1.'], ['gifts/2', 'sentence', 'See Sec. 3.', '1.'],
    ]);
    it('gives exact spans', () => {
      const text = '---\nid: t\n---\nGIFTS\n\n(1) Staff must\n    report gifts. Then more.\n- item one\n';
      const d = doc(txt(text));
      assert.deepEqual(allClauses(d).map((c) => [sliceOf(text, c), c.span.line, c.span.column]), [
        ['Staff must\n    report gifts.', 6, 5], ['Then more.', 7, 19], ['item one', 8, 3],
      ]);
      assert.equal(clause(d, 't/gifts/3').kind, 'list-item');
    });
    it('handles an empty file', () => assert.deepEqual(doc(txt('')).sections, []));
  });
});
