import assert from 'node:assert/strict';
import { summaries } from '../../../src/backends/framer/summaries.js';
import { build, ctxOf, norm } from './fixtures.js';

describe('framer/summaries', () => {
  const c = () => ctxOf(build([
    norm('1', 'prohibition', { target: 'gift', text: 'Employees must not accept gifts.' }),
    norm('2', 'obligation', { action: 'offer', target: 'data', text: 'Employees must offer customer data.' }),
  ]));
  it('summarises each clause, quoting it', () => {
    const clauses = summaries(c()).filter((s) => s.form === 'summary-clause');
    assert.equal(clauses.length, 4);
    assert.ok(clauses.some((s) => /reads: "Employees must not accept gifts"\. In short: Employees must not accept a gift\./.test(s.assistant)));
  });
  it('summarises a section with every rule it sets', () => {
    const sections = summaries(c()).filter((s) => s.form === 'summary-section');
    assert.equal(sections.length, 2);
    assert.match(sections[0]!.assistant, /^Section 2 Rules of the policy rules sets 2 rules\. Paragraph \(1\): Employees must not accept a gift\. Paragraph \(2\): Employees must offer customer data\./);
    assert.equal(sections[0]!.provenance.norms.length, 2);
  });
  it('one phrasing each when asked for one', () => {
    assert.equal(summaries(c(), 1).length, 3);
  });
});
