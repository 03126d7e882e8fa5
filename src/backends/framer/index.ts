/**
 * The Framer back end (Alignment Studio's Framers, arXiv 2403.09704 §3): from the reasoned graph to instruction
 * data (`framer/sft.jsonl`), scenario data (`framer/scenarios.jsonl`), preference data (`framer/preferences.jsonl`,
 * `framer/kto.jsonl`), each record marked with its split (`split`: train / validation / held-out; one copy of
 * every record, readers select by that field) and coverage (`framer/coverage.json`). Reads the graph only;
 * deterministic for a seed; optional augmentation through the model layer. The failures of earlier audits
 * (`BackendInput.feedback`) are merged in as training data, outside the split.
 */
import type { Diagnostic } from '../../ir/index.js';
import { diag } from '../../ir/index.js';
import type { Backend, BackendInput, BackendOutput, OutputFile } from '../types.js';
import type { AugmentOptions, AugmentStats } from './augment.js';
import { augment, augmentOptionsFromEnv } from './augment.js';
import { makeCtx } from './context.js';
import type { Coverage, FramerData } from './coverage.js';
import { computeCoverage } from './coverage.js';
import { feedbackItems } from './feedback.js';
import { ktoItems, preferencePairs } from './preferences.js';
import { conflictQuestions, normQuestions, phrasingsFor } from './questions.js';
import type { AnswerInput } from './answers.js';
import type { Label, SftItem, Traced } from './records.js';
import { textKey } from './records.js';
import { judgeAll, scenarioRecords } from './scenarios.js';
import { KtoRecordSchema, PreferenceRecordSchema, ScenarioRecordSchema, SftRecordSchema } from './schemas.js';
import { ktoRecord, preferenceRecord, scenarioRecord, sftRecord } from './serialize.js';
import type { Limits } from './situations.js';
import { DEFAULT_LIMITS } from './situations.js';
import type { SplitRatios } from './split.js';
import { assignSplits, DEFAULT_RATIOS } from './split.js';
import { summaries } from './summaries.js';
import { readView } from './view.js';

export interface FramerOptions {
  limits?: Partial<Limits>;
  ratios?: SplitRatios;
  /** Model augmentation; off when absent. */
  augment?: AugmentOptions;
}

export interface FramerOutput {
  files: OutputFile[];
  diagnostics: Diagnostic[];
  coverage: Coverage;
}

/** The output files, relative to the compile's output directory. Each JSON Lines file holds every record of
 * its kind, train, validation and held-out alike, told apart by the record's `split` field. */
export const FRAMER_FILES = {
  sft: 'framer/sft.jsonl',
  scenarios: 'framer/scenarios.jsonl',
  preferences: 'framer/preferences.jsonl',
  kto: 'framer/kto.jsonl',
  coverage: 'framer/coverage.json',
} as const;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The first of records with the same id, and of conversations with the same user text. */
function dedupe<T extends Traced>(xs: T[], text?: (x: T) => string): T[] {
  const ids = new Set<string>();
  const texts = new Set<string>();
  return xs.filter((x) => {
    if (ids.has(x.id)) return false;
    const t = text ? textKey(text(x)) : undefined;
    if (t !== undefined && texts.has(t)) return false;
    ids.add(x.id);
    if (t !== undefined) texts.add(t);
    return true;
  });
}

