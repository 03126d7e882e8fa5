/**
 * Satisfiability and containment of contexts (a conjunction of ODRL constraints minus exceptions), exactly, by
 * partitioning: each left operand's domain is cut into the classes its constants induce — intervals and points
 * for numbers and dates (eq, neq, lt, lteq, gt, gteq), concept cones for isA / isPartOf / hasPart, values for
 * isAnyOf / isAllOf / isNoneOf — one witness per class is taken, and both contexts are evaluated on every
 * combination of witnesses, through logical constraints (and, or, xone, andSequence; ODRL 2.2 §2.5.2).
 * Open world: a concept may have instances no named concept describes, so a fresh witness stands for them.
 */
import type { AtomicConstraint, Constraint, ScopeRelation, Value } from '../ir/index.js';
import { parseDate, parseDateTime } from './constraints.js';
import type { HierarchyView } from './hierarchy.js';

/** Where a norm applies, as far as its conditions say. */
export interface Context {
  /** Constraints that must all hold (conditions; refinements where the comparison includes them). */
  all: Constraint[];
  /** Exceptions: the norm does not apply when any of them holds. */
  none: Constraint[];
  /** Texts of conditions and exceptions with no formal version: they narrow the scope by an unknown amount. */
  unformalised: string[];
}

export const EMPTY_CONTEXT: Context = { all: [], none: [], unformalised: [] };

/** The isA and partOf orders of constraint values. */
export interface ValueOrders {
  isA: HierarchyView;
  partOf: HierarchyView;
}

/** A witness value of one left operand. */
interface Witness {
  num?: number;
  /** `kind:value` for categorical values; fresh witnesses have keys no constant has. */
  key?: string;
  /** isA ancestors (reflexive), things it is part of (reflexive), its parts (reflexive). */
  up?: ReadonlySet<string>;
  whole?: ReadonlySet<string>;
  parts?: ReadonlySet<string>;
}

/** A situation as far as the compared contexts can tell: the values of each left operand. */
type Point = Map<string, readonly Witness[]>;

/** Beyond this many witness combinations the comparison answers `unknown` (never a wrong definite answer). */
const MAX_POINTS = 20000;
const MAX_CONE = 400;

const ORDERING = new Set(['lt', 'lteq', 'gt', 'gteq']);
/** Operators a fact with several values can satisfy where no single value would. */
const SET_VALUED = new Set(['isAnyOf', 'isAllOf', 'hasPart']);
const MAX_SET_BASE = 6;
const DAY = 86400000;

/** Compares contexts; results are memoised by the contexts' canonical text, so reuse one per reasoning run. */
export class ContextComparer {
  private readonly memo = new Map<number, ScopeRelation>();
  private readonly satMemo = new Map<number, boolean | 'unknown'>();
  private readonly ids = new WeakMap<Context, number>();
  private readonly bySignature = new Map<string, number>();

  constructor(private readonly orders: ValueOrders) {}

  /** How the situations where `a` holds relate to those where `b` holds. */
  compare(a: Context, b: Context): ScopeRelation {
    const formal = this.compareFormal(a, b);
    if (a.unformalised.length || b.unformalised.length) return formal === 'disjoint' ? 'disjoint' : 'unknown';
    return formal;
  }

  /**
   * The relation for specificity: like `compare`, but a condition or exception only one context has, even
   * unformalised, narrows that context (A ∧ U ⊆ B whenever A ⊆ B).
   */
  specificity(a: Context, b: Context): ScopeRelation {
    const formal = this.compareFormal(a, b);
    if (formal === 'disjoint' || (!a.unformalised.length && !b.unformalised.length)) return formal;
    const extraA = a.unformalised.some((t) => !b.unformalised.includes(t));
    const extraB = b.unformalised.some((t) => !a.unformalised.includes(t));
    if (!extraA && !extraB) return formal;
    if (extraA && !extraB) return formal === 'equal' || formal === 'contained' ? 'contained' : 'unknown';
    if (extraB && !extraA) return formal === 'equal' || formal === 'contains' ? 'contains' : 'unknown';
    return 'unknown';
  }

  /** Whether some situation satisfies the context's formal part (`unknown` when too large to decide). */
  satisfiable(c: Context): boolean | 'unknown' {
    const key = this.idOf(c);
    let r = this.satMemo.get(key);
    if (r === undefined) {
      const rel = this.decide(c, EMPTY_CONTEXT);
      r = rel === 'unknown' ? 'unknown' : rel !== 'disjoint';
      this.satMemo.set(key, r);
    }
    return r;
  }

