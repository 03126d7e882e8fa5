/**
 * Evaluation of a situation: which norms apply (bearer, action and target by the hierarchies; conditions,
 * exceptions and refinements by three-valued evaluation of their constraints, `constraints.ts`), which of them
 * are defeated by the resolved conflicts, and so whether the act is obligatory, permitted, prohibited, not
 * regulated, undecided between conflicting norms, or turns on facts the situation does not state.
 */
import type {
  Conflict, DeonticStatus, Evaluation, Norm, NormCitation, PrecedenceStep, Situation,
} from '../ir/index.js';
import { ODRL } from '../vocab/index.js';
import { evaluateAll, evaluateConstraint } from './constraints.js';
import type { Facts, HierarchyContext, Truth } from './constraints.js';
import type { Reasoned } from './reasoned.js';
import type { Scoped } from './scope.js';
import type { Constraint } from '../ir/index.js';

const TRUE: Truth = { value: 'true', missing: [] };
const FALSE: Truth = { value: 'false', missing: [] };

function and(parts: Truth[]): Truth {
  if (parts.some((p) => p.value === 'false')) return FALSE;
  if (parts.every((p) => p.value === 'true')) return TRUE;
  return { value: 'unknown', missing: [...new Set(parts.flatMap((p) => p.missing))].sort() };
}

function noneHolds(parts: Truth[]): Truth {
  if (parts.some((p) => p.value === 'true')) return FALSE;
  if (parts.every((p) => p.value === 'false')) return TRUE;
  return { value: 'unknown', missing: [...new Set(parts.filter((p) => p.value === 'unknown').flatMap((p) => p.missing))].sort() };
}

/** Units the norm's constraints state per left operand, assumed for facts the situation states without one. */
function unitsOf(cs: readonly Constraint[], into = new Map<string, string>()): Map<string, string> {
  for (const c of cs) {
    if (c.type === 'logical') unitsOf(c.constraints, into);
    else if (c.unit) into.set(c.leftOperand, c.unit);
  }
  return into;
}

/** Whether a norm applies in the situation: true, false, or unknown with the facts it turns on. */
export function applies(s: Scoped, situation: Situation, r: Reasoned): Truth {
  const h = r.hierarchies;
  if (!situation.actor.some((a) => h.role.isA(a, s.bearer))) return FALSE;
  if (!h.action.isA(situation.action, s.action)) return FALSE;
  // an obligation to act makes that act obligatory, not each narrower way of doing it
  if (s.norm.kind === 'obligation' && h.action.relation(situation.action, s.action) !== 'equal') return FALSE;
  const parts: Truth[] = [];
  if (s.target !== undefined) {
    if (situation.target === undefined) parts.push({ value: 'unknown', missing: [ODRL.target] });
    else if (!h.asset.isA(situation.target, s.target)) return FALSE;
  }
  // an obligation binds whatever the manner; a permission or prohibition covers only the manner it names
  const ctx = s.norm.kind === 'obligation' ? s.applies : s.context;
  const stated = situation.units ?? {};
  const implied = unitsOf([...ctx.all, ...ctx.none]);
  const facts: Facts = {
    get: (lo) => situation.facts[lo],
    unit: (lo) => stated[lo] ?? (situation.facts[lo] ? implied.get(lo) : undefined),
  };
  const hctx: HierarchyContext = { isA: (a, b) => h.isA.isA(a, b), partOf: (a, b) => h.partOf.isA(a, b) };
  parts.push(evaluateAll(ctx.all, facts, hctx));
  parts.push(noneHolds(ctx.none.map((c) => evaluateConstraint(c, facts, hctx))));
  if (ctx.unformalised.length) parts.push({ value: 'unknown', missing: [...ctx.unformalised] });
  return and(parts);
}

export function cite(n: Norm): NormCitation {
  return {
    iri: n.iri,
    kind: n.kind,
    strength: n.strength,
    source: { file: n.span.file, line: n.span.line, column: n.span.column },
    text: n.text,
  };
}

interface Decision {
  status: DeonticStatus;
  deciding: Norm | null;
  defeated: Norm[];
  chain: PrecedenceStep[];
  unresolved: string[];
}

