import assert from 'node:assert/strict';
import { buildHierarchies } from '../../src/reasoner/hierarchy.js';
import { prepareReasoned } from '../../src/reasoner/reasoned.js';
import type { Conflict } from '../../src/ir/index.js';
import { CONCEPTS, nid, norm, o } from './fixtures.js';

describe('reasoner/reasoned', () => {
  const c = { id: 'c', norms: [nid('a'), nid('b')] } as Conflict;
  const r = prepareReasoned([norm('a', 'permission'), norm('b', 'prohibition'), norm('c', 'obligation', { action: 'reportGift' })], [c], buildHierarchies({ concepts: CONCEPTS }), CONCEPTS);
  it('indexes norms by action', () => assert.deepEqual(r.byAction.get(o('acceptGift'))!.map((s) => s.norm.iri), [nid('a'), nid('b')]));
  it('finds a conflict by its pair, in either order', () => {
    assert.equal(r.conflictOf(nid('b'), nid('a')), c);
    assert.equal(r.conflictOf(nid('a'), nid('b')), c);
    assert.equal(r.conflictOf(nid('a'), nid('c')), undefined);
  });
});
