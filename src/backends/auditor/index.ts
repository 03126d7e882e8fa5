/**
 * The Auditor back end (Alignment Studio's Auditors, arXiv 2403.09704): the audit suite compiled from the
 * Framer's held-out split and the reasoned graph — rule questions, scenario judgements, precedence cases,
 * needs-more-information cases, over-refusal probes and forbidden requests, each with red-team variants that
 * keep its expected behaviour — and its exports: `auditor/suite.jsonl`, `auditor/promptfooconfig.yaml`,
 * `auditor/inspect.jsonl`, `auditor/stats.json`; and the feedback of earlier audits carried forward as
 * `framer/feedback.jsonl`. Reads the graph and the files of earlier back ends only.
 */
import type { Diagnostic } from '../../ir/index.js';
import { diag } from '../../ir/index.js';
import type { Backend, BackendInput, BackendOutput, OutputFile } from '../types.js';
import { readView } from '../framer/view.js';
import { makeAuditCtx } from './context.js';
import type { CaseDraft } from './draft.js';
import { finish, sortedUniq, uniq } from './draft.js';
import { modelProhibitionCases, precedenceCases, uncoveredNormCases } from './graph-cases.js';
import { readHeldOut } from './heldout.js';
import { heldOutCases } from './heldout-cases.js';
import { inspectJsonl } from './inspect.js';
import { promptfooYaml } from './promptfoo.js';
import { DEFAULT_RED_TEAM, variantsOf } from './redteam.js';
import type { RedTeamOptions } from './redteam.js';
import { CASE_TYPES, VARIANTS, caseSchema, feedbackSchema } from './schema.js';
import type { AuditCase, FeedbackRecord } from './schema.js';

export const AUDITOR_FILES = {
  suite: 'auditor/suite.jsonl',
  promptfoo: 'auditor/promptfooconfig.yaml',
  inspect: 'auditor/inspect.jsonl',
  stats: 'auditor/stats.json',
  feedback: 'framer/feedback.jsonl',
} as const;

export interface AuditorOptions {
  redTeam?: Partial<RedTeamOptions>;
}

export interface SuiteStats {
  cases: number;
  base: number;
  by_type: Record<string, number>;
  by_variant: Record<string, number>;
  /** type → variant → cases. */
  by_type_and_variant: Record<string, Record<string, number>>;
  /** Norms of the graph and how many of them the suite tests. */
  norms: { total: number; tested: number };
  heldout: { files: string[]; records: number };
}

const typeOrder = new Map<string, number>(CASE_TYPES.map((t, i) => [t, i]));
const variantOrder = new Map<string, number>(VARIANTS.map((v, i) => [v, i]));

/** Cases grouped by type, each base case followed by its variants. */
function order(a: AuditCase, b: AuditCase): number {
  const t = typeOrder.get(a.type)! - typeOrder.get(b.type)!;
  if (t) return t;
  const ba = a.base ?? a.id;
  const bb = b.base ?? b.id;
  if (ba !== bb) return ba < bb ? -1 : 1;
  return variantOrder.get(a.variant)! - variantOrder.get(b.variant)!;
}

export interface AuditorOutput extends BackendOutput {
  cases: AuditCase[];
  stats: SuiteStats;
  diagnostics: Diagnostic[];
}

