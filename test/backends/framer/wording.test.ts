import assert from 'node:assert/strict';
import { actPhrase, citeLong, citeShort, modalOf, ruleClause, sourceRef, statement, targetPhrase, wording } from '../../../src/backends/framer/wording.js';
import { amount, build, ctxOf, fact, norm } from './fixtures.js';

const built = () => ctxOf(build([
  norm('1', 'prohibition', { target: 'gift', when: [['worth more than USD 100', amount('gt', 100)]], unless: [['the Ethics Office has given prior approval', fact('ethicsApproval')]], text: 'Employees must not accept a gift worth more than USD 100 unless the Ethics Office has given prior approval.' }),
  norm('2', 'obligation', { bearer: 'ethicsOffice', action: 'offer', target: 'data', advisory: true }),
]));

describe('framer/wording', () => {
  it('says a norm in one sentence, with its conditions and exceptions', () => {
    const c = built();
    const w = wording(c.view, c.view.norms[0]!);
    assert.equal(w.bearerMany, 'employees');
    assert.equal(w.verb, 'accept');
    assert.equal(w.target, 'a gift');
    assert.equal(w.modal, 'must not');
    assert.deepEqual(w.exceptions, ['unless the Ethics Office has given prior approval']);
    assert.equal(statement(w), 'Employees must not accept a gift worth more than USD 100, unless the Ethics Office has given prior approval.');
    assert.equal(actPhrase(w), 'accept a gift worth more than USD 100');
    assert.equal(actPhrase(w, { modifiers: false }), 'accept a gift');
    assert.match(ruleClause(w), /^employees must not accept a gift/);
  });
  it('an advisory obligation of an organisational unit', () => {
    const c = built();
    const w = wording(c.view, c.view.norms[1]!);
    assert.equal(w.modal, 'should');
    assert.equal(w.bearerMany, 'the Ethics Office');
    assert.equal(w.bearerIsUnit, true);
    assert.equal(w.target, 'customer data');
  });
  it('cites document, section and paragraph, with the clause id regc explain accepts', () => {
    const c = built();
    const w = wording(c.view, c.view.norms[0]!);
    assert.equal(citeShort(w.cite), 'Section 2 Rules, paragraph (1) of the policy rules');
    assert.equal(citeLong(w.cite), 'The policy rules, Section 2 Rules, paragraph (1) [policy/rules/1]');
    assert.equal(sourceRef(w.cite), 'policy/rules/1');
  });
  it('reads "need not" as a permission to leave the act undone', () => {
    assert.deepEqual(modalOf({ ...norm('1', 'permission'), modal: 'need not' }), { modal: 'need not', omissive: true });
    assert.deepEqual(modalOf(norm('1', 'prohibition', { advisory: true })), { modal: 'should not', omissive: false });
  });
  it('a text target keeps the preposition the sentence gives it', () => {
    const c = built();
    const n = { ...norm('1', 'prohibition'), target: { text: 'behalf of Orbis' }, text: 'Employees must not speak on behalf of Orbis.' };
    assert.equal(targetPhrase(c.view, 'text:behalf of orbis', n, 'one'), 'on behalf of Orbis');
  });
});
