/**
 * Every path the Instructor back end reads or writes, relative to the output directory (`compiled/`): the
 * Framer's data it configures trainers for, and its own files. One place, so a change of layout is one edit.
 */

/** The Framer's files (see `src/backends/framer/`): each holds every record of its kind, marked with its
 * `split`; the Instructor selects train and validation records by that field and never reads held-out ones. */
export const FRAMER = {
  sft: 'framer/sft.jsonl',
  scenarios: 'framer/scenarios.jsonl',
  preferences: 'framer/preferences.jsonl',
  kto: 'framer/kto.jsonl',
  coverage: 'framer/coverage.json',
} as const;

export type FramerDataset = 'sft' | 'preferences' | 'kto';
export type Split = 'train' | 'validation' | 'heldout';

/** The root of this back end's output. */
export const ROOT = 'instructor';

export const OUT = {
  readme: `${ROOT}/README.md`,
  /** The Framer's conversations with the system slot filled, the columns trainers read and the record id. */
  data: (dataset: FramerDataset, split: 'train' | 'validation') => `${ROOT}/data/${dataset}.${split}.jsonl`,
  trl: {
    sft: `${ROOT}/trl/sft.yaml`,
    dpo: `${ROOT}/trl/dpo.yaml`,
    kto: `${ROOT}/trl/kto.yaml`,
    reward: `${ROOT}/trl/reward.yaml`,
    rewardPerValue: (value: string) => `${ROOT}/trl/reward/${value}.yaml`,
  },
  reward: {
    weights: `${ROOT}/reward/value-weights.json`,
    pairs: (value: string) => `${ROOT}/reward/${value}/pairs.jsonl`,
  },
  axolotl: {
    sft: `${ROOT}/axolotl/sft.yaml`,
    dpo: `${ROOT}/axolotl/dpo.yaml`,
    dpoTrain: `${ROOT}/axolotl/data/dpo.train.jsonl`,
    dpoValidation: `${ROOT}/axolotl/data/dpo.validation.jsonl`,
  },
  openai: {
    sftTrain: `${ROOT}/openai/sft.train.jsonl`,
    sftValidation: `${ROOT}/openai/sft.validation.jsonl`,
    preferenceTrain: `${ROOT}/openai/preference.train.jsonl`,
    preferenceValidation: `${ROOT}/openai/preference.validation.jsonl`,
    submit: `${ROOT}/openai/submit.sh`,
  },
  instructlab: {
    root: `${ROOT}/instructlab`,
    taxonomy: `${ROOT}/instructlab/taxonomy`,
    qna: (domainPath: string) => `${ROOT}/instructlab/taxonomy/knowledge/${domainPath}/qna.yaml`,
    documents: `${ROOT}/instructlab/documents`,
    document: (docId: string) => `${ROOT}/instructlab/documents/${docId}.md`,
    publish: `${ROOT}/instructlab/publish.sh`,
  },
  context: {
    systemPrompt: `${ROOT}/context/system-prompt.md`,
    retrieval: `${ROOT}/context/retrieval.jsonl`,
  },
  guard: {
    llamaGuardCategories: `${ROOT}/guard/llama-guard/categories.txt`,
    llamaGuardPrompt: `${ROOT}/guard/llama-guard/prompt.txt`,
    llamaGuardJson: `${ROOT}/guard/llama-guard/categories.json`,
    granite: `${ROOT}/guard/granite-guardian/risks.json`,
    nemoConfig: `${ROOT}/guard/nemo-guardrails/config.yml`,
    nemoPrompts: `${ROOT}/guard/nemo-guardrails/prompts.yml`,
  },
} as const;

/** Where training runs write checkpoints, relative to the working directory (`compiled/`). */
export const RUNS = 'runs';