  /** A small number per distinct formal context (by signature), so memo keys are cheap. */
  private idOf(c: Context): number {
    let id = this.ids.get(c);
    if (id === undefined) {
      const sig = signature(c);
      id = this.bySignature.get(sig);
      if (id === undefined) this.bySignature.set(sig, (id = this.bySignature.size));
      this.ids.set(c, id);
    }
    return id;
  }

  private compareFormal(a: Context, b: Context): ScopeRelation {
    if (!a.all.length && !a.none.length && !b.all.length && !b.none.length) return 'equal';
    const ia = this.idOf(a);
    const ib = this.idOf(b);
    if (ia === ib) return this.satisfiable(a) === false ? 'disjoint' : 'equal';
    const key = ia * 0x200000 + ib;
    let r = this.memo.get(key);
    if (r === undefined) {
      r = this.decide(a, b);
      this.memo.set(key, r);
      this.memo.set(ib * 0x200000 + ia, flip(r));
    }
    return r;
  }

  private decide(a: Context, b: Context): ScopeRelation {
    const atoms = new Map<string, AtomicConstraint[]>();
    for (const c of [...a.all, ...a.none, ...b.all, ...b.none]) collectAtoms(c, atoms);
    const operands = [...atoms.keys()].sort();
    const witnesses: Witness[][][] = [];
    let points = 1;
    for (const lo of operands) {
      const w = this.witnesses(atoms.get(lo)!);
      if (!w) return 'unknown';
      witnesses.push(w);
      points *= w.length;
      if (points > MAX_POINTS) return 'unknown';
    }
    let aSat = false;
    let bSat = false;
    let both = false;
    let aOnly = false;
    let bOnly = false;
    const idx = operands.map(() => 0);
    const point: Point = new Map();
    for (;;) {
      operands.forEach((lo, i) => point.set(lo, witnesses[i]![idx[i]!]!));
      const inA = holdsContext(a, point, this.orders);
      const inB = holdsContext(b, point, this.orders);
      if (inA) aSat = true;
      if (inB) bSat = true;
      if (inA && inB) both = true;
      else if (inA) aOnly = true;
      else if (inB) bOnly = true;
      if (both && aOnly && bOnly) return 'overlap';
      let i = operands.length - 1;
      while (i >= 0 && ++idx[i]! === witnesses[i]!.length) idx[i--] = 0;
      if (i < 0) break;
    }
    if (!aSat || !bSat || !both) return 'disjoint';
    if (!aOnly && !bOnly) return 'equal';
    if (!aOnly) return 'contained';
    if (!bOnly) return 'contains';
    return 'overlap';
  }

  /** The witnesses of an operand: one value per class of its domain (sets of them for operators that look for
   * one of several values), or null when the operand cannot be partitioned. */
  private witnesses(atoms: AtomicConstraint[]): Witness[][] | null {
    const units = new Set(atoms.map((a) => a.unit ?? ''));
    if (units.size > 1) return null;
    const values = atoms.flatMap((a) => a.rightOperand);
    if (!values.length) return null;
    let single: Witness[] | null;
    if (values.every((v) => v.kind === 'number')) single = numericWitnesses(values, false);
    else if (values.every((v) => v.kind === 'date')) single = numericWitnesses(values, true);
    else if (values.every((v) => v.kind === 'dateTime')) single = numericWitnesses(values, false);
    else if (atoms.some((a) => ORDERING.has(a.operator))) return null;
    else single = this.categoricalWitnesses(atoms);
    if (!single) return null;
    if (!atoms.some((a) => SET_VALUED.has(a.operator))) return single.map((w) => [w]);
    // a fact with several values: every non-empty set of witnesses
    if (single.length > MAX_SET_BASE) return null;
    const sets: Witness[][] = [];
    for (let mask = 1; mask < 1 << single.length; mask++) sets.push(single.filter((_, i) => mask & (1 << i)));
    return sets;
  }

