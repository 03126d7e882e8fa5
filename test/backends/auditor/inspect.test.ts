import assert from 'node:assert/strict';
import { inspectJsonl, inspectSample } from '../../../src/backends/auditor/inspect.js';
import { caseOf } from '../../auditor/helpers.js';

describe('backends/auditor/inspect', () => {
  it('a sample: input messages, target answer and rubric, id, metadata with rules and clause', () => {
    const c = caseOf({ n: 3, type: 'scenario', verdict: 'non-compliant' });
    const s = inspectSample(c);
    assert.deepEqual([s.id, s.input], [c.id, c.messages]);
    assert.ok(s.target.startsWith(c.expected.answer) && s.target.includes(c.rubric));
    assert.deepEqual([s.metadata['type'], s.metadata['verdict'], s.metadata['rules'], s.metadata['clause']], ['scenario', 'non-compliant', c.norms, 'doc/cash/1']);
  });
  it('one JSON line per case', () => assert.equal(inspectJsonl([caseOf({ n: 1 }), caseOf({ n: 2 })]).split('\n').filter(Boolean).length, 2));
});
