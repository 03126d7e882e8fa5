/**
 * Coverage of the training data: for every norm, every ontology concept a norm uses and every resolved
 * conflict, how many records of each file (and of the train split) name it; what is left uncovered (RC5001
 * diagnostics); label and tag balance; the split's sizes, its leak check and the longest n-gram held-out user
 * texts share with training user texts. Records merged from audit feedback count as training data but are left
 * out of the leak check and the n-gram overlap (they come from held-out audit cases by design); the `feedback`
 * section, present when feedback was given, says how many there are and which audit cases they hold.
 */
import type { Diagnostic } from '../../ir/index.js';
import { diag } from '../../ir/index.js';
import type { Ctx } from './context.js';
import type { Overlap } from './ngram.js';
import { longestSharedNgram } from './ngram.js';
import type { KtoItem, PreferenceItem, ScenarioItem, SftItem, Split, Traced } from './records.js';
import { LABELS, SPLITS } from './records.js';
import { conceptsOfNorm } from './view.js';

export interface FramerData {
  sft: SftItem[];
  scenarios: ScenarioItem[];
  preferences: PreferenceItem[];
  kto: KtoItem[];
}

interface Counts {
  sft: number;
  scenarios: number;
  preferences: number;
  kto: number;
  /** Records of every file in the train split. */
  train: number;
}

export interface Coverage {
  summary: {
    norms: { total: number; covered: number; percent: number };
    concepts: { total: number; covered: number; percent: number };
    conflicts: { resolved: number; covered: number; percent: number; unresolved: number };
    records: Record<keyof FramerData, number>;
    perNorm: { sft: number; scenarios: number };
  };
  splits: Record<Split, Record<keyof FramerData, number>>;
  split: {
    groups: number;
    movedForCoverage: number;
    leaks: { situations: number; userTexts: number };
    /** The longest word n-gram a held-out user text shares with a training user text. */
    overlap: OverlapReport;
    /** The same with quoted source text left out (questions that quote a rule share the quotation). */
    overlapWithoutQuotes: OverlapReport;
    /** Training records left out of the leak check and the overlap (present when feedback was given). */
    excluded?: { feedback: number };
  };
  labels: Record<string, number>;
  labelsBySplit: Record<Split, Record<string, number>>;
  tags: Record<string, number>;
  forms: Record<string, number>;
  errors: Record<string, number>;
  augmented: { sft: number; scenarios: number; rejected: number; duplicates: number };
  /** Per norm; `feedback`: audit feedback records merged about it (present when feedback was given). */
  norms: ({ iri: string; feedback?: number } & Counts)[];
  concepts: ({ iri: string; label: string; scheme: string } & Counts)[];
  conflicts: ({ iri: string; principle: string | null } & Counts)[];
  uncovered: { norms: string[]; concepts: string[]; conflicts: string[] };
  /** Audit feedback merged into the training data (present when feedback was given). */
  feedback?: FeedbackCoverage;
}

export interface FeedbackCoverage {
  /** Feedback records given (`framer/feedback.jsonl` of the previous output), merged, and left out. */
  given: number;
  merged: number;
  dropped: number;
  /** Every record made from feedback is training data. */
  split: 'train';
  /** Records made from the merged feedback, per file. */
  records: { sft: number; preferences: number; kto: number };
  /** The audit cases whose failures were merged: the cases an audit after training has trained on. */
  cases: string[];
  /** Held-out records sharing a user text with a feedback conversation (the held-out items trained on). */
  heldoutSharingUserText: number;
  /** Feedback records are left out of the held-out leak check and the n-gram overlap, which stay about the
   * generated split. */
  excludedFromLeakCheck: true;
  excludedFromOverlap: true;
}

/** What the back end knows of the feedback it was given. */
export interface FeedbackGiven {
  given: number;
  merged: number;
  cases: string[];
}

type OverlapReport = Omit<Overlap, 'heldout' | 'train'> & { heldoutId: string | null; trainId: string | null };

/** A text without its quotations. */
export const unquoted = (text: string): string => text.replace(/"[^"]*"/g, ' ');

