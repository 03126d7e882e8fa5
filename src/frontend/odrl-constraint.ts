/**
 * ODRL 2.2 constraints and refinements of a policy file as Constraint IR (ODRL Information Model §2.5
 * Constraint: `leftOperand`, `operator`, `rightOperand` (one value, several, or an RDF list), `dataType`,
 * `unit`; §2.6 Logical Constraint: exactly one of `and`, `or`, `xone`, `andSequence` whose operands are an RDF
 * list of constraints). A constraint that breaks these rules is RC1009 and left out.
 */
import N3 from 'n3';
import { diag, type Constraint, type Diagnostic, type LogicalOperator, type Operator, type Value } from '../ir/index.js';
import { ODRL, XSD } from '../vocab/index.js';
import { termValue } from '../graph/constraint.js';
import type { PolicyGraph } from './odrl-graph.js';

const OPERATORS: ReadonlySet<string> = new Set<Operator>([
  'eq', 'neq', 'lt', 'lteq', 'gt', 'gteq', 'isA', 'isPartOf', 'hasPart', 'isAnyOf', 'isAllOf', 'isNoneOf',
]);
const LOGICAL: readonly LogicalOperator[] = ['and', 'or', 'xone', 'andSequence'];

/** Reads the constraint at `node`; `owner` is the rule it belongs to (for the span when the node has none). */
export function readConstraint(g: PolicyGraph, node: N3.Term, owner: string, out: Diagnostic[], within: ReadonlySet<string> = new Set()): Constraint | undefined {
  const where = () => g.span(node, owner);
  if (node.termType === 'Literal') {
    out.push(diag('RC1009', `a constraint must be a node, not the literal "${node.value}"`, where(), { nodes: [owner] }));
    return undefined;
  }
  if (within.has(node.value)) {
    out.push(diag('RC1009', `constraint ${node.value} is one of its own operands`, where(), { nodes: [node.value] }));
    return undefined;
  }
  const logical = LOGICAL.filter((op) => g.has(node, ODRL[op]));
  if (logical.length > 1) {
    out.push(diag('RC1009', `logical constraint ${node.value} has several operators (${logical.join(', ')}); ODRL allows exactly one`, where(), { nodes: [node.value] }));
    return undefined;
  }
  if (logical.length === 1) return readLogical(g, node, logical[0]!, owner, out, new Set([...within, node.value]));

  const problems: string[] = [];
  const left = g.object(node, ODRL.leftOperand);
  const op = g.object(node, ODRL.operator);
  const rights = g.objects(node, ODRL.rightOperand);
  if (!left) problems.push('no leftOperand');
  else if (left.termType === 'Literal') problems.push(`a literal leftOperand "${left.value}" (it must be an IRI)`);
  if (!op) problems.push('no operator');
  else if (op.termType !== 'NamedNode' || !op.value.startsWith(ODRL.ns) || !OPERATORS.has(op.value.slice(ODRL.ns.length))) {
    problems.push(`operator ${op.value}, which is not an ODRL operator`);
  }
  if (!rights.length) {
    problems.push(g.has(node, ODRL.rightOperandReference) ? 'a rightOperandReference, which the compiler cannot resolve' : 'no rightOperand');
  }
  if (problems.length) {
    out.push(diag('RC1009', `constraint ${node.value} has ${problems.join(', ')}`, where(), { nodes: [node.value] }));
    return undefined;
  }
  const dataType = g.object(node, ODRL.dataType);
  const values: Value[] = rights.flatMap((t) => g.list(t) ?? [t]).map((t) => valueOf(t, dataType?.value));
  const unit = g.object(node, ODRL.unit);
  return {
    type: 'atomic',
    iri: node.value,
    leftOperand: left!.value,
    operator: op!.value.slice(ODRL.ns.length) as Operator,
    rightOperand: values,
    ...(unit && unit.termType === 'NamedNode' ? { unit: unit.value } : {}),
  };
}

function readLogical(g: PolicyGraph, node: N3.Term, op: LogicalOperator, owner: string, out: Diagnostic[], within: ReadonlySet<string>): Constraint | undefined {
  const objects = g.objects(node, ODRL[op]);
  const list = objects.length === 1 ? g.list(objects[0]!) : undefined;
  if (!list && op === 'andSequence') {
    out.push(diag('RC1009', `the operands of andSequence ${node.value} must be an RDF list, which keeps their order; read in the order written`, g.span(node, owner), { severity: 'warning', nodes: [node.value] }));
  }
  const operands = list ?? objects;
  if (!operands.length) {
    out.push(diag('RC1009', `logical constraint ${node.value} has no operands`, g.span(node, owner), { nodes: [node.value] }));
    return undefined;
  }
  const constraints: Constraint[] = [];
  for (const m of operands) {
    const c = readConstraint(g, m, owner, out, within);
    if (c) constraints.push(c);
  }
  return { type: 'logical', iri: node.value, operator: op, constraints };
}

/** A right-operand term as a value; a plain literal takes the constraint's `odrl:dataType` if it has one. */
function valueOf(t: N3.Term, dataType: string | undefined): Value {
  if (t.termType === 'Literal' && dataType && (t as N3.Literal).datatype.value === XSD.string) {
    return termValue(N3.DataFactory.literal(t.value, N3.DataFactory.namedNode(dataType)));
  }
  return termValue(t);
}
