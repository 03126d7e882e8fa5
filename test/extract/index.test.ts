import assert from 'node:assert/strict';
import * as extract from '../../src/extract/index.js';

describe('extract/index', () => {
  it('exports the public API', () =>
    assert.deepEqual(['ConceptIndex', 'applyReviews', 'extractNorms', 'parseReview'].map((k) => typeof (extract as Record<string, unknown>)[k]), ['function', 'function', 'function', 'function']));
});
