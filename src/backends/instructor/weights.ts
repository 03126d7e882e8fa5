/**
 * Value weights from precedence: a resolved conflict between norms of two values says the winner's value
 * prevails over the loser's. Values that prevail over each other (in different conflicts) are condensed into
 * one tier (strongly connected components, Tarjan 1972); each value then weighs 1 + the sum of the weights of
 * every value it prevails over, transitively, so that with per-value rewards in [0, 1] a value's full reward
 * outweighs everything it must win against in the weighted sum.
 */
import type { Principle } from '../../ir/index.js';
import type { Value } from './values.js';
import { valueIdOf } from './values.js';
import type { View } from './view.js';

export interface Decision {
  conflict: string;
  principle: Principle;
  winner: string;
  defeated: string;
  explanation: string;
}

export interface ValueWeight {
  id: string;
  label: string;
  norms: number;
  weight: number;
  /** weight / sum of weights, 6 decimals. */
  normalized: number;
  /** Values it prevails over directly, and those that prevail over it. */
  prevailsOver: string[];
  yieldsTo: string[];
  /** Values it both prevails over and yields to, through a chain of conflicts (same tier). */
  contested: string[];
}

export interface ValueWeights {
  combination: string;
  values: ValueWeight[];
  /** Resolved conflicts between norms of different values, grouped by winning and losing value. */
  precedence: { winner: string; defeated: string; decisions: Decision[] }[];
  /** Resolved conflicts inside one value: decided rule against rule, not by weights. */
  withinValue: { value: string; decisions: Decision[] }[];
  /** Conflicts no principle decides: no weight can say which value wins. */
  unresolved: { conflict: string; values: string[]; norms: string[] }[];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function valueWeights(view: View, values: readonly Value[]): ValueWeights {
  const valueOf = new Map<string, string>();
  for (const r of view.rules) valueOf.set(r.norm.iri, valueIdOf(r));
  const edges = new Map<string, Set<string>>(values.map((v) => [v.id, new Set()]));
  const across = new Map<string, Decision[]>();
  const within = new Map<string, Decision[]>();
  const unresolved: ValueWeights['unresolved'] = [];
  for (const c of [...view.conflicts].sort((a, b) => cmp(a.id, b.id))) {
    const [a, b] = c.norms.map((n) => valueOf.get(n));
    if (!a || !b) continue;
    if (!c.resolution) {
      unresolved.push({ conflict: c.id, values: [...new Set([a, b])].sort(cmp), norms: [...c.norms] });
      continue;
    }
    const r = c.resolution;
    const w = valueOf.get(r.winner);
    const d = valueOf.get(r.defeated);
    if (!w || !d) continue;
    const decision: Decision = { conflict: c.id, principle: r.principle, winner: r.winner, defeated: r.defeated, explanation: r.explanation };
    if (w === d) push(within, w, decision);
    else {
      edges.get(w)?.add(d);
      push(across, `${w}\n${d}`, decision);
    }
  }
  const weight = weigh(values.map((v) => v.id), edges);
  const total = [...weight.weights.values()].reduce((s, x) => s + x, 0) || 1;
  const yields = new Map<string, string[]>();
  for (const [w, ds] of edges) for (const d of ds) push(yields, d, w);
  return {
    combination:
      'reward = sum over values v of weight[v] * r_v(prompt, response), each r_v scaled to [0, 1] (e.g. the sigmoid ' +
      'of the value\'s reward model score); a value weighs more than all the values it prevails over together, so ' +
      'when two values conflict the one that precedence puts first decides the combined reward.',
    values: values.map((v) => ({
      id: v.id,
      label: v.label,
      norms: v.norms.length,
      weight: weight.weights.get(v.id) ?? 1,
      normalized: round6((weight.weights.get(v.id) ?? 1) / total),
      prevailsOver: [...(edges.get(v.id) ?? [])].sort(cmp),
      yieldsTo: [...new Set(yields.get(v.id) ?? [])].sort(cmp),
      contested: (weight.tierOf.get(v.id) ?? []).filter((x) => x !== v.id).sort(cmp),
    })),
    precedence: [...across.entries()]
      .sort(([a], [b]) => cmp(a, b))
      .map(([k, decisions]) => {
        const [winner, defeated] = k.split('\n') as [string, string];
        return { winner, defeated, decisions };
      }),
    withinValue: [...within.entries()].sort(([a], [b]) => cmp(a, b)).map(([value, decisions]) => ({ value, decisions })),
    unresolved,
  };
}

/** Weights over the condensation of the "prevails over" graph: 1 + the sum over every tier reachable. */
export function weigh(ids: readonly string[], edges: ReadonlyMap<string, ReadonlySet<string>>): {
  weights: Map<string, number>;
  tierOf: Map<string, string[]>;
} {
  const tiers = stronglyConnected(ids, edges);
  const tierIndex = new Map<string, number>();
  tiers.forEach((t, i) => t.forEach((id) => tierIndex.set(id, i)));
  const below = tiers.map(() => new Set<number>());
  tiers.forEach((t, i) => {
    for (const id of t) for (const d of edges.get(id) ?? []) if (tierIndex.get(d) !== i) below[i]!.add(tierIndex.get(d)!);
  });
  const reach = new Map<number, Set<number>>();
  const reachable = (i: number): Set<number> => {
    const known = reach.get(i);
    if (known) return known;
    const out = new Set<number>();
    for (const j of below[i]!) {
      out.add(j);
      for (const k of reachable(j)) out.add(k);
    }
    reach.set(i, out);
    return out;
  };
  const tierWeight = new Map<number, number>();
  const weightOf = (i: number): number => {
    const known = tierWeight.get(i);
    if (known !== undefined) return known;
    let w = 1;
    for (const j of reachable(i)) w += weightOf(j);
    tierWeight.set(i, w);
    return w;
  };
  const weights = new Map<string, number>();
  const tierOf = new Map<string, string[]>();
  tiers.forEach((t, i) => t.forEach((id) => (weights.set(id, weightOf(i)), tierOf.set(id, [...t].sort(cmp)))));
  return { weights, tierOf };
}

/** Tarjan's strongly connected components, visiting nodes and successors in sorted order. */
function stronglyConnected(ids: readonly string[], edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    on.add(v);
    for (const w of [...(edges.get(v) ?? [])].sort(cmp)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      out.push(comp.sort(cmp));
    }
  };
  for (const id of [...ids].sort(cmp)) if (!index.has(id)) visit(id);
  return out;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
