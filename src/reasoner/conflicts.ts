/**
 * Conflict detection between norms of any documents (DESIGN.md "Precedence"): a permission or an obligation
 * against a prohibition of an overlapping action, a duty whose fulfilment is prohibited, two obligations of one
 * action whose refinements cannot both hold. Candidates come from an index — prohibitions (and refined
 * obligations) bucketed by action, then bearer — queried with each norm's overlapping concepts, so pairs that
 * share no action and bearer are never compared. `naiveConflicts` compares all pairs, for the benchmark and the
 * agreement test.
 */
import { createHash } from 'node:crypto';
import type { Conflict, ConflictKind, Norm, ScopeRelation } from '../ir/index.js';
import { conflictIri } from '../vocab/index.js';
import type { ContextComparer } from './context.js';
import type { Hierarchies } from './hierarchy.js';
import { combine, relate, scopeOf } from './scope.js';
import type { Dimensions, Scoped } from './scope.js';

export interface ConflictEnv {
  hierarchies: Hierarchies;
  contexts: ContextComparer;
}

/** The stable IRI of the conflict between two norms: a hash of their sorted IRIs. */
export function conflictId(a: string, b: string): string {
  const [x, y] = a < b ? [a, b] : [b, a];
  return conflictIri(createHash('sha256').update(`${x}\n${y}`).digest('hex').slice(0, 16));
}

/** Scopes of all norms; duties get the context of the permission they belong to. */
export function scopeAll(norms: readonly Norm[]): Scoped[] {
  const byIri = new Map(norms.map((n) => [n.iri, n]));
  return norms.map((n) => scopeOf(n, n.dutyOf ? byIri.get(n.dutyOf) : undefined));
}

const DEFINITE = new Set<ScopeRelation>(['equal', 'contained', 'contains']);

/**
 * The conflict between two norms, or null when they do not conflict.
 *
 * A permission and a prohibition conflict when some act is both permitted and forbidden: bearers, actions,
 * targets and contexts (refinements included) overlap. An obligation (or a duty) and a prohibition conflict
 * when fulfilling the obligation is forbidden: every act that fulfils it — its action on its target in its
 * manner — lies within the prohibition's action, target and manner, and the two apply together somewhere
 * (bearers and conditions overlap); an obligation that can be fulfilled another way does not conflict. Two
 * obligations of one action conflict when their refinements cannot both hold. The status is `definite` when
 * the situations where one applies lie within those where the other does, `possible` otherwise.
 */
export function checkPair(x: Scoped, y: Scoped, env: ConflictEnv): Conflict | null {
  if (x.norm.iri === y.norm.iri) return null;
  const [a, b] = x.norm.iri < y.norm.iri ? [x, y] : [y, x];
  const kind = kindOf(a.norm, b.norm);
  if (!kind) return null;
  const { hierarchies: h, contexts } = env;
  let dims: Dimensions;
  let applicability: ScopeRelation;
  if (kind === 'permission-prohibition') {
    dims = relate(a, b, h, contexts, true);
    applicability = combine([dims.bearer, dims.action, dims.target, dims.context]);
  } else if (kind === 'incompatible-refinements') {
    if (h.action.relation(a.action, b.action) !== 'equal') return null;
    if (!a.manner.all.length || !b.manner.all.length) return null;
    if (contexts.satisfiable(a.manner) !== true || contexts.satisfiable(b.manner) !== true) return null;
    if (contexts.compare(a.manner, b.manner) !== 'disjoint') return null;
    dims = relate(a, b, h, contexts, false);
    applicability = combine([dims.bearer, dims.action, dims.target, dims.context]);
  } else {
    const [o, p] = a.norm.kind === 'obligation' ? [a, b] : [b, a];
    if (!h.action.isA(o.action, p.action)) return null;
    if (p.target !== undefined && (o.target === undefined || !h.asset.isA(o.target, p.target))) return null;
    const manner = contexts.compare(o.manner, p.manner);
    if (manner !== 'equal' && manner !== 'contained' && manner !== 'unknown') return null;
    dims = relate(a, b, h, contexts, false);
    applicability = combine([dims.bearer, dims.context, manner === 'unknown' ? 'unknown' : 'equal']);
  }
  const terms = [dims.bearer, dims.action, dims.target];
  const scope = combine([...terms, dims.context]);
  if (scope === 'disjoint' || applicability === 'disjoint') return null;
  const ua = a.context.unformalised;
  const ub = b.context.unformalised;
  const unformalised = !ua.length ? ub : !ub.length ? ua : [...new Set([...ua, ...ub])].sort();
  return {
    id: conflictId(a.norm.iri, b.norm.iri),
    status: DEFINITE.has(applicability) ? 'definite' : 'possible',
    kind,
    norms: [a.norm.iri, b.norm.iri],
    evidence: {
      bearer: dims.bearer,
      action: dims.action,
      target: dims.target,
      context: dims.context,
      scope,
      strength: a.norm.strength === 'advisory' || b.norm.strength === 'advisory' ? 'advisory' : 'strict',
      unformalised,
      specificity: { context: dims.specificContext, scope: combine([...terms, dims.specificContext]) },
    },
    resolution: null,
  };
}

