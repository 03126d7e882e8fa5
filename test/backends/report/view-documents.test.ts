import assert from 'node:assert/strict';
import { documentView } from '../../../src/backends/report/view-documents.js';
import { summarize } from '../../../src/backends/report/summary.js';
import { EVIL, RULE, attributeValues, fixtureModel, visibleText } from './helpers.js';

const model = fixtureModel();
const summary = summarize(model);
const html = (i: number) => documentView(model.documents[i]!, summary.documents[i]!.norms, model).html;
const shouldShow = (i: number, text: string) => it(`document ${i + 1} shows "${text}"`, () => assert.ok(visibleText(html(i)).includes(text), visibleText(html(i))));

describe('backends/report/view-documents', () => {
  shouldShow(0, `Global Rules ${EVIL} # id global file regulations/global.md format markdown authority company-policy effective 2026-01-01`);
  shouldShow(0, `owner ${EVIL} norms 3 (1 obligations, 1 permissions, 1 prohibitions)`);
  shouldShow(0, `1. gifts ${EVIL} #`);
  shouldShow(0, `global/gifts/1 regulations/global.md:2:3 Employees must not accept gifts ${EVIL}.`);
  shouldShow(0, 'global/gifts/2 regulations/global.md:3:3 no norm read Gifts build goodwill.');
  shouldShow(0, 'Rules stated without a clause obligation');
  shouldShow(1, 'Regional Addendum # id regional');

  it('puts clauses and norms in document order under their anchors', () => {
    const ids = attributeValues(html(0), 'id');
    assert.deepEqual(ids, ['global', 'global/gifts', 'global/gifts/1', 'global/gifts/1/n1', 'global/gifts/2', 'global/gifts/3', 'global/gifts/3/n1', RULE.replace(/^.*\/id\//, '')]);
  });
  it('marks a clause no norm was read from', () => assert.match(html(0), /<div class="clause empty" id="global\/gifts\/2">/));
  it('keeps only the anchor of a title heading that repeats the document\'s title', () => {
    const d = model.documents[1]!;
    const title = { ...d.sections[0]!.section, heading: d.document.meta.title!, clauses: [] };
    const out = documentView({ ...d, sections: [{ section: title, clauses: [], norms: [] }] }, summary.documents[1]!.norms, model).html;
    assert.match(out, /<section class="sec title" id="regional\/events"><\/section>/);
  });
});
