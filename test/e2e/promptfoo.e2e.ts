/**
 * The emitted promptfoo configuration run by the real promptfoo (installed with a Node.js 22 runtime from the
 * npm registry into `.cache/promptfoo/` by `make promptfoo`) against a model served on 127.0.0.1: every test
 * must be executed and graded — each assertion evaluated, the rubric by the grader model. Skips with a message
 * when the install is missing, except in CI (`CI=true`), where it must run.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { compile } from '../../src/compile.js';
import { loadSuite } from '../../src/auditor/suite.js';
import type { PromptfooConfig } from '../../src/backends/auditor/schema.js';
import { startFakeOpenAI } from '../support/openai-server.js';
import { respondFor } from './models.js';

const PREFIX = resolve('.cache/promptfoo');
const NODE = join(PREFIX, 'node_modules/.bin/node');
const PROMPTFOO = join(PREFIX, 'node_modules/.bin/promptfoo');

interface EvalOutput {
  results: {
    stats: { successes: number; failures: number; errors: number };
    results: { error?: string; response?: { error?: string; output?: unknown }; gradingResult?: { pass: boolean; componentResults?: unknown[] } | null; testCase: { metadata?: { case?: string } } }[];
  };
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

describe('e2e: promptfoo eval of the emitted configuration', function () {
  this.timeout(1_200_000);

  before(function () {
    if (!existsSync(NODE) || !existsSync(PROMPTFOO)) {
      if (process.env['CI'] === 'true') throw new Error('promptfoo is not installed in .cache/promptfoo; run `make promptfoo`');
      process.stdout.write('\n    skipped: promptfoo and Node.js 22 are not installed in .cache/promptfoo (make promptfoo installs them)\n');
      this.skip();
    }
  });

  it('executes and grades every test against a model on 127.0.0.1', async () => {
    const version = await run(NODE, ['--version'], process.env);
    assert.match(version.stdout.trim(), /^v(2[2-9]|[3-9]\d)\./, 'a Node.js 22 or newer runtime from the npm registry');

    const dir = mkdtempSync(join(tmpdir(), 'regc-promptfoo-'));
    try {
      const out = join(dir, 'compiled');
      const compiled = await compile({ regulations: 'regulations', ontologies: 'ontologies', out });
      assert.ok(compiled.ok);
      const cases = loadSuite(out).cases;
      const config = parse(readFileSync(join(out, 'auditor/promptfooconfig.yaml'), 'utf8')) as PromptfooConfig;
      const rubrics = config.tests.filter((t) => t.assert.some((a) => a.type === 'llm-rubric')).length;
      const model = respondFor(cases, { aligned: 'follows' });
      let graderCalls = 0;
      const server = await startFakeOpenAI({ respond: (m, name) => {
        if (name === 'judge') graderCalls++;
        return model.respond(m, name);
      } });
      try {
        const started = Date.now();
        const r = await run(NODE, [realpathSync(PROMPTFOO), 'eval', '-c', join(out, 'auditor/promptfooconfig.yaml'), '-o', join(dir, 'eval.json'),
          '--no-cache', '--no-progress-bar', '--no-table', '-j', '16'], {
          ...process.env,
          REGC_AUDIT_ENDPOINT: server.url,
          REGC_AUDIT_MODEL: 'aligned',
          REGC_AUDIT_JUDGE_MODEL: 'judge',
          OPENAI_API_KEY: 'local-test-server',
          PROMPTFOO_CONFIG_DIR: join(dir, 'promptfoo-home'),
          PROMPTFOO_DISABLE_TELEMETRY: '1',
          PROMPTFOO_DISABLE_UPDATE: '1',
          PROMPTFOO_DISABLE_SHARING: '1',
          NO_COLOR: '1',
        });
        const seconds = (Date.now() - started) / 1000;
        assert.ok(existsSync(join(dir, 'eval.json')), r.stdout.slice(-2000) + r.stderr.slice(-2000));
        const result = (JSON.parse(readFileSync(join(dir, 'eval.json'), 'utf8')) as EvalOutput).results;
        assert.equal(result.results.length, config.tests.length, 'every test executed');
        assert.equal(result.stats.errors, 0, 'no provider errors');
        assert.equal(result.stats.successes + result.stats.failures, config.tests.length);
        const byCase = new Map(config.tests.map((t) => [t.metadata['case'] as string, t]));
        for (const res of result.results) {
          const test = byCase.get(res.testCase.metadata?.case ?? '');
          assert.ok(test, 'each result belongs to a test of the configuration');
          assert.ok(res.gradingResult, `${test.metadata['case']} graded`);
          assert.equal(res.gradingResult.componentResults?.length, test.assert.length, `${test.metadata['case']}: every assertion evaluated`);
        }
        assert.equal(graderCalls, rubrics, 'the grader model graded every rubric');
        assert.deepEqual([model.stats.unknown, model.stats.unparsed], [0, 0], 'the model received each case’s messages as chat messages');
        process.stdout.write(`\n    promptfoo: ${config.tests.length} tests executed and graded in ${seconds.toFixed(1)} s; ${result.stats.successes} passed, ${result.stats.failures} failed (promptfoo's own refusal detection)\n`);
      } finally {
        await server.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
