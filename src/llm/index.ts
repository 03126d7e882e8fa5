/** The model layer: every call to a language model goes through here. */
export { LlmClient, LlmError, cacheKey } from './client.js';
export type { ChatMessage, LlmConfig, LlmReply } from './client.js';
export { LlmCache } from './cache.js';
