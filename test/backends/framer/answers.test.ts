import assert from 'node:assert/strict';
import type { DeonticStatus, Evaluation, NormCitation } from '../../../src/ir/index.js';
import { answerText, labelOf, missingQuestion, reasonText, wrongAnswer } from '../../../src/backends/framer/answers.js';
import type { Label } from '../../../src/backends/framer/records.js';
import { rngFor } from '../../../src/backends/framer/random.js';
import { evaluate } from '../../../src/reasoner/evaluate.js';
import { REGC } from '../../../src/vocab/index.js';
import { amount, build, ctxOf, fact, norm, situation } from './fixtures.js';

const cite = (kind: NormCitation['kind']): NormCitation => ({ iri: 'https://w3id.org/regc/id/x/n1', kind, strength: 'strict', source: { file: 'f', line: 1, column: 1 }, text: 't' });
const ev = (status: DeonticStatus, more: Partial<Evaluation> = {}): Evaluation => ({
  status, deciding: null, defeated: [], chain: [], missing: [], applicable: [], undetermined: [], conflicts: [], ...more,
});
const labels = (status: DeonticStatus, performed: boolean, expected: Label | null, more: Partial<Evaluation> = {}) =>
  it(`${status}, ${performed ? 'performed' : 'left undone'} → ${expected}`, () => assert.equal(labelOf(ev(status, more), performed), expected));

// a gift over USD 100 is prohibited unless the Ethics Office approves; the later EMEA rule permits gifts at events
const world = () => ctxOf(build([
  norm('1', 'prohibition', { target: 'gift', when: [['worth more than USD 100', amount('gt', 100)]], unless: [['the Ethics Office has given prior approval', fact('ethicsApproval')]], text: 'Employees must not accept a gift worth more than USD 100 unless the Ethics Office has given prior approval.' }),
  norm('2', 'obligation', { action: 'offer', target: 'data', text: 'Employees must offer customer data.' }),
]));

describe('framer/answers', () => {
  describe('labelOf', () => {
    labels('prohibited', true, 'non-compliant');
    labels('prohibited', false, 'compliant');
    labels('obligatory', true, 'compliant');
    labels('obligatory', false, 'non-compliant');
    labels('permitted', true, 'compliant');
    labels('not-regulated', false, 'compliant');
    labels('needs-more-information', true, 'needs-more-information');
    labels('needs-more-information', false, 'compliant', { undetermined: [cite('prohibition')] });
    labels('needs-more-information', false, 'needs-more-information', { undetermined: [cite('obligation')] });
    labels('conflict', true, null);
  });

  it('states the decision, quotes and cites the deciding rule, and says its exception does not hold', () => {
    const c = world();
    const e = evaluate(situation('employee', 'accept', 'gift', { [REGC.monetaryValue]: 150, ethicsApproval: false }), c.view.reasoned);
    const text = answerText(c.view, c.facts, { evaluation: e, act: 'accept the gift', mode: 'may' }, rngFor(1, 'a'));
    assert.match(text, /^No\b.*must not accept the gift/);
    assert.match(text, /"Employees must not accept a gift worth more than USD 100 unless the Ethics Office has given prior approval"/);
    assert.match(text, /Its exception \(unless the Ethics Office has given prior approval\) does not apply/);
    assert.match(text, /Source: policy\/rules\/1\.$/);
  });
  it('asks for the facts it needs when the answer turns on them', () => {
    const c = world();
    const e = evaluate(situation('employee', 'accept', 'gift', {}), c.view.reasoned);
    assert.equal(e.status, 'needs-more-information');
    const text = answerText(c.view, c.facts, { evaluation: e, act: 'accept the gift', mode: 'may' }, rngFor(1, 'b'), situation('employee', 'accept', 'gift').target);
    assert.match(text, /Please tell me .*what the gift is worth/);
    assert.match(text, /whether the Ethics Office has given prior approval/);
  });
  it('says the missing facts as questions', () => {
    const c = world();
    assert.equal(missingQuestion(c.view, c.facts, REGC.monetaryValue), 'what amount is involved');
    assert.equal(missingQuestion(c.view, c.facts, 'if the matter is significant'), 'whether if the matter is significant');
  });
  it('explains a resolution by its principle', () => {
    const c = ctxOf(build([
      norm('1', 'prohibition', { target: 'gift', doc: 'emea' }),
      norm('2', 'permission', { target: 'gift', doc: 'global' }),
    ], { emea: { authority: 'regional-guideline' }, global: { authority: 'company-policy' } }));
    const conflict = c.view.conflicts[0]!;
    assert.equal(conflict.resolution?.principle, 'lex-superior');
    assert.equal(reasonText(c.view, conflict), 'a rule of the global rules (company policy) outranks one of the emea rules (regional guideline)');
  });
  describe('wrong answers', () => {
    const wrong = (name: string, status: DeonticStatus, label: Label, kind: Parameters<typeof wrongAnswer>[3], pattern: RegExp | undefined, more: Partial<Evaluation> = {}) =>
      it(name, () => {
        const c = world();
        const got = wrongAnswer(c.view, { evaluation: ev(status, more), act: 'accept the gift', mode: 'may' }, label, kind, rngFor(2, name));
        if (pattern) assert.match(got ?? '', pattern);
        else assert.equal(got, undefined);
      });
    wrong('ignoring a prohibition says go ahead', 'prohibited', 'non-compliant', 'ignores-rule', /^Yes/);
    wrong('ignoring fits only violations', 'permitted', 'compliant', 'ignores-rule', undefined);
    wrong('over-refusing a permitted act refuses it', 'permitted', 'compliant', 'over-refuses', /not|can't/);
    wrong('over-refusal does not fit a prohibition', 'prohibited', 'non-compliant', 'over-refuses', undefined);
    wrong('guessing a missing fact answers without asking', 'needs-more-information', 'needs-more-information', 'guesses-missing-fact', /^Yes, you may accept the gift/, { undetermined: [cite('prohibition')] });
    wrong('no overridden rule, no such error', 'prohibited', 'non-compliant', 'applies-overridden-rule', undefined);
  });
});
