import assert from 'node:assert/strict';
import { coreNp, findSubject, headWord, isPersonLike } from '../../src/extract/subject.js';
import { findModals } from '../../src/extract/modality.js';
import { tokenize } from '../../src/extract/tokens.js';
import { concepts } from './helpers.js';

describe('extract/subject', () => {
  const subject = (sentence: string, kind: string, text?: string) =>
    it(`${JSON.stringify(sentence)} → ${kind}${text ? ` "${text}"` : ''}`, () => {
      const t = tokenize(sentence);
      const a = findModals(t, 0, t.length)[0]!;
      const s = findSubject(t, a, 0, 0, t.length);
      assert.equal(s.kind, kind);
      if (text !== undefined) assert.equal(sentence.slice(t[s.from]!.start, t[s.to - 1]!.end), text);
    });
  subject('All employees must report.', 'np', 'employees');
  subject('Employees who receive gifts must report them.', 'np', 'Employees');
  subject('If asked, managers must report.', 'np', 'managers');
  subject('Employees, contractors, and managers must report.', 'np', 'Employees, contractors, and managers');
  subject('Some of our staff may report.', 'np', 'staff');
  subject('It must be reported.', 'pronoun');
  subject('You must report.', 'you');
  subject('This must be reported.', 'skip');
  subject('This policy must be followed.', 'skip');
  subject('There should be a disclaimer.', 'skip');
  subject('Ask whether the user can see it.', 'skip');
  subject('A tool that can be called is useful.', 'skip');
  subject('No employee may report.', 'np', 'employee');
  subject('Must report.', 'none');
  subject('Under no circumstances may employees report.', 'np', 'employees');
  subject('While the assistant should display big-picture thinking, it should never overstep.', 'np', 'assistant');
  subject('Although staff must report gifts, managers decide.', 'np', 'staff');
  subject('While language models can generate text, our models are tuned.', 'skip');
  subject('Sometimes the assistant may be interrupted.', 'np', 'assistant');
  subject('By default the assistant should answer.', 'np', 'assistant');
  subject('Use tables and fenced code blocks (which must include a language).', 'np', 'fenced code blocks');
  subject('Tell the line managers, who must approve it.', 'np', 'line managers');
  subject('Use a tool that must be approved.', 'skip');
  subject('Use fenced code blocks (which may be long).', 'skip');
  it('"No one" is a negative quantifier', () => {
    const t = tokenize('No one shall retaliate.');
    const s = findSubject(t, findModals(t, 0, t.length)[0]!, 0, 0, t.length);
    assert.equal(s.negativeQuantifier, true);
  });
  it('a second modal after "and" inherits the subject', () => {
    const t = tokenize('Staff must report and must not hide it.');
    const anchors = findModals(t, 0, t.length);
    assert.equal(findSubject(t, anchors[1]!, 1, anchors[0]!.to, t.length).kind, 'inherit');
  });
  it('core noun phrase and head word', () => {
    const t = tokenize('the members of the board who vote');
    const c = coreNp(t, 0, t.length);
    assert.deepEqual([t[c.from]!.text, t[c.to - 1]!.text, headWord(t, c.from, c.to)], ['members', 'board', 'members']);
  });
  const person = (np: string, expected: boolean) =>
    it(`"${np}" ${expected ? 'is' : 'is not'} a person`, () => {
      const t = tokenize(np);
      assert.equal(isPersonLike(t, 0, t.length, concepts()), expected);
    });
  person('the employees', true);
  person('a journalist', true);
  person('community leaders', true);
  person('these goals', false);
  person('a system or developer message', false);
  person('the tool outputs', false);
});
