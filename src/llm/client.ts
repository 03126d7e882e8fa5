/**
 * The one place regc talks to language models: any OpenAI-compatible chat endpoint through langchain's
 * ChatOpenAI, with a concurrency limit, a timeout per attempt, retries with exponential backoff, and an
 * optional reply cache. The API key comes from the environment only.
 */
import { ChatOpenAI } from '@langchain/openai';
import pLimit from 'p-limit';
import { LlmCache } from './cache.js';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface LlmConfig {
  /** Base URL of an OpenAI-compatible API, e.g. `http://127.0.0.1:8000/v1`. */
  endpoint: string;
  model: string;
  /** Environment variable holding the API key (default `OPENAI_API_KEY`); local servers need none. */
  apiKeyEnv?: string;
  temperature?: number;
  maxTokens?: number;
  /** Per attempt, milliseconds (default 60,000). */
  timeoutMs?: number;
  /** Attempts after the first (default 3). */
  retries?: number;
  /** First backoff delay in ms, doubled per retry (default 500). */
  backoffMs?: number;
  /** Requests in flight at once (default 4). */
  concurrency?: number;
  seed?: number;
}

export interface LlmReply {
  text: string;
  cached: boolean;
  attempts: number;
}

export class LlmError extends Error {
  constructor(message: string, readonly attempts: number) {
    super(message);
  }
}

export class LlmClient {
  private readonly model: ChatOpenAI;
  private readonly limit: ReturnType<typeof pLimit>;

  constructor(readonly config: LlmConfig, private readonly cache?: LlmCache) {
    const apiKey = process.env[config.apiKeyEnv ?? 'OPENAI_API_KEY'] || 'unused';
    this.model = new ChatOpenAI({
      model: config.model,
      apiKey,
      configuration: { baseURL: config.endpoint },
      temperature: config.temperature ?? 0,
      ...(config.maxTokens ? { maxTokens: config.maxTokens } : {}),
      maxRetries: 0,
      ...(config.seed !== undefined ? { modelKwargs: { seed: config.seed } } : {}),
    });
    this.limit = pLimit(config.concurrency ?? 4);
  }

  /** One chat completion; cached replies return at once without taking a concurrency slot. */
  async complete(messages: readonly ChatMessage[]): Promise<LlmReply> {
    const key = this.cache ? cacheKey(this.config, messages) : undefined;
    const hit = key ? this.cache!.get(key) : undefined;
    if (hit !== undefined) return { text: hit, cached: true, attempts: 0 };
    const reply = await this.limit(() => this.attempt(messages));
    if (key) this.cache!.set(key, reply.text);
    return reply;
  }

  private async attempt(messages: readonly ChatMessage[]): Promise<LlmReply> {
    const retries = this.config.retries ?? 3;
    let delay = this.config.backoffMs ?? 500;
    let last = '';
    for (let attempt = 1; attempt <= retries + 1; attempt++) {
      try {
        const res = await this.model.invoke(
          messages.map((m) => ({ role: m.role, content: m.content })),
          { signal: AbortSignal.timeout(this.config.timeoutMs ?? 60_000) },
        );
        return { text: typeof res.content === 'string' ? res.content : JSON.stringify(res.content), cached: false, attempts: attempt };
      } catch (e) {
        last = (e as Error).message;
        if (attempt <= retries) {
          await new Promise((r) => setTimeout(r, delay));
          delay *= 2;
        }
      }
    }
    throw new LlmError(`model call failed after ${retries + 1} attempts: ${last}`, retries + 1);
  }
}

/** The cache key of a request: everything that can change the reply. */
export function cacheKey(config: LlmConfig, messages: readonly ChatMessage[]): string {
  return LlmCache.key({ endpoint: config.endpoint, model: config.model, temperature: config.temperature ?? 0, seed: config.seed ?? null, messages });
}
