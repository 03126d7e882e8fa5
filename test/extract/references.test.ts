import assert from 'node:assert/strict';
import { findLinks, findOverrides, findReferences, ReferenceResolver } from '../../src/extract/references.js';
import { docOf, docOfSections } from './helpers.js';

describe('extract/references', () => {
  const refs = (text: string, ...expected: string[]) =>
    it(`${JSON.stringify(text)} → ${expected.join(', ')}`, () => assert.deepEqual(findReferences(text).map((r) => `${r.kind} ${r.label} "${text.slice(r.start, r.end)}"`), expected));
  refs('see Section 3.2', 'section 3.2 "Section 3.2"');
  refs('Sections 3 and 4.1', 'section 3 "Sections 3"', 'section 4.1 "4.1"');
  refs('under Article 6(1)(b) of the GDPR', 'article 6(1)(b) "Article 6(1)(b)"');
  refs('subsection (2) applies', 'subsection (2) "subsection (2)"');
  refs('paragraph 3', 'paragraph 3 "paragraph 3"');
  refs('clause 4.1', 'clause 4.1 "clause 4.1"');
  refs('§ 7 applies', 'section 7 "§ 7"');
  refs('no reference in 3 sections here');
  it('finds Markdown links to anchors only', () => assert.deepEqual(findLinks('see [gifts](#gifts) and [site](https://x.org)').map((l) => l.label), ['gifts']));

  const override = (text: string, expected: string) =>
    it(`${JSON.stringify(text)} → ${expected}`, () => assert.deepEqual(findOverrides(text).map((o) => `${o.kind}: ${o.text}`), [expected]));
  override('Notwithstanding Section 2, staff may', 'notwithstanding: Notwithstanding Section 2');
  override('Subject to Section 5.1, staff may', 'subject-to: Subject to Section 5.1');
  override('except as otherwise provided in Section 4, no', 'except-as-provided: except as otherwise provided in Section 4');
  override('In addition to the duties in Section 3, managers must', 'in-addition-to: In addition to the duties in Section 3');

  const conduct = docOfSections('orbis-conduct', [['intro', '1', ['Intro.']], ['gifts', '3', ['Gifts.']], ['gifts-limits', '3.2', ['(1) Limits.', '(2) Cash.']]]);
  conduct.sections[2]!.parent = conduct.sections[1]!.iri;
  const addendum = { ...docOf(['Addendum.'], { id: 'emea', sectionId: 'scope', number: '1' }), meta: { extra: {}, title: 'EMEA Addendum' } };
  const resolver = new ReferenceResolver([conduct, addendum]);
  const resolves = (text: string, inSection: number, expected: string | undefined, doc = conduct) =>
    it(`resolves ${JSON.stringify(text)} → ${expected ?? 'nothing'}`, () => {
      const found = [...findReferences(text), ...findLinks(text)][0]!;
      const iri = resolver.resolve(found, doc, doc.sections[inSection]);
      assert.equal(iri?.replace(/^https:\/\/w3id\.org\/regc\/id\//, ''), expected);
    });
  resolves('Section 3.2', 0, 'orbis-conduct/gifts-limits');
  resolves('Section 3', 0, 'orbis-conduct/gifts');
  resolves('Section 3.2(2)', 0, 'orbis-conduct/gifts-limits/2');
  resolves('subsection (1)', 2, 'orbis-conduct/gifts-limits/1');
  resolves('paragraph (2)', 1, 'orbis-conduct/gifts-limits/2');
  resolves('Section 9', 0, undefined);
  resolves('[limits](#gifts-limits)', 0, 'orbis-conduct/gifts-limits');
  resolves('[scope](#scope)', 0, 'emea/scope');
  resolves('[nowhere](#nowhere)', 0, undefined);
  resolves('Section 1 of the EMEA Addendum', 0, 'emea/scope');
  resolves('Section 1', 0, 'orbis-conduct/intro');
});