  private categoricalWitnesses(atoms: AtomicConstraint[]): Witness[] | null {
    const { isA, partOf } = this.orders;
    const out = new Map<string, Witness>();
    const named = (iri: string) => {
      const key = 'iri:' + iri;
      if (!out.has(key)) out.set(key, { key, up: isA.ancestors(iri), whole: partOf.ancestors(iri), parts: partOf.descendants(iri) });
    };
    let fresh = 0;
    const freshOne = (w: Omit<Witness, 'key'>) => {
      const key = `fresh:${fresh++}`;
      out.set(key, { key, ...w });
    };
    const none = (): ReadonlySet<string> => new Set<string>();
    const iris = new Set<string>();
    let booleans = false;
    for (const a of atoms) {
      for (const v of a.rightOperand) {
        if (v.kind === 'boolean') booleans = true;
        else if (v.kind !== 'iri') out.set(valueKey(v), { key: valueKey(v) });
        if (v.kind !== 'iri') continue;
        iris.add(v.value);
        // named concepts in the cone of the constant, each a possible class of its own
        const cone = a.operator === 'isA' ? isA.descendants(v.value)
          : a.operator === 'isPartOf' ? partOf.descendants(v.value)
          : a.operator === 'hasPart' ? partOf.ancestors(v.value)
          : undefined;
        if (!cone) continue;
        if (cone.size > MAX_CONE) return null;
        for (const d of cone) named(d);
        // a whole no named concept describes, that has the constant as a part
        if (a.operator === 'hasPart') freshOne({ up: none(), whole: none(), parts: partOf.descendants(v.value) });
      }
    }
    for (const iri of [...iris].sort()) {
      named(iri);
      // an unnamed narrower concept, and an unnamed part, of the constant
      freshOne({ up: isA.ancestors(iri), whole: none(), parts: none() });
      freshOne({ up: none(), whole: partOf.ancestors(iri), parts: none() });
    }
    if (booleans) {
      out.set('boolean:true', { key: 'boolean:true' });
      out.set('boolean:false', { key: 'boolean:false' });
    }
    const closed = booleans && [...out.keys()].every((k) => k.startsWith('boolean:'));
    if (!closed) freshOne({ up: none(), whole: none(), parts: none() });
    // witnesses no test of a right-operand value tells apart are of one class (also as members of a set of
    // values, since every operator is decided by such tests): keep one of each
    const tests = atoms.flatMap((a) => a.rightOperand.map((r) => ({ ...a, rightOperand: [r] })));
    const seen = new Set<string>();
    const kept: Witness[] = [];
    for (const w of out.values()) {
      const sig = tests.map((a) => (holdsAtom(a, [w]) ? '1' : '0')).join('');
      if (!seen.has(sig)) (seen.add(sig), kept.push(w));
    }
    return kept;
  }
}

function flip(r: ScopeRelation): ScopeRelation {
  return r === 'contains' ? 'contained' : r === 'contained' ? 'contains' : r;
}

function collectAtoms(c: Constraint, into: Map<string, AtomicConstraint[]>): void {
  if (c.type === 'logical') {
    for (const x of c.constraints) collectAtoms(x, into);
    return;
  }
  const list = into.get(c.leftOperand);
  if (list) list.push(c);
  else into.set(c.leftOperand, [c]);
}

const signatures = new WeakMap<Context, string>();

/** Canonical text of a context's formal part (constraint order does not matter); computed once per context. */
export function signature(c: Context): string {
  let sig = signatures.get(c);
  if (sig === undefined) {
    sig = `[${canonicalList(c.all)}]-[${canonicalList(c.none)}]`;
    signatures.set(c, sig);
  }
  return sig;
}

function canonicalList(list: readonly Constraint[]): string {
  return list.map(canonical).sort().join(',');
}

function canonical(c: Constraint): string {
  if (c.type === 'logical') return `${c.operator}(${c.constraints.map(canonical).join(',')})`;
  return `${c.leftOperand} ${c.operator} ${c.rightOperand.map(valueKey).join('|')}${c.unit ? ' ' + c.unit : ''}`;
}

function valueKey(v: Value): string {
  return `${v.kind}:${String(v.value)}`;
}

/** A numeric reading of a number, date (days) or date-time (milliseconds); operands never mix the three. */
function numberOf(v: Value): number | undefined {
  if (v.kind === 'number') return v.value;
  if (v.kind === 'date') {
    const d = parseDate(v.value);
    return d && !d.zoned ? d.start / DAY : undefined;
  }
  if (v.kind === 'dateTime') return parseDateTime(v.value)?.ms;
  return undefined;
}

/** Witnesses of a numeric operand: every constant, one value on each side of it, one between neighbours
 * (dates are whole days, so there the neighbours on each side suffice). Date-times with and without a time
 * zone do not compare exactly: such an operand is not partitioned. */
