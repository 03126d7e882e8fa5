import assert from 'node:assert/strict';
import { valuesOf } from '../../../src/backends/instructor/values.js';
import { readView } from '../../../src/backends/instructor/view.js';
import { fixtureInput } from './helpers.js';

describe('backends/instructor/values', () => {
  it('makes one value per top-level section, each norm in exactly one', () => {
    const i = fixtureInput();
    const view = readView(i.graph, i.ontology);
    const values = valuesOf(view);
    assert.deepEqual(values.map((v) => [v.id, v.label, v.norms.length]), [
      ['global.gifts', 'Gifts (Global Rules)', 2],
      ['global.press', 'Press (Global Rules)', 1],
      ['regional.hospitality', 'Hospitality (Regional Addendum)', 1],
    ]);
    assert.equal(new Set(values.flatMap((v) => v.norms)).size, view.rules.length);
  });
});
