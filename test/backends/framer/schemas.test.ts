import assert from 'node:assert/strict';
import { KtoRecordSchema, PreferenceRecordSchema, ScenarioRecordSchema, SftRecordSchema, SYSTEM_SLOT } from '../../../src/backends/framer/schemas.js';

const provenance = { norms: ['https://w3id.org/regc/id/d/s/1/n1'], clauses: ['https://w3id.org/regc/id/d/s/1'], documents: ['https://w3id.org/regc/id/d'], conflicts: [], concepts: ['https://example.org/orbis#gift'] };
const sys = { role: 'system', content: SYSTEM_SLOT };
const sft = { id: 'sft:0123456789abcdef', split: 'train', form: 'may', messages: [sys, { role: 'user', content: 'May I?' }, { role: 'assistant', content: 'No.' }], provenance };
const audit = { feedback: ['feedback:0123456789abcdef'], cases: ['audit:0123456789abcdef'], failed: ['verdict'] };
const turns = [{ role: 'user', content: 'I manage the team.' }, { role: 'assistant', content: 'Go on.' }, { role: 'user', content: 'May I?' }];
const fed = { id: 'sft:0123456789abcdef', split: 'train', form: 'feedback', messages: [sys, ...turns, { role: 'assistant', content: 'No.' }], audit, provenance };
const fedPair = { id: 'pref:0123456789abcdef', split: 'train', error: 'audit-failure', prompt: [sys, ...turns], chosen: [{ role: 'assistant', content: 'No.' }], rejected: [{ role: 'assistant', content: 'Yes.' }], source: sft.id, audit, provenance };
const valid = (name: string, schema: { safeParse(x: unknown): { success: boolean } }, record: unknown, ok: boolean) =>
  it(`${ok ? 'accepts' : 'rejects'} ${name}`, () => assert.equal(schema.safeParse(record).success, ok));

describe('framer/schemas', () => {
  valid('an SFT record', SftRecordSchema, sft, true);
  valid('an SFT record without a norm', SftRecordSchema, { ...sft, provenance: { ...provenance, norms: [] } }, false);
  valid('an SFT record with another system message', SftRecordSchema, { ...sft, messages: [{ role: 'system', content: 'x' }, ...sft.messages.slice(1)] }, false);
  valid('an SFT record with a bad id', SftRecordSchema, { ...sft, id: 'sft:xyz' }, false);
  valid('an SFT record with an unknown field', SftRecordSchema, { ...sft, extra: 1 }, false);
  valid('a conversation from audit feedback, several turns', SftRecordSchema, fed, true);
  valid('a conversation from audit feedback outside train', SftRecordSchema, { ...fed, split: 'heldout' }, false);
  valid('a conversation from audit feedback without its audit source', SftRecordSchema, { ...fed, audit: undefined }, false);
  valid('a conversation from audit feedback that does not end with the answer', SftRecordSchema, { ...fed, messages: [sys, ...turns] }, false);
  valid('a generated conversation of several turns', SftRecordSchema, { ...fed, form: 'may', audit: undefined }, false);
  valid('a preference pair from audit feedback', PreferenceRecordSchema, fedPair, true);
  valid('a preference pair from audit feedback whose prompt ends with the assistant', PreferenceRecordSchema, { ...fedPair, prompt: [sys, ...turns.slice(0, 2)] }, false);
  valid('a KTO example from audit feedback', KtoRecordSchema, { id: 'kto:0123456789abcdef', split: 'train', prompt: [sys, ...turns], completion: [{ role: 'assistant', content: 'Yes.' }], label: false, error: 'audit-failure', source: sft.id, audit, provenance }, true);
  valid('a scenario', ScenarioRecordSchema, {
    id: 'scn:0123456789abcdef', split: 'heldout', label: 'non-compliant', performed: true,
    situation: { actor: 'https://example.org/orbis#employee', action: 'https://example.org/orbis#accept', facts: { 'https://w3id.org/regc/ns#monetaryValue': { value: 150, unit: 'http://qudt.org/vocab/currency/USD' } } },
    narrative: 'n', question: 'q', status: 'prohibited', deciding: provenance.norms[0], defeated: [], undetermined: [], missing: [], precedence: [], tags: [], provenance,
  }, true);
  valid('a scenario labelled "conflict"', ScenarioRecordSchema, { id: 'scn:0123456789abcdef', label: 'conflict' }, false);
  valid('a preference pair', PreferenceRecordSchema, {
    id: 'pref:0123456789abcdef', split: 'train', error: 'over-refuses', prompt: [sys, { role: 'user', content: 'May I?' }],
    chosen: [{ role: 'assistant', content: 'Yes.' }], rejected: [{ role: 'assistant', content: 'No.' }], source: sft.id, provenance,
  }, true);
  valid('a KTO example', KtoRecordSchema, {
    id: 'kto:0123456789abcdef', split: 'validation', prompt: [sys, { role: 'user', content: 'May I?' }], completion: [{ role: 'assistant', content: 'Yes.' }],
    label: true, source: sft.id, provenance,
  }, true);
  valid('a KTO example with an unknown error kind', KtoRecordSchema, {
    id: 'kto:0123456789abcdef', split: 'validation', prompt: [sys, { role: 'user', content: 'May I?' }], completion: [{ role: 'assistant', content: 'Yes.' }],
    label: false, error: 'rude', source: sft.id, provenance,
  }, false);
});
