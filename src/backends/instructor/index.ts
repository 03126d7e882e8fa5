/**
 * The Instructor back end (Alignment Studio's Instructors, arXiv 2403.09704): from the reasoned graph and the
 * Framer's data, everything an ML engineer needs to align a model — TRL and Axolotl configs, OpenAI-format
 * JSONL, per-value reward data with value weights from precedence, an InstructLab taxonomy, a system prompt
 * and retrieval file for in-context alignment, guard policies, and a README with one command per method.
 * Reads only the graph and the files earlier back ends emitted; writes nothing to disk.
 */
import { diag } from '../../ir/index.js';
import type { Diagnostic } from '../../ir/index.js';
import type { Backend, BackendInput, BackendOutput, OutputFile } from '../types.js';
import { axolotlDpo, axolotlDpoRecord, axolotlSft, withSystem } from './axolotl.js';
import type { ChatMessage, FramerData, KtoRecord, PreferenceRecord, SftRecord, SplitData } from './framer-data.js';
import { jsonl, readFramerData } from './framer-data.js';
import { guardCategories } from './guard-policy.js';
import { guardFiles } from './guards.js';
import type { Method, Schedule } from './hyper.js';
import { conversationTokens, ktoWeights, schedule } from './hyper.js';
import { instructlabFiles } from './instructlab.js';
import { openAiChat, openAiPreference } from './openai.js';
import type { FramerDataset } from './paths.js';
import { FRAMER, OUT } from './paths.js';
import { instructorReadme } from './readme.js';
import { retrievalRecords } from './retrieval.js';
import { rewardData } from './reward.js';
import { systemPrompt, TOKENIZER } from './system-prompt.js';
import { trlYaml } from './trl.js';
import type { TrlRun } from './trl.js';
import { valuesOf } from './values.js';
import type { View } from './view.js';
import { docTitle, readView } from './view.js';
import { valueWeights } from './weights.js';

export const BETA = 0.1;

export const instructorBackend: Backend = {
  name: 'instructor',
  emit: (input) => emitInstructor(input),
};

/** What the README reports of a compile: the data sizes and schedules behind every config. */
export interface TrainingPlan {
  data: Record<FramerDataset, { train: number; validation: number; heldout: number; file: string | null }>;
  schedules: Partial<Record<Method, Schedule>>;
  rewardValues: { id: string; label: string; pairs: number; config: string | null }[];
}

export function emitInstructor(input: BackendInput): BackendOutput {
  const view = readView(input.graph, input.ontology);
  const diagnostics: Diagnostic[] = [];
  const files: OutputFile[] = [];
  const json = (v: unknown): string => JSON.stringify(v, null, 2) + '\n';

  // in-context alignment
  const prompt = systemPrompt(view);
  files.push({ path: OUT.context.systemPrompt, content: prompt.text });
  files.push({ path: OUT.context.retrieval, content: jsonl(retrievalRecords(view)) });

  // guards
  const training = trainingSystemPrompt(view);
  files.push(...guardFiles(guardCategories(view), training));

  // InstructLab
  const lab = instructlabFiles(view);
  files.push(...lab.files);

  // values and their weights
  const values = valuesOf(view);
  files.push({ path: OUT.reward.weights, content: json(valueWeights(view, values)) });

  // training data and configs
  const data = readFramerData(input.emitted ?? [], new Set(view.rules.map((r) => r.norm.iri)));
  if (!data.present) {
    diagnostics.push(diag('RC5003', `no Framer data among the emitted files (${FRAMER.sft}, ${FRAMER.preferences}, ${FRAMER.kto}); the training data files are empty and the configs sized for an empty dataset`));
  }
  for (const r of data.rejected.slice(0, 20)) {
    diagnostics.push(diag('RC5002', `${r.file}:${r.line}: Framer record not usable for training: ${r.reason}`));
  }
  const plan = trainingFiles(data, values, training, input.seed, files);

  files.push({
    path: OUT.readme,
    content: instructorReadme({ view, files, plan, systemPromptTokens: prompt.tokens, tokenizer: TOKENIZER, instructlabSkipped: lab.skipped, units: lab.units.length }),
  });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, metrics: { system_prompt_tokens: prompt.tokens, system_prompt_tokenizer: TOKENIZER }, diagnostics };
}

/** The short system prompt of training records: names the regulations, not their text. */
export function trainingSystemPrompt(view: View): string {
  const titles = [...new Set(view.rules.map((r) => docTitle(r.doc)))];
  return (
    `You follow these regulations: ${titles.join('; ')}. Apply them as written, cite the rule you rely on, ` +
    'say which fact is missing when the answer depends on one, and do not refuse what they permit.'
  );
}

