/**
 * Concrete situations built from the graph for one norm: who acts (the bearer, narrower roles, a role the norm
 * does not bind), on what (the target, a narrower asset, one outside it, none stated), and the facts its
 * conditions and exceptions — and those of the norms it conflicts with — turn on (every value worth trying,
 * and each left unstated). Also, for each conflict, situations in which both norms apply.
 */
import type { Constraint, Situation, Value } from '../../ir/index.js';
import { evaluateConstraint } from '../../reasoner/constraints.js';
import type { Facts } from '../../reasoner/constraints.js';
import type { Ctx } from './context.js';
import type { FactValue } from './facts.js';
import { rngFor, sample } from './random.js';
import type { NormEntry } from './view.js';

/** A situation to evaluate, and whether the act is performed or left undone. */
export interface Draft {
  situation: Situation;
  performed: boolean;
  /** Norms the draft was made for. */
  seeds: string[];
  /** The facts in the order the narrative states them. */
  order: string[];
  /** Left operands stated only to distract (no norm of the act turns on them). */
  distractors: string[];
}

export interface Limits {
  /** Fact assignments tried for the bearer and the norm's own target. */
  assignments: number;
  /** Left operands varied per norm. */
  leftOperands: number;
  /** Narrower roles and assets tried. */
  narrower: number;
  /** Situations per conflict in which both norms apply. */
  perConflict: number;
  /** Facts stated only to distract, one per situation. */
  distractors: number;
  /** Scenarios aimed at in all: the situations of a norm are sampled down to `scenarioBudget / norms` (but
   * never below `minPerNorm`), so a large corpus gets fewer scenarios per norm, not files of gigabytes. */
  scenarioBudget: number;
  minPerNorm: number;
  /** Conversations about norms aimed at in all (phrasings per form drop from 2 to 1 beyond it). */
  questionBudget: number;
}

export const DEFAULT_LIMITS: Limits = {
  assignments: 32, leftOperands: 4, narrower: 4, perConflict: 6, distractors: 5,
  scenarioBudget: 30_000, minPerNorm: 3, questionBudget: 80_000,
};

/** How many situations one norm gets under the budget. */
export const perNormCap = (limits: Limits, norms: number): number => Math.max(limits.minPerNorm, Math.floor(limits.scenarioBudget / Math.max(1, norms)));

type Assignment = Map<string, FactValue | undefined>;

const atomicsOf = (cs: readonly Constraint[]): Extract<Constraint, { type: 'atomic' }>[] =>
  cs.flatMap((c) => (c.type === 'atomic' ? [c] : atomicsOf(c.constraints)));

const operands = new WeakMap<NormEntry, string[]>();

/** Left operands a norm's applicability turns on. */
export function leftOperandsOf(e: NormEntry): string[] {
  let hit = operands.get(e);
  if (!hit) {
    const ctx = e.norm.kind === 'obligation' ? e.scoped.applies : e.scoped.context;
    operands.set(e, (hit = [...new Set(atomicsOf([...ctx.all, ...ctx.none]).map((a) => a.leftOperand))]));
  }
  return hit;
}

function factsOf(a: Assignment): Facts {
  return {
    get: (lo) => a.get(lo)?.values,
    unit: (lo) => a.get(lo)?.unit,
  };
}

/** The value of `lo` that makes the norm's conditions hold and its exceptions fail, as far as `lo` decides. */
function bestValue(ctx: Ctx, e: NormEntry, lo: string, want: 'applies' | 'excepted'): FactValue | undefined {
  const c = e.norm.kind === 'obligation' ? e.scoped.applies : e.scoped.context;
  const all = atomicsOf(c.all).filter((a) => a.leftOperand === lo);
  const none = atomicsOf(c.none).filter((a) => a.leftOperand === lo);
  const h = ctx.view.reasoned.hierarchies;
  const hctx = { isA: (a: string, b: string) => h.isA.isA(a, b), partOf: (a: string, b: string) => h.partOf.isA(a, b) };
  for (const fv of ctx.facts.candidates(lo)) {
    const facts = factsOf(new Map([[lo, fv]]));
    const ok = all.every((a) => evaluateConstraint(a, facts, hctx).value === 'true');
    const exc = none.some((a) => evaluateConstraint(a, facts, hctx).value === 'true');
    if (want === 'applies' ? ok && (!none.length || !exc) : ok && exc) return fv;
  }
  return undefined;
}

