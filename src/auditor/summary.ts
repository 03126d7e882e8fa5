/**
 * The summary of a run: how many cases were graded and passed, the pass rate (0–1), and pass rates by case
 * type, rule (norm IRI), red-team variant and section; with a baseline, the baseline's figures and the four
 * outcomes of each case side by side (both pass, only the baseline passes, only the aligned model passes,
 * both fail — the comparison the Alignment Studio paper reports). Cases the model was trained on (their
 * failures fed back into its training data) count in the headline figures but are also summarised apart:
 * `trained` (retention) and `held_out` (the headline figures without them: generalisation).
 */
import type { AuditCase } from '../backends/auditor/schema.js';
import type { CaseResult, Role } from './results.js';
import { resultKey } from './results.js';

export interface Tally {
  cases: number;
  passed: number;
}

export const OUTCOMES = ['both_pass', 'only_baseline', 'only_aligned', 'both_fail'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface RoleSummary {
  model: string;
  cases: number;
  passed: number;
  pass_rate: number;
  /** Requests that failed after every retry (not graded; a resumed run retries them). */
  errors: number;
  by_type: Record<string, number>;
  by_norm: Record<string, number>;
  by_variant: Record<string, number>;
  by_section: Record<string, number>;
  /** The counts behind the rates. */
  counts: { by_type: Record<string, Tally>; by_norm: Record<string, Tally>; by_variant: Record<string, Tally>; by_section: Record<string, Tally> };
  /** How the graded cases were decided: by the checks, by the judge, or by the checks where a judge was wanted. */
  graded_by: Record<string, number>;
}

/** The audited model's figures over a subset of the cases. */
export interface SubsetSummary {
  cases: number;
  passed: number;
  pass_rate: number;
}

export interface HeldOutSummary extends SubsetSummary {
  by_type: Record<string, number>;
  by_norm: Record<string, number>;
}

export interface Summary extends RoleSummary {
  run: string;
  /** Graded cases the audited model was trained on (zero when no feedback was merged). */
  trained: SubsetSummary;
  /** The headline figures without the trained-on cases (the same as them when none was trained on). */
  held_out: HeldOutSummary;
  suite: { cases: number; sha256: string };
  judge_model: string | null;
  baseline: RoleSummary | null;
  /** Per case graded for both models; totals and by case type. */
  outcomes: { total: Record<Outcome, number>; by_type: Record<string, Record<Outcome, number>> } | null;
}

export const rate = (t: Tally): number => (t.cases ? Math.round((t.passed / t.cases) * 10000) / 10000 : 0);

const sortKeys = <T>(o: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function tallyInto(map: Record<string, Tally>, key: string, pass: boolean): void {
  const t = (map[key] ??= { cases: 0, passed: 0 });
  t.cases++;
  if (pass) t.passed++;
}

const rates = (m: Record<string, Tally>): Record<string, number> => sortKeys(Object.fromEntries(Object.entries(m).map(([k, t]) => [k, rate(t)])));

export function summariseRole(cases: readonly AuditCase[], results: ReadonlyMap<string, CaseResult>, role: Role, model: string, errors: number): RoleSummary {
  const counts = { by_type: {}, by_norm: {}, by_variant: {}, by_section: {} } as RoleSummary['counts'];
  const total: Tally = { cases: 0, passed: 0 };
  const gradedBy: Record<string, number> = {};
  for (const c of cases) {
    const r = results.get(resultKey(role, c.id));
    if (!r?.grade) continue;
    const pass = r.grade.pass;
    total.cases++;
    if (pass) total.passed++;
    gradedBy[r.grade.by] = (gradedBy[r.grade.by] ?? 0) + 1;
    tallyInto(counts.by_type, c.type, pass);
    tallyInto(counts.by_variant, c.variant, pass);
    tallyInto(counts.by_section, c.section, pass);
    for (const n of c.norms) tallyInto(counts.by_norm, n, pass);
  }
  return {
    model,
    cases: total.cases,
    passed: total.passed,
    pass_rate: rate(total),
    errors,
    by_type: rates(counts.by_type),
    by_norm: rates(counts.by_norm),
    by_variant: rates(counts.by_variant),
    by_section: rates(counts.by_section),
    counts: {
      by_type: sortKeys(counts.by_type),
      by_norm: sortKeys(counts.by_norm),
      by_variant: sortKeys(counts.by_variant),
      by_section: sortKeys(counts.by_section),
    },
    graded_by: sortKeys(gradedBy),
  };
}

/** The outcome of one case for the two models, when both were graded. */
export function outcomeOf(aligned: boolean, baseline: boolean): Outcome {
  return aligned ? (baseline ? 'both_pass' : 'only_aligned') : baseline ? 'only_baseline' : 'both_fail';
}

export interface SummaryInput {
  run: string;
  suiteSha256: string;
  cases: readonly AuditCase[];
  results: ReadonlyMap<string, CaseResult>;
  errors: ReadonlyMap<string, CaseResult>;
  model: string;
  baselineModel?: string;
  judgeModel?: string;
  /** Ids of the cases the audited model was trained on. */
  trained?: ReadonlySet<string>;
}

export function summarise(input: SummaryInput): Summary {
  const errorsOf = (role: Role) => [...input.errors.values()].filter((r) => r.role === role).length;
  const aligned = summariseRole(input.cases, input.results, 'aligned', input.model, errorsOf('aligned'));
  let baseline: RoleSummary | null = null;
  let outcomes: Summary['outcomes'] = null;
  if (input.baselineModel) {
    baseline = summariseRole(input.cases, input.results, 'baseline', input.baselineModel, errorsOf('baseline'));
    const zero = (): Record<Outcome, number> => ({ both_pass: 0, only_baseline: 0, only_aligned: 0, both_fail: 0 });
    const total = zero();
    const byType: Record<string, Record<Outcome, number>> = {};
    for (const c of input.cases) {
      const a = input.results.get(resultKey('aligned', c.id))?.grade;
      const b = input.results.get(resultKey('baseline', c.id))?.grade;
      if (!a || !b) continue;
      const o = outcomeOf(a.pass, b.pass);
      total[o]++;
      (byType[c.type] ??= zero())[o]++;
    }
    outcomes = { total, by_type: sortKeys(byType) };
  }
  const trainedIds = input.trained ?? new Set<string>();
  const trained = summariseRole(input.cases.filter((c) => trainedIds.has(c.id)), input.results, 'aligned', input.model, 0);
  const held = summariseRole(input.cases.filter((c) => !trainedIds.has(c.id)), input.results, 'aligned', input.model, 0);
  return {
    run: input.run,
    suite: { cases: input.cases.length, sha256: input.suiteSha256 },
    ...aligned,
    trained: { cases: trained.cases, passed: trained.passed, pass_rate: trained.pass_rate },
    held_out: { cases: held.cases, passed: held.passed, pass_rate: held.pass_rate, by_type: held.by_type, by_norm: held.by_norm },
    judge_model: input.judgeModel ?? null,
    baseline,
    outcomes,
  };
}
