import assert from 'node:assert/strict';
import { categoryDescription, guardCategories } from '../../../src/backends/instructor/guard-policy.js';
import { readView } from '../../../src/backends/instructor/view.js';
import { fixtureInput } from './helpers.js';

describe('backends/instructor/guard-policy', () => {
  const i = fixtureInput();
  const cats = guardCategories(readView(i.graph, i.ontology));

  it('makes one category per value with prohibitions, numbered S1…', () => assert.deepEqual(cats.map((c) => [c.code, c.name]), [['S1', 'Gifts'], ['S2', 'Press']]));
  it('lists the prohibitions and the duties of the value', () => {
    assert.deepEqual(cats[0]!.prohibited.map((p) => p.ref), ['global/gifts/1']);
    assert.deepEqual(cats[0]!.duties.map((p) => p.ref), ['global/gifts/2']);
  });
  it('lets through no permission that loses to the prohibition', () => assert.deepEqual(cats[0]!.allowedBy, []));
  it('describes what is unsafe with the rule references', () => {
    assert.match(categoryDescription(cats[1]!), /^Content that helps.*\n- Employees must not speak to the press\. \[global\/press\/1\]$/);
  });
});