/** The facts under which the norm applies (conditions met, exceptions not). */
export function appliesAssignment(ctx: Ctx, e: NormEntry): Assignment {
  const out: Assignment = new Map();
  for (const lo of leftOperandsOf(e)) {
    const v = bestValue(ctx, e, lo, 'applies') ?? ctx.facts.candidates(lo)[0];
    if (v) out.set(lo, v);
  }
  return out;
}

/** For each exception's left operand, the applying facts with that exception made to hold. */
function exceptionAssignments(ctx: Ctx, e: NormEntry, base: Assignment): Assignment[] {
  const c = e.norm.kind === 'obligation' ? e.scoped.applies : e.scoped.context;
  const out: Assignment[] = [];
  for (const lo of [...new Set(atomicsOf(c.none).map((a) => a.leftOperand))]) {
    const v = bestValue(ctx, e, lo, 'excepted');
    if (v) out.push(new Map([...base, [lo, v]]));
  }
  return out;
}

/** All combinations of the candidates and "not stated" of the left operands when there are at most `k`; else
 * the applying assignment and `k - 1` others drawn without repeats (mixed-radix indices, in index order). */
function combinations(ctx: Ctx, los: string[], k: number, rng: () => number, applying: Assignment): (() => Assignment)[] {
  const options = los.map((lo) => [...ctx.facts.candidates(lo), undefined] as (FactValue | undefined)[]);
  const total = options.reduce((n, o) => n * o.length, 1);
  const decode = (index: number) => (): Assignment => {
    const a: Assignment = new Map();
    let rest = index;
    los.forEach((lo, i) => {
      const o = options[i]!;
      a.set(lo, o[rest % o.length]);
      rest = Math.floor(rest / o.length);
    });
    return a;
  };
  const same = (x: number) => los.every((lo, i) => options[i]![Math.floor(x / options.slice(0, i).reduce((n, o) => n * o.length, 1)) % options[i]!.length] === applying.get(lo));
  let indices: number[];
  if (total <= k) indices = Array.from({ length: total }, (_, i) => i);
  else {
    const picked = new Set<number>();
    while (picked.size < k - 1) picked.add(Math.floor(rng() * total));
    indices = [...picked].sort((a, b) => a - b);
  }
  return [() => applying, ...indices.filter((i) => !same(i)).map(decode)];
}

/** Every combination of the candidates (and "not stated", unless `stated`) of the left operands, in a fixed
 * order; at most `limit` of them (the first ones). */
function product(ctx: Ctx, los: string[], stated = false, limit = 4096): Assignment[] {
  let acc: Assignment[] = [new Map()];
  for (const lo of los) {
    const options: (FactValue | undefined)[] = stated ? ctx.facts.candidates(lo) : [...ctx.facts.candidates(lo), undefined];
    if (!options.length) continue;
    const next: Assignment[] = [];
    for (const a of acc) {
      for (const o of options) {
        next.push(new Map([...a, [lo, o]]));
        if (next.length >= limit) break;
      }
      if (next.length >= limit) break;
    }
    acc = next;
  }
  return acc;
}

function situationOf(actor: string[], action: string, target: string | undefined, a: Assignment): { situation: Situation; order: string[] } {
  const facts: Record<string, Value[]> = {};
  const units: Record<string, string> = {};
  const order: string[] = [];
  for (const [lo, fv] of a) {
    if (!fv) continue;
    facts[lo] = fv.values;
    if (fv.unit) units[lo] = fv.unit;
    order.push(lo);
  }
  const situation: Situation = { actor, action, facts };
  if (target !== undefined) situation.target = target;
  if (Object.keys(units).length) situation.units = units;
  return { situation, order };
}

