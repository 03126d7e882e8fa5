import assert from 'node:assert/strict';
import { conflictView } from '../../../src/backends/report/view-conflicts.js';
import { EVIL, MODEST_PERMISSION, REGIONAL_PERMISSION, attributeValues, fixtureModel, visibleText } from './helpers.js';

const model = fixtureModel();
const view = (other: string) => conflictView(model.conflicts.find((c) => c.conflict.norms.includes(other))!, model).html;
const shouldShow = (other: string, text: string) =>
  it(`the conflict with ${other.replace(/^.*\/id\//, '')} shows "${text}"`, () => assert.ok(visibleText(view(other)).includes(text), visibleText(view(other))));
/** The visible text of a side (`winner`, `defeated`) of a conflict: from its element to the next side's. */
const side = (other: string, role: string) => visibleText(view(other).split(/<div class="side(?= |")/).find((p) => p.startsWith(` ${role}"`))?.replace(/^[^>]*>/, '') ?? '');

describe('backends/report/view-conflicts', () => {
  shouldShow(REGIONAL_PERMISSION, 'possible permission against prohibition lex superior');
  shouldShow(REGIONAL_PERMISSION, 'Resolution: global/gifts/1/n1 prevails over regional/events/1/n1 by lex superior.');
  shouldShow(REGIONAL_PERMISSION, 'authority company-policy outranks regional-guideline');
  shouldShow(REGIONAL_PERMISSION, 'Rests on: auth:company-policy, auth:regional-guideline');
  shouldShow(REGIONAL_PERMISSION, 'Regional Addendum (regional-guideline, effective 2026-03-01) Regional Addendum › events');
  shouldShow(REGIONAL_PERMISSION, `Global Rules ${EVIL} (company-policy, effective 2026-01-01)`);
  shouldShow(REGIONAL_PERMISSION, 'Scopes, left against right: bearer ');
  shouldShow(MODEST_PERMISSION, 'possible permission against prohibition unresolved');
  shouldShow(MODEST_PERMISSION, 'Unresolved: no principle of precedence decides');

  it('marks the winner and the defeated side', () => {
    assert.match(side(REGIONAL_PERMISSION, 'winner'), /^prohibition .*prevails/);
    assert.match(side(REGIONAL_PERMISSION, 'defeated'), /^permission .*yields/);
  });
  it('marks neither side of an unresolved conflict, and the conflict as open', () => {
    assert.doesNotMatch(view(MODEST_PERMISSION), /side winner|side defeated|prevails/);
    assert.match(view(MODEST_PERMISSION), /^<article class="conflict open"/);
    assert.match(view(REGIONAL_PERMISSION), /^<article class="conflict resolved"/);
  });
  it('puts the norms in conflict order, left and right, linked to their cards', () => {
    const hrefs = attributeValues(view(REGIONAL_PERMISSION), 'href');
    assert.deepEqual(hrefs.filter((h) => h.endsWith('/n1')).slice(0, 2), ['#global/gifts/1/n1', '#regional/events/1/n1']);
  });
  it('names the kinds and origins of its norms for the filter', () => {
    const html = view(REGIONAL_PERMISSION);
    assert.deepEqual([attributeValues(html, 'data-kinds')[0], attributeValues(html, 'data-origins')[0]], ['permission prohibition', 'rules']);
  });
});