function kindOf(a: Norm, b: Norm): ConflictKind | null {
  const [x, y] = a.kind <= b.kind ? [a, b] : [b, a]; // obligation < permission < prohibition
  if (y.kind !== 'prohibition') {
    return x.kind === 'obligation' && y.kind === 'obligation' && x.refinements?.length && y.refinements?.length ? 'incompatible-refinements' : null;
  }
  if (x.kind === 'permission') return 'permission-prohibition';
  if (x.kind === 'obligation') return x.dutyOf ? 'duty-prohibition' : 'obligation-prohibition';
  return null;
}

/** Bucket → bearer key → scoped norms. */
type Index = Map<string, Map<string, Scoped[]>>;

function insert(index: Index, action: string, s: Scoped): void {
  let byBearer = index.get(action);
  if (!byBearer) index.set(action, (byBearer = new Map()));
  const list = byBearer.get(s.bearer);
  if (list) list.push(s);
  else byBearer.set(s.bearer, [s]);
}

/** Calls `visit` for each norm of the index whose action is in `actions` and whose bearer is in `bearers`. */
function candidates(index: Index, actions: Iterable<string>, bearers: ReadonlySet<string>, visit: (s: Scoped) => void): void {
  for (const act of actions) {
    const byBearer = index.get(act);
    if (!byBearer) continue;
    if (bearers.size < byBearer.size) {
      for (const b of bearers) {
        const list = byBearer.get(b);
        if (list) for (const s of list) visit(s);
      }
    } else {
      for (const [b, list] of byBearer) if (bearers.has(b)) for (const s of list) visit(s);
    }
  }
}

/** All conflicts among the norms, found through the index; sorted by id. */
export function detectConflicts(norms: readonly Norm[], env: ConflictEnv): Conflict[] {
  return detectAmong(scopeAll(norms), env);
}

/** `detectConflicts` for norms already scoped. */
export function detectAmong(scoped: readonly Scoped[], env: ConflictEnv): Conflict[] {
  const { role, action } = env.hierarchies;
  const prohibitions: Index = new Map();
  const refined: Index = new Map();
  for (const s of scoped) {
    if (s.norm.kind === 'prohibition') insert(prohibitions, s.action, s);
    else if (s.norm.kind === 'obligation' && s.norm.refinements?.length) insert(refined, s.action, s);
  }
  const found = new Map<string, Conflict>();
  const add = (c: Conflict | null) => {
    if (c && !found.has(c.id)) found.set(c.id, c);
  };
  for (const s of scoped) {
    if (s.norm.kind === 'prohibition') continue;
    const bearers = role.overlapping(s.bearer);
    candidates(prohibitions, action.overlapping(s.action), bearers, (p) => add(checkPair(s, p, env)));
    if (s.norm.kind === 'obligation' && s.norm.refinements?.length) {
      candidates(refined, [s.action], bearers, (o) => {
        if (o.norm.iri > s.norm.iri) add(checkPair(s, o, env));
      });
    }
  }
  return [...found.values()].sort(byId);
}

/** All conflicts among the norms by comparing every pair: quadratic, for benchmarks and tests only. */
export function naiveConflicts(norms: readonly Norm[], env: ConflictEnv): Conflict[] {
  const scoped = scopeAll(norms);
  const found = new Map<string, Conflict>();
  for (let i = 0; i < scoped.length; i++) {
    for (let j = i + 1; j < scoped.length; j++) {
      const c = checkPair(scoped[i]!, scoped[j]!, env);
      if (c && !found.has(c.id)) found.set(c.id, c);
    }
  }
  return [...found.values()].sort(byId);
}

function byId(a: Conflict, b: Conflict): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
