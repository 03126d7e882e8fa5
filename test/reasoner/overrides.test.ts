import assert from 'node:assert/strict';
import type { Conflict } from '../../src/ir/index.js';
import { normInfos } from '../../src/reasoner/info.js';
import { idleOverrides } from '../../src/reasoner/overrides.js';
import { sectionIri } from '../../src/vocab/index.js';
import { document, nid, norm, phrase } from './fixtures.js';

const docs = [document('policy'), document('annex')];
const conflictOf = (a: string, b: string): Conflict => ({ id: 'c', status: 'definite', kind: 'permission-prohibition', norms: [a, b], evidence: {} as Conflict['evidence'], resolution: null });

describe('reasoner/overrides', () => {
  const speaker = norm('a', 'permission', { doc: 'annex', overrides: [phrase('notwithstanding', 'policy'), phrase('in-addition-to', 'policy')] });
  const other = norm('g', 'prohibition');
  const run = (conflicts: Conflict[]) => idleOverrides([speaker, other], conflicts, normInfos([speaker, other], docs));
  it('flags a phrase whose section holds no conflicting norm', () =>
    assert.deepEqual(run([]).map((d) => [d.code, d.nodes]), [['RC4004', [nid('a', 'annex'), sectionIri('policy', 'main')]]]));
  it('is quiet when a norm there conflicts with it', () => assert.deepEqual(run([conflictOf(nid('a', 'annex'), nid('g'))]), []));
});
