/**
 * The train / validation / held-out split. Records that share a situation or a user text, or are phrasings
 * of one question about one norm, form one group (union-find over their keys), and a group goes wholly to
 * one side, by a hash of its smallest key and the seed — so no held-out item shares its situation or its user
 * text with a training item, and the split of a record does not change when unrelated records are added.
 * Then every norm, concept and conflict that any record covers is made to appear in training data, by moving
 * the first group (in key order) that covers it.
 */
import type { Split, Traced } from './records.js';
import { hash32 } from './random.js';

export interface SplitRatios {
  /** Fractions of groups; the rest is train. */
  validation: number;
  heldout: number;
}

export const DEFAULT_RATIOS: SplitRatios = { validation: 0.1, heldout: 0.1 };

/** Union-find over keys interned as integers; a group is named by its smallest key. */
class UnionFind {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  private parent: number[] = [];
  id(key: string): number {
    let i = this.ids.get(key);
    if (i === undefined) {
      i = this.keys.length;
      this.ids.set(key, i);
      this.keys.push(key);
      this.parent.push(i);
    }
    return i;
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    if (this.keys[ra]! < this.keys[rb]!) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }
  key(i: number): string {
    return this.keys[i]!;
  }
}

/** What a record covers: norms, concepts and conflicts (their IRIs do not overlap). */
export function forEachTarget(r: Traced, f: (iri: string) => void): void {
  const p = r.provenance;
  for (const x of p.norms) f(x);
  for (const x of p.concepts) f(x);
  for (const x of p.conflicts) f(x);
}

/** Sets `split` on every record. Returns the number of groups and how many were moved to train for coverage. */
export function assignSplits(records: readonly Traced[], seed: number, ratios: SplitRatios = DEFAULT_RATIOS): { groups: number; moved: number } {
  const uf = new UnionFind();
  const first = records.map((r) => {
    const a = uf.id(r.keys[0]!);
    for (let i = 1; i < r.keys.length; i++) uf.union(a, uf.id(r.keys[i]!));
    return a;
  });
  const groupOf = first.map((a) => uf.key(uf.find(a)));
  const cut1 = Math.round(ratios.validation * 10_000);
  const cut2 = cut1 + Math.round(ratios.heldout * 10_000);
  const split = new Map<string, Split>();
  const members = new Map<string, number[]>();
  records.forEach((_, i) => {
    const g = groupOf[i]!;
    const list = members.get(g);
    if (list) list.push(i);
    else {
      members.set(g, [i]);
      const b = hash32(g, seed >>> 0) % 10_000;
      split.set(g, b < cut1 ? 'validation' : b < cut2 ? 'heldout' : 'train');
    }
  });
  // coverage: anything only validation or held-out records cover moves to train with its first group
  const inTrain = new Set<string>();
  const candidates = new Map<string, string>();
  for (const g of [...members.keys()].sort()) {
    const train = split.get(g) === 'train';
    for (const i of members.get(g)!) forEachTarget(records[i]!, (t) => {
      if (train) inTrain.add(t);
      else if (!candidates.has(t)) candidates.set(t, g);
    });
  }
  let moved = 0;
  for (const [t, g] of [...candidates].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (inTrain.has(t)) continue;
    if (split.get(g) !== 'train') moved++;
    split.set(g, 'train');
    for (const i of members.get(g)!) forEachTarget(records[i]!, (x) => inTrain.add(x));
  }
  records.forEach((r, i) => (r.split = split.get(groupOf[i]!)!));
  return { groups: members.size, moved };
}
