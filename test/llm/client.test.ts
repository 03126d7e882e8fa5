import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LlmCache, LlmClient, LlmError } from '../../src/llm/index.js';
import { startFakeOpenAI } from '../support/openai-server.js';
import type { FakeServer } from '../support/openai-server.js';

describe('llm/client', () => {
  let server: FakeServer | undefined;
  let dir = '';
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'regc-llm-'))));
  afterEach(async () => {
    await server?.close();
    server = undefined;
    rmSync(dir, { recursive: true, force: true });
  });
  const echo = (m: { content: string }[]) => `echo: ${m[m.length - 1]!.content}`;

  it('answers through an OpenAI-compatible endpoint', async () => {
    server = await startFakeOpenAI({ respond: echo });
    const c = new LlmClient({ endpoint: server.url, model: 'm' });
    assert.deepEqual(await c.complete([{ role: 'user', content: 'hi' }]), { text: 'echo: hi', cached: false, attempts: 1 });
  });

  it('serves a repeated request from the cache without calling the model', async () => {
    server = await startFakeOpenAI({ respond: echo });
    const cache = new LlmCache(dir);
    await new LlmClient({ endpoint: server.url, model: 'm' }, cache).complete([{ role: 'user', content: 'hi' }]);
    const again = await new LlmClient({ endpoint: server.url, model: 'm' }, cache).complete([{ role: 'user', content: 'hi' }]);
    assert.equal(again.cached, true);
    assert.equal(server.requests, 1);
  });

  it('retries failed requests with backoff', async () => {
    server = await startFakeOpenAI({ respond: echo, failFirst: 2 });
    const r = await new LlmClient({ endpoint: server.url, model: 'm', backoffMs: 5 }).complete([{ role: 'user', content: 'x' }]);
    assert.equal(r.attempts, 3);
    assert.equal(server.requests, 3);
  });

  it('gives up after the last retry with an LlmError', async () => {
    server = await startFakeOpenAI({ respond: echo, failFirst: 10 });
    const c = new LlmClient({ endpoint: server.url, model: 'm', retries: 1, backoffMs: 5 });
    await assert.rejects(c.complete([{ role: 'user', content: 'x' }]), (e: unknown) => e instanceof LlmError && e.attempts === 2);
  });

  it('times out a slow attempt', async () => {
    server = await startFakeOpenAI({ respond: echo, delayMs: 400 });
    const c = new LlmClient({ endpoint: server.url, model: 'm', retries: 0, timeoutMs: 50 });
    await assert.rejects(c.complete([{ role: 'user', content: 'x' }]), LlmError);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    server = await startFakeOpenAI({ respond: echo, delayMs: 30 });
    const c = new LlmClient({ endpoint: server.url, model: 'm', concurrency: 3 });
    await Promise.all(Array.from({ length: 12 }, (_, i) => c.complete([{ role: 'user', content: String(i) }])));
    assert.equal(server.requests, 12);
    assert.equal(server.maxInFlight, 3);
  });
});