const percent = (a: number, b: number) => (b === 0 ? 100 : Math.round((a / b) * 10_000) / 100);
/** Counts of each of `keys` (all present, in their order) among `xs`. */
const tallyIn = (keys: readonly string[], xs: readonly string[]): Record<string, number> => {
  const out: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
};
const tally = <T extends string>(xs: Iterable<T>): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const x of [...xs].sort()) out[x] = (out[x] ?? 0) + 1;
  return out;
};

export function computeCoverage(
  ctx: Ctx,
  data: FramerData,
  split: { groups: number; moved: number },
  augmented: Coverage['augmented'] = { sft: 0, scenarios: 0, rejected: 0, duplicates: 0 },
  feedback?: FeedbackGiven,
): { coverage: Coverage; diagnostics: Diagnostic[] } {
  const view = ctx.view;
  const files = Object.keys(data) as (keyof FramerData)[];
  const zero = (): Counts => ({ sft: 0, scenarios: 0, preferences: 0, kto: 0, train: 0 });
  const norms = new Map(view.norms.map((e) => [e.norm.iri, zero()]));
  const usedConcepts = new Set(view.norms.flatMap((e) => conceptsOfNorm(view, e.norm)));
  const concepts = new Map([...usedConcepts].sort().map((c) => [c, zero()]));
  const resolved = view.conflicts.filter((c) => c.resolution);
  const feedbackPerNorm = feedback ? feedbackByNorm(data) : new Map<string, Set<string>>();
  const conflicts = new Map(resolved.map((c) => [c.id, zero()]));
  for (const f of files) {
    for (const r of data[f] as Traced[]) {
      const train = r.split === 'train';
      const p = r.provenance;
      for (const [list, m] of [[p.norms, norms], [p.concepts, concepts], [p.conflicts, conflicts]] as const) {
        for (const k of list) {
          const c = m.get(k);
          if (!c) continue;
          c[f]++;
          if (train) c.train++;
        }
      }
    }
  }
  const uncovered = {
    norms: [...norms].filter(([, c]) => c.train === 0).map(([k]) => k),
    concepts: [...concepts].filter(([, c]) => c.train === 0).map(([k]) => k),
    conflicts: [...conflicts].filter(([, c]) => c.train === 0).map(([k]) => k),
  };
  const diagnostics: Diagnostic[] = [
    ...uncovered.norms.map((n) => diag('RC5001', `norm ${n} appears in no training record`, view.byIri.get(n)?.norm.span, { nodes: [n] })),
    ...uncovered.concepts.map((c) => diag('RC5001', `concept ${c} (${view.label(c)}) appears in no training record`, undefined, { nodes: [c] })),
    ...uncovered.conflicts.map((c) => {
      const first = view.conflicts.find((x) => x.id === c)?.norms[0];
      return diag('RC5001', `resolved conflict ${c} appears in no training record`, first ? view.byIri.get(first)?.norm.span : undefined, { nodes: [c] });
    }),
  ];

  const splits = Object.fromEntries(SPLITS.map((s) => [s, Object.fromEntries(files.map((f) => [f, (data[f] as Traced[]).filter((r) => r.split === s).length]))])) as Coverage['splits'];
  const leaks = leakCheck(data);
  const texts = (s: Split) => {
    const seen = new Map<string, string>();
    for (const r of data.sft) if (r.split === s && !r.audit && !seen.has(r.user)) seen.set(r.user, r.id);
    return [...seen];
  };
  const held = texts('heldout');
  const train = texts('train');
  const report = (f: (t: string) => string): OverlapReport => {
    const o = longestSharedNgram(held.map(([t]) => f(t)), train.map(([t]) => f(t)));
    return { n: o.n, ngram: o.ngram, heldoutId: held[o.heldout]?.[1] ?? null, trainId: train[o.train]?.[1] ?? null };
  };
  const coverage: Coverage = {
    summary: {
      norms: { total: norms.size, covered: norms.size - uncovered.norms.length, percent: percent(norms.size - uncovered.norms.length, norms.size) },
      concepts: { total: concepts.size, covered: concepts.size - uncovered.concepts.length, percent: percent(concepts.size - uncovered.concepts.length, concepts.size) },
      conflicts: { resolved: conflicts.size, covered: conflicts.size - uncovered.conflicts.length, percent: percent(conflicts.size - uncovered.conflicts.length, conflicts.size), unresolved: view.conflicts.length - resolved.length },
      records: Object.fromEntries(files.map((f) => [f, data[f].length])) as Record<keyof FramerData, number>,
      perNorm: {
        sft: view.norms.length ? Math.round((data.sft.length / view.norms.length) * 100) / 100 : 0,
        scenarios: view.norms.length ? Math.round((data.scenarios.length / view.norms.length) * 100) / 100 : 0,
      },
    },
    splits,
    split: {
      groups: split.groups,
      movedForCoverage: split.moved,
      leaks,
      overlap: report((t) => t),
      overlapWithoutQuotes: report(unquoted),
      ...(feedback ? { excluded: { feedback: files.reduce((n, f) => n + (data[f] as Traced[]).filter((r) => r.audit).length, 0) } } : {}),
    },
    labels: tallyIn(LABELS, data.scenarios.map((s) => s.label)),
    labelsBySplit: Object.fromEntries(SPLITS.map((s) => [s, tallyIn(LABELS, data.scenarios.filter((x) => x.split === s).map((x) => x.label))])) as Coverage['labelsBySplit'],
    tags: tally(data.scenarios.flatMap((s) => s.tags)),
    forms: tally(data.sft.map((s) => s.form)),
    errors: tally(data.preferences.map((p) => p.error)),
    augmented,
    norms: [...norms].map(([iri, c]) => ({ iri, ...c, ...(feedback ? { feedback: feedbackPerNorm.get(iri)?.size ?? 0 } : {}) })),
    concepts: [...concepts].map(([iri, c]) => ({ iri, label: view.label(iri), scheme: view.concepts.get(iri)?.scheme ?? '', ...c })),
    conflicts: resolved.map((x) => ({ iri: x.id, principle: x.resolution?.principle ?? null, ...conflicts.get(x.id)! })),
    uncovered,
    ...(feedback ? { feedback: feedbackCoverage(data, feedback) } : {}),
  };
  return { coverage, diagnostics };
}