export function emitAuditor(input: BackendInput, options: AuditorOptions = {}): AuditorOutput {
  const view = readView(input.graph, input.ontology, input.seed);
  const ctx = makeAuditCtx(view, input.seed);
  const held = readHeldOut(input.emitted ?? []);
  const diagnostics: Diagnostic[] = [...held.diagnostics];
  const redTeam: RedTeamOptions = { ...DEFAULT_RED_TEAM, ...options.redTeam };

  const drafts: CaseDraft[] = [...heldOutCases(ctx, held), ...precedenceCases(ctx), ...modelProhibitionCases(ctx)];
  const covered = new Set(drafts.flatMap((d) => d.norms));
  drafts.push(...uncoveredNormCases(ctx, covered));

  // the same question asked for several norms is one case testing all of them
  const bases = new Map<string, CaseDraft>();
  for (const d of drafts) {
    const id = finish(d).id;
    const prior = bases.get(id);
    if (!prior) bases.set(id, d);
    else {
      prior.norms = uniq([...prior.norms, ...d.norms]);
      const p = prior.provenance;
      for (const k of ['norms', 'clauses', 'documents', 'conflicts', 'heldout'] as const) p[k] = sortedUniq([...p[k], ...d.provenance[k]]);
    }
  }
  const cases = new Map<string, AuditCase>();
  const add = (d: CaseDraft): AuditCase | undefined => {
    const c = finish(d);
    const checked = caseSchema.safeParse(c);
    if (!checked.success) {
      diagnostics.push(diag('RC5002', `audit case ${c.id} (${c.type}, ${c.variant}) does not match the suite format: ${checked.error.issues[0]?.message ?? ''}`, undefined, { severity: 'error', nodes: c.norms }));
      return undefined;
    }
    if (!cases.has(c.id)) cases.set(c.id, c);
    return c;
  };
  for (const d of bases.values()) {
    const base = add(d);
    if (base) for (const v of variantsOf(ctx, d, base.id, redTeam)) add(v);
  }
  const suite = [...cases.values()].sort(order);

  const stats: SuiteStats = {
    cases: suite.length,
    base: suite.filter((c) => c.variant === 'base').length,
    by_type: {},
    by_variant: {},
    by_type_and_variant: {},
    norms: { total: view.norms.length, tested: new Set(suite.flatMap((c) => c.norms)).size },
    heldout: { files: held.files, records: held.sft.length + held.scenarios.length },
  };
  for (const t of CASE_TYPES) {
    const of = suite.filter((c) => c.type === t);
    if (!of.length) continue;
    stats.by_type[t] = of.length;
    stats.by_type_and_variant[t] = {};
    for (const v of VARIANTS) {
      const n = of.filter((c) => c.variant === v).length;
      if (n) stats.by_type_and_variant[t]![v] = n;
    }
  }
  for (const v of VARIANTS) {
    const n = suite.filter((c) => c.variant === v).length;
    if (n) stats.by_variant[v] = n;
  }
  const untested = view.norms.filter((e) => !suite.some((c) => c.norms.includes(e.norm.iri)));
  for (const e of untested) diagnostics.push(diag('RC5001', `no audit case tests this norm`, e.norm.span, { nodes: [e.norm.iri] }));

  const files: OutputFile[] = [
    { path: AUDITOR_FILES.suite, content: suite.map((c) => JSON.stringify(c) + '\n').join('') },
    { path: AUDITOR_FILES.promptfoo, content: promptfooYaml(suite) },
    { path: AUDITOR_FILES.inspect, content: inspectJsonl(suite) },
    { path: AUDITOR_FILES.stats, content: JSON.stringify(stats, null, 2) + '\n' },
  ];
  const feedback = carriedFeedback(input.feedback ?? [], diagnostics);
  if (feedback.length) files.push({ path: AUDITOR_FILES.feedback, content: feedback.map((r) => JSON.stringify(r) + '\n').join('') });

  const metrics: Record<string, number> = { cases: stats.cases, base_cases: stats.base, feedback_records: feedback.length };
  for (const [t, n] of Object.entries(stats.by_type)) metrics[`type.${t}`] = n;
  for (const [v, n] of Object.entries(stats.by_variant)) metrics[`variant.${v}`] = n;
  return { files, metrics, diagnostics, cases: suite, stats };
}

/** The feedback records of earlier audits, valid ones only, one per id, sorted. */
function carriedFeedback(records: readonly FeedbackRecord[], diagnostics: Diagnostic[]): FeedbackRecord[] {
  const byId = new Map<string, FeedbackRecord>();
  let invalid = 0;
  for (const r of records) {
    const checked = feedbackSchema.safeParse(r);
    if (checked.success) byId.set(checked.data.id, checked.data);
    else invalid++;
  }
  if (invalid) diagnostics.push(diag('RC5002', `${invalid} audit feedback record${invalid === 1 ? '' : 's'} did not match the feedback format and were dropped`));
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function createAuditorBackend(options: AuditorOptions = {}): Backend {
  return {
    name: 'auditor',
    emit: (input: BackendInput): BackendOutput => {
      const { files, metrics, diagnostics } = emitAuditor(input, options);
      return { files, ...(metrics ? { metrics } : {}), diagnostics };
    },
  };
}

/** The back end `BACKENDS` runs (after the Framer, whose held-out split it reads). */
export const auditorBackend = createAuditorBackend();

export { caseSchema, feedbackSchema, CASE_TYPES, VARIANTS, VERDICTS } from './schema.js';
export type { AuditCase, Check, FeedbackRecord, CaseType, Variant, Verdict } from './schema.js';
export { RED_TEAM_VARIANTS, DEFAULT_RED_TEAM } from './redteam.js';
export type { RedTeamOptions } from './redteam.js';
