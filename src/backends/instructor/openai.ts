/**
 * OpenAI-format JSONL for hosted fine-tuning services that accept it: chat SFT (`{"messages": […]}`, each
 * assistant message with `weight` 1 for the final answer and 0 for earlier turns, so only the final answer is
 * learned) and preference data (`{"input": {"messages": […]}, "preferred_output": [one assistant message],
 * "non_preferred_output": [one assistant message]}`). The system slot carries the training system prompt.
 */
import type { ChatMessage, PreferenceRecord, SftRecord } from './framer-data.js';
import { withSystem } from './axolotl.js';

export interface OpenAiMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
  weight?: 0 | 1;
}

export interface OpenAiChatRecord {
  messages: OpenAiMessage[];
}

export interface OpenAiPreferenceRecord {
  input: { messages: OpenAiMessage[] };
  preferred_output: OpenAiMessage[];
  non_preferred_output: OpenAiMessage[];
}

const ROLES = new Set(['system', 'user', 'assistant']);
const asRole = (r: string): OpenAiMessage['role'] | undefined => (ROLES.has(r) ? (r as OpenAiMessage['role']) : undefined);

/** The chat record, or undefined when a role is not one the format knows or no assistant message ends it. */
export function openAiChat(r: SftRecord, system: string): OpenAiChatRecord | undefined {
  const msgs = withSystem(r.messages, system);
  while (msgs.length && msgs[msgs.length - 1]!.role !== 'assistant') msgs.pop();
  const last = msgs.length - 1;
  if (last < 0) return undefined;
  const out: OpenAiMessage[] = [];
  for (const [i, m] of msgs.entries()) {
    const role = asRole(m.role);
    if (!role) return undefined;
    out.push(role === 'assistant' ? { role, content: m.content, weight: i === last ? 1 : 0 } : { role, content: m.content });
  }
  return { messages: out };
}

export function openAiPreference(r: PreferenceRecord, system: string): OpenAiPreferenceRecord | undefined {
  const final = (ms: readonly ChatMessage[]): OpenAiMessage[] | undefined => {
    const m = [...ms].reverse().find((x) => x.role === 'assistant');
    return m ? [{ role: 'assistant', content: m.content }] : undefined;
  };
  const preferred = final(r.chosen);
  const rejected = final(r.rejected);
  const input: OpenAiMessage[] = [];
  for (const m of withSystem(r.prompt, system)) {
    const role = asRole(m.role);
    if (!role) return undefined;
    input.push({ role, content: m.content });
  }
  if (!preferred || !rejected || input[input.length - 1]?.role !== 'user') return undefined;
  return { input: { messages: input }, preferred_output: preferred, non_preferred_output: rejected };
}
