import assert from 'node:assert/strict';
import { lineStarts } from '../../src/ir/index.js';
import { sectionIri } from '../../src/vocab/index.js';
import { buildSections, headingNumber, slugify } from '../../src/frontend/sections.js';
import type { HeadingInput } from '../../src/frontend/sections.js';
import { sourceRun } from '../../src/frontend/runs.js';
import { AUTHORITIES, codes } from './helpers.js';

const shouldNumber = (heading: string, number: string | undefined) =>
  it(`numbers ${JSON.stringify(heading)} as ${number}`, () => assert.equal(headingNumber(heading), number));
const shouldSlug = (heading: string, slug: string) => it(`slugs ${JSON.stringify(heading)} as ${slug}`, () => assert.equal(slugify(heading), slug));

/** Headings given as "level text" lines of a made-up file, one per line. */
function plan(lines: string[], preamble = false) {
  const text = lines.join('\n');
  let at = 0;
  const headings: HeadingInput[] = lines.map((l) => {
    const [level, ...rest] = l.split(' ');
    const start = at + level!.length + 1;
    const run = sourceRun(text, start, start + rest.join(' ').length);
    at += l.length + 1;
    return { raw: run.text, rawOffsets: run.offsets, level: Number(level), start: at - l.length - 1, end: at - 1 };
  });
  return buildSections({ docId: 'd', file: 'd.md', starts: lineStarts(text), text, authority: 'company-policy', headings, ...(preamble ? { preamble: { heading: 'D', start: 0 } } : {}), end: text.length }, { authorities: AUTHORITIES });
}

describe('frontend/sections', () => {
  describe('headingNumber', () => {
    shouldNumber('3.2 Gifts', '3.2');
    shouldNumber('3.2. Gifts', '3.2');
    shouldNumber('Article 6 — Lawfulness of processing', '6');
    shouldNumber('Art. 6a Consent', '6a');
    shouldNumber('Section 4: Scope', '4');
    shouldNumber('§ 12 Records', '12');
    shouldNumber('1. Correction', '1');
    shouldNumber('Part IV', 'IV');
    shouldNumber('Chapter II — General', 'II');
    shouldNumber('Section did apply', undefined);
    shouldNumber('Gifts and hospitality', undefined);
    shouldNumber('Independent review', undefined);
    shouldNumber('3rd-party gifts', undefined);
  });

  describe('slugify', () => {
    shouldSlug('Gifts and Hospitality', 'gifts-and-hospitality');
    shouldSlug('3.2 Gifts', '3-2-gifts');
    shouldSlug('Don’t respond with erotica or gore', 'dont-respond-with-erotica-or-gore');
    shouldSlug('Über Geschenke', 'uber-geschenke');
    shouldSlug('***', 'section');
  });

  describe('buildSections', () => {
    it('nests by level and inherits authority', () => {
      const b = plan(['1 Code', '2 Gifts {#gifts authority=law}', '3 Cash', '2 Travel']);
      assert.deepEqual(b.sections.map((s) => [s.id, s.level, s.parent?.split('/').pop(), s.authority, s.path.join('>')]), [
        ['code', 1, undefined, 'company-policy', 'Code'],
        ['gifts', 2, 'code', 'law', 'Code>Gifts'],
        ['cash', 3, 'gifts', 'law', 'Code>Gifts>Cash'],
        ['travel', 2, 'code', 'company-policy', 'Code>Travel'],
      ]);
      assert.deepEqual(b.diagnostics, []);
    });
    it('gives explicit ids first, then unique slugs', () => {
      const b = plan(['1 Gifts', '1 Gifts', '1 Other {#gifts}', '1 X {#gifts-2}']);
      assert.deepEqual(b.sections.map((s) => s.id), ['gifts-3', 'gifts-4', 'gifts', 'gifts-2']);
    });
    it('reports a duplicate explicit id at the id and keeps ids unique', () => {
      const b = plan(['1 A {#a}', '1 B {#a}']);
      assert.deepEqual([codes(b.diagnostics), b.sections.map((s) => s.id)], [[['RC1005', 2, 6]], ['a', 'a-2']]);
    });
    it('reports an unknown authority at the pair', () =>
      assert.deepEqual(codes(plan(['1 A', '2 B {#b authority=galactic}']).diagnostics), [['RC1004', 2, 9]]));
    it('reports a malformed block where it goes wrong', () =>
      assert.deepEqual(codes(plan(['1 A {#a key="open}']).diagnostics), [['RC1006', 1, 13]]));
    it('keeps classes as the class attribute', () => assert.deepEqual(plan(['1 A {.x .y}']).sections[0]!.attributes, { class: 'x y' }));
    it('reserves the preamble id', () => {
      const b = plan(['1 Preamble', '1 B {#preamble}'], true);
      assert.deepEqual([b.sections.map((s) => s.id), codes(b.diagnostics)], [['preamble', 'preamble-2', 'preamble-3'], [['RC1005', 2, 6]]]);
      assert.equal(b.preamble?.iri, sectionIri('d', 'preamble'));
    });
  });
});