/** The answer when exactly `norms` apply. */
function decide(norms: readonly Norm[], r: Reasoned): Decision {
  const inSet = new Set(norms.map((n) => n.iri));
  const between: Conflict[] = [];
  for (let i = 0; i < norms.length; i++) {
    for (let j = i + 1; j < norms.length; j++) {
      const c = r.conflictOf(norms[i]!.iri, norms[j]!.iri);
      if (c) between.push(c);
    }
  }
  const lost = new Set(between.flatMap((c) => (c.resolution ? [c.resolution.defeated] : [])));
  const alive = norms.filter((n) => !lost.has(n.iri));
  const aliveSet = new Set(alive.map((n) => n.iri));
  const unresolved = between.filter((c) => !c.resolution && c.norms.every((n) => aliveSet.has(n))).map((c) => c.id).sort();
  const has = (k: Norm['kind']) => alive.some((n) => n.kind === k);
  let status: DeonticStatus;
  if (unresolved.length || (has('prohibition') && (has('permission') || has('obligation')))) status = 'conflict';
  else if (has('prohibition')) status = 'prohibited';
  else if (has('obligation')) status = 'obligatory';
  else if (has('permission')) status = 'permitted';
  else status = 'not-regulated';
  const steps = between
    .filter((c) => c.resolution && inSet.has(c.resolution.winner))
    .map((c) => ({ conflict: c.id, ...pick(c.resolution!) }));
  const wins = new Map<string, number>();
  for (const s of steps) wins.set(s.winner, (wins.get(s.winner) ?? 0) + 1);
  const kind = status === 'prohibited' ? 'prohibition' : status === 'obligatory' ? 'obligation' : status === 'permitted' ? 'permission' : undefined;
  const deciding = kind
    ? [...alive.filter((n) => n.kind === kind)].sort(
        (a, b) =>
          (wins.get(b.iri) ?? 0) - (wins.get(a.iri) ?? 0) ||
          (a.strength === b.strength ? 0 : a.strength === 'strict' ? -1 : 1) ||
          (a.iri < b.iri ? -1 : 1),
      )[0] ?? null
    : null;
  return {
    status,
    deciding,
    defeated: norms.filter((n) => lost.has(n.iri)).sort((a, b) => (a.iri < b.iri ? -1 : 1)),
    chain: orderChain(steps, deciding?.iri),
    unresolved,
  };
}

function pick(r: NonNullable<Conflict['resolution']>): Omit<PrecedenceStep, 'conflict'> {
  return { winner: r.winner, defeated: r.defeated, principle: r.principle, explanation: r.explanation };
}

/** Steps reachable from the deciding norm first (breadth-first over winner → defeated), then the rest. */
function orderChain(steps: PrecedenceStep[], from: string | undefined): PrecedenceStep[] {
  const sorted = [...steps].sort((a, b) => (a.conflict < b.conflict ? -1 : 1));
  const out: PrecedenceStep[] = [];
  const used = new Set<PrecedenceStep>();
  const queue = from ? [from] : [];
  const seen = new Set(queue);
  for (let k = 0; k < queue.length; k++) {
    for (const s of sorted) {
      if (s.winner !== queue[k] || used.has(s)) continue;
      used.add(s);
      out.push(s);
      if (!seen.has(s.defeated)) (seen.add(s.defeated), queue.push(s.defeated));
    }
  }
  return [...out, ...sorted.filter((s) => !used.has(s))];
}

/** The deontic status of the situation, with the norms that decide it. */
export function evaluate(situation: Situation, reasoned: Reasoned): Evaluation {
  const sure: Norm[] = [];
  const open: { norm: Norm; missing: string[] }[] = [];
  for (const action of reasoned.hierarchies.action.ancestors(situation.action)) {
    for (const s of reasoned.byAction.get(action) ?? []) {
      const t = applies(s, situation, reasoned);
      if (t.value === 'true') sure.push(s.norm);
      else if (t.value === 'unknown') open.push({ norm: s.norm, missing: t.missing });
    }
  }
  const byIri = (a: { iri: string }, b: { iri: string }) => (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0);
  sure.sort(byIri);
  open.sort((a, b) => byIri(a.norm, b.norm));
  const base = decide(sure, reasoned);
  // an undetermined norm matters when its applying would change the answer
  let decisive = open.filter((o) => decide([...sure, o.norm], reasoned).status !== base.status);
  if (!decisive.length && open.length && decide([...sure, ...open.map((o) => o.norm)], reasoned).status !== base.status) decisive = open;
  const out: Evaluation = {
    status: decisive.length ? 'needs-more-information' : base.status,
    deciding: decisive.length || !base.deciding ? null : cite(base.deciding),
    defeated: base.defeated.map(cite),
    chain: base.chain,
    missing: [...new Set(decisive.flatMap((o) => o.missing))].sort(),
    applicable: sure.map(cite),
    undetermined: decisive.map((o) => cite(o.norm)),
    conflicts: base.unresolved,
  };
  if (situation.id !== undefined) out.situation = situation.id;
  return out;
}
