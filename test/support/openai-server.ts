/**
 * A small OpenAI-compatible chat server for tests, on 127.0.0.1 and a free port: `POST /v1/chat/completions`
 * answered by a function of the messages, with an optional fixed delay and injected failures. It counts
 * requests and the most requests it ever had in flight.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeMessage {
  role: string;
  content: string;
}

export interface FakeServerOptions {
  respond: (messages: FakeMessage[], model: string) => string;
  delayMs?: number;
  /** Fail this many requests first, with this status (default 500). */
  failFirst?: number;
  failStatus?: number;
}

export interface FakeServer {
  url: string;
  requests: number;
  maxInFlight: number;
  close(): Promise<void>;
}

export async function startFakeOpenAI(opts: FakeServerOptions): Promise<FakeServer> {
  let inFlight = 0;
  const state = { requests: 0, maxInFlight: 0 };
  let failures = opts.failFirst ?? 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404).end();
        return;
      }
      state.requests++;
      inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, inFlight);
      const finish = () => {
        inFlight--;
        if (failures > 0) {
          failures--;
          res.writeHead(opts.failStatus ?? 500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { message: 'injected failure', type: 'server_error' } }));
          return;
        }
        const parsed = JSON.parse(body) as { model: string; messages: FakeMessage[] };
        const content = opts.respond(parsed.messages, parsed.model);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({
          id: `chatcmpl-${state.requests}`,
          object: 'chat.completion',
          created: 0,
          model: parsed.model,
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }));
      };
      if (opts.delayMs) setTimeout(finish, opts.delayMs);
      else finish();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    get requests() { return state.requests; },
    get maxInFlight() { return state.maxInFlight; },
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  } as FakeServer;
}
