/**
 * End to end: the audit → Framer feedback loop. The running example compiled into a temporary output
 * directory, its suite run with `regc audit` against a model that breaks the rules (every failure becomes
 * `framer/feedback.jsonl`), then `regc compile` again into the same directory: the new training data holds the
 * failures (train split, with the Instructor's data), coverage says which cases were trained on, the feedback
 * file is still there, and the held-out split and the audit suite are what they were. A second audit, after the
 * recompile, marks the trained-on cases and reports them apart from the held-out ones.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../../src/compile.js';
import { loadSuite } from '../../src/auditor/suite.js';
import type { AuditCase } from '../../src/backends/auditor/schema.js';
import { SftRecordSchema } from '../../src/backends/framer/schemas.js';
import { startFakeOpenAI } from '../support/openai-server.js';
import type { FakeServer } from '../support/openai-server.js';
import { respondFor } from './models.js';

/** `regc …` in a child process (asynchronously: the model server runs in this one). */
function regc(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const jsonl = (file: string): Record<string, unknown>[] => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
const FILES = ['framer/scenarios.jsonl', 'auditor/suite.jsonl', 'framer/feedback.jsonl'] as const;

describe('e2e: audit failures become training data at the next compile', function () {
  this.timeout(900_000);
  let dir = '';
  let compiled = '';
  let cases: AuditCase[] = [];
  let server: FakeServer;
  const before1: Record<string, string> = {};
  let feedback: Record<string, unknown>[] = [];
  let second: { stdout: string; status: number | null; stderr: string } = { stdout: '', status: null, stderr: '' };
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'regc-e2e-loop-'));
    compiled = join(dir, 'compiled');
    const r = await compile({ regulations: 'regulations', ontologies: 'ontologies', out: compiled });
    assert.ok(r.ok, r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message).join('\n'));
    cases = loadSuite(compiled).cases;
    server = await startFakeOpenAI({ respond: respondFor(cases, { breaker: 'violates', aligned: 'follows' }).respond });
    const audit = await regc(['audit', '--graph', compiled, '--endpoint', server.url, '--model', 'breaker', '--concurrency', '16', '--json', '--no-progress']);
    assert.equal(audit.status, 0, audit.stderr);
    assert.equal((JSON.parse(audit.stdout) as { passed: number }).passed, 0);
    feedback = jsonl(join(compiled, 'framer/feedback.jsonl'));
    for (const f of FILES) before1[f] = readFileSync(join(compiled, f), 'utf8');
    const again = await regc(['compile', '--out', compiled, '--json']);
    assert.equal(again.status, 0, again.stderr);
    second = await regc(['audit', '--graph', compiled, '--endpoint', server.url, '--model', 'aligned', '--run', 'after-training', '--concurrency', '16', '--json', '--no-progress']);
  });
  after(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the audit wrote every failure as feedback', () => {
    assert.equal(feedback.length, cases.length);
  });
  it('the new framer/sft.jsonl holds a conversation of every failure, in train, with its reference answer', () => {
    const merged = jsonl(join(compiled, 'framer/sft.jsonl')).filter((r) => r['form'] === 'feedback');
    assert.ok(merged.length > 0);
    for (const r of merged) {
      assert.ok(SftRecordSchema.safeParse(r).success, String(r['id']));
      assert.equal(r['split'], 'train');
    }
    const held = new Set(merged.flatMap((r) => (r['audit'] as { feedback: string[] }).feedback));
    assert.deepEqual([...held].sort(), feedback.map((f) => f['id'] as string).sort());
    const answers = new Set(merged.map((r) => (r['messages'] as { content: string }[]).at(-1)!.content));
    for (const f of feedback) assert.ok(answers.has((f['messages'] as { content: string }[]).at(-1)!.content), String(f['id']));
  });
  it('the preference data pairs each reference answer with the failing reply', () => {
    const pairs = jsonl(join(compiled, 'framer/preferences.jsonl')).filter((r) => r['error'] === 'audit-failure');
    const rejected = new Set(pairs.map((p) => (p['rejected'] as { content: string }[])[0]!.content));
    for (const f of feedback) assert.ok(rejected.has(f['rejected'] as string), String(f['id']));
    assert.ok(pairs.every((p) => p['split'] === 'train'));
  });
  it('coverage says how many were merged and which cases were trained on, and leaves them out of the leak check', () => {
    const c = JSON.parse(readFileSync(join(compiled, 'framer/coverage.json'), 'utf8')) as { feedback: { given: number; merged: number; cases: string[] }; split: { leaks: unknown } };
    assert.deepEqual([c.feedback.given, c.feedback.merged], [feedback.length, feedback.length]);
    assert.deepEqual(c.feedback.cases, cases.map((x) => x.id).sort());
    assert.deepEqual(c.split.leaks, { situations: 0, userTexts: 0 });
    const manifest = JSON.parse(readFileSync(join(compiled, 'manifest.json'), 'utf8')) as { metrics: Record<string, Record<string, number>> };
    assert.equal(manifest.metrics['framer']!['feedback_records'], feedback.length);
  });
  it('the Instructor trains on them', () => {
    const ids = new Set(jsonl(join(compiled, 'instructor/data/sft.train.jsonl')).map((r) => r['id']));
    const merged = jsonl(join(compiled, 'framer/sft.jsonl')).filter((r) => r['form'] === 'feedback');
    assert.ok(merged.every((r) => ids.has(r['id'])));
  });
  it('framer/feedback.jsonl is still there, and the held-out split and the audit suite are unchanged', () => {
    for (const f of FILES) assert.equal(readFileSync(join(compiled, f), 'utf8'), before1[f], f);
  });
  it('the second audit marks the trained-on cases and reports them apart from the held-out ones', () => {
    assert.equal(second.status, 0, second.stderr);
    type Figures = { cases: number; passed: number; pass_rate: number };
    const s = JSON.parse(second.stdout) as Figures & { trained: Figures; held_out: Figures & { by_type: Record<string, number> }; results: string };
    const trainedOn = new Set(feedback.map((f) => f['case'] as string));
    assert.equal(trainedOn.size, cases.length);
    assert.deepEqual([s.cases, s.trained.cases, s.held_out.cases], [cases.length, trainedOn.size, cases.length - trainedOn.size]);
    assert.deepEqual([s.trained.passed, s.trained.pass_rate], [s.passed, s.pass_rate]);
    assert.deepEqual(s.held_out.by_type, {});
    const results = jsonl(join(s.results, 'results.jsonl'));
    assert.equal(results.length, cases.length);
    for (const r of results) assert.equal(r['trained'], trainedOn.has(r['case'] as string) ? true : undefined, String(r['case']));
    assert.deepEqual((JSON.parse(readFileSync(join(s.results, 'summary.json'), 'utf8')) as { trained: Figures }).trained, s.trained);
    assert.match(readFileSync(join(s.results, 'report.html'), 'utf8'), new RegExp(`<p id="held-out" data-held-out-pass-rate="0" data-trained-pass-rate="${s.trained.pass_rate}">`));
  });
});
