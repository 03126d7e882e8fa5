import assert from 'node:assert/strict';
import { caseId, pickOne, seededOrder, unit } from '../../../src/backends/auditor/ids.js';

describe('backends/auditor/ids', () => {
  it('case ids are audit: and 16 hex digits of the parts', () => {
    assert.match(caseId('a', 'b'), /^audit:[0-9a-f]{16}$/);
    assert.equal(caseId('a', 'b'), caseId('a', 'b'));
    assert.notEqual(caseId('a', 'b'), caseId('ab'));
  });
  it('seeded choices depend on the seed and the key only', () => {
    assert.equal(unit(1, 'k'), unit(1, 'k'));
    assert.notEqual(unit(1, 'k'), unit(2, 'k'));
    assert.ok(unit(1, 'k') >= 0 && unit(1, 'k') < 1);
    assert.deepEqual(seededOrder(7, 'k', ['a', 'b', 'c'], (x) => x).sort(), ['a', 'b', 'c']);
    assert.deepEqual(seededOrder(7, 'k', ['c', 'b', 'a'], (x) => x), seededOrder(7, 'k', ['a', 'b', 'c'], (x) => x));
    assert.ok(['a', 'b'].includes(pickOne(3, 'k', ['a', 'b'])));
  });
});
