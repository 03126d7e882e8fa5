/** Norms before they are numbered: the parts a sentence reader found, and where in the analysed text they live. */
import type { ConceptRef, NormKind, Strength } from '../ir/index.js';
import type { Predicate } from './predicate.js';
import type { Restriction } from './restriction.js';
import type { SpanMap } from './spans.js';

/** A norm before it is numbered: its parts and where in the analysed text it lives. */
export interface Draft {
  kind: NormKind;
  strength: Strength;
  modal: string;
  bearer: ConceptRef;
  pred: Predicate;
  /** Token where the norm's part of the sentence starts (conditions from there on are its own). */
  segFrom: number;
  /** Token where the norm's subject starts: conditions before the first subject apply to every norm. */
  subjectFrom: number;
  sentence: number;
  /** One of the two readings of "may only X" (see restriction.ts). */
  restriction?: Restriction;
}

/** The source span of tokens [from, to) of the analysed text. */
export type SpanOfTokens = (from: number, to: number) => ReturnType<SpanMap['span']>;