/** Performed and left undone, except for a permission, whose omission no rule is about. */
function performances(e: NormEntry): boolean[] {
  const n = e.norm;
  const omissive = n.kind === 'permission' && /need not|not required|not obliged/i.test(n.modal ?? '');
  return n.kind === 'permission' && !omissive ? [true] : [true, false];
}

/** Roles, assets: the concept and up to `k` narrower concepts of the ontology, and one the norm does not reach. */
function variants(ctx: Ctx, view: 'role' | 'asset', key: string | undefined, k: number, rng: () => number): { narrower: string[]; outside?: string } {
  if (key === undefined || !ctx.view.concepts.has(key)) return { narrower: [] };
  const h = ctx.view.reasoned.hierarchies[view];
  const scheme = view === 'role' ? 'role' : 'asset';
  const narrower = sample(rng, [...h.descendants(key)].filter((x) => x !== key && ctx.view.concepts.get(x)?.scheme === scheme).sort(), k);
  const parents = ctx.view.concepts.get(key)!.broader;
  const siblings = parents.flatMap((p) => [...h.descendants(p)]).filter((x) => ctx.view.concepts.get(x)?.scheme === scheme && !h.overlaps(x, key));
  const pool = siblings.length ? siblings : [...ctx.view.concepts.values()].filter((c) => c.scheme === scheme && !h.overlaps(c.iri, key)).map((c) => c.iri);
  const sorted = [...new Set(pool)].sort();
  const out: { narrower: string[]; outside?: string } = { narrower };
  if (sorted.length) out.outside = sorted[Math.floor(rng() * sorted.length)]!;
  return out;
}

/** The situations generated for one norm. */
export function draftsForNorm(ctx: Ctx, e: NormEntry, limits: Limits = DEFAULT_LIMITS): Draft[] {
  const view = ctx.view;
  const rng = rngFor(view.seed, 'situations ' + e.norm.iri);
  const s = e.scoped;
  const own = leftOperandsOf(e);
  const partners = e.conflicts.flatMap((c) => c.norms.filter((x) => x !== e.norm.iri)).map((x) => view.byIri.get(x)).filter((x): x is NormEntry => !!x);
  const los = [...new Set([...own, ...partners.flatMap(leftOperandsOf)])].slice(0, limits.leftOperands);
  const applying = appliesAssignment(ctx, e);
  const specs: Spec[] = [];
  const add = (actor: string[], target: string | undefined, a: Assignment | (() => Assignment), distractors: string[] = []) => specs.push({ actor, target, a, distractors });

  // the bearer and the norm's own target: every combination of the facts (sampled when there are many)
  for (const a of combinations(ctx, los, limits.assignments, rng, applying)) add([s.bearer], s.target, a);
  const excepted = exceptionAssignments(ctx, e, applying);
  for (const a of excepted) add([s.bearer], s.target, a);

  // other actors and targets: where the norm applies, where an exception holds, and with nothing stated
  const others: [string[], string | undefined][] = [];
  const roles = variants(ctx, 'role', s.bearer, limits.narrower, rng);
  for (const r of roles.narrower) others.push([[r], s.target]);
  if (roles.outside) others.push([[roles.outside], s.target]);
  const assets = variants(ctx, 'asset', s.target, limits.narrower, rng);
  for (const t of assets.narrower) others.push([[s.bearer], t]);
  if (assets.outside) others.push([[s.bearer], assets.outside]);
  if (s.target !== undefined) others.push([[s.bearer], undefined]);
  for (const [actor, target] of others) {
    add(actor, target, applying);
    if (excepted[0]) add(actor, target, excepted[0]);
    if (applying.size) add(actor, target, new Map());
  }

  // facts no norm of the act turns on, stated as distractions
  const related = new Set([...own, ...(view.reasoned.byAction.get(s.action) ?? []).flatMap((x) => leftOperandsOf(view.byIri.get(x.norm.iri)!))]);
  const pool = ctx.facts.leftOperands().filter((lo) => !related.has(lo) && ctx.facts.candidates(lo).length);
  for (const lo of sample(rng, pool, limits.distractors)) {
    const values = ctx.facts.candidates(lo);
    const value = values[Math.floor(rng() * values.length)];
    add([s.bearer], s.target, () => new Map([...applying, [lo, value]]), [lo]);
  }

  // under the budget: where the norm applies first, then a sample of the rest
  const performed = performances(e);
  const cap = Math.max(1, Math.floor(perNormCap(limits, view.norms.length) / performed.length));
  let kept = specs;
  if (specs.length > cap) {
    const head = specs[0]!;
    kept = [head, ...sample(rng, specs.slice(1), cap - 1)];
  }
  const drafts: Draft[] = [];
  kept.forEach((spec, i) => {
    const { situation, order } = situationOf(spec.actor, s.action, spec.target, typeof spec.a === 'function' ? spec.a() : spec.a);
    // leaving a prohibited act undone is compliant whatever the facts: once is enough
    const ways = e.norm.kind === 'prohibition' && i > 0 ? [true] : performed;
    for (const p of ways) drafts.push({ situation, performed: p, seeds: [e.norm.iri], order, distractors: spec.distractors });
  });
  return drafts;
}