function trainingFiles(data: FramerData, values: ReturnType<typeof valuesOf>, system: string, seed: number, files: OutputFile[]): TrainingPlan {
  const count = <T>(d: SplitData<T>, file: string) => ({ train: d.records.train.length, validation: d.records.validation.length, heldout: d.records.heldout.length, file });
  const plan: TrainingPlan = {
    data: {
      sft: count(data.sft, OUT.data('sft', 'train')),
      preferences: count(data.preferences, OUT.data('preferences', 'train')),
      kto: count(data.kto, OUT.data('kto', 'train')),
    },
    schedules: {},
    rewardValues: [],
  };
  // the Framer's conversations with the system slot filled, train and validation (never held-out)
  const sftOf = (r: SftRecord) => ({ id: r.id, messages: withSystem(r.messages, system) });
  const prefOf = (r: PreferenceRecord) => ({ id: r.id, prompt: withSystem(r.prompt, system), chosen: r.chosen, rejected: r.rejected });
  const ktoOf = (r: KtoRecord) => ({ id: r.id, prompt: withSystem(r.prompt, system), completion: r.completion, label: r.label });
  const written = { sft: false, preferences: false, kto: false };
  const write = <T>(name: FramerDataset, d: SplitData<T>, of: (r: T) => unknown): void => {
    files.push({ path: OUT.data(name, 'train'), content: jsonl(d.records.train.map(of)) });
    if (d.records.validation.length) {
      files.push({ path: OUT.data(name, 'validation'), content: jsonl(d.records.validation.map(of)) });
      written[name] = true;
    }
  };
  write('sft', data.sft, sftOf);
  write('preferences', data.preferences, prefOf);
  write('kto', data.kto, ktoOf);

  const header = (what: string, n: number, file: string, flag = '--model_name_or_path') => [
    `${what} compiled by regc. Run from compiled/ (see instructor/README.md); override the base model with`,
    `${flag}. Data: ${file} (${n} training records); hyperparameters scaled to that size.`,
  ];
  const pairTokens = (r: { prompt: readonly ChatMessage[]; chosen: readonly ChatMessage[]; rejected: readonly ChatMessage[] }) =>
    Math.max(conversationTokens(r.prompt, r.chosen), conversationTokens(r.prompt, r.rejected));

  // SFT
  const sftFile = OUT.data('sft', 'train');
  const sft = schedule('sft', data.sft.records.train.length, longest(data.sft.records.train.map((r) => conversationTokens(withSystem(r.messages, system)))));
  plan.schedules.sft = sft;
  files.push({ path: OUT.trl.sft, content: trlYaml(run('sft', 'trl-sft', sftFile, ['messages'], sft, seed, header('TRL SFT config', sft.examples, sftFile))) });

  // DPO
  const prefFile = OUT.data('preferences', 'train');
  const prefTokens = longest(data.preferences.records.train.map((r) => pairTokens({ ...r, prompt: withSystem(r.prompt, system) })));
  const dpo = schedule('dpo', data.preferences.records.train.length, prefTokens);
  plan.schedules.dpo = dpo;
  files.push({ path: OUT.trl.dpo, content: trlYaml({ ...run('dpo', 'trl-dpo', prefFile, ['prompt', 'chosen', 'rejected'], dpo, seed, header('TRL DPO config', dpo.examples, prefFile)), beta: BETA }) });

  // KTO
  const ktoFile = OUT.data('kto', 'train');
  const kto = schedule('kto', data.kto.records.train.length, longest(data.kto.records.train.map((r) => conversationTokens(withSystem(r.prompt, system), r.completion))));
  plan.schedules.kto = kto;
  const good = data.kto.records.train.filter((r) => r.label).length;
  files.push({
    path: OUT.trl.kto,
    content: trlYaml({
      ...run('kto', 'trl-kto', ktoFile, ['prompt', 'completion', 'label'], kto, seed, header('TRL KTO config', kto.examples, ktoFile)),
      beta: BETA,
      kto: ktoWeights(good, data.kto.records.train.length - good),
    }),
  });

  // reward models: one over every preference pair, one per value
  const reward = schedule('reward', data.preferences.records.train.length, prefTokens);
  plan.schedules.reward = reward;
  files.push({ path: OUT.trl.reward, content: trlYaml(run('reward', 'trl-reward', prefFile, ['prompt', 'chosen', 'rejected'], reward, seed, header('TRL reward model config (all values)', reward.examples, prefFile))) });
  for (const v of rewardData(values, data, system)) {
    const entry: TrainingPlan['rewardValues'][number] = { id: v.value.id, label: v.value.label, pairs: v.pairs.length, config: null };
    plan.rewardValues.push(entry);
    if (!v.pairs.length) continue;
    files.push({ path: OUT.reward.pairs(v.value.id), content: jsonl(v.pairs) });
    const s = schedule('reward', v.pairs.length, longest(v.pairs.map(pairTokens)));
    const path = OUT.trl.rewardPerValue(v.value.id);
    entry.config = path;
    files.push({
      path,
      content: trlYaml(run('reward', `trl-reward/${v.value.id}`, OUT.reward.pairs(v.value.id), ['prompt', 'chosen', 'rejected'], s, seed, [
        `TRL reward model config for one value: ${v.value.label}. Run from compiled/; combine the value`,
        `models with instructor/reward/value-weights.json. Data: ${OUT.reward.pairs(v.value.id)} (${s.examples} pairs).`,
      ])),
    });
  }

  // Axolotl
  files.push({
    path: OUT.axolotl.sft,
    content: axolotlSft({ train: sftFile, validation: written.sft ? OUT.data('sft', 'validation') : null, schedule: sft, seed, header: header('Axolotl SFT config', sft.examples, sftFile, '--base-model') }),
  });
  const dpoTrain = data.preferences.records.train.map((r) => axolotlDpoRecord(r, system)).filter((r) => r !== undefined);
  const dpoValid = data.preferences.records.validation.map((r) => axolotlDpoRecord(r, system)).filter((r) => r !== undefined);
  files.push({ path: OUT.axolotl.dpoTrain, content: jsonl(dpoTrain) });
  if (dpoValid.length) files.push({ path: OUT.axolotl.dpoValidation, content: jsonl(dpoValid) });
  files.push({
    path: OUT.axolotl.dpo,
    content: axolotlDpo({
      train: OUT.axolotl.dpoTrain, validation: dpoValid.length ? OUT.axolotl.dpoValidation : null, schedule: dpo, seed, beta: BETA,
      header: header('Axolotl DPO config', dpoTrain.length, OUT.axolotl.dpoTrain, '--base-model'),
    }),
  });

  // OpenAI-format JSONL
  const chat = (rs: readonly SftRecord[]) => rs.map((r) => openAiChat(r, system)).filter((r) => r !== undefined);
  const prefs = (rs: readonly PreferenceRecord[]) => rs.map((r) => openAiPreference(r, system)).filter((r) => r !== undefined);
  files.push({ path: OUT.openai.sftTrain, content: jsonl(chat(data.sft.records.train)) });
  files.push({ path: OUT.openai.preferenceTrain, content: jsonl(prefs(data.preferences.records.train)) });
  if (data.sft.records.validation.length) files.push({ path: OUT.openai.sftValidation, content: jsonl(chat(data.sft.records.validation)) });
  if (data.preferences.records.validation.length) files.push({ path: OUT.openai.preferenceValidation, content: jsonl(prefs(data.preferences.records.validation)) });
  files.push({ path: OUT.openai.submit, content: openAiSubmitScript(seed) });
  return plan;
}