/** The feedback records merged about each norm. */
function feedbackByNorm(data: FramerData): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of data.sft) {
    if (!r.audit) continue;
    for (const n of r.provenance.norms) {
      const ids = out.get(n) ?? new Set<string>();
      for (const id of r.audit.feedback) ids.add(id);
      out.set(n, ids);
    }
  }
  return out;
}

function feedbackCoverage(data: FramerData, given: FeedbackGiven): FeedbackCoverage {
  const fed = new Set<string>();
  for (const r of data.sft) if (r.audit) for (const k of r.keys) fed.add(k);
  let shared = 0;
  for (const list of [data.sft, data.scenarios, data.preferences, data.kto] as Traced[][]) {
    for (const r of list) if (r.split === 'heldout' && !r.audit && r.keys.some((k) => fed.has(k))) shared++;
  }
  const made = (xs: readonly Traced[]) => xs.filter((r) => r.audit).length;
  return {
    given: given.given,
    merged: given.merged,
    dropped: given.given - given.merged,
    split: 'train',
    records: { sft: made(data.sft), preferences: made(data.preferences), kto: made(data.kto) },
    cases: [...given.cases],
    heldoutSharingUserText: shared,
    excludedFromLeakCheck: true,
    excludedFromOverlap: true,
  };
}

/** Held-out records sharing a situation or a user text with a training record (0 and 0 by construction).
 * Records merged from audit feedback are left out: they are held-out audit cases trained on by design. */
export function leakCheck(data: FramerData): { situations: number; userTexts: number } {
  const trainKeys = new Set<string>();
  const each = (f: (r: Traced) => void) => {
    for (const list of [data.sft, data.scenarios, data.preferences, data.kto] as Traced[][]) for (const r of list) if (!r.audit) f(r);
  };
  each((r) => {
    if (r.split === 'train') for (const k of r.keys) trainKeys.add(k);
  });
  let situations = 0;
  let userTexts = 0;
  each((r) => {
    if (r.split !== 'heldout') return;
    for (const k of r.keys) {
      if (!trainKeys.has(k)) continue;
      if (k.startsWith('situation:')) situations++;
      else userTexts++;
    }
  });
  return { situations, userTexts };
}
