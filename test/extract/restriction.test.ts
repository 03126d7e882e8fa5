import assert from 'node:assert/strict';
import { restrictedConditions, restrictionEnd, type Restriction } from '../../src/extract/restriction.js';
import { findConditions } from '../../src/extract/conditions.js';
import { tokenize } from '../../src/extract/tokens.js';
import { concepts } from './helpers.js';

/** Conditions and exceptions of one reading of "may only <act>", as "marker: text". */
function readings(sentence: string, act: string, reading: Restriction['reading']): string[] {
  const t = tokenize(sentence);
  const from = t.findIndex((x) => x.lower === act);
  const r: Restriction = { reading, from, to: restrictionEnd(t, from, t.length) };
  const raws = findConditions(sentence, t, 0, t.length, 0, new Set(), () => false, concepts());
  const out = restrictedConditions(r, raws, t);
  const show = (kind: string) => (c: (typeof raws)[number]) => `${kind} ${c.marker}: ${sentence.slice(c.start, c.end)}`;
  return [...out.conditions.map(show('condition')), ...out.exceptions.map(show('exception'))];
}

describe('extract/restriction', () => {
  const reads = (sentence: string, act: string, reading: Restriction['reading'], ...expected: string[]) =>
    it(`${reading} of ${JSON.stringify(sentence)} → ${expected.join(' | ')}`, () => assert.deepEqual(readings(sentence, act, reading), expected));
  reads('The assistant may only pursue goals entailed by applicable instructions, ignoring other versions.', 'pursue', 'permission', 'condition only if: pursue goals entailed by applicable instructions');
  reads('The assistant may only pursue goals entailed by applicable instructions, ignoring other versions.', 'pursue', 'prohibition', 'exception other than: pursue goals entailed by applicable instructions');
  // an amount inside the act belongs to the restriction, not to a second condition
  reads('Employees may only accept gifts worth less than USD 50.', 'accept', 'permission', 'condition only if: accept gifts worth less than USD 50');
  reads('Employees may only accept gifts worth less than USD 50.', 'accept', 'prohibition', 'exception other than: accept gifts worth less than USD 50');
  // a condition right after the act is the restriction
  reads('Managers may only approve expenses if the budget allows it.', 'approve', 'permission', 'condition only if: the budget allows it');
  reads('Managers may only approve expenses if the budget allows it.', 'approve', 'prohibition', 'exception unless: the budget allows it');
  // other conditions and exceptions apply to both readings
  reads('During a blackout period, insiders may only sell shares, unless Legal objects.', 'sell', 'prohibition', 'condition while: a blackout period', 'exception other than: sell shares', 'exception unless: Legal objects');
  it('the act phrase ends at punctuation or a condition word', () => {
    const t = tokenize('may only pursue goals entailed by instructions, ignoring others');
    assert.equal(t[restrictionEnd(t, 2, t.length)]!.text, ',');
  });
});
