import assert from 'node:assert/strict';
import type { Conflict } from '../../src/ir/index.js';
import { conflictRecords } from '../../src/reasoner/records.js';

const evidence = {} as Conflict['evidence'];
describe('reasoner/records', () => {
  it('keeps id, status, kind, norms and the resolution without its basis, sorted by id', () =>
    assert.deepEqual(conflictRecords([
      { id: 'b', status: 'possible', kind: 'obligation-prohibition', norms: ['x', 'y'], evidence, resolution: null },
      { id: 'a', status: 'definite', kind: 'permission-prohibition', norms: ['p', 'q'], evidence, resolution: { winner: 'q', defeated: 'p', principle: 'explicit', explanation: 'said so', basis: ['q/ovr1'] } },
    ]), [
      { id: 'a', status: 'definite', kind: 'permission-prohibition', norms: ['p', 'q'], resolution: { winner: 'q', defeated: 'p', principle: 'explicit', explanation: 'said so' } },
      { id: 'b', status: 'possible', kind: 'obligation-prohibition', norms: ['x', 'y'], resolution: null },
    ]));
});
