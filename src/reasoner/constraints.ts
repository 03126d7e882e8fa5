/**
 * Three-valued (Kleene) evaluation of ODRL 2.2 constraints against the facts of a situation (ODRL Information
 * Model §2.5 Constraint, §2.6 Logical Constraint; operator definitions of the ODRL 2.2 vocabulary). Unknown
 * facts give `unknown`, and `missing` names the left operands whose value could still change the answer.
 *
 * Semantics, per operator (L = the fact's values, R = the right operand's values):
 * - `eq` `neq` `lt` `lteq` `gt` `gteq` hold when they hold for every pair of L × R. Numbers compare by value,
 *   strings by code points, IRIs and booleans only by (in)equality. Date-times compare as instants; one without
 *   a time zone is compared as XML Schema does (it may lie anywhere within ±14:00), so a comparison it cannot
 *   settle is `unknown`. A date against a date-time stands for its whole day. Values of different kinds do not
 *   compare: `unknown`.
 * - `isA` (every value of L is, or is a narrower concept of, a value of R: `ctx.isA`), `isPartOf` (every value
 *   of L is, or is part of, a value of R: `ctx.partOf`), `hasPart` (every value of R is, or is part of, a value
 *   of L), `isAnyOf` (some value of L is in R), `isAllOf` (every value of R is in L), `isNoneOf` (no value of L
 *   is in R). Without `ctx` only identity settles a hierarchy question; otherwise the answer is `unknown`.
 * - Units (e.g. a currency): the constraint's unit and the fact's must be the same, else `unknown`.
 * - `and` / `or`: Kleene conjunction and disjunction (false ∧ unknown = false, true ∨ unknown = true).
 * - `xone`: exactly one operand is true: false as soon as two are true or all are false; unknown while the
 *   unknown operands could still make the count exactly one.
 * - `andSequence`: the operands must all be satisfied, one after the other. A static check of one situation
 *   cannot observe the succession, so it holds when every operand holds (as `and`); "in order" shows in
 *   `missing`, which names only the facts of the first operand, in list order, that is not yet known to hold —
 *   later operands matter only once it does.
 */
import type { AtomicConstraint, Constraint, LogicalConstraint, Value } from '../ir/index.js';

export type TruthValue = 'true' | 'false' | 'unknown';

export interface Truth {
  value: TruthValue;
  /** Left operand IRIs the answer turns on (only when `value` is `unknown`), sorted, without repeats. */
  missing: string[];
}

/** The facts of a situation: the values of each left operand, and the unit they are stated in. */
export interface Facts {
  /** The values the situation states for a left operand; `undefined` when it states none (unknown). */
  get(leftOperand: string): Value[] | undefined;
  /** The unit (IRI, e.g. a currency) the values of a left operand are in, if any. */
  unit?(leftOperand: string): string | undefined;
}

/** Hierarchy questions the set operators need (both reflexive or not; identity is always accepted). */
export interface HierarchyContext {
  /** `a` is an instance, or a narrower concept, of `b`. */
  isA(a: string, b: string): boolean;
  /** `a` is part of `b` (ODRL `odrl:partOf`, transitively). */
  partOf(a: string, b: string): boolean;
}

/** A fact as `factsFrom` accepts it: a value, several, a bare number or boolean, or values with a unit. */
export type FactInput = Value | Value[] | number | boolean | { values: Value | Value[]; unit: string };

/** Facts from a record (or map) of left operand IRI → value(s). */
export function factsFrom(record: Readonly<Record<string, FactInput>> | ReadonlyMap<string, FactInput>): Facts {
  const values = new Map<string, Value[]>();
  const units = new Map<string, string>();
  const entries = record instanceof Map ? [...record.entries()] : Object.entries(record as Record<string, FactInput>);
  for (const [left, input] of entries) {
    if (typeof input === 'number') values.set(left, [{ kind: 'number', value: input }]);
    else if (typeof input === 'boolean') values.set(left, [{ kind: 'boolean', value: input }]);
    else if (Array.isArray(input)) values.set(left, [...input]);
    else if ('unit' in input && 'values' in input) {
      values.set(left, Array.isArray(input.values) ? [...input.values] : [input.values]);
      units.set(left, input.unit);
    } else values.set(left, [input as Value]);
  }
  return { get: (left) => values.get(left), unit: (left) => units.get(left) };
}

