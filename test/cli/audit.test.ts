/** `regc audit` as a user runs it: the JSON summary, exit codes, diagnostics of bad options and missing suites. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startFakeOpenAI } from '../support/openai-server.js';
import type { FakeServer } from '../support/openai-server.js';
import { caseOf, compiledWith, lastUser } from '../auditor/helpers.js';

/** Asynchronously: the model server runs in this process. */
function regc(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

describe('cli/audit', function () {
  this.timeout(60_000);
  let server: FakeServer;
  let dir = '';
  before(async () => {
    server = await startFakeOpenAI({ respond: (m) => (lastUser(m).includes('Question 3:') ? 'Take the cash.' : 'No (Section 3.2).') });
    dir = compiledWith([1, 2, 3].map((n) => caseOf({ n, type: n === 3 ? 'scenario' : 'rule-question' })));
  });
  after(() => server.close());
  const audit = (...more: string[]) => regc('audit', '--graph', dir, '--endpoint', server.url, '--model', 'm', ...more);

  it('--json prints one summary object: cases, passed, pass rate, by type, by rule', async () => {
    const r = await audit('--json', '--no-progress');
    assert.equal(r.code, 0, r.stderr);
    const s = JSON.parse(r.stdout) as Record<string, unknown>;
    assert.deepEqual([s['cases'], s['passed'], s['pass_rate'], s['by_type'], s['complete']], [3, 2, 0.6667, { 'rule-question': 1, scenario: 0 }, true]);
    assert.deepEqual(Object.keys(s['by_norm'] as object), ['https://w3id.org/regc/id/doc/gifts/1/n1']);
    assert.equal(s['results'], join(dir, 'auditor/results', s['run'] as string));
  });

  it('without --json: a readable summary and the report path', async () => {
    const r = await audit('--no-progress');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^audit m-[0-9a-f]{8}: m passed 2 of 3 cases \(66\.7%\)$/m);
    assert.match(r.stdout, /report: .*report\.html$/m);
  });

  it('--fail-under turns a low pass rate into exit 1', async () => assert.equal((await audit('--fail-under', '0.9', '--json')).code, 1));

  it('bad options exit 2 with RC7003', async () => {
    for (const bad of [['--concurrency', '0'], ['--concurrency', 'lots'], ['--fail-under', '2']]) {
      const r = await audit(...bad);
      assert.equal(r.code, 2, bad.join(' '));
      assert.match(r.stderr, /error RC7003:/);
    }
    assert.equal((await regc('audit', '--model', 'm')).code, 2, 'the endpoint is required');
  });

  it('a directory without a suite exits 1 with RC9003', async () => {
    const r = await regc('audit', '--graph', join(dir, 'none'), '--endpoint', server.url, '--model', 'm');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /error RC9003:/);
  });
});
