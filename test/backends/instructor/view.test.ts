import assert from 'node:assert/strict';
import { readView, ruleText, sectionName } from '../../../src/backends/instructor/view.js';
import type { Section } from '../../../src/ir/index.js';
import { fixtureInput } from './helpers.js';

const view = () => { const i = fixtureInput(); return readView(i.graph, i.ontology); };

function shouldPlace(ref: string, expected: { citation: string; top: string; authority: string }) {
  return () => {
    const r = view().rules.find((x) => x.ref === ref);
    assert.ok(r, `no rule ${ref}`);
    assert.deepEqual({ citation: r.citation, top: r.top?.id, authority: r.authority }, expected);
  };
}

const section = (heading: string, number?: string): Section =>
  ({ id: 's', iri: 'x:s', heading, level: 2, path: [], attributes: {}, span: {} as Section['span'], clauses: [], ...(number ? { number } : {}) });

describe('backends/instructor/view', () => {
  it('places a norm: citation, top-level section below the title, authority', shouldPlace('global/gifts/1', { citation: 'Global Rules, Section 1 Gifts, clause 1', top: 'gifts', authority: 'company-policy' }));
  it('places a norm of the regional addendum', shouldPlace('regional/hospitality/1', { citation: 'Regional Addendum, Section 1 Hospitality, clause 1', top: 'hospitality', authority: 'regional-guideline' }));
  it('orders rules by precedence: higher authority first', () => {
    assert.deepEqual(view().rules.map((r) => r.ref), ['global/gifts/1', 'global/gifts/2', 'global/press/1', 'regional/hospitality/1']);
  });
  it('reads the conflicts and resolutions of the graph', () => {
    const c = view().conflicts;
    assert.equal(c.length, 1);
    assert.equal(c[0]!.resolution?.principle, 'lex-superior');
    assert.match(c[0]!.resolution!.winner, /global\/gifts\/1\/n1$/);
  });
  it('names numbered sections without repeating the number', () => {
    assert.equal(sectionName(section('3.1 Value Limits', '3.1')), 'Section 3.1 Value Limits');
    assert.equal(sectionName(section('3. Gifts', '3')), 'Section 3 Gifts');
    assert.equal(sectionName(section('Definitions')), 'Definitions');
  });
  it('completes a lead-in with its items', () => {
    const r = view().rules[0]!;
    const lead = { ...r, norm: { ...r.norm, text: 'Employees must not—' } };
    const item = (label: string, text: string) => ({ ...r.clause!, label, text: `Employees must not— ${text};`, leadIn: { text: 'Employees must not—', clause: r.clause!.iri } });
    assert.equal(ruleText({ ...lead, items: [item('(a)', 'accept cash'), item('(b)', 'offer cash')] }), 'Employees must not— (a) accept cash; (b) offer cash.');
  });
  it('precedes an item with its lead-in', () => {
    const r = view().rules[0]!;
    const clause = { ...r.clause!, text: 'accept cash;', leadIn: { text: 'Employees must not—', clause: 'x:lead' } };
    assert.equal(ruleText({ ...r, clause, norm: { ...r.norm, text: 'accept cash;' } }), 'Employees must not— accept cash.');
  });
});
