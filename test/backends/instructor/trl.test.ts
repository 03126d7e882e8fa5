import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { schedule } from '../../../src/backends/instructor/hyper.js';
import { DEFAULT_BASE_MODEL, trlConfig, trlYaml } from '../../../src/backends/instructor/trl.js';
import type { TrlRun } from '../../../src/backends/instructor/trl.js';
import { TrlDpoConfig, TrlKtoConfig, TrlRewardConfig, TrlSftConfig } from '../../../src/backends/instructor/schemas.js';

const run = (method: TrlRun['method'], more: Partial<TrlRun> = {}): TrlRun => ({
  method, name: `trl-${method}`, dataFile: `instructor/data/${method}.train.jsonl`, columns: ['messages'], schedule: schedule(method, 500, 300), seed: 3, header: ['a config'], ...more,
});

describe('backends/instructor/trl', () => {
  it('loads the data through the dataset mixture, json, with the columns the trainer reads', () => {
    assert.deepEqual(trlConfig(run('sft')).datasets, [{ path: 'json', data_files: 'instructor/data/sft.train.jsonl', split: 'train', columns: ['messages'] }]);
  });
  it('names the default base model and LoRA settings', () => {
    const c = trlConfig(run('sft'));
    assert.deepEqual([c.model_name_or_path, c.use_peft, c.lora_r, c.lora_alpha], [DEFAULT_BASE_MODEL, true, 16, 32]);
  });
  it('writes SFT, DPO, KTO and reward configs that match their schemas', () => {
    assert.ok(TrlSftConfig.safeParse(parse(trlYaml(run('sft')))).success);
    assert.ok(TrlDpoConfig.safeParse(trlConfig(run('dpo', { beta: 0.1 }))).success);
    assert.ok(TrlKtoConfig.safeParse(trlConfig(run('kto', { beta: 0.1, kto: { desirable: 1.5, undesirable: 1 } }))).success);
    assert.ok(TrlRewardConfig.safeParse(trlConfig(run('reward'))).success);
  });
  it('classifies with a sequence-classification LoRA for reward models', () => assert.equal(trlConfig(run('reward')).lora_task_type, 'SEQ_CLS'));
  it('rejects a key TRL does not know', () => assert.equal(TrlSftConfig.safeParse({ ...trlConfig(run('sft')), max_seq_len: 10 }).success, false));
  it('starts with its header as comments', () => assert.ok(trlYaml(run('sft')).startsWith('# a config\nmodel_name_or_path: ')));
});