const TRUE: Truth = { value: 'true', missing: [] };
const FALSE: Truth = { value: 'false', missing: [] };
const unknown = (missing: Iterable<string>): Truth => ({ value: 'unknown', missing: [...new Set(missing)].sort() });

/** Evaluates a constraint against the facts; see the header for the semantics of each operator. */
export function evaluateConstraint(c: Constraint, facts: Facts, ctx?: HierarchyContext): Truth {
  return c.type === 'logical' ? evaluateLogical(c, facts, ctx) : evaluateAtomic(c, facts, ctx);
}

/** Conjunction of several constraints (a norm's `constraints`): Kleene `and`. */
export function evaluateAll(cs: readonly Constraint[], facts: Facts, ctx?: HierarchyContext): Truth {
  return combineAnd(cs.map((c) => evaluateConstraint(c, facts, ctx)));
}

function evaluateLogical(c: LogicalConstraint, facts: Facts, ctx?: HierarchyContext): Truth {
  const parts = c.constraints.map((m) => evaluateConstraint(m, facts, ctx));
  switch (c.operator) {
    case 'and':
      return combineAnd(parts);
    case 'or':
      if (parts.some((p) => p.value === 'true')) return TRUE;
      if (parts.every((p) => p.value === 'false')) return FALSE;
      return unknown(parts.flatMap((p) => p.missing));
    case 'xone': {
      const yes = parts.filter((p) => p.value === 'true').length;
      const open = parts.filter((p) => p.value === 'unknown');
      if (yes > 1) return FALSE;
      if (open.length === 0) return yes === 1 ? TRUE : FALSE;
      return unknown(open.flatMap((p) => p.missing));
    }
    case 'andSequence': {
      if (parts.some((p) => p.value === 'false')) return FALSE;
      const first = parts.find((p) => p.value === 'unknown');
      return first ? unknown(first.missing) : TRUE;
    }
  }
}

function combineAnd(parts: readonly Truth[]): Truth {
  if (parts.some((p) => p.value === 'false')) return FALSE;
  if (parts.every((p) => p.value === 'true')) return TRUE;
  return unknown(parts.flatMap((p) => p.missing));
}

function evaluateAtomic(c: AtomicConstraint, facts: Facts, ctx?: HierarchyContext): Truth {
  const left = facts.get(c.leftOperand);
  if (left === undefined || left.length === 0) return unknown([c.leftOperand]);
  if ((facts.unit?.(c.leftOperand) ?? undefined) !== c.unit) return unknown([c.leftOperand]);
  const right = c.rightOperand;
  let t: TruthValue;
  switch (c.operator) {
    case 'eq': case 'neq': case 'lt': case 'lteq': case 'gt': case 'gteq': {
      const op: Comparison = c.operator;
      t = all(left, (l) => all(right, (r) => compareBy(op, l, r)));
      break;
    }
    case 'isA':
      t = all(left, (l) => any(right, (r) => related(l, r, ctx?.isA)));
      break;
    case 'isPartOf':
      t = all(left, (l) => any(right, (r) => related(l, r, ctx?.partOf)));
      break;
    case 'hasPart':
      t = all(right, (r) => any(left, (l) => related(r, l, ctx?.partOf)));
      break;
    case 'isAnyOf':
      t = any(left, (l) => any(right, (r) => equal(l, r)));
      break;
    case 'isAllOf':
      t = all(right, (r) => any(left, (l) => equal(l, r)));
      break;
    case 'isNoneOf':
      t = not(any(left, (l) => any(right, (r) => equal(l, r))));
      break;
  }
  return t === 'unknown' ? unknown([c.leftOperand]) : t === 'true' ? TRUE : FALSE;
}

// ---- three-valued helpers -------------------------------------------------------------------------------

function all<T>(xs: readonly T[], f: (x: T) => TruthValue): TruthValue {
  let open = false;
  for (const x of xs) {
    const v = f(x);
    if (v === 'false') return 'false';
    if (v === 'unknown') open = true;
  }
  return open ? 'unknown' : 'true';
}

