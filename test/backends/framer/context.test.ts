import assert from 'node:assert/strict';
import { makeCtx } from '../../../src/backends/framer/context.js';
import { readView } from '../../../src/backends/framer/view.js';
import { build, fact, norm, o } from './fixtures.js';

describe('framer/context', () => {
  it('pairs the view with the catalogue of its facts', () => {
    const b = build([norm('1', 'permission', { when: [['an open tender is in progress', fact('openTender')]] })]);
    const ctx = makeCtx(readView(b.graph, b.ontology, 1));
    assert.equal(ctx.view.norms.length, 1);
    assert.deepEqual(ctx.facts.leftOperands(), [o('openTender')]);
  });
});
