/**
 * The generated `compiled/instructor/README.md`: for each alignment method the exact command, what it needs
 * installed and which files it reads; the data sizes and scaled hyperparameters behind the configs; the
 * system prompt's token count; and every file of the directory with its size.
 */
import type { OutputFile } from '../types.js';
import type { TrainingPlan } from './index.js';
import { OUT, ROOT, RUNS } from './paths.js';
import { DEFAULT_BASE_MODEL } from './trl.js';
import { NEMO_DEFAULT_MODEL } from './guards.js';
import type { View } from './view.js';
import { docTitle } from './view.js';

export interface ReadmeInput {
  view: View;
  files: readonly OutputFile[];
  plan: TrainingPlan;
  systemPromptTokens: number;
  tokenizer: string;
  instructlabSkipped: { document: string; reason: string }[];
  units: number;
}

const TRL = 'pip install "trl>=0.24" peft accelerate';
const AXOLOTL = 'pip install axolotl (see its docs for the CUDA build)';

export function instructorReadme(r: ReadmeInput): string {
  const { plan } = r;
  const d = plan.data;
  const L: string[] = [];
  const p = (...lines: string[]) => L.push(...lines);
  const rewardConfigs = plan.rewardValues.filter((v) => v.config);
  p(
    '# Instructor outputs',
    '',
    `Compiled by regc from ${r.view.documents.length} regulations (${r.view.documents.map(docTitle).join('; ')}): ` +
      `${r.view.rules.length} norms, ${r.view.conflicts.length} conflicts. Generated file: do not edit, recompile.`,
    '',
    'Every path below is relative to `compiled/`, and every command runs from `compiled/`: the configs read the',
    'files here, which hold the Framer\'s train and validation records (selected from `framer/*.jsonl` by their',
    '`split`; never the held-out ones) with the system slot filled. Copy the whole `compiled/` directory to the GPU',
    `machine. Training runs write to \`${RUNS}/\` under \`compiled/\`; keep checkpoints elsewhere before recompiling.`,
    '',
    `Default base model: \`${DEFAULT_BASE_MODEL}\`. Override it on the command line: \`--model_name_or_path NAME\``,
    '(TRL) or `--base-model NAME` (Axolotl); the configs need no editing.',
    '',
    '## Data and hyperparameters',
    '',
    '| data | train | validation | held out (never trained on) | read from |',
    '| --- | ---: | ---: | ---: | --- |',
    `| instruction (SFT) | ${d.sft.train} | ${d.sft.validation} | ${d.sft.heldout} | \`${d.sft.file ?? '-'}\` |`,
    `| preference pairs | ${d.preferences.train} | ${d.preferences.validation} | ${d.preferences.heldout} | \`${d.preferences.file ?? '-'}\` |`,
    `| KTO (binary) | ${d.kto.train} | ${d.kto.validation} | ${d.kto.heldout} | \`${d.kto.file ?? '-'}\` |`,
    '',
    'Hyperparameters scale with the number of training examples: 3 epochs up to 2,000 examples (2 for',
    'preference methods), 2 up to 20,000, then 1; an effective batch of about 1% of the data (8 to 64); LoRA rank',
    '16 below 5,000 examples, 32 below 50,000, else 64 (alpha twice the rank); warm-up 5% of the steps; the',
    `maximum length is the longest record's tokens (${r.tokenizer}, plus 25%) rounded up to a power of two.`,
    '',
    '| method | examples | epochs | batch (device x accumulation) | steps | learning rate | LoRA r | max length |',
    '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |',
  );
  for (const [m, s] of Object.entries(plan.schedules)) {
    p(`| ${m} | ${s.examples} | ${s.epochs} | ${s.perDeviceBatch} x ${s.gradientAccumulation} | ${s.steps} | ${s.learningRate} | ${s.loraR} | ${s.maxLength} |`);
  }
  p(
    '',
    '## Supervised fine-tuning',
    '',
    `- TRL — needs \`${TRL}\`; reads \`${OUT.trl.sft}\`, \`${d.sft.file}\`:`,
    '',
    '  ```sh',
    `  trl sft --config ${OUT.trl.sft}`,
    '  ```',
    '',
    `- Axolotl — needs \`${AXOLOTL}\`; reads \`${OUT.axolotl.sft}\`, \`${d.sft.file}\` (and the validation split when the Framer writes one):`,
    '',
    '  ```sh',
    `  axolotl train ${OUT.axolotl.sft}`,
    '  ```',
    '',
    `- Hosted fine-tuning (OpenAI format; assistant turns weighted so only the final answer is learned) — needs`,
    `  \`curl\`, \`python3\` and \`OPENAI_API_KEY\` (\`OPENAI_BASE_URL\` for another compatible service); reads`,
    `  \`${OUT.openai.sftTrain}\` and \`${OUT.openai.sftValidation}\` if present:`,
    '',
    '  ```sh',
    `  sh ${OUT.openai.submit} sft`,
    '  ```',
    '',
    '## Preference optimisation',
    '',
    `- TRL DPO — needs \`${TRL}\`; reads \`${OUT.trl.dpo}\`, \`${d.preferences.file}\`:`,
    '',
    '  ```sh',
    `  trl dpo --config ${OUT.trl.dpo}`,
    '  ```',
    '',
    `- TRL KTO — needs \`${TRL}\`; reads \`${OUT.trl.kto}\`, \`${d.kto.file}\` (desirable/undesirable weights set from the label balance):`,
    '',
    '  ```sh',
    `  trl kto --config ${OUT.trl.kto}`,
    '  ```',
    '',
    `- Axolotl DPO — needs \`${AXOLOTL}\`; reads \`${OUT.axolotl.dpo}\`, \`${OUT.axolotl.dpoTrain}\` (the Framer's pairs as prompt messages plus one chosen and one rejected message):`,
    '',
    '  ```sh',
    `  axolotl train ${OUT.axolotl.dpo}`,
    '  ```',
    '',
    `- Hosted preference fine-tuning — reads \`${OUT.openai.preferenceTrain}\` (\`input\`, \`preferred_output\`, \`non_preferred_output\`):`,
    '',
    '  ```sh',
    `  sh ${OUT.openai.submit} preference`,
    '  ```',
    '',
    '## Reward models, one per value',
    '',
    'A value is a rule family: the top-level section a norm is written in. Its reward data is the training',
    `preference pairs about its norms (\`${ROOT}/reward/VALUE/pairs.jsonl\`: prompt, chosen, rejected — a binary`,
    'judgement per pair, the chosen answer right and the rejected one wrong), which its `trl reward` config reads.',
    '`' + OUT.reward.weights + '` says which value wins when they conflict: every',
    'resolved conflict between norms of two values makes the winner\'s value prevail, and a value weighs 1 plus',
    'the weights of all values it prevails over, so that the weighted sum of rewards in [0, 1] puts it first.',
    '',
    `Needs \`${TRL}\`. All values at once (reads \`${OUT.trl.reward}\`, \`${d.preferences.file}\`):`,
    '',
    '```sh',
    `trl reward --config ${OUT.trl.reward}`,
    '```',
    '',
    `One model per value (${rewardConfigs.length} configs in \`${ROOT}/trl/reward/\`, each reading its \`pairs.jsonl\`):`,
    '',
    '```sh',
    `for f in ${ROOT}/trl/reward/*.yaml; do trl reward --config "$f"; done`,
    '```',
    '',
    '| value | pairs | config |',
    '| --- | ---: | --- |',
    ...plan.rewardValues.map((v) => `| ${v.label} | ${v.pairs} | ${v.config ? `\`${v.config}\`` : 'none (no pairs)'} |`),
    '',
    '## InstructLab knowledge',
    '',
    `${r.units} knowledge \`qna.yaml\` files (taxonomy version 3) under \`${OUT.instructlab.taxonomy}/knowledge/\`, one per`,
    `regulation section (small sections joined with the next), and the documents they quote in \`${OUT.instructlab.documents}/\`.`,
    'InstructLab reads the documents from a git repository: `document.repo` and `document.commit` hold placeholders',
    'until `publish.sh` pushes the documents to a repository you own and writes its URL and commit into every file.',
    'Needs `git` and `pip install instructlab`:',
    '',
    '```sh',
    `sh ${OUT.instructlab.publish} git@example.com:you/regc-knowledge.git`,
    `ilab taxonomy diff --taxonomy-path ${OUT.instructlab.taxonomy} --taxonomy-base empty`,
    `ilab data generate --taxonomy-path ${OUT.instructlab.taxonomy} --taxonomy-base empty`,
    '```',
    ...(r.instructlabSkipped.length ? ['', 'Not in the taxonomy (too little to seed five examples):', ...r.instructlabSkipped.map((s) => `- ${s.document}: ${s.reason}`)] : []),
    '',
    '## In-context alignment',
    '',
    `- \`${OUT.context.systemPrompt}\`: the rules in precedence order and how their conflicts are decided —`,
    `  **${r.systemPromptTokens} tokens** (${r.tokenizer}). Use it as the system message of any chat model; nothing to install.`,
    `- \`${OUT.context.retrieval}\`: one record per clause (\`id\`, \`text\`, \`contents\` to embed, \`metadata\`: document,`,
    '  section path, authority, effective date, source line, norms, conflicts) for retrieval baselines; load it into',
    '  any vector store, e.g. `python -c "import json; docs=[json.loads(l) for l in open(\'' + OUT.context.retrieval + '\')]"`.',
    '',
    '## Guard models',
    '',
    `- Llama Guard: \`${OUT.guard.llamaGuardCategories}\` is the category list (\`S1: Name.\` and its description) built`,
    `  from the prohibitions; \`${OUT.guard.llamaGuardPrompt}\` is the full custom-policy prompt with \`{role}\` (User or`,
    '  Agent) and `{conversation}` to fill; `categories.json` maps categories to norms. Needs `pip install transformers`:',
    '',
    '  ```sh',
    '  python -c "import sys; from transformers import pipeline; p=open(\'' + OUT.guard.llamaGuardPrompt + '\').read().replace(\'{role}\',\'User\').replace(\'{conversation}\',\'User: \'+sys.argv[1]); print(pipeline(\'text-generation\',\'meta-llama/Llama-Guard-3-8B\')(p,max_new_tokens=10,return_full_text=False)[0][\'generated_text\'])" "Can I accept a gift worth USD 300 from a supplier?"',
    '  ```',
    '',
    `- Granite Guardian: \`${OUT.guard.granite}\` lists \`risk_name\` / \`risk_definition\` pairs; pass one as`,
    '  `guardian_config` to the tokenizer\'s chat template of a Granite Guardian model (`pip install transformers`).',
    `- NeMo Guardrails: \`${ROOT}/guard/nemo-guardrails/\` (config.yml with self-check input and output rails,`,
    `  prompts.yml carrying the policy; main model \`${NEMO_DEFAULT_MODEL.model}\` through \`${NEMO_DEFAULT_MODEL.engine}\`, needs`,
    '  `OPENAI_API_KEY`). Needs `pip install nemoguardrails`:',
    '',
    '  ```sh',
    `  nemoguardrails chat --config ${ROOT}/guard/nemo-guardrails`,
    '  ```',
    '',
    '## Files',
    '',
    '| file | bytes |',
    '| --- | ---: |',
    ...[...r.files]
      .filter((f) => f.path.startsWith(`${ROOT}/`))
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map((f) => `| \`${f.path}\` | ${Buffer.byteLength(f.content)} |`),
    '',
  );
  return L.join('\n');
}
