/**
 * TRL command-line configs (`trl sft|dpo|kto|reward --config FILE`): the Framer's JSONL loaded through the
 * dataset mixture (`datasets: [{path: json, data_files, split, columns}]`), the base model as a parameter
 * with a documented default, LoRA through PEFT, and hyperparameters scaled to the data (`hyper.ts`). Only keys
 * of TRL's ScriptArguments, ModelConfig, DatasetMixtureConfig and the trainers' configs appear: the TRL parser
 * rejects any other key.
 */
import type { Method, Schedule } from './hyper.js';
import { RUNS } from './paths.js';
import { toYaml } from './yaml.js';

/** The default base model: small, openly licensed, with a chat template; override with --model_name_or_path. */
export const DEFAULT_BASE_MODEL = 'Qwen/Qwen2.5-1.5B-Instruct';

export interface TrlDataset {
  path: 'json';
  data_files: string;
  split: 'train';
  columns: string[];
}

export interface TrlRun {
  method: Method;
  /** Name of the run (output directory under `runs/`). */
  name: string;
  dataFile: string;
  columns: string[];
  schedule: Schedule;
  seed: number;
  /** DPO/KTO beta; KTO desirable/undesirable weights. */
  beta?: number;
  kto?: { desirable: number; undesirable: number };
  header: string[];
}

export function trlConfig(run: TrlRun): Record<string, unknown> {
  const s = run.schedule;
  const config: Record<string, unknown> = {
    model_name_or_path: DEFAULT_BASE_MODEL,
    datasets: [{ path: 'json', data_files: run.dataFile, split: 'train', columns: run.columns } satisfies TrlDataset],
    output_dir: `${RUNS}/${run.name}`,
    use_peft: true,
    lora_r: s.loraR,
    lora_alpha: s.loraAlpha,
    lora_dropout: s.loraDropout,
    lora_target_modules: 'all-linear',
  };
  if (run.method === 'reward') config.lora_task_type = 'SEQ_CLS';
  Object.assign(config, {
    num_train_epochs: s.epochs,
    per_device_train_batch_size: s.perDeviceBatch,
    gradient_accumulation_steps: s.gradientAccumulation,
    learning_rate: s.learningRate,
    lr_scheduler_type: 'cosine',
    warmup_steps: s.warmupSteps,
    max_length: s.maxLength,
    gradient_checkpointing: true,
    bf16: true,
    logging_steps: s.loggingSteps,
    save_strategy: 'epoch',
    eval_strategy: 'no',
    report_to: 'none',
    seed: run.seed,
  });
  if (run.beta !== undefined) config.beta = run.beta;
  if (run.kto) {
    config.desirable_weight = run.kto.desirable;
    config.undesirable_weight = run.kto.undesirable;
  }
  return config;
}

export function trlYaml(run: TrlRun): string {
  return toYaml(trlConfig(run), run.header);
}