interface Spec {
  actor: string[];
  target: string | undefined;
  /** The facts, or how to make them (made only for the specs kept under the budget). */
  a: Assignment | (() => Assignment);
  distractors: string[];
}


/** Situations in which both norms of a conflict apply, so that precedence decides. */
export function draftsForConflict(ctx: Ctx, a: NormEntry, b: NormEntry, limits: Limits = DEFAULT_LIMITS): Draft[] {
  const h = ctx.view.reasoned.hierarchies;
  const [sa, sb] = [a.scoped, b.scoped];
  const narrowest = (view: typeof h.role, x: string | undefined, y: string | undefined): string | undefined | null => {
    if (x === undefined) return y;
    if (y === undefined) return x;
    if (view.isA(x, y)) return x;
    if (view.isA(y, x)) return y;
    return null;
  };
  const action = narrowest(h.action, sa.action, sb.action);
  if (!action) return [];
  const target = narrowest(h.asset, sa.target, sb.target);
  if (target === null) return [];
  const actor = h.role.isA(sa.bearer, sb.bearer) ? [sa.bearer] : h.role.isA(sb.bearer, sa.bearer) ? [sb.bearer] : [sa.bearer, sb.bearer].sort();
  const los = [...new Set([...leftOperandsOf(a), ...leftOperandsOf(b)])].slice(0, limits.leftOperands + 1);
  const base = new Map([...appliesAssignment(ctx, b), ...appliesAssignment(ctx, a)]);
  const combos = [base, ...product(ctx, los, true, 15)];
  const seeds = [a.norm.iri, b.norm.iri].sort();
  const kinds = new Set([a.norm.kind, b.norm.kind]);
  const out: Draft[] = [];
  for (const c of combos) {
    const { situation, order } = situationOf(actor, action, target ?? undefined, c);
    for (const performed of kinds.has('obligation') ? [true, false] : [true]) out.push({ situation, performed, seeds, order, distractors: [] });
  }
  return out;
}

/** The key of a situation: equal situations (whatever the narrative) have equal keys. */
export function situationKey(s: Situation): string {
  const facts = Object.keys(s.facts).sort().map((k) => [k, s.facts[k], s.units?.[k] ?? null]);
  return JSON.stringify([[...s.actor].sort(), s.action, s.target ?? null, facts]);
}
