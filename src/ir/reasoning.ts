/** Reasoner IR: conflicts between norms, their resolution by precedence, situations and their evaluation. */
import type { NormKind, Strength, Value } from './norm.js';

/** A precedence principle, in the terms of DESIGN.md "Precedence". */
export type Principle = 'explicit' | 'lex-superior' | 'lex-specialis' | 'lex-posterior' | 'odrl-strategy';

/** How the scope of one thing relates to another's (sets of situations, of bearers, of actions …). */
export type ScopeRelation = 'disjoint' | 'overlap' | 'contains' | 'contained' | 'equal' | 'unknown';

/** `definite`: whenever one norm applies the other does too; `possible`: they collide in some situations only. */
export type ConflictStatus = 'definite' | 'possible';

/**
 * - `permission-prohibition`: a permission and a prohibition of overlapping actions;
 * - `obligation-prohibition`: an obligation and a prohibition (an obligation not to act) of overlapping actions;
 * - `duty-prohibition`: a duty of a permission (`dutyOf`) whose fulfilment is prohibited;
 * - `incompatible-refinements`: two obligations of the same action whose refinements cannot both hold.
 */
export type ConflictKind = 'permission-prohibition' | 'obligation-prohibition' | 'duty-prohibition' | 'incompatible-refinements';

/** Why two norms conflict: how their scopes relate, dimension by dimension, from `norms[0]` to `norms[1]`. */
export interface ConflictEvidence {
  bearer: ScopeRelation;
  action: ScopeRelation;
  target: ScopeRelation;
  /** Conditions, exceptions and refinements; for conflicts of an obligation, conditions and exceptions only
   * (the obligation's manner is compared with the other norm's apart). */
  context: ScopeRelation;
  /** The dimensions combined: scope of `norms[0]` against scope of `norms[1]`. */
  scope: ScopeRelation;
  /** `advisory` when either norm is advisory ("should"): reported, never escalated to an error. */
  strength: Strength;
  /** Texts of conditions or exceptions that are not formalised, which keep the conflict `possible`. */
  unformalised: string[];
  /** The relations again, reading a condition or exception only one norm has — formalised or not — as
   * narrowing that norm: what lex specialis decides on. */
  specificity: { context: ScopeRelation; scope: ScopeRelation };
}

export interface Resolution {
  winner: string;
  defeated: string;
  principle: Principle;
  explanation: string;
  /** IRIs of the nodes the decision rests on: override phrases (`<norm>/ovrK`) or nodes stating
   * `regc:overrides`, the authority levels compared, the documents whose effective dates were compared, the
   * policies whose conflict strategy decided (winner's first). Empty for lex specialis. */
  basis: string[];
}

export interface Conflict {
  /** IRI under the `ID` base, derived from the two sorted norm IRIs. */
  id: string;
  status: ConflictStatus;
  kind: ConflictKind;
  /** The two norm IRIs, sorted. */
  norms: [string, string];
  evidence: ConflictEvidence;
  resolution: Resolution | null;
}

/** A situation to evaluate, its terms resolved to IRIs. */
export interface Situation {
  id?: string;
  /** Roles the actor holds (concept IRIs, or bearer texts no concept matched). */
  actor: string[];
  action: string;
  target?: string;
  /** Facts by left-operand IRI (context concepts, `regc:monetaryValue`, `odrl:dateTime`, …). */
  facts: Record<string, Value[]>;
  /** Units (IRIs, e.g. a currency) facts are stated in; a fact without one is taken in the norm's unit. */
  units?: Record<string, string>;
}

export type DeonticStatus =
  | 'obligatory'
  | 'permitted'
  | 'prohibited'
  | 'not-regulated'
  | 'needs-more-information'
  /** Norms that apply disagree and no principle decides between them. */
  | 'conflict';

/** A norm as an evaluation cites it: IRI, kind and where it was written. */
export interface NormCitation {
  iri: string;
  kind: NormKind;
  /** An advisory norm ("should") decides an answer only as advice. */
  strength: Strength;
  source: { file: string; line: number; column: number };
  text: string;
}

/** One decided conflict on the way to the answer. */
export interface PrecedenceStep {
  conflict: string;
  winner: string;
  defeated: string;
  principle: Principle;
  explanation: string;
}

export interface Evaluation {
  situation?: string;
  status: DeonticStatus;
  /** The norm the answer rests on (null when nothing applies or the answer is undetermined). */
  deciding: NormCitation | null;
  /** Norms that apply and lose to another applicable norm. */
  defeated: NormCitation[];
  /** The resolutions between applicable norms, winners before the norms they defeat. */
  chain: PrecedenceStep[];
  /** Facts (left-operand IRIs, or condition texts) the answer turns on that the situation does not state. */
  missing: string[];
  /** Every norm that applies. */
  applicable: NormCitation[];
  /** Norms that apply or not depending on the missing facts. */
  undetermined: NormCitation[];
  /** Unresolved conflicts between applicable norms. */
  conflicts: string[];
}
