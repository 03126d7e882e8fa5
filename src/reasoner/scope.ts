/**
 * The scope of a norm — who (bearer), what (action), on what (target), when (context) — and how two scopes
 * relate, dimension by dimension and as a whole (a scope is the product of its dimensions, so one is contained
 * in another exactly when every dimension is).
 */
import type { Condition, ConceptRef, Constraint, Norm, ScopeRelation } from '../ir/index.js';
import type { Context, ContextComparer } from './context.js';
import type { Hierarchies, HierarchyView } from './hierarchy.js';
import { mintedAction } from '../graph/lower-norm.js';

/** A norm prepared for comparison: hierarchy keys of its terms and its contexts. */
export interface Scoped {
  norm: Norm;
  bearer: string;
  action: string;
  /** Absent: the norm is about any target. */
  target?: string;
  /** Conditions, exceptions and refinements (and those of the permission a duty belongs to). */
  context: Context;
  /** The same without refinements: where the norm applies, whatever the manner of acting. */
  applies: Context;
  /** Refinements only: the manner of acting the norm speaks of. */
  manner: Context;
}

/** The key of a term: its concept IRI, else its text normalised (`text:` keys never leave the reasoner). */
export function termKey(ref: ConceptRef): string {
  return ref.concept ?? 'text:' + normaliseText(ref.text);
}

/** Lower case, no leading article or quantifier, single spaces, a plural `s` dropped from the last word. */
export function normaliseText(text: string): string {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/\s+/).filter(Boolean);
  while (words.length > 1 && /^(the|a|an|all|any|every|each)$/.test(words[0]!)) words.shift();
  const last = words.length - 1;
  if (last >= 0 && words[last]!.length > 3 && words[last]!.endsWith('s') && !words[last]!.endsWith('ss')) {
    words[last] = words[last]!.slice(0, -1);
  }
  return words.join(' ');
}

function formal(conditions: readonly Condition[]): { constraints: Constraint[]; texts: string[] } {
  const constraints: Constraint[] = [];
  const texts: string[] = [];
  for (const c of conditions) {
    if (c.constraint) constraints.push(c.constraint);
    else texts.push(c.text);
  }
  return { constraints, texts };
}

/** Constraints without repeats (a condition's constraint is usually also among the norm's constraints). */
function unique(cs: Constraint[]): Constraint[] {
  const seen = new Set<string>();
  return cs.filter((c) => {
    const k = JSON.stringify(c, (key, v: unknown) => (key === 'iri' ? undefined : v));
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The contexts of a norm; a duty's include those of the permission it belongs to. */
export function scopeOf(norm: Norm, parent?: Norm): Scoped {
  const own = [norm, ...(parent ? [parent] : [])];
  const all: Constraint[] = [];
  const none: Constraint[] = [];
  const unformalised: string[] = [];
  const manner: Constraint[] = [];
  for (const n of own) {
    const cond = formal(n.conditions);
    const exc = formal(n.exceptions);
    all.push(...n.constraints, ...cond.constraints);
    none.push(...exc.constraints);
    unformalised.push(...cond.texts, ...exc.texts);
    if (n === norm) manner.push(...(n.refinements ?? []));
  }
  const applies: Context = { all: unique(all), none: unique(none), unformalised: [...new Set(unformalised)].sort() };
  const scoped: Scoped = {
    norm,
    bearer: termKey(norm.bearer),
    action: norm.action.concept ?? mintedAction(norm.action.text),
    applies,
    manner: { all: unique(manner), none: [], unformalised: [] },
    context: { ...applies, all: unique([...applies.all, ...manner]) },
  };
  if (norm.target) scoped.target = termKey(norm.target);
  return scoped;
}

/** Relation of two targets; an absent target is every target. */
export function targetRelation(view: HierarchyView, a: string | undefined, b: string | undefined): ScopeRelation {
  if (a === undefined) return b === undefined ? 'equal' : 'contains';
  if (b === undefined) return 'contained';
  return view.relation(a, b);
}

/** Combines per-dimension relations into the relation of the product. */
export function combine(rels: readonly ScopeRelation[]): ScopeRelation {
  if (rels.includes('disjoint')) return 'disjoint';
  if (rels.includes('unknown')) return 'unknown';
  if (rels.every((r) => r === 'equal')) return 'equal';
  if (rels.every((r) => r === 'equal' || r === 'contained')) return 'contained';
  if (rels.every((r) => r === 'equal' || r === 'contains')) return 'contains';
  return 'overlap';
}

export interface Dimensions {
  bearer: ScopeRelation;
  action: ScopeRelation;
  target: ScopeRelation;
  context: ScopeRelation;
  /** The context relation reading one-sided unformalised conditions as narrowing (for lex specialis). */
  specificContext: ScopeRelation;
}

/** The relation of `a`'s scope to `b`'s in each dimension; `withManner` includes refinements in the context.
 * When a term dimension is already disjoint the contexts are not compared (`unknown`). */
export function relate(
  a: Scoped,
  b: Scoped,
  h: Hierarchies,
  contexts: ContextComparer,
  withManner = true,
): Dimensions {
  const bearer = h.role.relation(a.bearer, b.bearer);
  const action = h.action.relation(a.action, b.action);
  const target = targetRelation(h.asset, a.target, b.target);
  if (bearer === 'disjoint' || action === 'disjoint' || target === 'disjoint') {
    return { bearer, action, target, context: 'unknown', specificContext: 'unknown' };
  }
  const [ca, cb] = withManner ? [a.context, b.context] : [a.applies, b.applies];
  return { bearer, action, target, context: contexts.compare(ca, cb), specificContext: contexts.specificity(ca, cb) };
}