export async function emitFramer(input: BackendInput, options: FramerOptions = {}): Promise<FramerOutput> {
  const view = readView(input.graph, input.ontology, input.seed);
  const ctx = makeCtx(view);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const diagnostics: Diagnostic[] = [];

  const scenarios = [];
  let sft: SftItem[] = [];
  const answers = new Map<string, { input: AnswerInput; label: Label }>();
  for (const j of judgeAll(ctx, limits)) {
    const r = scenarioRecords(ctx, j);
    scenarios.push(r.scenario);
    sft.push(r.sft);
    if (!answers.has(r.sft.id)) answers.set(r.sft.id, { input: r.input, label: j.label });
  }
  const phrasings = phrasingsFor(limits.questionBudget, view.norms.length);
  for (const e of view.norms) sft.push(...normQuestions(ctx, e, phrasings));
  for (const c of view.conflicts) sft.push(...conflictQuestions(ctx, c, phrasings));
  sft.push(...summaries(ctx, phrasings));

  let stats: AugmentStats = { sft: 0, scenarios: 0, rejected: 0, duplicates: 0 };
  if (options.augment) {
    const a = await augment(ctx, { sft, scenarios, answers }, options.augment);
    sft = [...sft, ...a.sft];
    scenarios.push(...a.scenarios);
    for (const [id, answer] of a.answers) answers.set(id, answer);
    diagnostics.push(...a.diagnostics);
    stats = a.stats;
  }

  sft = dedupe(sft, (x) => x.user);
  const preferences = sft.filter((s) => answers.has(s.id)).flatMap((s) => preferencePairs(ctx, s, answers.get(s.id)!.input, answers.get(s.id)!.label));
  const data: FramerData = {
    sft: sft.sort(byId),
    scenarios: dedupe(scenarios).sort(byId),
    preferences: dedupe(preferences).sort(byId),
    kto: ktoItems(preferences).sort(byId),
  };
  const split = assignSplits([...data.sft, ...data.scenarios, ...data.preferences, ...data.kto], input.seed, options.ratios ?? DEFAULT_RATIOS);
  // audit feedback: training data after the split is made, so it moves no generated record between splits
  const given = input.feedback?.length ? feedbackItems(view, input.feedback) : undefined;
  if (given) {
    data.sft = [...data.sft, ...given.sft].sort(byId);
    data.preferences = [...data.preferences, ...given.preferences].sort(byId);
    data.kto = [...data.kto, ...given.kto].sort(byId);
    diagnostics.push(...given.diagnostics);
  }
  const { coverage, diagnostics: uncovered } = computeCoverage(ctx, data, split, stats, given);
  diagnostics.push(...uncovered);

  const formats = {
    sft: { of: sftRecord, schema: SftRecordSchema },
    scenarios: { of: scenarioRecord, schema: ScenarioRecordSchema },
    preferences: { of: preferenceRecord, schema: PreferenceRecordSchema },
    kto: { of: ktoRecord, schema: KtoRecordSchema },
  } as const;
  const files: OutputFile[] = [];
  for (const name of Object.keys(formats) as (keyof FramerData)[]) {
    const { of, schema } = formats[name] as unknown as { of: (r: Traced) => unknown; schema: { safeParse(x: unknown): { success: boolean; error?: { message: string } } } };
    const lines: string[] = [];
    for (const r of data[name] as Traced[]) {
      const json = of(r);
      const checked = schema.safeParse(json);
      if (!checked.success) {
        diagnostics.push(diag('RC5002', `${r.id} does not match the ${name} record schema: ${checked.error?.message ?? ''}`, undefined, { severity: 'error', nodes: r.provenance.norms }));
        continue;
      }
      lines.push(JSON.stringify(json) + '\n');
    }
    files.push({ path: FRAMER_FILES[name], content: lines.join('') });
  }
  files.push({ path: FRAMER_FILES.coverage, content: JSON.stringify(coverage, null, 2) + '\n' });
  return { files, diagnostics, coverage };
}

/** A Framer back end with fixed options, or options read when it runs. */
export function createFramerBackend(options: FramerOptions | (() => FramerOptions) = {}): Backend {
  return {
    name: 'framer',
    async emit(input: BackendInput): Promise<BackendOutput> {
      const out = await emitFramer(input, typeof options === 'function' ? options() : options);
      const c = out.coverage;
      return { files: out.files, diagnostics: out.diagnostics, metrics: metricsOf(c) };
    },
  };
}

/** The figures `manifest.json` lists for the Framer. */
export function metricsOf(c: Coverage): Record<string, number> {
  const feedback: Record<string, number> = c.feedback ? { feedback_records: c.feedback.merged } : {};
  return {
    ...feedback,
    sft_records: c.summary.records.sft,
    scenario_records: c.summary.records.scenarios,
    preference_records: c.summary.records.preferences,
    kto_records: c.summary.records.kto,
    sft_per_norm: c.summary.perNorm.sft,
    scenarios_per_norm: c.summary.perNorm.scenarios,
    norm_coverage_percent: c.summary.norms.percent,
    concept_coverage_percent: c.summary.concepts.percent,
    conflict_coverage_percent: c.summary.conflicts.percent,
    heldout_overlap_ngram: c.split.overlap.n,
  };
}

/** The back end `BACKENDS` runs: augmentation only when `REGC_AUGMENT=1` and an endpoint and model are set. */
export const framerBackend = createFramerBackend(() => {
  const augment = augmentOptionsFromEnv(process.env);
  return augment ? { augment } : {};
});

export { readView } from './view.js';
export type { FramerView } from './view.js';
export type { Coverage, FramerData } from './coverage.js';
export type { Limits } from './situations.js';
export type { SplitRatios } from './split.js';
export type { AugmentOptions } from './augment.js';
export { SYSTEM_SLOT } from './schemas.js';
