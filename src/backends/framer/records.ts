/**
 * The Framer's records before they are written: instruction conversations, scenarios and preference pairs,
 * each with the graph nodes behind it (norms, clauses, documents, conflicts, concepts) and the keys that tie
 * it to a situation and a user text, which the split keeps on one side.
 */
import type { Evaluation, Value } from '../../ir/index.js';
import type { FramerView } from './view.js';

export type Split = 'train' | 'validation' | 'heldout';
export const SPLITS: readonly Split[] = ['train', 'validation', 'heldout'];

export type Label = 'compliant' | 'non-compliant' | 'needs-more-information';
export const LABELS: readonly Label[] = ['compliant', 'non-compliant', 'needs-more-information'];

/** What kind of instruction a conversation is. */
export type Form =
  | 'may' | 'must' | 'what-if' | 'who' | 'exceptions' | 'conditions' | 'source' | 'rule' | 'conflict'
  | 'scenario' | 'summary-clause' | 'summary-section'
  /** A conversation an audited model failed, with its reference answer (audit feedback). */
  | 'feedback';

export interface Provenance {
  norms: string[];
  clauses: string[];
  documents: string[];
  conflicts: string[];
  concepts: string[];
}

/** What every record carries besides its content. */
export interface Traced {
  id: string;
  /** Norms the record was generated for (coverage counts them). */
  seeds: string[];
  provenance: Provenance;
  /** Keys shared by records that must land in the same split: the situation, the user text. */
  keys: string[];
  split?: Split;
  /** Made by the model layer, not by templates. */
  augmented?: boolean;
  /** Merged from audit feedback (always training data; outside the split and the leak check). */
  audit?: FromAudit;
}

/** Where a record merged from audit feedback came from: the feedback records, the audit cases, the checks the
 * model's reply failed. */
export interface FromAudit {
  feedback: string[];
  cases: string[];
  failed: string[];
}

/** A turn of a conversation before its answer (audit feedback may hold several). */
export interface Turn {
  role: 'user' | 'assistant';
  content: string;
}

export interface SftItem extends Traced {
  form: Form;
  /** The (last) user text. */
  user: string;
  assistant: string;
  /** The whole conversation before the answer, when it is more than `user` (multi-turn audit feedback). */
  turns?: Turn[];
}

/** A situation as a `regc evaluate` file states it (terms are IRIs; facts keyed by left-operand IRI). */
export interface SituationJson {
  actor: string | string[];
  action: string;
  target?: string;
  facts: Record<string, boolean | number | string | { value: number; unit: string } | { kind: Value['kind']; value: string | number | boolean } | Value[]>;
}

export interface ScenarioItem extends Traced {
  situation: SituationJson;
  /** Whether the actor performs the act (false: leaves it undone). */
  performed: boolean;
  narrative: string;
  /** The question the actor asks about it, first person (the user text of its conversation). */
  question: string;
  label: Label;
  evaluation: Evaluation;
  tags: string[];
}

export type ErrorKind = 'ignores-rule' | 'applies-overridden-rule' | 'misses-exception' | 'over-refuses' | 'guesses-missing-fact';
export const ERROR_KINDS: readonly ErrorKind[] = ['ignores-rule', 'applies-overridden-rule', 'misses-exception', 'over-refuses', 'guesses-missing-fact'];
/** The error of a rejected answer an audited model gave (audit feedback), not one the Framer made up. */
export const AUDIT_FAILURE = 'audit-failure' as const;

export interface PreferenceItem extends Traced {
  user: string;
  chosen: string;
  rejected: string;
  error: ErrorKind | typeof AUDIT_FAILURE;
  /** The conversation the pair is built from. */
  source: string;
  turns?: Turn[];
}

export interface KtoItem extends Traced {
  user: string;
  completion: string;
  label: boolean;
  error?: ErrorKind | typeof AUDIT_FAILURE;
  source: string;
  turns?: Turn[];
}

const uniqSorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

/** The provenance of a record about these norms: their clauses and documents follow from the graph. */
export function provenance(view: FramerView, norms: Iterable<string>, extra: { conflicts?: Iterable<string>; concepts?: Iterable<string> } = {}): Provenance {
  const ns = uniqSorted(norms);
  const clauses: string[] = [];
  const documents: string[] = [];
  for (const iri of ns) {
    const n = view.byIri.get(iri)?.norm;
    if (!n) continue;
    if (n.clause) clauses.push(n.clause);
    if (n.document) documents.push(n.document);
  }
  return {
    norms: ns,
    clauses: uniqSorted(clauses),
    documents: uniqSorted(documents),
    conflicts: uniqSorted(extra.conflicts ?? []),
    concepts: uniqSorted([...(extra.concepts ?? [])].filter((c) => view.concepts.has(c))),
  };
}

/** User texts compare equal when they differ only in case, spacing and punctuation. */
export const textKey = (text: string): string => 'text:' + text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
