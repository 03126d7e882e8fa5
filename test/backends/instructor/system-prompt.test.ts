import assert from 'node:assert/strict';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { authorityOrder, ruleLines, systemPrompt } from '../../../src/backends/instructor/system-prompt.js';
import { readView } from '../../../src/backends/instructor/view.js';
import { fixtureInput } from './helpers.js';

const view = () => { const i = fixtureInput(); return readView(i.graph, i.ontology); };

describe('backends/instructor/system-prompt', () => {
  it('states one line per clause, in precedence order', () => {
    assert.deepEqual(ruleLines(view()).map((l) => l.line), [
      '- [global/gifts/1] Employees must not accept gifts.',
      '- [global/gifts/2] Employees must record every gift they accept.',
      '- [global/press/1] Employees must not speak to the press.',
      '- [regional/hospitality/1] Employees may accept gifts at industry events.',
    ]);
  });
  it('states the order of the authority levels in use', () => assert.deepEqual(authorityOrder(view()), ['company-policy outranks regional-guideline']));
  it('states how each conflict is decided, with its principle', () => {
    assert.ok(systemPrompt(view()).text.includes('- [global/gifts/1] prevails over [regional/hospitality/1] where both apply (higher authority).'));
  });
  it('heads each document with its authority and date, higher authority first', () => {
    const t = systemPrompt(view()).text;
    assert.ok(t.indexOf('### Global Rules (company-policy, effective 2026-01-01)') < t.indexOf('### Regional Addendum (regional-guideline, effective 2026-03-01)'));
  });
  it('counts its tokens with the o200k encoding', () => {
    const p = systemPrompt(view());
    assert.equal(p.tokens, countTokens(p.text));
  });
});
