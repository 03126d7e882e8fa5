/**
 * ODRL 2.2 constraints as RDF and back (ODRL Information Model §2.5 Constraint, §2.6 Logical Constraint):
 * atomic `odrl:leftOperand` / `odrl:operator` / `odrl:rightOperand` (+ `odrl:unit`); logical `odrl:and` /
 * `odrl:or` / `odrl:xone` / `odrl:andSequence` with an RDF list of constraints. Nodes without an IRI of their own
 * are minted under their owner (`<owner>/c1`, `<owner>/c1/c2` …), never blank.
 */
import N3 from 'n3';
import type { Term } from 'n3';
import type { AtomicConstraint, Constraint, LogicalOperator, Operator, Value } from '../ir/index.js';
import { ODRL, RDF, REGC, XSD } from '../vocab/index.js';
import { bool, iri, naturalCompare, num, str, typed, type GraphReader, type Obj, type TripleSink } from './rdf.js';

const OPERATORS: readonly Operator[] = [
  'eq', 'neq', 'lt', 'lteq', 'gt', 'gteq', 'isA', 'isPartOf', 'hasPart', 'isAnyOf', 'isAllOf', 'isNoneOf',
];
const LOGICAL: readonly LogicalOperator[] = ['and', 'or', 'xone', 'andSequence'];

/** The IRI a constraint without one gets: the k-th (1-based) constraint of its owner. */
export const mintedConstraintIri = (owner: string, k: number): string => `${owner}/c${k}`;

/** The stem of the IRI a node gets under its owner from the property that points to it (`<rule>/c1`,
 * `<norm>/cond1` …): one naming for the compiled graph, analyst Turtle and ODRL policies alike. */
export const MINTED_STEMS: Readonly<Record<string, string>> = {
  [ODRL.constraint]: 'c',
  [ODRL.refinement]: 'r',
  [ODRL.and]: 'c',
  [ODRL.or]: 'c',
  [ODRL.xone]: 'c',
  [ODRL.andSequence]: 'c',
  [REGC.condition]: 'cond',
  [REGC.exception]: 'exc',
  [REGC.reference]: 'ref',
  [REGC.overridePhrase]: 'ovr',
};

/** Writes a constraint under `node` (its own IRI if it has one, else the minted one); returns the node's IRI. */
export function writeConstraint(out: TripleSink, c: Constraint, minted: string): string {
  const node = c.iri ?? minted;
  if (c.type === 'logical') {
    out.type(node, ODRL.LogicalConstraint);
    const members = c.constraints.map((m, i) => iri(writeConstraint(out, m, mintedConstraintIri(node, i + 1))));
    out.add(node, ODRL[c.operator], out.list(members));
    return node;
  }
  out.type(node, ODRL.Constraint);
  out.add(node, ODRL.leftOperand, iri(c.leftOperand));
  out.add(node, ODRL.operator, iri(ODRL[c.operator]));
  for (const v of [...c.rightOperand].sort(compareValues)) out.add(node, ODRL.rightOperand, valueTerm(v));
  if (c.unit !== undefined) out.add(node, ODRL.unit, iri(c.unit));
  return node;
}

/** Reads the constraint at `node`; `minted` is the IRI it would have had without one of its own. */
export function readConstraint(g: GraphReader, node: Term, minted: string): Constraint | undefined {
  const own = node.termType === 'NamedNode' && node.value !== minted ? { iri: node.value } : {};
  const self = node.termType === 'NamedNode' ? node.value : minted;
  for (const op of LOGICAL) {
    const operands = g.objects(node, ODRL[op]);
    if (!operands.length) continue;
    const members = operands.length === 1 && isList(g, operands[0]!) ? g.list(operands[0]!) : operands;
    const constraints: Constraint[] = [];
    members.forEach((m, i) => {
      const c = readConstraint(g, m, mintedConstraintIri(self, i + 1));
      if (c) constraints.push(c);
    });
    return { type: 'logical', ...own, operator: op, constraints };
  }
  const left = g.iriValue(node, ODRL.leftOperand);
  const opIri = g.iriValue(node, ODRL.operator);
  const operator = opIri?.startsWith(ODRL.ns) ? (opIri.slice(ODRL.ns.length) as Operator) : undefined;
  if (!left || !operator || !OPERATORS.includes(operator)) return undefined;
  const atomic: AtomicConstraint = {
    type: 'atomic',
    ...own,
    leftOperand: left,
    operator,
    rightOperand: g.objects(node, ODRL.rightOperand).flatMap((t) => (isList(g, t) ? g.list(t) : [t])).map(termValue).sort(compareValues),
  };
  const unit = g.iriValue(node, ODRL.unit);
  if (unit !== undefined) atomic.unit = unit;
  return atomic;
}

/** The nodes a subject's `odrl:constraint` (or another property) points to, in their minted order. */
export function orderedNodes(g: GraphReader, subject: string | Term, predicate: string, mintedPattern: (iri: string) => number | undefined): Term[] {
  const key = (t: Term): number => (t.termType === 'NamedNode' ? mintedPattern(t.value) : undefined) ?? Number.MAX_SAFE_INTEGER;
  return g.objects(subject, predicate).sort((a, b) => key(a) - key(b) || naturalCompare(a.value, b.value));
}

/** The k of `<owner>/<stem>k`, if `iri` is one. */
export function mintedIndex(owner: string, stem: string): (iri: string) => number | undefined {
  const prefix = `${owner}/${stem}`;
  return (value) => {
    if (!value.startsWith(prefix)) return undefined;
    const rest = value.slice(prefix.length);
    return /^[1-9]\d*$/.test(rest) ? Number(rest) : undefined;
  };
}

function isList(g: GraphReader, t: Term): boolean {
  if (t.termType === 'NamedNode') return t.value === RDF.nil;
  return t.termType === 'BlankNode' && g.object(t, RDF.first) !== undefined;
}

export function valueTerm(v: Value): Obj {
  switch (v.kind) {
    case 'number': return num(v.value);
    case 'date': return typed(v.value, XSD.date);
    case 'dateTime': return typed(v.value, XSD.dateTime);
    case 'boolean': return bool(v.value);
    case 'iri': return iri(v.value);
    case 'string': return str(v.value);
  }
}

const NUMERIC = new Set([
  XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.int, XSD.long, XSD.short, XSD.byte, XSD.nonNegativeInteger,
  XSD.positiveInteger, XSD.negativeInteger, XSD.nonPositiveInteger, XSD.unsignedLong, XSD.unsignedInt,
  XSD.unsignedShort, XSD.unsignedByte,
]);

export function termValue(t: Term): Value {
  if (t.termType !== 'Literal') return { kind: 'iri', value: t.value };
  const dt = (t as N3.Literal).datatype.value;
  if (dt === XSD.date) return { kind: 'date', value: t.value };
  if (dt === XSD.dateTime || dt === XSD.dateTimeStamp) return { kind: 'dateTime', value: t.value };
  if (dt === XSD.boolean) return { kind: 'boolean', value: t.value === 'true' || t.value === '1' };
  if (NUMERIC.has(dt) && Number.isFinite(Number(t.value))) return { kind: 'number', value: Number(t.value) };
  return { kind: 'string', value: t.value };
}

/** The canonical order of right-operand values (a set in ODRL): by kind, then value. */
export function compareValues(a: Value, b: Value): number {
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  if (a.kind === 'number' && b.kind === 'number') return a.value - b.value;
  return naturalCompare(String(a.value), String(b.value));
}
