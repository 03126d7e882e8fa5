import assert from 'node:assert/strict';
import { bearerFromText, bearerRef, coordinatedPersons, coordinatedRoles, passiveAgent, possessor } from '../../src/extract/bearer.js';
import { tokenize } from '../../src/extract/tokens.js';
import { concepts, ORBIS } from './helpers.js';

describe('extract/bearer', () => {
  it('a bearer phrase keeps its core text and role concept', () => {
    const s = 'All line managers who approve';
    const t = tokenize(s);
    assert.deepEqual(bearerRef(s, t, 0, t.length, concepts()), { text: 'line managers', concept: ORBIS + 'manager' });
  });
  it('a default bearer is matched to its role', () => assert.deepEqual(bearerFromText('employee', concepts()), { text: 'employee', concept: ORBIS + 'employee' }));
  it('an unknown bearer keeps its text only', () => assert.deepEqual(bearerFromText('anyone', concepts()), { text: 'anyone' }));
  const agent = (phrase: string, lemma: string, expected: string | undefined) =>
    it(`agent of "${phrase}" is ${expected ?? 'none'}`, () => {
      const t = tokenize(phrase);
      assert.equal(passiveAgent(phrase, t, 1, t.length, lemma, concepts())?.concept?.replace(ORBIS, ''), expected);
    });
  agent('produced by the assistant', 'produce', 'assistant');
  agent('approved by the Ethics Office', 'approve', undefined);
  agent('reviewed by a system', 'review', undefined);
  agent('reviewed to the end', 'review', undefined);
  const people = (phrase: string, expected: string[] | undefined) =>
    it(`people of "${phrase}": ${expected?.join(', ') ?? 'one bearer'}`, () => {
      const t = tokenize(phrase);
      const refs = coordinatedRoles(phrase, t, 0, t.length, concepts()) ?? coordinatedPersons(phrase, t, 0, t.length, concepts());
      assert.deepEqual(refs?.map((r) => r.text), expected);
    });
  people('Employees, contractors, and managers', ['Employees', 'contractors', 'managers']);
  people('Users and operators', ['Users', 'operators']);
  people('Employees and their families', undefined);
  people('Users and the tools they call', undefined);
  const owner = (phrase: string, expected: string | undefined) =>
    it(`possessor of "${phrase}" is ${expected ?? 'none'}`, () => {
      const t = tokenize(phrase);
      assert.equal(possessor(phrase, t, 0, t.length, concepts())?.text, expected);
    });
  owner("The assistant's responses", 'assistant');
  owner('the voice’s prosody', undefined);
  owner('Every scope', undefined);
  it('a named agent bears the norm too (Model Spec: "supplied by OpenAI")', () => {
    const phrase = 'supplied by OpenAI, either through this Model Spec';
    const t = tokenize(phrase);
    assert.deepEqual(passiveAgent(phrase, t, 1, t.length, 'supply', concepts()), { text: 'OpenAI' });
  });
});
