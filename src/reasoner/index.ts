/**
 * The reasoner stage: norms of the knowledge graph → conflicts, their resolution by precedence, diagnostics,
 * written back into the graph; and the evaluation of situations against the reasoned graph.
 */
import type N3 from 'n3';
import type {
  Concept, Conflict, Diagnostic, Evaluation, Norm, Ontology, Principle, RegulationDocument,
} from '../ir/index.js';
import { diag } from '../ir/index.js';
import { REGC } from '../vocab/index.js';
import { readDocuments, readNorms } from '../graph/raise.js';
import { detectAmong, scopeAll } from './conflicts.js';
import { ContextComparer } from './context.js';
import { evaluate } from './evaluate.js';
import { buildHierarchies } from './hierarchy.js';
import { normInfos } from './info.js';
import { lowerConflicts, readConflicts } from './lower.js';
import { idleOverrides } from './overrides.js';
import { resolveConflicts } from './precedence.js';
import { DEFAULT_ORDER, PRINCIPLES } from './principles.js';
import { prepareReasoned } from './reasoned.js';
import type { Reasoned } from './reasoned.js';
import { parseSituation } from './situation.js';

export interface ReasonOptions {
  /** Order in which precedence principles are tried; `DEFAULT_ORDER` when absent. */
  order?: readonly Principle[];
  /** Unresolved conflicts between strict norms are errors. */
  strict?: boolean;
}

export interface ReasonResult {
  conflicts: Conflict[];
  diagnostics: Diagnostic[];
  /** The norms and conflicts indexed for `evaluate`. */
  reasoned: Reasoned;
}

/** What the reasoner knows besides the norms: concepts, the order of authority levels, graph statements. */
export interface Knowledge {
  concepts: readonly Concept[];
  outranks(a: string, b: string): boolean;
  /** Stores to read hierarchy links (`skos:broader`, `odrl:includedIn`, `odrl:partOf`, …) from. */
  stores?: N3.Store[];
  /** `regc:overrides` statements: subject → objects. */
  overrides?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Reasons over the graph's norms and writes conflicts and resolutions back into it. */
export function reason(store: N3.Store, ontology: Ontology, options: ReasonOptions = {}): ReasonResult {
  const result = reasonNorms(readNorms(store), readDocuments(store), knowledgeOf(store, ontology), options);
  lowerConflicts(store, result.conflicts);
  return result;
}

/** The pure core of `reason`: norms and documents in, conflicts and diagnostics out. */
export function reasonNorms(
  norms: readonly Norm[],
  documents: readonly RegulationDocument[],
  knowledge: Knowledge,
  options: ReasonOptions = {},
): ReasonResult {
  const scoped = scopeAll(norms);
  const hierarchies = buildHierarchies({
    stores: knowledge.stores ?? [],
    concepts: knowledge.concepts,
    actions: scoped.map((s) => s.action),
  });
  const contexts = new ContextComparer(hierarchies);
  const found = detectAmong(scoped, { hierarchies, contexts });
  const infos = normInfos(norms, documents);
  const env = {
    norms: new Map(norms.map((n) => [n.iri, n])),
    infos,
    outranks: knowledge.outranks,
    overrides: knowledge.overrides ?? new Map(),
  };
  const { order, unknown } = checkOrder(options.order);
  const { conflicts, diagnostics } = resolveConflicts(found, env, { ...options, order });
  diagnostics.unshift(...unknown);
  if (order.includes('explicit')) diagnostics.push(...idleOverrides(norms, conflicts, infos));
  return { conflicts, diagnostics, reasoned: prepareReasoned(norms, conflicts, hierarchies, knowledge.concepts, scoped) };
}

/** The reasoned knowledge of a graph that `reason` has already written into (a compiled `graph.ttl`). */
export function loadReasoned(store: N3.Store, ontology: Ontology): Reasoned {
  const norms = readNorms(store);
  const scoped = scopeAll(norms);
  const knowledge = knowledgeOf(store, ontology);
  const hierarchies = buildHierarchies({
    stores: knowledge.stores ?? [],
    concepts: knowledge.concepts,
    actions: scoped.map((s) => s.action),
  });
  return prepareReasoned(norms, readConflicts(store), hierarchies, ontology.concepts, scoped);
}

/** Parses a situation file and evaluates it; invalid situations give RC4003 diagnostics. */
export function evaluateSituationText(
  text: string,
  file: string,
  reasoned: Reasoned,
): { evaluation?: Evaluation; diagnostics: Diagnostic[] } {
  const parsed = parseSituation(text, file, reasoned.concepts);
  if (!parsed.situation) return { diagnostics: parsed.diagnostics };
  return { evaluation: evaluate(parsed.situation, reasoned), diagnostics: parsed.diagnostics };
}

/** The order of principles, without names that are none (each an RC4005). */
function checkOrder(order: readonly string[] | undefined): { order: readonly Principle[]; unknown: Diagnostic[] } {
  if (!order) return { order: DEFAULT_ORDER, unknown: [] };
  const known = order.filter((p): p is Principle => Object.hasOwn(PRINCIPLES, p));
  const unknown = order
    .filter((p) => !Object.hasOwn(PRINCIPLES, p))
    .map((p) => diag('RC4005', `"${p}" is not a precedence principle (${DEFAULT_ORDER.join(', ')})`));
  return { order: known, unknown };
}

function knowledgeOf(store: N3.Store, ontology: Ontology): Knowledge {
  const overrides = new Map<string, Set<string>>();
  for (const q of store.getQuads(null, REGC.overrides, null, null)) {
    if (q.subject.termType !== 'NamedNode' || q.object.termType !== 'NamedNode') continue;
    let set = overrides.get(q.subject.value);
    if (!set) overrides.set(q.subject.value, (set = new Set()));
    set.add(q.object.value);
  }
  const stores = store === ontology.store ? [store] : [store, ontology.store];
  return { concepts: ontology.concepts, outranks: (a, b) => ontology.outranks(a, b), stores, overrides };
}

export { evaluate } from './evaluate.js';
export { parseSituation, SituationSchema, TermResolver } from './situation.js';
export { detectConflicts, naiveConflicts, checkPair, conflictId } from './conflicts.js';
export { resolveConflicts } from './precedence.js';
export { DEFAULT_ORDER, PRINCIPLES } from './principles.js';
export { buildHierarchies, HierarchyView } from './hierarchy.js';
export type { Hierarchies } from './hierarchy.js';
export { ContextComparer } from './context.js';
export type { Context } from './context.js';
export { lowerConflicts, readConflicts } from './lower.js';
export { conflictRecords } from './records.js';
export type { ConflictRecord } from './records.js';
export { prepareReasoned } from './reasoned.js';
export type { Reasoned } from './reasoned.js';