function any<T>(xs: readonly T[], f: (x: T) => TruthValue): TruthValue {
  let open = false;
  for (const x of xs) {
    const v = f(x);
    if (v === 'true') return 'true';
    if (v === 'unknown') open = true;
  }
  return open ? 'unknown' : 'false';
}

const not = (v: TruthValue): TruthValue => (v === 'true' ? 'false' : v === 'false' ? 'true' : 'unknown');
const truth = (b: boolean): TruthValue => (b ? 'true' : 'false');

/** Identity, or the hierarchy relation when the context has one; unknown when it cannot be decided. */
function related(a: Value, b: Value, rel: ((a: string, b: string) => boolean) | undefined): TruthValue {
  const e = equal(a, b);
  if (e !== 'false') return e;
  if (a.kind !== 'iri' || b.kind !== 'iri') return 'false';
  return rel ? truth(rel(a.value, b.value)) : 'unknown';
}

// ---- comparisons --------------------------------------------------------------------------------------

type Order = -1 | 0 | 1;
type Comparison = 'eq' | 'neq' | 'lt' | 'lteq' | 'gt' | 'gteq';

/** Value equality (`eq`), three-valued. */
function equal(a: Value, b: Value): TruthValue {
  return compareBy('eq', a, b);
}

function compareBy(op: Comparison, a: Value, b: Value): TruthValue {
  // a date against a date-time stands for its whole day: compare the instant with the day's bounds
  if (a.kind === 'dateTime' && b.kind === 'date') return instantAgainstDay(op, a.value, b.value);
  if (a.kind === 'date' && b.kind === 'dateTime') return instantAgainstDay(mirror(op), b.value, a.value);
  const order = compareValues(a, b);
  if (order === undefined) return 'unknown';
  if (order === 'unordered') return op === 'eq' ? 'false' : op === 'neq' ? 'true' : 'unknown';
  if (order === 'equal') return op === 'eq' ? 'true' : op === 'neq' ? 'false' : 'unknown';
  if (typeof order === 'object') return fromInterval(op, order.lo, order.hi);
  return fromOrder(op, order);
}

function fromOrder(op: Comparison, o: Order): TruthValue {
  switch (op) {
    case 'eq': return truth(o === 0);
    case 'neq': return truth(o !== 0);
    case 'lt': return truth(o < 0);
    case 'lteq': return truth(o <= 0);
    case 'gt': return truth(o > 0);
    case 'gteq': return truth(o >= 0);
  }
}

/** The comparison when the order of a and b is only known to lie between lo and hi (inclusive). */
function fromInterval(op: Comparison, lo: Order, hi: Order): TruthValue {
  const seen = new Set<TruthValue>();
  for (let o = lo; o <= hi; o++) seen.add(fromOrder(op, o as Order));
  return seen.size === 1 ? [...seen][0]! : 'unknown';
}

function mirror(op: Comparison): Comparison {
  return op === 'lt' ? 'gt' : op === 'gt' ? 'lt' : op === 'lteq' ? 'gteq' : op === 'gteq' ? 'lteq' : op;
}

/**
 * How a compares with b: an order; an interval of possible orders (date-times without a time zone);
 * 'equal' / 'unordered' for kinds with equality but no order (IRIs, booleans); undefined when the kinds do
 * not compare or a value does not parse.
 */
function compareValues(a: Value, b: Value): Order | { lo: Order; hi: Order } | 'equal' | 'unordered' | undefined {
  switch (a.kind) {
    case 'number':
      return b.kind === 'number' ? sign(a.value - b.value) : undefined;
    case 'string':
      return b.kind === 'string' ? sign(a.value < b.value ? -1 : a.value > b.value ? 1 : 0) : undefined;
    case 'iri':
      return b.kind === 'iri' ? (a.value === b.value ? 'equal' : 'unordered') : undefined;
    case 'boolean':
      return b.kind === 'boolean' ? (a.value === b.value ? 'equal' : 'unordered') : undefined;
    case 'date': {
      if (b.kind !== 'date') return undefined;
      const x = parseDate(a.value);
      const y = parseDate(b.value);
      if (!x || !y) return undefined;
      return instantOrder(x.start, x.zoned, y.start, y.zoned);
    }
    case 'dateTime': {
      if (b.kind !== 'dateTime') return undefined;
      const x = parseDateTime(a.value);
      const y = parseDateTime(b.value);
      if (!x || !y) return undefined;
      return instantOrder(x.ms, x.zoned, y.ms, y.zoned);
    }
  }
}

