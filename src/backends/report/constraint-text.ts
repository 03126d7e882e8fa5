/** A formal constraint as one line for analysts (ODRL 2.2 §2.5–2.6): `regc:monetaryValue > 100 USD`, `(a or b)`. */
import type { Constraint, Operator, Value } from '../../ir/index.js';
import type { Namer } from './names.js';

const OPERATOR: Record<Operator, string> = {
  eq: '=', neq: '≠', lt: '<', lteq: '≤', gt: '>', gteq: '≥',
  isA: 'is a', isPartOf: 'is part of', hasPart: 'has part', isAnyOf: 'is any of', isAllOf: 'is all of', isNoneOf: 'is none of',
};

export function constraintText(c: Constraint, names: Namer): string {
  if (c.type === 'logical') {
    const parts = c.constraints.map((m) => constraintText(m, names));
    return parts.length === 1 ? parts[0]! : `(${parts.join(` ${c.operator} `)})`;
  }
  const values = c.rightOperand.map((v) => valueText(v, names));
  const right = values.length === 1 ? values[0]! : `{${values.join(', ')}}`;
  const unit = c.unit === undefined ? '' : ` ${unitText(c.unit, names)}`;
  return `${names.compact(c.leftOperand)} ${OPERATOR[c.operator]} ${right}${unit}`;
}

function valueText(v: Value, names: Namer): string {
  switch (v.kind) {
    case 'iri':
      return names.compact(v.value);
    case 'string':
      return JSON.stringify(v.value);
    default:
      return String(v.value);
  }
}

/** A unit by its local name (`currency:USD` → `USD`). */
function unitText(unit: string, names: Namer): string {
  const local = /[#/]([^#/]+)$/.exec(unit)?.[1];
  return local ?? names.compact(unit);
}
