import assert from 'node:assert/strict';
import { booleanFacts } from '../../../src/backends/auditor/atomics.js';
import type { Condition, Constraint } from '../../../src/ir/index.js';

const fact = (lo: string, value: boolean): Constraint => ({ type: 'atomic', leftOperand: lo, operator: 'eq', rightOperand: [{ kind: 'boolean', value }] });
const cond = (constraint?: Constraint): Condition => ({ marker: 'if', text: 't', concepts: [], ...(constraint ? { constraint } : {}) });
const reads = (name: string, cs: Condition[], expected: ReturnType<typeof booleanFacts>) => it(name, () => assert.deepEqual(booleanFacts(cs), expected));

describe('backends/auditor/atomics', () => {
  reads('no conditions: no facts', [], []);
  reads('a boolean fact', [cond(fact('x:a', true))], [{ leftOperand: 'x:a', value: true }]);
  reads('a conjunction of facts', [cond({ type: 'logical', operator: 'and', constraints: [fact('x:a', true), fact('x:b', false)] })], [{ leftOperand: 'x:a', value: true }, { leftOperand: 'x:b', value: false }]);
  reads('a disjunction cannot be stated as facts', [cond({ type: 'logical', operator: 'or', constraints: [fact('x:a', true), fact('x:b', true)] })], undefined);
  reads('an amount is not a boolean fact', [cond({ type: 'atomic', leftOperand: 'x:v', operator: 'gt', rightOperand: [{ kind: 'number', value: 100 }] })], undefined);
  reads('an unformalised condition', [cond()], undefined);
});
