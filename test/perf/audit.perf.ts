/**
 * Audit runner throughput: 1,000 cases at --concurrency 16 against a local OpenAI-compatible server that
 * answers after a fixed 100 ms. The ideal is 1000 / 16 × 0.1 s = 6.25 s; the target is a ratio of at most 1.25.
 */
import { rmSync } from 'node:fs';
import { runAudit } from '../../src/auditor/runner.js';
import { startFakeOpenAI } from '../support/openai-server.js';
import { caseOf, compiledWith } from '../auditor/helpers.js';

const CASES = 1000;
const CONCURRENCY = 16;
const DELAY_MS = 100;

const server = await startFakeOpenAI({ respond: () => 'No. Cash gifts must never be accepted (Section 3.2).', delayMs: DELAY_MS });
const dir = compiledWith(Array.from({ length: CASES }, (_, i) => caseOf({ n: i + 1 })));
try {
  const t0 = performance.now();
  const r = await runAudit({ compiled: dir, endpoint: server.url, model: 'bench', concurrency: CONCURRENCY, retries: 0 });
  const seconds = (performance.now() - t0) / 1000;
  if (!r.complete || r.summary?.cases !== CASES) throw new Error(`the audit did not grade every case: ${JSON.stringify(r.diagnostics)}`);
  const ideal = (CASES / CONCURRENCY) * (DELAY_MS / 1000);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  process.stdout.write(JSON.stringify({ bench: 'audit-concurrency', cases: CASES, concurrency: CONCURRENCY, seconds: round(seconds), ideal, ratio: round(seconds / ideal), max_in_flight: server.maxInFlight }) + '\n');
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
