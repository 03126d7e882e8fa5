/** Conditions that are facts a situation can state: each formalised as `<fact> eq true|false` (alone or in a
 * conjunction). Anything else (amounts, unformalised text, disjunctions) cannot be stated as one boolean. */
import type { Condition, Constraint } from '../../ir/index.js';

export interface Atomic {
  leftOperand: string;
  value: boolean;
}

function atomsOf(c: Constraint): Atomic[] | undefined {
  if (c.type === 'logical') {
    if (c.operator !== 'and') return undefined;
    const parts = c.constraints.map(atomsOf);
    return parts.some((p) => !p) ? undefined : parts.flat() as Atomic[];
  }
  const v = c.rightOperand[0];
  if (c.operator !== 'eq' || c.rightOperand.length !== 1 || v?.kind !== 'boolean') return undefined;
  return [{ leftOperand: c.leftOperand, value: v.value }];
}

/** The boolean facts of conditions, or undefined when one of them is not such a fact. */
export function booleanFacts(conditions: readonly Condition[]): Atomic[] | undefined {
  const out: Atomic[] = [];
  for (const c of conditions) {
    if (!c.constraint) return undefined;
    const atoms = atomsOf(c.constraint);
    if (!atoms) return undefined;
    out.push(...atoms);
  }
  return out;
}
