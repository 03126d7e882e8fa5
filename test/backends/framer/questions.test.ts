import assert from 'node:assert/strict';
import { conflictQuestions, normQuestions, phrasingsFor, precedenceNotes } from '../../../src/backends/framer/questions.js';
import { amount, build, ctxOf, fact, norm } from './fixtures.js';

const gift = norm('1', 'prohibition', { target: 'gift', when: [['worth more than USD 100', amount('gt', 100)]], unless: [['the Ethics Office has given prior approval', fact('ethicsApproval')]], text: 'Employees must not accept a gift worth more than USD 100 unless the Ethics Office has given prior approval.' });
const events = norm('2', 'permission', { target: 'gift', doc: 'emea', text: 'Employees may accept gifts.' });
const ctx = () => ctxOf(build([gift, events], { emea: { authority: 'regional-guideline' } }));

const asks = (form: string, pattern: RegExp, answer: RegExp) =>
  it(`${form}: asks ${pattern} and answers ${answer}`, () => {
    const c = ctx();
    const items = normQuestions(c, c.view.byIri.get(gift.iri)!).filter((q) => q.form === form);
    assert.ok(items.length >= 1, `no ${form} question`);
    assert.ok(items.some((q) => pattern.test(q.user)), items.map((q) => q.user).join(' | '));
    for (const q of items) assert.match(q.assistant, answer);
  });

describe('framer/questions', () => {
  asks('may', /^I am an employee\. (May I|Am I allowed to|Is it OK for me to) accept a gift\?$|^As an employee, can I accept a gift\?$/, /^(That depends|I cannot say yet)/);
  asks('what-if', /The gift is worth USD 150\. The Ethics Office has not given prior approval\. What (happens if I|if I go ahead and) accept a gift\?$/, /^You would be in breach of the rules\. No\b/);
  asks('who', /./, /^Employees\. .* says: "Employees must not accept/);
  asks('exceptions', /./, /The rule does not apply unless the Ethics Office has given prior approval\./);
  asks('conditions', /./, /applies to anything worth more than USD 100\./);
  asks('source', /./, /^The policy rules, Section 2 Rules, paragraph \(1\) \[policy\/rules\/1\]: "Employees must not/);
  asks('rule', /./, /^Employees must not accept a gift worth more than USD 100, unless the Ethics Office has given prior approval\./);

  it('asks every form in two phrasings, each a different user text', () => {
    const c = ctx();
    const items = normQuestions(c, c.view.byIri.get(gift.iri)!);
    const byForm = new Map<string, number>();
    for (const q of items) byForm.set(q.form, (byForm.get(q.form) ?? 0) + 1);
    assert.deepEqual([...byForm.values()], [2, 2, 2, 2, 2, 2, 2]);
    assert.equal(new Set(items.map((q) => q.user)).size, items.length);
  });
  it('every record names the norm, its clause and document', () => {
    const c = ctx();
    for (const q of normQuestions(c, c.view.byIri.get(gift.iri)!)) {
      assert.ok(q.provenance.norms.includes(gift.iri));
      assert.ok(q.provenance.clauses.includes(gift.clause!));
      assert.match(q.id, /^sft:[0-9a-f]{16}$/);
    }
  });
  it('says where a norm wins or loses against another', () => {
    const c = ctx();
    assert.match(precedenceNotes(c, c.view.byIri.get(events.iri)!)[0]!, /that rule prevails, because a rule of the policy rules \(company policy\) outranks one of the emea rules/);
  });
  it('asks which rule of a conflict prevails, and answers with the winner and the principle', () => {
    const c = ctx();
    const qs = conflictQuestions(c, c.view.conflicts[0]!);
    assert.equal(qs.length, 3);
    for (const q of qs) {
      assert.match(q.assistant, /^Section 2 Rules, paragraph \(1\) of the policy rules prevails over Section 2 Rules, paragraph \(1\) of the emea rules, because/);
      assert.deepEqual(q.provenance.conflicts, [c.view.conflicts[0]!.id]);
    }
  });
  it('one phrasing per form for a large corpus', () => {
    assert.equal(phrasingsFor(80_000, 100), 2);
    assert.equal(phrasingsFor(80_000, 10_000), 1);
  });
});
