/**
 * The schemas of every format the Instructor emits, written from each format's documented fields: TRL CLI
 * configs, Axolotl configs and its DPO records, OpenAI fine-tuning JSONL (chat with weights, preference),
 * InstructLab knowledge qna.yaml v3, Llama Guard category lists, Granite Guardian risk definitions, NeMo
 * Guardrails config.yml and prompts.yml, and the project's own files (retrieval, value weights, reward data).
 * Used to validate what is emitted; unknown keys are errors where the consuming tool rejects them too.
 */
import { z } from 'zod';

const message = z.strictObject({ role: z.string().min(1), content: z.string() });
const conversation = z.array(message).min(1);

// ---- TRL (trl sft | dpo | kto | reward --config FILE) --------------------------------------------------------

const trlDataset = z.strictObject({
  path: z.string().min(1),
  name: z.string().optional(),
  data_dir: z.string().optional(),
  data_files: z.union([z.string().min(1), z.array(z.string().min(1)).min(1), z.record(z.string(), z.string())]),
  split: z.string().min(1),
  columns: z.array(z.string().min(1)).min(1).optional(),
});

const trlCommon = {
  model_name_or_path: z.string().min(1),
  datasets: z.array(trlDataset).min(1),
  output_dir: z.string().min(1),
  use_peft: z.boolean(),
  lora_r: z.number().int().positive(),
  lora_alpha: z.number().int().positive(),
  lora_dropout: z.number().min(0).max(1),
  lora_target_modules: z.union([z.string(), z.array(z.string())]),
  num_train_epochs: z.number().positive(),
  per_device_train_batch_size: z.number().int().positive(),
  gradient_accumulation_steps: z.number().int().positive(),
  learning_rate: z.number().positive().max(1e-2),
  lr_scheduler_type: z.enum(['linear', 'cosine', 'constant', 'constant_with_warmup', 'cosine_with_restarts', 'polynomial']),
  warmup_steps: z.number().int().nonnegative(),
  max_length: z.number().int().positive(),
  gradient_checkpointing: z.boolean(),
  bf16: z.boolean(),
  logging_steps: z.number().int().positive(),
  save_strategy: z.enum(['no', 'steps', 'epoch']),
  eval_strategy: z.enum(['no', 'steps', 'epoch']),
  report_to: z.string(),
  seed: z.number().int(),
};

export const TrlSftConfig = z.strictObject(trlCommon);
export const TrlDpoConfig = z.strictObject({ ...trlCommon, beta: z.number().positive() });
export const TrlKtoConfig = z.strictObject({
  ...trlCommon, beta: z.number().positive(), desirable_weight: z.number().positive(), undesirable_weight: z.number().positive(),
});
export const TrlRewardConfig = z.strictObject({ ...trlCommon, lora_task_type: z.literal('SEQ_CLS') });

/** TRL's conversational records, by the columns a config selects. */
export const TrlSftRecord = z.looseObject({ messages: conversation });
export const TrlPreferenceRecord = z.looseObject({ prompt: conversation, chosen: conversation, rejected: conversation });
export const TrlKtoRecord = z.looseObject({ prompt: conversation, completion: conversation, label: z.boolean() });

// ---- Axolotl (axolotl train FILE) ---------------------------------------------------------------------------

