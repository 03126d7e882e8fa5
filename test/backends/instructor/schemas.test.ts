import assert from 'node:assert/strict';
import * as S from '../../../src/backends/instructor/schemas.js';

const ok = (schema: { safeParse(v: unknown): { success: boolean } }, v: unknown) => () => assert.equal(schema.safeParse(v).success, true);
const bad = (schema: { safeParse(v: unknown): { success: boolean } }, v: unknown) => () => assert.equal(schema.safeParse(v).success, false);
const qa = { question: 'q', answer: 'a' };
const seed = (n: number) => ({ context: `c${n}`, questions_and_answers: [qa, { ...qa, question: 'q2' }, { ...qa, question: 'q3' }] });
const knowledge = {
  version: 3, created_by: 'regc', domain: 'd', document_outline: 'o',
  seed_examples: [1, 2, 3, 4, 5].map(seed), document: { repo: 'r', commit: 'c', patterns: ['a.md'] },
};

describe('backends/instructor/schemas', () => {
  it('accepts InstructLab knowledge v3', ok(S.InstructLabKnowledge, knowledge));
  it('rejects knowledge with four seeds', bad(S.InstructLabKnowledge, { ...knowledge, seed_examples: knowledge.seed_examples.slice(1) }));
  it('rejects knowledge of version 2', bad(S.InstructLabKnowledge, { ...knowledge, version: 2 }));
  it('accepts an OpenAI chat record', ok(S.OpenAiChatRecord, { messages: [{ role: 'user', content: 'q' }, { role: 'assistant', content: 'a', weight: 1 }] }));
  it('rejects an OpenAI chat record ending with the user', bad(S.OpenAiChatRecord, { messages: [{ role: 'assistant', content: 'a', weight: 1 }, { role: 'user', content: 'q' }] }));
  it('rejects two preferred outputs', bad(S.OpenAiPreferenceRecord, {
    input: { messages: [{ role: 'user', content: 'q' }] },
    preferred_output: [{ role: 'assistant', content: 'a' }, { role: 'assistant', content: 'b' }],
    non_preferred_output: [{ role: 'assistant', content: 'c' }],
  }));
  it('rejects a NeMo config without the self-check rails', bad(S.NemoConfig, { models: [{ type: 'main', engine: 'openai', model: 'm' }], rails: { input: { flows: [] }, output: { flows: [] } } }));
  it('rejects a self-check prompt without the user input', bad(S.NemoPrompts, { prompts: [{ task: 'self_check_input', content: 'x' }, { task: 'self_check_output', content: '{{ bot_response }}' }] }));
  it('rejects a KTO record with a string label', bad(S.TrlKtoRecord, { prompt: [{ role: 'user', content: 'q' }], completion: [{ role: 'assistant', content: 'a' }], label: 'yes' }));
});
