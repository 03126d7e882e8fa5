/** The reasoned knowledge, indexed for answering situations: norms by action, conflicts by pair of norms,
 * the hierarchies, and the concepts whose labels a situation may use. */
import type { Concept, Conflict, Norm } from '../ir/index.js';
import type { Hierarchies } from './hierarchy.js';
import { scopeAll } from './conflicts.js';
import type { Scoped } from './scope.js';

export interface Reasoned {
  norms: ReadonlyMap<string, Norm>;
  scoped: ReadonlyMap<string, Scoped>;
  /** Action key → norms about exactly that action. */
  byAction: ReadonlyMap<string, readonly Scoped[]>;
  conflicts: readonly Conflict[];
  /** The conflict between two norms, in either order. */
  conflictOf(a: string, b: string): Conflict | undefined;
  hierarchies: Hierarchies;
  concepts: readonly Concept[];
}

export function prepareReasoned(
  norms: readonly Norm[],
  conflicts: readonly Conflict[],
  hierarchies: Hierarchies,
  concepts: readonly Concept[] = [],
  scoped: readonly Scoped[] = scopeAll(norms),
): Reasoned {
  const byAction = new Map<string, Scoped[]>();
  for (const s of scoped) {
    const list = byAction.get(s.action);
    if (list) list.push(s);
    else byAction.set(s.action, [s]);
  }
  const pairs = new Map<string, Map<string, Conflict>>();
  for (const c of conflicts) {
    const [a, b] = c.norms;
    let m = pairs.get(a);
    if (!m) pairs.set(a, (m = new Map()));
    m.set(b, c);
  }
  return {
    norms: new Map(norms.map((n) => [n.iri, n])),
    scoped: new Map(scoped.map((s) => [s.norm.iri, s])),
    byAction,
    conflicts,
    conflictOf: (a, b) => (a < b ? pairs.get(a)?.get(b) : pairs.get(b)?.get(a)),
    hierarchies,
    concepts,
  };
}
