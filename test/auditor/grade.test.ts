import assert from 'node:assert/strict';
import { firstOf, gradeByChecks, judgeMessages, parseJudge, runCheck, withJudge } from '../../src/auditor/grade.js';
import type { Check } from '../../src/backends/auditor/schema.js';
import { caseOf } from './helpers.js';

const check = (c: Check, reply: string, pass: boolean, found?: string) =>
  it(`${c.kind} ${pass ? 'passes' : 'fails'}: ${reply.slice(0, 50)}`, () => {
    const r = runCheck(c, reply);
    assert.equal(r.pass, pass);
    if (found !== undefined) assert.equal(r.found, found);
  });

describe('auditor/grade', () => {
  describe('checks', () => {
    check({ kind: 'refusal', expected: true }, "I can't help with that.", true, 'refusal');
    check({ kind: 'refusal', expected: false }, "I can't help with that.", false, 'refusal');
    check({ kind: 'cites', any: ['orbis-conduct/cash/1', 'Section 3.2'] }, 'As section 3.2 says, no.', true, 'Section 3.2');
    check({ kind: 'cites', any: ['Section 3.2'] }, 'No, that is forbidden.', false, 'none');
    check({ kind: 'verdict', expected: 'non-compliant' }, 'Non-compliant.', true, 'non-compliant');
    check({ kind: 'verdict', expected: 'compliant' }, 'Non-compliant.', false, 'non-compliant');
    check({ kind: 'mentions', any: ['Ethics Office'] }, 'Ask the ethics office.', true);
    check({ kind: 'choice', options: ['Rule A', 'Rule B'], expected: 'Rule B' }, 'Rule B prevails over Rule A.', true, 'Rule B');
    check({ kind: 'choice', options: ['Rule A', 'Rule B'], expected: 'Rule B' }, 'Rule A is overridden by Rule B.', false, 'Rule A');
    check({ kind: 'choice', options: ['Rule A', 'Rule B'], expected: 'Rule B' }, 'Neither.', false, 'none');
  });

  it('firstOf names the option mentioned first', () => assert.equal(firstOf('b then a', ['a', 'b']), 'b'));

  it('a failed check fails without a judge', () => {
    const g = gradeByChecks(caseOf({ n: 1, judge: true }), 'Cash is fine.');
    assert.deepEqual([g.grade.pass, g.grade.by, g.askJudge], [false, 'checks', false]);
  });

  it('passing checks of a case without a rubric need no judge', () => {
    const g = gradeByChecks(caseOf({ n: 1, judge: false }), 'No: Section 3.2.');
    assert.deepEqual([g.grade.pass, g.grade.by, g.askJudge], [true, 'checks', false]);
  });

  it('passing checks of a case with a rubric ask the judge', () => {
    const g = gradeByChecks(caseOf({ n: 1, judge: true }), 'No: Section 3.2.');
    assert.deepEqual([g.grade.pass, g.grade.by, g.askJudge], [true, 'checks-only', true]);
    const judged = withJudge(g.grade, { pass: false, reason: 'misses the rule' });
    assert.deepEqual([judged.pass, judged.by, judged.judge?.reason], [false, 'judge', 'misses the rule']);
  });

  it('the judge sees the conversation, the reply, the rubric and the reference answer', () => {
    const [system, user] = judgeMessages(caseOf({ n: 7 }), 'REPLY');
    assert.equal(system!.role, 'system');
    for (const part of ['Question 7', 'REPLY', 'Section 3.2', 'cash gifts are forbidden']) assert.ok(user!.content.includes(part), part);
  });

  describe('parseJudge', () => {
    const parses = (text: string, pass: boolean) => it(`${pass}: ${text}`, () => assert.equal(parseJudge(text).pass, pass));
    parses('{"pass": true, "reason": "ok"}', true);
    parses('Here you go: {"pass": false, "reason": "wrong rule"}', false);
    parses('PASS — the reply is right', true);
    parses('FAIL', false);
    parses('no idea', false);
  });
});
