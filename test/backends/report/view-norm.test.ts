import assert from 'node:assert/strict';
import { fragment } from '../../../src/backends/report/html.js';
import { conceptTerm, idText, location, nodeLink, normCard } from '../../../src/backends/report/view-norm.js';
import type { NormView } from '../../../src/backends/report/model.js';
import { EVIL, MODEST_PERMISSION, PROHIBITION, REGIONAL_PERMISSION, RULE, STRAY, attributeValues, fixtureModel, visibleText } from './helpers.js';

const model = fixtureModel();
const views: NormView[] = [
  ...model.documents.flatMap((d) => [...d.norms, ...d.sections.flatMap((s) => [...s.norms, ...s.clauses.flatMap((c) => c.norms)])]),
  ...model.otherNorms,
];
const card = (iri: string) => normCard(views.find((v) => v.norm.iri === iri)!, model).html;
const shouldShow = (iri: string, text: string) => it(`${iri.replace(/^.*\/id\//, '')} shows "${text}"`, () => assert.ok(visibleText(card(iri)).includes(text), visibleText(card(iri))));
const conflictWith = (a: string, b: string) => model.conflicts.find((c) => c.conflict.norms.includes(a) && c.conflict.norms.includes(b))!.conflict.id.replace(/^.*\/id\//, '');

describe('backends/report/view-norm', () => {
  shouldShow(PROHIBITION, 'prohibition “must not” rules global/gifts/1/n1');
  shouldShow(PROHIBITION, `bearer employees ${EVIL} → employee orbis:employee`);
  shouldShow(PROHIBITION, 'action accept orbis:accept target gifts → gift orbis:gift');
  shouldShow(PROHIBITION, `exceptions unless the manager approves ${EVIL} orbis:managerApproval = true mentions manager approval`);
  shouldShow(PROHIBITION, `references Section 1 ${EVIL}`);
  shouldShow(PROHIBITION, 'source regulations/global.md:2:3');
  shouldShow(PROHIBITION, `conflicts ${conflictWith(PROHIBITION, REGIONAL_PERMISSION)} prevails`);
  shouldShow(PROHIBITION, `${conflictWith(PROHIBITION, MODEST_PERMISSION)} unresolved`);
  shouldShow(REGIONAL_PERMISSION, `conditions when at events ${EVIL} (not formalised)`);
  shouldShow(REGIONAL_PERMISSION, `${conflictWith(PROHIBITION, REGIONAL_PERMISSION)} yields`);
  shouldShow(RULE, `A rule of no clause ${EVIL}`);
  shouldShow(RULE, 'action declare (no concept)');
  shouldShow(RULE, `origin Turtle analyst note Stated by the analyst ${EVIL}`);
  shouldShow(STRAY, 'origin ODRL');

  it('leaves out the norm\'s text when it is the clause\'s', () => {
    const v = views.find((x) => x.norm.iri === PROHIBITION)!;
    assert.doesNotMatch(normCard(v, model, v.norm.text).html, /class="norm-text"/);
    assert.match(normCard(v, model).html, /class="norm-text"/);
  });
  it('carries its anchor, kind, origin and strength as attributes for the filter', () => {
    const html = card(MODEST_PERMISSION);
    assert.deepEqual([attributeValues(html, 'id')[0], attributeValues(html, 'data-kind')[0], attributeValues(html, 'data-origin')[0], attributeValues(html, 'data-strength')[0]], [
      'global/gifts/3/n1', 'permission', 'rules', 'strict',
    ]);
  });
  it('links a resolved reference to its anchor and each conflict to its own', () => {
    const hrefs = attributeValues(card(PROHIBITION), 'href');
    assert.ok(hrefs.includes('#regional/events'));
    for (const c of model.conflicts) assert.ok(hrefs.includes(`#${c.conflict.id.replace(/^.*\/id\//, '')}`));
  });
  const shouldName = (iri: string, text: string) => it(`names ${iri} "${text}"`, () => assert.equal(idText(iri, model.names), text));
  shouldName(PROHIBITION, 'global/gifts/1/n1');
  shouldName('urn:uuid:a40b1d34', '<urn:uuid:a40b1d34>');
  shouldName('https://example.org/orbis#rule7', 'orbis:rule7');
  it('links a node of the report, and names any other without a link', () => {
    assert.equal(nodeLink(RULE, model).html, `<a href="#global/rule-1" title="${RULE}">global/rule-1</a>`);
    assert.equal(nodeLink('urn:x', model).html, '<code class="iri" title="urn:x">&lt;urn:x&gt;</code>');
  });
  it('says when a term has neither words nor a concept', () => assert.equal(visibleText(fragment(conceptTerm({ text: '' }, model.names)).html), '(none stated)'));
  it('writes a location as file:line:column', () => {
    assert.equal(location({ span: { file: 'a.md', line: 3, column: 7, endLine: 3, endColumn: 9, offset: 0, endOffset: 2 } }), 'a.md:3:7');
    assert.equal(location({ span: { file: 'a.ttl', line: 0, column: 0, endLine: 0, endColumn: 0, offset: 0, endOffset: 0 } }), 'a.ttl');
    assert.equal(location({ span: { file: '', line: 0, column: 0, endLine: 0, endColumn: 0, offset: 0, endOffset: 0 } }), 'no source position');
  });
});
