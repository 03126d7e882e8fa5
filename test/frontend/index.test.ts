import assert from 'node:assert/strict';
import * as frontend from '../../src/frontend/index.js';
import { AUTHORITIES, file } from './helpers.js';

describe('frontend/index', () => {
  it('exports the public functions', () =>
    assert.deepEqual(['readSource', 'decodeSource', 'parseMarkdown', 'parseText', 'readFrontMatter', 'splitSentences', 'headingNumber', 'slugify'].map((k) => typeof (frontend as Record<string, unknown>)[k]), Array(8).fill('function')));
  it('parses through the exported functions', () => {
    const r = frontend.parseText(file('GIFTS\n\nStaff must report gifts.', 'r/g.txt'), { authorities: AUTHORITIES });
    assert.equal(r.document?.sections[0]?.clauses[0]?.id, 'g/gifts/1');
  });
});
