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
  /** `a\nb` (sorted IRIs) → the conflict between them. */
  byPair: ReadonlyMap<string, Conflict>;
  hierarchies: Hierarchies;
  concepts: readonly Concept[];
}

export const pairKey = (a: string, b: string): string => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

export function prepareReasoned(
  norms: readonly Norm[],
  conflicts: readonly Conflict[],
  hierarchies: Hierarchies,
  concepts: readonly Concept[] = [],
): Reasoned {
  const scoped = scopeAll(norms);
  const byAction = new Map<string, Scoped[]>();
  for (const s of scoped) {
    const list = byAction.get(s.action);
    if (list) list.push(s);
    else byAction.set(s.action, [s]);
  }
  return {
    norms: new Map(norms.map((n) => [n.iri, n])),
    scoped: new Map(scoped.map((s) => [s.norm.iri, s])),
    byAction,
    conflicts,
    byPair: new Map(conflicts.map((c) => [pairKey(c.norms[0], c.norms[1]), c])),
    hierarchies,
    concepts,
  };
}