const axolotlMapping = z.strictObject({ role: z.string(), content: z.string() });
const axolotlSftDataset = z.strictObject({
  path: z.string().min(1),
  ds_type: z.literal('json'),
  split: z.string(),
  type: z.literal('chat_template'),
  field_messages: z.string().min(1),
  message_property_mappings: axolotlMapping,
  roles_to_train: z.array(z.string()).min(1),
});
const axolotlDpoDataset = z.strictObject({
  path: z.string().min(1),
  ds_type: z.literal('json'),
  split: z.string(),
  type: z.literal('chat_template.default'),
  field_messages: z.string().min(1),
  field_chosen: z.string().min(1),
  field_rejected: z.string().min(1),
  message_property_mappings: axolotlMapping,
  roles: z.record(z.string(), z.array(z.string())),
});
const axolotlCommon = {
  base_model: z.string().min(1),
  chat_template: z.string().min(1),
  val_set_size: z.number().min(0),
  dataset_prepared_path: z.string().min(1),
  output_dir: z.string().min(1),
  adapter: z.enum(['lora', 'qlora']),
  lora_r: z.number().int().positive(),
  lora_alpha: z.number().int().positive(),
  lora_dropout: z.number().min(0).max(1),
  lora_target_linear: z.boolean(),
  sequence_len: z.number().int().positive(),
  sample_packing: z.boolean(),
  micro_batch_size: z.number().int().positive(),
  gradient_accumulation_steps: z.number().int().positive(),
  num_epochs: z.number().positive(),
  learning_rate: z.number().positive(),
  lr_scheduler: z.string(),
  warmup_steps: z.number().int().nonnegative(),
  optimizer: z.string(),
  bf16: z.union([z.boolean(), z.literal('auto')]),
  gradient_checkpointing: z.boolean(),
  logging_steps: z.number().int().positive(),
  saves_per_epoch: z.number().int().positive(),
  evals_per_epoch: z.number().int().positive().optional(),
  seed: z.number().int(),
};
export const AxolotlSftConfig = z.strictObject({
  ...axolotlCommon, datasets: z.array(axolotlSftDataset).min(1), test_datasets: z.array(axolotlSftDataset).optional(),
});
export const AxolotlDpoConfig = z.strictObject({
  ...axolotlCommon,
  rl: z.literal('dpo'),
  rl_beta: z.number().positive(),
  datasets: z.array(axolotlDpoDataset).min(1),
  test_datasets: z.array(axolotlDpoDataset).optional(),
}).refine((c) => c.sample_packing === false, { message: 'preference training needs sample_packing: false' });
const assistantMessage = z.strictObject({ role: z.literal('assistant'), content: z.string().min(1) });
export const AxolotlDpoRecord = z.strictObject({ id: z.string(), messages: conversation, chosen: assistantMessage, rejected: assistantMessage });

// ---- OpenAI fine-tuning JSONL -------------------------------------------------------------------------------

const openAiMessage = z.strictObject({
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string(),
  weight: z.union([z.literal(0), z.literal(1)]).optional(),
}).refine((m) => m.weight === undefined || m.role === 'assistant', { message: 'only assistant messages carry a weight' });
export const OpenAiChatRecord = z.strictObject({ messages: z.array(openAiMessage).min(2) })
  .refine((r) => r.messages[r.messages.length - 1]!.role === 'assistant', { message: 'the last message is the assistant\'s' })
  .refine((r) => r.messages.some((m) => m.role === 'assistant' && m.weight === 1), { message: 'some assistant message is learned' });
const openAiOutput = z.array(z.strictObject({ role: z.literal('assistant'), content: z.string().min(1) })).length(1);
export const OpenAiPreferenceRecord = z.strictObject({
  input: z.strictObject({ messages: z.array(openAiMessage).min(1) }),
  preferred_output: openAiOutput,
  non_preferred_output: openAiOutput,
});

// ---- InstructLab knowledge qna.yaml, version 3 --------------------------------------------------------------

export const InstructLabKnowledge = z.strictObject({
  version: z.literal(3),
  created_by: z.string().min(1),
  domain: z.string().min(1),
  seed_examples: z.array(z.strictObject({
    context: z.string().min(1),
    questions_and_answers: z.array(z.strictObject({ question: z.string().min(1), answer: z.string().min(1) })).min(3),
  })).min(5),
  document_outline: z.string().min(1),
  document: z.strictObject({ repo: z.string().min(1), commit: z.string().min(1), patterns: z.array(z.string().min(1)).min(1) }),
});

// ---- guard models --------------------------------------------------------------------------------------------

