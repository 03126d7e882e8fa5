import assert from 'node:assert/strict';
import { openAiChat, openAiPreference } from '../../../src/backends/instructor/openai.js';
import { OpenAiChatRecord, OpenAiPreferenceRecord } from '../../../src/backends/instructor/schemas.js';
import { assistant, sys, user } from './helpers.js';

const sft = (...messages: { role: string; content: string }[]) => ({ id: 's', norms: [], raw: {}, messages });

function shouldWeight(messages: { role: string; content: string }[], weights: (number | undefined)[]) {
  return () => {
    const r = openAiChat(sft(...messages), 'RULES');
    assert.ok(r);
    assert.ok(OpenAiChatRecord.safeParse(r).success);
    assert.deepEqual(r.messages.map((m) => m.weight), weights);
  };
}

describe('backends/instructor/openai', () => {
  it('learns the only answer', shouldWeight([sys, user('q'), assistant('a')], [undefined, undefined, 1]));
  it('learns only the final answer of a conversation', shouldWeight([sys, user('q1'), assistant('a1'), user('q2'), assistant('a2')], [undefined, undefined, 0, undefined, 1]));
  it('fills the system slot', () => assert.equal(openAiChat(sft(sys, user('q'), assistant('a')), 'RULES')?.messages[0]?.content, 'RULES'));
  it('drops a record with a role the format does not know', () => assert.equal(openAiChat(sft(user('q'), { role: 'tool', content: 'x' }, assistant('a')), 'R'), undefined));
  it('writes the preference format with one preferred and one non-preferred message', () => {
    const r = openAiPreference({ id: 'p', norms: [], raw: {}, prompt: [sys, user('q')], chosen: [assistant('good')], rejected: [assistant('bad')] }, 'RULES');
    assert.deepEqual(r, {
      input: { messages: [{ role: 'system', content: 'RULES' }, { role: 'user', content: 'q' }] },
      preferred_output: [{ role: 'assistant', content: 'good' }],
      non_preferred_output: [{ role: 'assistant', content: 'bad' }],
    });
    assert.ok(OpenAiPreferenceRecord.safeParse(r).success);
  });
  it('rejects a weight on a user message', () => {
    assert.equal(OpenAiChatRecord.safeParse({ messages: [{ role: 'user', content: 'q', weight: 1 }, { role: 'assistant', content: 'a', weight: 1 }] }).success, false);
  });
});