function run(method: Method, name: string, dataFile: string, columns: string[], s: Schedule, seed: number, header: string[]): TrlRun {
  return { method, name, dataFile, columns, schedule: s, seed, header };
}

const longest = (xs: readonly number[]): number => xs.reduce((m, x) => (x > m ? x : m), 0);

function openAiSubmitScript(seed: number): string {
  return `#!/bin/sh
# Uploads the OpenAI-format files and starts a fine-tuning job on any service with the OpenAI fine-tuning API.
# Usage, from compiled/:  sh instructor/openai/submit.sh sft|preference [model]
# Needs OPENAI_API_KEY; OPENAI_BASE_URL selects another compatible service.
set -eu
kind="$1"
model="\${2:-gpt-4.1-mini-2025-04-14}"
base="\${OPENAI_BASE_URL:-https://api.openai.com/v1}"
dir="$(cd "$(dirname "$0")" && pwd)"
upload() {
  curl -sS "$base/files" -H "Authorization: Bearer $OPENAI_API_KEY" -F purpose=fine-tune -F "file=@$1" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])'
}
case "$kind" in
  sft) method='{"type": "supervised"}' ;;
  preference) method='{"type": "dpo", "dpo": {"hyperparameters": {"beta": ${BETA}}}}' ;;
  *) echo "usage: $0 sft|preference [model]" >&2; exit 2 ;;
esac
train="$(upload "$dir/$kind.train.jsonl")"
valid=""
if [ -s "$dir/$kind.validation.jsonl" ]; then valid=", \\"validation_file\\": \\"$(upload "$dir/$kind.validation.jsonl")\\""; fi
curl -sS "$base/fine_tuning/jobs" -H "Authorization: Bearer $OPENAI_API_KEY" -H "Content-Type: application/json" \\
  -d "{\\"model\\": \\"$model\\", \\"training_file\\": \\"$train\\"$valid, \\"method\\": $method, \\"seed\\": ${seed}}"
echo
`;
}

export { readView } from './view.js';
export { valuesOf } from './values.js';
export { valueWeights } from './weights.js';
export { systemPrompt } from './system-prompt.js';