/** A Llama Guard category block: every category starts with a line `S<n>: <Name>.`, numbered from 1. */
export const LlamaGuardCategories = z.string().refine((text) => {
  const heads = text.split('\n').filter((l) => /^S\d+: /.test(l));
  return heads.length > 0 && heads.every((l, i) => new RegExp(`^S${i + 1}: .+\\.$`).test(l));
}, { message: 'categories are lines "S1: Name." numbered from 1' });

export const LlamaGuardPrompt = z.string()
  .refine((t) => /<BEGIN UNSAFE CONTENT CATEGORIES>\n[\s\S]+\n<END UNSAFE CONTENT CATEGORIES>/.test(t), { message: 'unsafe content categories block' })
  .refine((t) => /<BEGIN CONVERSATION>[\s\S]*\{conversation\}[\s\S]*<END CONVERSATION>/.test(t), { message: 'conversation block' });

export const GraniteGuardianRisks = z.strictObject({
  risks: z.array(z.strictObject({
    risk_name: z.string().regex(/^[a-z0-9_]+$/),
    risk_definition: z.string().min(1),
    category: z.string(),
    norms: z.array(z.string()),
    clauses: z.array(z.string()),
  })).min(1),
});

export const NemoConfig = z.strictObject({
  models: z.array(z.strictObject({ type: z.string(), engine: z.string(), model: z.string() })).min(1),
  instructions: z.array(z.strictObject({ type: z.literal('general'), content: z.string().min(1) })).optional(),
  rails: z.strictObject({
    input: z.strictObject({ flows: z.array(z.string()) }),
    output: z.strictObject({ flows: z.array(z.string()) }),
  }),
}).refine((c) => c.rails.input.flows.includes('self check input') && c.rails.output.flows.includes('self check output'), {
  message: 'self check input and output rails',
});

export const NemoPrompts = z.strictObject({
  prompts: z.array(z.strictObject({ task: z.string().min(1), content: z.string().min(1) })),
}).refine((p) => p.prompts.some((x) => x.task === 'self_check_input' && x.content.includes('{{ user_input }}')), { message: 'self_check_input prompt with {{ user_input }}' })
  .refine((p) => p.prompts.some((x) => x.task === 'self_check_output' && x.content.includes('{{ bot_response }}')), { message: 'self_check_output prompt with {{ bot_response }}' });

// ---- the project's own files ----------------------------------------------------------------------------------

export const RetrievalRecord = z.strictObject({
  id: z.string().min(1),
  text: z.string().min(1),
  contents: z.string().min(1),
  metadata: z.strictObject({
    clause: z.string().url(),
    document: z.string(),
    title: z.string(),
    section: z.array(z.string()),
    authority: z.string().nullable(),
    effective: z.string().nullable(),
    file: z.string(),
    line: z.number().int(),
    norms: z.array(z.strictObject({
      id: z.string().url(), kind: z.enum(['obligation', 'permission', 'prohibition']), strength: z.enum(['strict', 'advisory']),
      bearer: z.string(), action: z.string(), target: z.string().nullable(),
    })),
    conflicts: z.array(z.string()),
  }),
});

const decision = z.strictObject({ conflict: z.string(), principle: z.string(), winner: z.string(), defeated: z.string(), explanation: z.string() });
export const ValueWeightsFile = z.strictObject({
  combination: z.string(),
  values: z.array(z.strictObject({
    id: z.string(), label: z.string(), norms: z.number().int().positive(), weight: z.number().positive(), normalized: z.number().min(0).max(1),
    prevailsOver: z.array(z.string()), yieldsTo: z.array(z.string()), contested: z.array(z.string()),
  })),
  precedence: z.array(z.strictObject({ winner: z.string(), defeated: z.string(), decisions: z.array(decision).min(1) })),
  withinValue: z.array(z.strictObject({ value: z.string(), decisions: z.array(decision).min(1) })),
  unresolved: z.array(z.strictObject({ conflict: z.string(), values: z.array(z.string()), norms: z.array(z.string()) })),
});

export const RewardPairRecord = z.strictObject({ id: z.string(), value: z.string(), prompt: conversation, chosen: conversation, rejected: conversation });
