import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendResult, readResults, resultKey, runId } from '../../src/auditor/results.js';
import type { CaseResult } from '../../src/auditor/results.js';

const graded = (id: string, pass: boolean): CaseResult => ({
  case: id, role: 'aligned', model: 'm', reply: 'r', attempts: 1, grade: { pass, checks: [], by: 'checks' },
});

describe('auditor/results', () => {
  it('keeps the last graded result per role and case, errors apart, and skips a torn line', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'regc-res-')), 'results.jsonl');
    appendResult(file, { case: 'a', role: 'aligned', model: 'm', error: 'timeout', attempts: 4 });
    appendResult(file, graded('b', false));
    appendResult(file, graded('b', true));
    appendResult(file, { ...graded('b', false), role: 'baseline' });
    appendFileSync(file, '{"case":"c","role":"ali');
    const { done, failed } = readResults(file);
    assert.deepEqual([...done.keys()].sort(), [resultKey('aligned', 'b'), resultKey('baseline', 'b')]);
    assert.equal(done.get(resultKey('aligned', 'b'))!.grade!.pass, true);
    assert.deepEqual([...failed.keys()], [resultKey('aligned', 'a')]);
  });

  it('a graded result after an error clears the error', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'regc-res-')), 'results.jsonl');
    appendResult(file, { case: 'a', role: 'aligned', model: 'm', error: 'timeout', attempts: 4 });
    appendResult(file, graded('a', true));
    const { done, failed } = readResults(file);
    assert.deepEqual([done.size, failed.size], [1, 0]);
  });

  it('an absent file has no results', () => assert.equal(readResults('/nonexistent/results.jsonl').done.size, 0));

  it('run ids are readable, stable, and differ when anything run differs', () => {
    const base = { endpoint: 'http://127.0.0.1:1/v1', model: 'Llama 3.1 8B', suite: 'abc' };
    const id = runId(base);
    assert.match(id, /^llama-3.1-8b-[0-9a-f]{8}$/);
    assert.equal(runId({ ...base }), id);
    assert.notEqual(runId({ ...base, suite: 'abd' }), id);
    assert.match(runId({ ...base, baselineModel: 'base' }), /^llama-3.1-8b-vs-base-[0-9a-f]{8}$/);
  });
});
