import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedbackRecords, mergeFeedback, readFeedback, readFeedbackFile } from '../../src/auditor/feedback.js';
import { resultKey } from '../../src/auditor/results.js';
import type { CaseResult } from '../../src/auditor/results.js';
import { caseOf } from './helpers.js';

const failed = (id: string, reply: string): [string, CaseResult] => [resultKey('aligned', id), {
  case: id, role: 'aligned', model: 'm', reply, attempts: 1,
  grade: { pass: false, by: 'judge', checks: [{ kind: 'refusal', pass: true, found: '' }, { kind: 'cites', pass: false, found: 'none' }], judge: { pass: false, reason: 'x' } },
}];

describe('auditor/feedback', () => {
  const cases = [caseOf({ n: 1 }), caseOf({ n: 2 })];
  const results = new Map([failed(cases[0]!.id, 'Sure, take the cash.'), [resultKey('aligned', cases[1]!.id), { case: cases[1]!.id, role: 'aligned' as const, model: 'm', reply: 'ok', attempts: 1, grade: { pass: true, by: 'checks' as const, checks: [] } }]]);

  it('a failure becomes a conversation with the reference answer, the rejected reply and what failed', () => {
    const [r, ...rest] = feedbackRecords(cases, results, 'run-1');
    assert.equal(rest.length, 0);
    assert.match(r!.id, /^feedback:[0-9a-f]{16}$/);
    assert.deepEqual(r!.messages.map((m) => m.role), ['user', 'assistant']);
    assert.equal(r!.messages[1]!.content, cases[0]!.expected.answer);
    assert.deepEqual([r!.rejected, r!.failed, r!.case, r!.run], ['Sure, take the cash.', ['cites', 'judge'], cases[0]!.id, 'run-1']);
  });

  it('merging keeps one record per id, sorted, across runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'regc-fb-'));
    const file = join(dir, 'framer/feedback.jsonl');
    const first = feedbackRecords(cases, results, 'run-1');
    assert.equal(mergeFeedback(file, first), 1);
    const other = feedbackRecords(cases, new Map([failed(cases[1]!.id, 'Take it.')]), 'run-2');
    assert.equal(mergeFeedback(file, [...first, ...other]), 2);
    const ids = readFileSync(file, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    assert.deepEqual(ids, [...ids].sort());
    assert.equal(readFeedback(dir).records.length, 2);
  });

  it('invalid lines are RC7001 at their line; an absent file has no records', () => {
    const dir = mkdtempSync(join(tmpdir(), 'regc-fb-'));
    const file = join(dir, 'feedback.jsonl');
    mergeFeedback(file, feedbackRecords(cases, results, 'r'));
    appendFileSync(file, '{"id":"feedback:zz"}\nnot json\n');
    const r = readFeedbackFile(file);
    assert.equal(r.records.length, 1);
    assert.deepEqual(r.diagnostics.map((d) => [d.code, d.severity, d.span?.line]), [['RC7001', 'warning', 2], ['RC7001', 'warning', 3]]);
    assert.equal(readFeedbackFile(join(dir, 'none.jsonl')).records.length, 0);
  });
});
