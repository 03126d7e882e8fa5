/** Norm IR: the deontic content of clauses, before it becomes RDF. */
import type { SourceSpan } from './source.js';

export type NormKind = 'obligation' | 'permission' | 'prohibition';

/** How binding the text says the norm is: "must"/"shall" are `strict`, "should"/"is expected to" `advisory`. */
export type Strength = 'strict' | 'advisory';

/** Where a norm came from. */
export type NormOrigin = 'rules' | 'llm' | 'analyst' | 'turtle' | 'odrl';

/** A phrase of the text and, where the ontology knows it, the concept it denotes. */
export interface ConceptRef {
  text: string;
  /** IRI of a SKOS concept (or ODRL action/party/asset) the text was matched to. */
  concept?: string;
}

export type Operator =
  | 'eq' | 'neq' | 'lt' | 'lteq' | 'gt' | 'gteq'
  | 'isA' | 'isPartOf' | 'hasPart' | 'isAnyOf' | 'isAllOf' | 'isNoneOf';

export type LogicalOperator = 'and' | 'or' | 'xone' | 'andSequence';

/** A right-operand value. Dates are ISO `YYYY-MM-DD`, date-times ISO 8601. */
export type Value =
  | { kind: 'number'; value: number }
  | { kind: 'date'; value: string }
  | { kind: 'dateTime'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'iri'; value: string }
  | { kind: 'string'; value: string };

export interface AtomicConstraint {
  type: 'atomic';
  /** IRI of the node in the graph, when it has one of its own (ODRL inputs). */
  iri?: string;
  /** IRI of the left operand: an ODRL left operand or a context concept of the ontology. */
  leftOperand: string;
  operator: Operator;
  /** One value, or several for the set operators. */
  rightOperand: Value[];
  /** IRI of a unit, e.g. a currency. */
  unit?: string;
}

export interface LogicalConstraint {
  type: 'logical';
  iri?: string;
  operator: LogicalOperator;
  constraints: Constraint[];
}

export type Constraint = AtomicConstraint | LogicalConstraint;

export type ConditionMarker =
  | 'if' | 'when' | 'where' | 'while' | 'in case' | 'before' | 'after' | 'unless' | 'except'
  | 'provided that' | 'other than' | 'only if' | 'constraint';

/** A condition ("if …") or an exception ("unless …") as written, with what could be formalised. */
export interface Condition {
  marker: ConditionMarker;
  text: string;
  /** Concepts the text mentions. */
  concepts: string[];
  /** Formal version of the condition, when the text allows one (amounts, dates, facts). */
  constraint?: Constraint;
  span?: SourceSpan;
}

export type ReferenceKind = 'section' | 'article' | 'subsection' | 'paragraph' | 'clause' | 'link';

/** A cross-reference in the text ("Section 3.2", "Article 6(1)", "subsection (2)"). */
export interface Reference {
  kind: ReferenceKind;
  text: string;
  /** The label as written, normalised ("3.2", "6(1)", "(2)", an anchor id). */
  label: string;
  /** IRI of the section or clause it resolves to, if it does. */
  resolved?: string;
  span?: SourceSpan;
}

export type OverrideKind = 'notwithstanding' | 'subject-to' | 'except-as-provided' | 'in-addition-to';

/** An override phrase kept as precedence evidence. `notwithstanding X` means this norm beats X;
 * `subject to X` and `except as provided in X` mean X beats this norm. */
export interface OverridePhrase {
  kind: OverrideKind;
  text: string;
  references: Reference[];
}

export interface Norm {
  /** `<clause IRI>/n<k>` for norms of a clause, the policy rule's IRI for ODRL. */
  iri: string;
  kind: NormKind;
  strength: Strength;
  /** The modal phrase as written ("must not", "may", "is prohibited from"). */
  modal?: string;
  bearer: ConceptRef;
  action: ConceptRef;
  target?: ConceptRef;
  /** Formal constraints that must all hold for the norm to apply. */
  constraints: Constraint[];
  /** Refinements of the action (ODRL `odrl:refinement`): how the action must be (or is) performed. */
  refinements?: Constraint[];
  conditions: Condition[];
  exceptions: Condition[];
  references: Reference[];
  overrides: OverridePhrase[];
  /** IRIs of duties attached to this norm (ODRL permission duties), themselves norms. */
  duties: string[];
  /** For a duty: the IRI of the norm it is a duty of. */
  dutyOf?: string;
  document: string;
  section?: string;
  clause?: string;
  /** The ODRL policy it belongs to, with the policy's conflict strategy. */
  policy?: { iri: string; conflict?: 'perm' | 'prohibit' | 'invalid' };
  origin: NormOrigin;
  /** For analyst norms (`*.review.yaml`): the review file, who reviewed and when, and the analyst's note. */
  review?: { file: string; reviewedBy?: string; reviewedOn?: string; note?: string };
  /** The sentence (or rule) the norm was read from. */
  text: string;
  span: SourceSpan;
}
