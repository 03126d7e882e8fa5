import assert from 'node:assert/strict';
import { normInfos } from '../../src/reasoner/info.js';
import { clauseIri, documentIri, sectionIri } from '../../src/vocab/index.js';
import { document, nid, norm } from './fixtures.js';

describe('reasoner/info', () => {
  const doc = document('code', { authority: 'company-policy', effective: '2024-03-01' }, { top: undefined, sub: 'law' });
  doc.sections[1]!.parent = sectionIri('code', 'top');
  const infos = normInfos([norm('a', 'prohibition', { doc: 'code', section: 'sub' }), norm('b', 'permission', { doc: 'gone' })], [doc]);
  const a = infos.get(nid('a', 'code', 'sub'))!;
  it('lists the norm, its clause, sections up to the top and its document', () =>
    assert.deepEqual([...a.containers].sort(), [
      documentIri('code'), sectionIri('code', 'sub'), clauseIri('code', 'sub', 'a'), nid('a', 'code', 'sub'), sectionIri('code', 'top'),
    ].sort()));
  it('takes the authority of the nearest section', () => assert.equal(a.authority, 'law'));
  it('takes the effective date of the document', () => assert.equal(a.effective, '2024-03-01'));
  it('knows nothing more of a norm whose document is missing', () =>
    assert.deepEqual({ ...infos.get(nid('b', 'gone'))!, containers: undefined }, { containers: undefined, document: documentIri('gone') }));
});
