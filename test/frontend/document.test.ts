import assert from 'node:assert/strict';
import { documentIri } from '../../src/vocab/index.js';
import { assembleDocument, documentId, maskFrontMatter } from '../../src/frontend/document.js';
import type { FrontMatter } from '../../src/frontend/frontmatter.js';
import { file } from './helpers.js';

const fm = (more: Partial<FrontMatter> = {}): FrontMatter => ({ bodyStart: 0, meta: { extra: {} }, diagnostics: [], ...more });
const shouldName = (path: string, id: string) => it(`names ${path} ${id}`, () => assert.equal(documentId(fm(), file('', path)), id));

describe('frontend/document', () => {
  shouldName('regulations/orbis-conduct.md', 'orbis-conduct');
  shouldName('regulations/orbis.gifts.txt', 'orbis.gifts');
  shouldName('regulations\\win.md', 'win');
  shouldName('README', 'README');
  it('prefers the front matter id', () => assert.equal(documentId(fm({ id: 'x' }), file('', 'a/b.md')), 'x'));
  it('blanks front matter but keeps lines and offsets', () => assert.equal(maskFrontMatter('---\nid: a\n---\nBody', 14), '   \n     \n   \nBody'));
  it('assembles a document with the title as fallback', () => {
    const d = assembleDocument(file('x', 'r/a.md'), 'markdown', fm({ meta: { extra: { k: 1 } } }), 'a', 'Heading title', []);
    assert.deepEqual(d, { id: 'a', iri: documentIri('a'), file: 'r/a.md', format: 'markdown', sha256: '0'.repeat(64), meta: { extra: { k: 1 }, title: 'Heading title' }, sections: [], norms: [] });
  });
});
