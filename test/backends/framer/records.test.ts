import assert from 'node:assert/strict';
import { provenance, textKey } from '../../../src/backends/framer/records.js';
import { build, ctxOf, norm, o } from './fixtures.js';

describe('framer/records', () => {
  it('provenance adds the clauses and documents of the norms, and keeps ontology concepts only', () => {
    const n = norm('1', 'prohibition', { target: 'gift' });
    const c = ctxOf(build([n]));
    assert.deepEqual(provenance(c.view, [n.iri, n.iri], { concepts: [o('gift'), 'https://w3id.org/regc/fact/x'], conflicts: ['c2', 'c1'] }), {
      norms: [n.iri], clauses: [n.clause], documents: [n.document], conflicts: ['c1', 'c2'], concepts: [o('gift')],
    });
  });
  it('user texts equal up to case, spacing and punctuation share a key', () => {
    assert.equal(textKey('May I accept a gift?'), textKey('may i  accept a gift'));
    assert.notEqual(textKey('May I accept a gift?'), textKey('May I accept gifts?'));
  });
});
