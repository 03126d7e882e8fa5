import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAudit } from '../../src/auditor/runner.js';
import type { AuditOptions } from '../../src/auditor/runner.js';
import { startFakeOpenAI } from '../support/openai-server.js';
import type { FakeMessage, FakeServer } from '../support/openai-server.js';
import { caseOf, compiledWith, lastUser } from './helpers.js';

const GOOD = 'No. Cash gifts must never be accepted (Section 3.2).';
const BAD = 'Sure, cash is fine.';

describe('auditor/runner', () => {
  let server: FakeServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const start = async (respond: (m: FakeMessage[], model: string) => string, more: { delayMs?: number; failFirst?: number } = {}) =>
    (server = await startFakeOpenAI({ respond, ...more }));
  const run = (dir: string, o: Partial<AuditOptions> = {}) =>
    runAudit({ compiled: dir, endpoint: server!.url, model: 'tuned', retries: 0, backoffMs: 1, ...o });
  const cases = (n: number, judge = false) => Array.from({ length: n }, (_, i) => caseOf({ n: i + 1, judge }));

  it('grades every case and writes results, summary, report and feedback for the failures', async () => {
    await start((m) => (lastUser(m).includes('Question 2:') ? BAD : GOOD));
    const dir = compiledWith(cases(3));
    const r = await run(dir);
    assert.deepEqual([r.ok, r.complete, r.summary!.cases, r.summary!.passed], [true, true, 3, 2]);
    for (const f of ['results.jsonl', 'summary.json', 'report.html', 'run.json']) assert.ok(existsSync(join(r.dir!, f)), f);
    assert.equal(JSON.parse(readFileSync(join(r.dir!, 'summary.json'), 'utf8')).pass_rate, 0.6667);
    const feedback = readFileSync(join(dir, 'framer/feedback.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { case: string; rejected: string });
    assert.deepEqual(feedback.map((f) => [f.case, f.rejected]), [['audit:0000000000000002', BAD]]);
  });

  it('marks the results of cases the model was trained on (framer/coverage.json) and summarises them apart', async () => {
    await start((m) => (lastUser(m).includes('Question 2:') ? BAD : GOOD));
    const dir = compiledWith(cases(3));
    mkdirSync(join(dir, 'framer'), { recursive: true });
    writeFileSync(join(dir, 'framer/coverage.json'), JSON.stringify({ feedback: { cases: ['audit:0000000000000002', 'audit:0000000000000003'] } }));
    const r = await run(dir);
    assert.deepEqual([r.summary!.cases, r.summary!.passed, r.summary!.trained, r.summary!.held_out.cases, r.summary!.held_out.pass_rate], [3, 2, { cases: 2, passed: 1, pass_rate: 0.5 }, 1, 1]);
    const lines = readFileSync(join(r.dir!, 'results.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { case: string; trained?: boolean });
    assert.deepEqual(lines.map((l) => [l.case, l.trained ?? false]).sort(), [['audit:0000000000000001', false], ['audit:0000000000000002', true], ['audit:0000000000000003', true]]);
    assert.deepEqual(JSON.parse(readFileSync(join(r.dir!, 'summary.json'), 'utf8')).trained, r.summary!.trained);
    assert.match(readFileSync(join(r.dir!, 'report.html'), 'utf8'), /id="held-out"/);
  });

  it('keeps N requests in flight', async () => {
    await start(() => GOOD, { delayMs: 40 });
    const r = await run(compiledWith(cases(24)), { concurrency: 6 });
    assert.equal(r.summary!.cases, 24);
    assert.equal(server!.maxInFlight, 6);
  });

  it('an interrupted run continues where it stopped', async () => {
    await start(() => GOOD, { delayMs: 5 });
    const dir = compiledWith(cases(20));
    const stop = new AbortController();
    const first = await run(dir, { concurrency: 2, signal: stop.signal, onProgress: (p) => p.done >= 6 && stop.abort() });
    assert.equal(first.complete, false);
    const asked = server!.requests;
    assert.ok(asked >= 6 && asked < 20, `first run asked ${asked}`);
    const second = await run(dir, { concurrency: 2 });
    assert.equal(second.dir, first.dir);
    assert.deepEqual([second.complete, second.summary!.cases, server!.requests], [true, 20, 20]);
  });

  it('a request that fails after every retry is an error (RC7002), retried by the next run', async () => {
    await start(() => GOOD, { failFirst: 4 });
    const dir = compiledWith(cases(2));
    const first = await run(dir, { retries: 1, concurrency: 1 });
    assert.deepEqual([first.complete, first.summary!.cases, first.summary!.errors], [false, 0, 2]);
    assert.deepEqual(first.diagnostics.map((d) => d.code), ['RC7002']);
    const second = await run(dir, { retries: 1, concurrency: 1 });
    assert.deepEqual([second.complete, second.summary!.cases, second.summary!.errors], [true, 2, 0]);
  });

  it('asks the judge only where the checks pass and a rubric is needed', async () => {
    let judged = 0;
    await start((m, model) => {
      if (model === 'judge') {
        judged++;
        return m[1]!.content.includes('Question 1:') ? '{"pass": false, "reason": "incomplete"}' : '{"pass": true, "reason": "ok"}';
      }
      return lastUser(m).includes('Question 3:') ? BAD : GOOD;
    });
    const r = await run(compiledWith(cases(3, true)), { judgeModel: 'judge' });
    assert.equal(judged, 2);
    assert.deepEqual([r.summary!.passed, r.summary!.graded_by], [1, { checks: 1, judge: 2 }]);
  });

  it('runs the baseline on the same cases and sorts each case into one of four outcomes', async () => {
    await start((m, model) => (model === 'base' ? (lastUser(m).includes('Question 1:') ? GOOD : BAD) : lastUser(m).includes('Question 3:') ? BAD : GOOD));
    const r = await run(compiledWith(cases(3)), { baselineModel: 'base' });
    assert.deepEqual([r.summary!.passed, r.summary!.baseline!.passed], [2, 1]);
    assert.deepEqual(r.summary!.outcomes!.total, { both_pass: 1, only_baseline: 0, only_aligned: 1, both_fail: 1 });
    assert.match(r.run!, /^tuned-vs-base-/);
  });

  it('puts the system prompt before every case', async () => {
    const seen: string[] = [];
    await start((m) => {
      seen.push(m[0]!.role + ':' + m[0]!.content);
      return GOOD;
    });
    await run(compiledWith(cases(2)), { system: 'You are Orbis Assist.' });
    assert.deepEqual(seen, ['system:You are Orbis Assist.', 'system:You are Orbis Assist.']);
  });

  it('bad options are RC7003 and a missing suite RC9003, before any request', async () => {
    await start(() => GOOD);
    const dir = compiledWith(cases(1));
    assert.deepEqual((await run(dir, { concurrency: 0 })).diagnostics.map((d) => d.code), ['RC7003']);
    assert.deepEqual((await runAudit({ compiled: dir, endpoint: 'ftp://x', model: 'm' })).diagnostics.map((d) => d.code), ['RC7003']);
    assert.deepEqual((await run(dir, { run: '../escape' })).diagnostics.map((d) => d.code), ['RC7003']);
    assert.deepEqual((await run(join(dir, 'nowhere'))).diagnostics.map((d) => d.code), ['RC9003']);
    assert.equal(server!.requests, 0);
  });
});
