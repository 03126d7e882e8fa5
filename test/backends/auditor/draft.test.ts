import assert from 'node:assert/strict';
import { partsOfQuestion, sentences, withoutAsk } from '../../../src/backends/auditor/draft.js';

describe('backends/auditor/draft', () => {
  it('splits a first-person question into sentences', () =>
    assert.deepEqual(sentences('I am an employee. I want to accept cash. May I?'), ['I am an employee.', 'I want to accept cash.', 'May I?']));
  it('reads background and act from a question', () =>
    assert.deepEqual(partsOfQuestion('I am an employee. I want to accept cash. The host attends. May I?', 'gifts'), {
      background: ['I am an employee.', 'The host attends.'], act: 'accept cash', topic: 'gifts',
    }));
  it('a question without "I want to" has no act', () => assert.equal(partsOfQuestion('Who must report?', 't').act, undefined));
  it('drops the closing question', () => assert.equal(withoutAsk('I am an employee. I want to accept cash. May I?'), 'I am an employee. I want to accept cash.'));
});
