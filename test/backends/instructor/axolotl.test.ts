import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { axolotlDpo, axolotlDpoRecord, axolotlSft, withSystem } from '../../../src/backends/instructor/axolotl.js';
import { schedule } from '../../../src/backends/instructor/hyper.js';
import { AxolotlDpoConfig, AxolotlDpoRecord, AxolotlSftConfig } from '../../../src/backends/instructor/schemas.js';
import { assistant, user } from './helpers.js';

const shouldFill = (messages: { role: string; content: string }[], expected: { role: string; content: string }[]) => () =>
  assert.deepEqual(withSystem(messages, 'RULES'), expected);

describe('backends/instructor/axolotl', () => {
  it('fills the Framer\'s system slot', shouldFill([{ role: 'system', content: '{{system}}' }, user('q')], [{ role: 'system', content: 'RULES' }, user('q')]));
  it('fills an empty system message', shouldFill([{ role: 'system', content: '' }, user('q')], [{ role: 'system', content: 'RULES' }, user('q')]));
  it('keeps a system message that says something', shouldFill([{ role: 'system', content: 'Be brief.' }, user('q')], [{ role: 'system', content: 'Be brief.' }, user('q')]));
  it('adds a system message where there is none', shouldFill([user('q')], [{ role: 'system', content: 'RULES' }, user('q')]));
  it('turns a preference record into messages and single chosen / rejected messages', () => {
    const r = axolotlDpoRecord({ id: 'p', norms: [], raw: {}, prompt: [user('q')], chosen: [assistant('yes')], rejected: [assistant('no')] }, 'RULES');
    assert.deepEqual(r, { id: 'p', messages: [{ role: 'system', content: 'RULES' }, user('q')], chosen: assistant('yes'), rejected: assistant('no') });
    assert.ok(AxolotlDpoRecord.safeParse(r).success);
  });
  it('drops a preference record with no assistant answer', () => {
    assert.equal(axolotlDpoRecord({ id: 'p', norms: [], raw: {}, prompt: [user('q')], chosen: [user('x')], rejected: [assistant('no')] }), undefined);
  });
  it('writes an SFT config in Axolotl\'s chat_template format, validation as test_datasets', () => {
    const c = parse(axolotlSft({ train: 'a.jsonl', validation: 'b.jsonl', schedule: schedule('sft', 100, 100), seed: 1, header: [] }));
    assert.ok(AxolotlSftConfig.safeParse(c).success, JSON.stringify(AxolotlSftConfig.safeParse(c).error?.issues));
    assert.equal(c.datasets[0].type, 'chat_template');
    assert.equal(c.datasets[0].field_messages, 'messages');
    assert.equal(c.test_datasets[0].path, 'b.jsonl');
  });
  it('writes a DPO config with rl: dpo and chat_template.default fields', () => {
    const c = parse(axolotlDpo({ train: 'a.jsonl', validation: null, schedule: schedule('dpo', 100, 100), seed: 1, beta: 0.1, header: ['x'] }));
    assert.ok(AxolotlDpoConfig.safeParse(c).success);
    assert.deepEqual([c.rl, c.datasets[0].type, c.datasets[0].field_chosen, c.datasets[0].field_rejected, c.test_datasets], ['dpo', 'chat_template.default', 'chosen', 'rejected', undefined]);
  });
  it('rejects a DPO config with sample packing', () => {
    const c = parse(axolotlDpo({ train: 'a.jsonl', validation: null, schedule: schedule('dpo', 100, 100), seed: 1, beta: 0.1, header: [] }));
    assert.equal(AxolotlDpoConfig.safeParse({ ...c, sample_packing: true }).success, false);
  });
});
