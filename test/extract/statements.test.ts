import assert from 'node:assert/strict';
import { statementKind } from '../../src/extract/statements.js';

describe('extract/statements', () => {
  const kind = (sentence: string, expected: string | undefined) =>
    it(`${JSON.stringify(sentence)} → ${expected ?? 'may state a norm'}`, () => assert.equal(statementKind(sentence), expected));
  kind('"Gift" means anything of value.', 'definition');
  kind('“Gift” includes meals and travel.', 'definition');
  kind('For the purposes of this policy, staff includes contractors.', 'definition');
  kind('In this policy, "manager" refers to a line manager.', 'definition');
  kind('The term "official" means a public employee.', 'definition');
  kind('Hospitality means meals and entertainment.', 'definition');
  kind('This policy sets out the rules on gifts.', 'purpose');
  kind('These guidelines apply to all employees.', 'purpose');
  kind('The purpose of this section is to explain gifts.', 'purpose');
  kind('Our goal is to be fair.', 'purpose');
  kind('How should the assistant respond?', 'question');
  kind('To realize this vision, we need to prevent our models from causing serious harm.', 'means');
  kind('To do this, the assistant has to know the context.', 'means');
  kind('To apply for a refund, customers must submit the form.', undefined);
  kind('To protect users, the assistant should decline.', undefined);
  kind('Employees must report gifts.', undefined);
  kind('We pledge to act fairly.', undefined);
});
