/**
 * Axolotl configs (`axolotl train FILE`): SFT over the Framer's conversations (`type: chat_template`,
 * `field_messages`), DPO over preference records converted to Axolotl's `chat_template.default` shape
 * (`messages` for the prompt, `chosen` and `rejected` single assistant message objects), LoRA adapters, the
 * validation split as `test_datasets`, and the scaled hyperparameters of `hyper.ts`.
 */
import type { ChatMessage, PreferenceRecord } from './framer-data.js';
import type { Schedule } from './hyper.js';
import { RUNS } from './paths.js';
import { DEFAULT_BASE_MODEL } from './trl.js';
import { toYaml } from './yaml.js';

export interface AxolotlDpoRecord {
  id: string;
  messages: ChatMessage[];
  chosen: ChatMessage;
  rejected: ChatMessage;
}

/** A preference record in Axolotl's DPO shape: the prompt's messages, and the last assistant message of each
 * side. Records whose chosen or rejected side has no assistant message are dropped. */
export function axolotlDpoRecord(r: PreferenceRecord, system?: string): AxolotlDpoRecord | undefined {
  const last = (ms: readonly ChatMessage[]): ChatMessage | undefined => [...ms].reverse().find((m) => m.role === 'assistant');
  const chosen = last(r.chosen);
  const rejected = last(r.rejected);
  if (!chosen || !rejected) return undefined;
  return { id: r.id, messages: withSystem(r.prompt, system), chosen: { role: 'assistant', content: chosen.content }, rejected: { role: 'assistant', content: rejected.content } };
}

/** The messages with the system slot filled: an empty or absent system message gets `system`. */
export function withSystem(messages: readonly ChatMessage[], system: string | undefined): ChatMessage[] {
  const out = messages.map((m) => ({ role: m.role, content: m.content }));
  if (system === undefined) return out;
  if (out[0]?.role === 'system') {
    if (!out[0].content.trim() || /^\s*\{\{.*\}\}\s*$/.test(out[0].content)) out[0].content = system;
    return out;
  }
  return [{ role: 'system', content: system }, ...out];
}

const MAPPING = { role: 'role', content: 'content' };
const ROLES = { system: ['system'], user: ['user'], assistant: ['assistant'] };

function common(s: Schedule, name: string, seed: number): Record<string, unknown> {
  return {
    dataset_prepared_path: `${RUNS}/${name}/prepared`,
    output_dir: `${RUNS}/${name}`,
    adapter: 'lora',
    lora_r: s.loraR,
    lora_alpha: s.loraAlpha,
    lora_dropout: s.loraDropout,
    lora_target_linear: true,
    sequence_len: s.maxLength,
    sample_packing: false,
    micro_batch_size: s.perDeviceBatch,
    gradient_accumulation_steps: s.gradientAccumulation,
    num_epochs: s.epochs,
    learning_rate: s.learningRate,
    lr_scheduler: 'cosine',
    warmup_steps: s.warmupSteps,
    optimizer: 'adamw_torch',
    bf16: 'auto',
    gradient_checkpointing: true,
    logging_steps: s.loggingSteps,
    saves_per_epoch: 1,
    seed,
  };
}

export function axolotlSft(args: { train: string; validation: string | null; schedule: Schedule; seed: number; header: string[] }): string {
  const dataset = (path: string) => ({
    path,
    ds_type: 'json',
    split: 'train',
    type: 'chat_template',
    field_messages: 'messages',
    message_property_mappings: MAPPING,
    roles_to_train: ['assistant'],
  });
  const config: Record<string, unknown> = {
    base_model: DEFAULT_BASE_MODEL,
    chat_template: 'tokenizer_default',
    datasets: [dataset(args.train)],
  };
  if (args.validation) config.test_datasets = [dataset(args.validation)];
  config.val_set_size = 0;
  Object.assign(config, common(args.schedule, 'axolotl-sft', args.seed));
  if (args.validation) config.evals_per_epoch = 1;
  return toYaml(config, args.header);
}

export function axolotlDpo(args: { train: string; validation: string | null; schedule: Schedule; seed: number; beta: number; header: string[] }): string {
  const dataset = (path: string) => ({
    path,
    ds_type: 'json',
    split: 'train',
    type: 'chat_template.default',
    field_messages: 'messages',
    field_chosen: 'chosen',
    field_rejected: 'rejected',
    message_property_mappings: MAPPING,
    roles: ROLES,
  });
  const config: Record<string, unknown> = {
    base_model: DEFAULT_BASE_MODEL,
    chat_template: 'tokenizer_default',
    rl: 'dpo',
    rl_beta: args.beta,
    datasets: [dataset(args.train)],
  };
  if (args.validation) config.test_datasets = [dataset(args.validation)];
  config.val_set_size = 0;
  Object.assign(config, common(args.schedule, 'axolotl-dpo', args.seed));
  if (args.validation) config.evals_per_epoch = 1;
  return toYaml(config, args.header);
}
