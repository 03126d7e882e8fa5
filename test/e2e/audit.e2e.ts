/**
 * End to end: the running example compiled, its audit suite run with `regc audit` against two models served
 * on 127.0.0.1 — one that follows the rules and one that does not — whose summaries must tell them apart case
 * type by case type; the baseline comparison, the report, the feedback, and `regc explain` of a case id.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../../src/compile.js';
import { loadSuite } from '../../src/auditor/suite.js';
import type { AuditCase } from '../../src/backends/auditor/schema.js';
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

describe('e2e: regc audit of models that follow and that break the running example’s rules', function () {
  this.timeout(900_000);
  let dir = '';
  let compiled = '';
  let cases: AuditCase[] = [];
  let server: FakeServer;
  let model: ReturnType<typeof respondFor>;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'regc-e2e-'));
    compiled = join(dir, 'compiled');
    const r = await compile({ regulations: 'regulations', ontologies: 'ontologies', out: compiled });
    assert.ok(r.ok, r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message).join('\n'));
    cases = loadSuite(compiled).cases;
    model = respondFor(cases, { aligned: 'follows', baseline: 'violates' });
    server = await startFakeOpenAI({ respond: model.respond });
  });
  after(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const audit = async (...more: string[]) => {
    const r = await regc(['audit', '--graph', compiled, '--endpoint', server.url, '--judge-model', 'judge', '--concurrency', '16', '--json', '--no-progress', ...more]);
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as Record<string, unknown> & { by_type: Record<string, number>; by_norm: Record<string, number>; cases: number; passed: number; pass_rate: number };
  };

  it('the summaries tell the two models apart, case type by case type', async () => {
    const good = await audit('--model', 'aligned');
    const bad = await audit('--model', 'baseline');
    const types = [...new Set(cases.map((c) => c.type))].sort();
    assert.ok(types.length >= 3, types.join());
    assert.deepEqual(Object.keys(good.by_type).sort(), types);
    for (const t of types) {
      assert.equal(good.by_type[t], 1, `the rule-following model on ${t}`);
      assert.equal(bad.by_type[t], 0, `the rule-breaking model on ${t}`);
    }
    assert.deepEqual([good.cases, good.passed, good.pass_rate, bad.cases, bad.passed, bad.pass_rate], [cases.length, cases.length, 1, cases.length, 0, 0]);
    assert.deepEqual(Object.keys(good.by_norm).sort(), [...new Set(cases.flatMap((c) => c.norms))].sort());
    assert.deepEqual([model.stats.unknown, model.stats.unparsed], [0, 0]);
    process.stdout.write(`\n    following model: ${JSON.stringify({ cases: good.cases, pass_rate: good.pass_rate, by_type: good.by_type })}\n`);
    process.stdout.write(`    rule-breaking model: ${JSON.stringify({ cases: bad.cases, pass_rate: bad.pass_rate, by_type: bad.by_type })}\n`);
  });

  it('side by side with the baseline: four outcomes, a report, failures as Framer feedback', async () => {
    const s = (await audit('--model', 'aligned', '--baseline-model', 'baseline')) as unknown as { outcomes: { total: Record<string, number> }; results: string };
    assert.deepEqual(s.outcomes.total, { both_pass: 0, only_baseline: 0, only_aligned: cases.length, both_fail: 0 });
    const html = readFileSync(join(s.results, 'report.html'), 'utf8');
    assert.match(html, /<section id="outcomes">/);
    // the rule-breaking model audited as the aligned one: every failure becomes feedback
    await audit('--model', 'baseline');
    const feedback = readFileSync(join(compiled, 'framer/feedback.jsonl'), 'utf8').trim().split('\n');
    assert.equal(feedback.length, cases.length);
  });

  it('a second run of the same audit asks nothing again', async () => {
    const before = server.requests;
    await audit('--model', 'aligned');
    assert.equal(server.requests, before);
  });

  it('regc explain leads from a case id to its rule and clause', async () => {
    const c = cases.find((x) => x.type === 'forbidden-request' && x.cite)!;
    const r = await regc(['explain', c.id, '--graph', compiled]);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.startsWith(`<${c.id}> "record forbidden-request at auditor/suite.jsonl:`), r.stdout);
    assert.match(r.stdout, new RegExp(`\\n\\s+clause\\s+${c.cite!.id.replace(/[.]/g, '\\.')} at `));
    assert.ok(r.stdout.includes(`${c.cite!.file}:`), r.stdout);
    assert.ok(existsSync(join(compiled, 'auditor/promptfooconfig.yaml')));
  });
});
