import assert from 'node:assert/strict';
import { findConditions, formalise, slugOf, toCondition } from '../../src/extract/conditions.js';
import { tokenize } from '../../src/extract/tokens.js';
import { factIri } from '../../src/vocab/index.js';
import { concepts, ORBIS } from './helpers.js';

function conditions(text: string, firstSubject = 0) {
  const t = tokenize(text);
  return findConditions(text, t, 0, t.length, firstSubject, new Set(), () => false, concepts()).map((c) => ({ c, t }));
}

describe('extract/conditions', () => {
  const finds = (text: string, ...expected: string[]) =>
    it(`${JSON.stringify(text)} → ${expected.join(' | ') || 'none'}`, () =>
      assert.deepEqual(conditions(text).map(({ c }) => `${c.exception ? 'exception' : 'condition'} ${c.marker}: ${text.slice(c.start, c.end)}`), expected));
  finds('must report it unless approved by the Ethics Office', 'exception unless: approved by the Ethics Office');
  finds('must report it if asked, and keep records', 'condition if: asked');
  finds('may accept it only if authorised', 'condition only if: authorised');
  finds('must not trade during a blackout period', 'condition while: a blackout period');
  finds('must not trade while in possession of inside information', 'condition while: in possession of inside information');
  finds('While the assistant should display big-picture thinking, it should never overstep');
  finds('must not accept gifts, except for promotional items', 'exception except: promotional items');
  finds('must not accept gifts except as provided in Section 4');
  finds('must not use assets for purposes other than business', 'exception other than: business');
  finds('must not accept it without prior written approval of their manager', 'exception unless: prior written approval of their manager');
  finds('must act without delay');
  finds('may accept it with manager approval', 'condition if: manager approval');
  finds('must report it as if it were a gift');
  finds('must file it, where possible', 'condition where: possible');
  finds('must file it in places where possible');
  finds('must report gifts worth more than USD 100', 'condition constraint: worth more than USD 100');
  finds('must finish before 1 January 2027', 'condition before: 1 January 2027');
  finds('may use it after March 31, 2026', 'condition after: March 31, 2026');
  it('an initial condition ends at the comma before the subject', () => {
    const text = 'If a gift is offered, employees must report it, or managers will.';
    assert.deepEqual(conditions(text, 6).map(({ c }) => text.slice(c.start, c.end)), ['a gift is offered']);
  });

  const formal = (marker: Parameters<typeof formalise>[0], text: string, expected: string) =>
    it(`formalises ${marker} "${text}" as ${expected}`, () => {
      const t = tokenize(text);
      const c = formalise(marker, text, t, 0, t.length, concepts());
      assert.ok(c.type === 'atomic');
      assert.equal(`${c.leftOperand.replace(ORBIS, 'orbis:').replace(factIri(''), 'fact:').replace(/^.*[#/]/, (m) => m)} ${c.operator} ${c.rightOperand.map((v) => v.value).join(',')}`, expected);
    });
  formal('unless', 'approved by the Ethics Office', 'orbis:ethicsApproval eq true');
  formal('if', 'the gift is worth more than USD 100', 'https://w3id.org/regc/ns#monetaryValue gt 100');
  formal('before', '1 January 2027', 'http://www.w3.org/ns/odrl/2/dateTime lt 2027-01-01');
  formal('if', 'the supplier is a competitor', 'fact:supplier-competitor eq true');
  formal('if', 'manager approval has not been given', 'orbis:managerApproval eq false');
  it('slugs drop filler and negation words', () => assert.equal(slugOf("The gift isn't from the supplier's office"), 'gift-isn-t-from-supplier-office'));
  it('a condition lists the concepts it mentions', () => {
    const [{ c, t }] = conditions('must not accept it unless the manager approves the gift') as [{ c: Parameters<typeof toCondition>[0]; t: ReturnType<typeof tokenize> }];
    const cond = toCondition(c, 'must not accept it unless the manager approves the gift', t, concepts());
    assert.deepEqual(cond.concepts.map((x) => x.replace(ORBIS, '')), ['manager', 'gift']);
  });
});