/** XML Schema 1.1 §3.3.7.4: a value without a time zone lies somewhere within ±14:00 of its UTC reading. */
const ZONE_SLACK = 14 * 3600 * 1000;

function instantOrder(x: number, xz: boolean, y: number, yz: boolean): Order | { lo: Order; hi: Order } {
  if (xz === yz) return sign(x - y);
  const lo = sign(x - y - ZONE_SLACK);
  const hi = sign(x - y + ZONE_SLACK);
  return lo === hi ? lo : { lo, hi };
}

function instantAgainstDay(op: Comparison, dateTime: string, date: string): TruthValue {
  const t = parseDateTime(dateTime);
  const d = parseDate(date);
  if (!t || !d) return 'unknown';
  const slack = t.zoned === d.zoned ? 0 : ZONE_SLACK;
  const end = d.start + 24 * 3600 * 1000;
  // within the day for sure / outside for sure, allowing for an unknown time zone on one side
  const before = t.ms + slack < d.start;
  const after = t.ms - slack >= end;
  const inside = t.ms - slack >= d.start && t.ms + slack < end;
  const maybeBefore = t.ms - slack < d.start;
  const maybeAfter = t.ms + slack >= end;
  const maybeInside = t.ms + slack >= d.start && t.ms - slack < end;
  const three = (sure: boolean, maybe: boolean): TruthValue => (sure ? 'true' : maybe ? 'unknown' : 'false');
  switch (op) {
    case 'eq': return three(inside, maybeInside);
    case 'neq': return not(three(inside, maybeInside));
    case 'lt': return three(before, maybeBefore);
    case 'gteq': return not(three(before, maybeBefore));
    case 'gt': return three(after, maybeAfter);
    case 'lteq': return not(three(after, maybeAfter));
  }
}

const sign = (n: number): Order => (n < 0 ? -1 : n > 0 ? 1 : 0);

const DATE_TIME = /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const DATE = /^(-?\d{4,})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$/;

/** Milliseconds since the epoch (fractions kept), and whether a time zone was given. */
export function parseDateTime(s: string): { ms: number; zoned: boolean } | undefined {
  const m = DATE_TIME.exec(s.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, sec, frac, zone] = m;
  const hour = Number(h);
  if (hour > 24 || (hour === 24 && (Number(mi) !== 0 || Number(sec) !== 0))) return undefined;
  const base = utc(Number(y), Number(mo), Number(d), hour, Number(mi), Number(sec));
  if (base === undefined) return undefined;
  const ms = base + (frac ? Number(frac) * 1000 : 0) - zoneOffset(zone);
  return { ms, zoned: zone !== undefined };
}

/** The start of the day in milliseconds since the epoch, and whether a time zone was given. */
export function parseDate(s: string): { start: number; zoned: boolean } | undefined {
  const m = DATE.exec(s.trim());
  if (!m) return undefined;
  const [, y, mo, d, zone] = m;
  const base = utc(Number(y), Number(mo), Number(d), 0, 0, 0);
  if (base === undefined) return undefined;
  return { start: base - zoneOffset(zone), zoned: zone !== undefined };
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number): number | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || mi > 59 || s > 60) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, 0);
  if (date.getUTCDate() !== d && h !== 24) return undefined; // 31 February and the like
  return date.getTime();
}

/** Offset of a time zone designator in milliseconds (east of UTC positive). */
function zoneOffset(zone: string | undefined): number {
  if (!zone || zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const [h, m] = zone.slice(1).split(':').map(Number);
  return sign * ((h ?? 0) * 60 + (m ?? 0)) * 60 * 1000;
}
