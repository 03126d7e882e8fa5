/**
 * "may only X": a permission restricted to X, which prohibits the alternatives. The sentence yields two
 * norms over the same act: the permission, with the restriction as an `only if` condition, and a prohibition
 * with the restriction as an `other than` exception ("The assistant may only pursue goals entailed by
 * applicable instructions" → may pursue goals only if they are entailed …; must not pursue goals other than
 * those). Both carry the same formal fact, so their contexts are complementary and the reasoner sees no
 * conflict between them. When a condition follows the act ("may only accept gifts if approved"), the
 * condition is the restriction: `only if` for the permission, an `unless` exception for the prohibition.
 */
import type { Token } from './tokens.js';
import type { RawCondition } from './conditions.js';

/** Which of the two readings of a restriction a norm is. */
export type RestrictionReading = 'permission' | 'prohibition';

export interface Restriction {
  reading: RestrictionReading;
  /** Tokens of the restricted act phrase [from, to). */
  from: number;
  to: number;
}

const STOP_PUNCT = new Set([',', ';', ':', '(', ')', '[', ']', '.', '!', '?', '—', '–']);
const CONDITION_WORDS = new Set(['if', 'when', 'whenever', 'where', 'unless', 'except', 'provided', 'providing', 'as', 'so', 'once', 'while', 'during', 'before', 'after', 'notwithstanding']);

/** End of the restricted act phrase starting at token `from`: the first stop punctuation or condition word. */
export function restrictionEnd(tokens: readonly Token[], from: number, end: number): number {
  let j = from;
  while (j < end && !(tokens[j]!.kind === 'punct' && STOP_PUNCT.has(tokens[j]!.text)) && !(j > from && CONDITION_WORDS.has(tokens[j]!.lower))) j++;
  return j;
}

const RESTRICTING_MARKERS = new Set(['if', 'when', 'where', 'provided that', 'only if']);

/**
 * The conditions and exceptions of one reading of a restriction, from the raw conditions the sentence gives
 * the norm: those inside the act phrase are part of the restriction and give way to it.
 */
export function restrictedConditions(r: Restriction, raws: readonly RawCondition[], tokens: readonly Token[]): { conditions: RawCondition[]; exceptions: RawCondition[] } {
  const outside = raws.filter((c) => c.markerFrom < r.from || c.markerFrom >= r.to);
  const conditions = outside.filter((c) => !c.exception);
  const exceptions = outside.filter((c) => c.exception);
  // "may only accept gifts if approved": the condition right after the act is the restriction
  const next = conditions.find((c) => c.markerFrom >= r.to && c.markerFrom <= r.to + 1 && RESTRICTING_MARKERS.has(c.marker));
  if (next) {
    const rest = conditions.filter((c) => c !== next);
    const onlyIf: RawCondition = { ...next, marker: 'only if' };
    const unless: RawCondition = { ...next, marker: 'unless', exception: true };
    return r.reading === 'permission'
      ? { conditions: [...rest, onlyIf].sort(byStart), exceptions }
      : { conditions: rest, exceptions: [...exceptions, unless].sort(byStart) };
  }
  if (r.to <= r.from) return { conditions, exceptions };
  const act: RawCondition = {
    marker: r.reading === 'permission' ? 'only if' : 'other than',
    exception: r.reading === 'prohibition',
    markerFrom: r.from,
    from: r.from,
    to: r.to,
    start: tokens[r.from]!.start,
    end: tokens[r.to - 1]!.end,
  };
  return r.reading === 'permission'
    ? { conditions: [...conditions, act].sort(byStart), exceptions }
    : { conditions, exceptions: [...exceptions, act].sort(byStart) };
}

function byStart(a: RawCondition, b: RawCondition): number {
  return a.start - b.start;
}
