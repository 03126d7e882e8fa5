import assert from 'node:assert/strict';
import N3 from 'n3';
import type { Constraint, Operator, Value } from '../../../src/ir/index.js';
import { constraintText } from '../../../src/backends/report/constraint-text.js';
import { Namer } from '../../../src/backends/report/names.js';
import { CURRENCY, ODRL, REGC } from '../../../src/vocab/index.js';
import { O, ONTOLOGY } from './helpers.js';

const names = new Namer(ONTOLOGY, new N3.Store());
const atom = (leftOperand: string, operator: Operator, rightOperand: Value[], unit?: string): Constraint => ({ type: 'atomic', leftOperand, operator, rightOperand, ...(unit ? { unit } : {}) });
const shouldRead = (c: Constraint, text: string) => it(text, () => assert.equal(constraintText(c, names), text));

describe('backends/report/constraint-text', () => {
  shouldRead(atom(REGC.monetaryValue, 'gt', [{ kind: 'number', value: 100 }], CURRENCY.USD), 'regc:monetaryValue > 100 USD');
  shouldRead(atom(`${O}managerApproval`, 'eq', [{ kind: 'boolean', value: true }]), 'orbis:managerApproval = true');
  shouldRead(atom(ODRL.dateTime, 'lteq', [{ kind: 'date', value: '2026-12-31' }]), 'odrl:dateTime ≤ 2026-12-31');
  shouldRead(atom(ODRL.purpose, 'isAnyOf', [{ kind: 'iri', value: `${O}gift` }, { kind: 'string', value: 'a "b"' }]), 'odrl:purpose is any of {orbis:gift, "a \\"b\\""}');
  shouldRead(atom(ODRL.recipient, 'neq', [{ kind: 'iri', value: `${O}employee` }]), 'odrl:recipient ≠ orbis:employee');
  shouldRead(
    { type: 'logical', operator: 'or', constraints: [atom(ODRL.count, 'lt', [{ kind: 'number', value: 3 }]), atom(`${O}managerApproval`, 'eq', [{ kind: 'boolean', value: false }])] },
    '(odrl:count < 3 or orbis:managerApproval = false)',
  );
  shouldRead({ type: 'logical', operator: 'and', constraints: [atom(ODRL.count, 'gteq', [{ kind: 'number', value: 1 }])] }, 'odrl:count ≥ 1');
});