function numericWitnesses(values: Value[], integral: boolean): Witness[] | null {
  const zones = new Set(values.map((v) => (v.kind === 'dateTime' ? parseDateTime(v.value)?.zoned : undefined)));
  if (zones.size > 1) return null;
  const cs: number[] = [];
  for (const v of values) {
    const n = numberOf(v);
    if (n === undefined) return null;
    cs.push(n);
  }
  const sorted = [...new Set(cs)].sort((x, y) => x - y);
  const ws = new Set<number>();
  sorted.forEach((c, i) => {
    ws.add(c - 1);
    ws.add(c);
    ws.add(c + 1);
    const next = sorted[i + 1];
    if (!integral && next !== undefined) ws.add((c + next) / 2);
  });
  return [...ws].sort((x, y) => x - y).map((num) => ({ num }));
}

function holdsContext(c: Context, p: Point, orders: ValueOrders): boolean {
  for (const x of c.all) if (!holds(x, p, orders)) return false;
  for (const x of c.none) if (holds(x, p, orders)) return false;
  return true;
}

function holds(c: Constraint, p: Point, orders: ValueOrders): boolean {
  if (c.type === 'logical') {
    switch (c.operator) {
      case 'and':
      case 'andSequence':
        return c.constraints.every((x) => holds(x, p, orders));
      case 'or':
        return c.constraints.some((x) => holds(x, p, orders));
      case 'xone':
        return c.constraints.filter((x) => holds(x, p, orders)).length === 1;
    }
  }
  return holdsAtom(c, p.get(c.leftOperand)!);
}

/**
 * Whether the values `ls` of a fact satisfy an atomic constraint, with the operator semantics of
 * `constraints.ts` (`evaluateConstraint`) restricted to facts that are known: comparisons hold for every pair,
 * isA / isPartOf for every value, hasPart and isAllOf for every right-operand value, isAnyOf for some value.
 * (Plain loops: this is the innermost loop of the comparison.)
 */
function holdsAtom(a: AtomicConstraint, ls: readonly Witness[]): boolean {
  const rs = a.rightOperand;
  const op = a.operator;
  switch (op) {
    case 'eq':
    case 'neq':
    case 'lt':
    case 'lteq':
    case 'gt':
    case 'gteq':
      for (const l of ls) for (const r of rs) if (!test(op, l, r)) return false;
      return true;
    case 'isA':
    case 'isPartOf':
      for (const l of ls) if (!someRight(op, l, rs)) return false;
      return true;
    case 'hasPart':
    case 'isAllOf':
      for (const r of rs) if (!someLeft(op === 'hasPart' ? 'hasPart' : 'eq', ls, r)) return false;
      return true;
    case 'isAnyOf':
      for (const l of ls) if (someRight('eq', l, rs)) return true;
      return false;
    case 'isNoneOf':
      for (const l of ls) if (someRight('eq', l, rs)) return false;
      return true;
  }
}

function someRight(op: AtomicConstraint['operator'], l: Witness, rs: readonly Value[]): boolean {
  for (const r of rs) if (test(op, l, r)) return true;
  return false;
}

function someLeft(op: AtomicConstraint['operator'], ls: readonly Witness[], r: Value): boolean {
  for (const l of ls) if (test(op, l, r)) return true;
  return false;
}

/** One value against one right-operand value. */
function test(op: AtomicConstraint['operator'], l: Witness, r: Value): boolean {
  const same = l.num !== undefined ? l.num === numberOf(r) : l.key === valueKey(r);
  switch (op) {
    case 'eq':
      return same;
    case 'neq':
      return !same;
    case 'lt':
    case 'lteq':
    case 'gt':
    case 'gteq':
      return l.num !== undefined && ordered(op, l.num, numberOf(r));
    case 'isA':
      return same || (r.kind === 'iri' && (l.up?.has(r.value) ?? false));
    case 'isPartOf':
      return same || (r.kind === 'iri' && (l.whole?.has(r.value) ?? false));
    case 'hasPart':
      return same || (r.kind === 'iri' && (l.parts?.has(r.value) ?? false));
    default:
      return same;
  }
}

function ordered(op: AtomicConstraint['operator'], x: number, c: number | undefined): boolean {
  if (c === undefined) return false;
  return op === 'lt' ? x < c : op === 'lteq' ? x <= c : op === 'gt' ? x > c : x >= c;
}
