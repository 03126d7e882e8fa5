import assert from 'node:assert/strict';
import { KtoRecordSchema, PreferenceRecordSchema, ScenarioRecordSchema, SftRecordSchema, SYSTEM_SLOT } from '../../../src/backends/framer/schemas.js';

const provenance = { norms: ['https://w3id.org/regc/id/d/s/1/n1'], clauses: ['https://w3id.org/regc/id/d/s/1'], documents: ['https://w3id.org/regc/id/d'], conflicts: [], concepts: ['https://example.org/orbis#gift'] };
const sys = { role: 'system', content: SYSTEM_SLOT };
const sft = { id: 'sft:0123456789abcdef', split: 'train', form: 'may', messages: [sys, { role: 'user', content: 'May I?' }, { role: 'assistant', content: 'No.' }], provenance };
const valid = (name: string, schema: { safeParse(x: unknown): { success: boolean } }, record: unknown, ok: boolean) =>
  it(`${ok ? 'accepts' : 'rejects'} ${name}`, () => assert.equal(schema.safeParse(record).success, ok));

describe('framer/schemas', () => {
  valid('an SFT record', SftRecordSchema, sft, true);
  valid('an SFT record without a norm', SftRecordSchema, { ...sft, provenance: { ...provenance, norms: [] } }, false);
  valid('an SFT record with another system message', SftRecordSchema, { ...sft, messages: [{ role: 'system', content: 'x' }, ...sft.messages.slice(1)] }, false);
  valid('an SFT record with a bad id', SftRecordSchema, { ...sft, id: 'sft:xyz' }, false);
  valid('an SFT record with an unknown field', SftRecordSchema, { ...sft, extra: 1 }, false);
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
