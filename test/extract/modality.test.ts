import assert from 'node:assert/strict';
import { findModals } from '../../src/extract/modality.js';
import { tokenize } from '../../src/extract/tokens.js';

describe('extract/modality', () => {
  const modal = (sentence: string, ...expected: string[]) =>
    it(`${JSON.stringify(sentence)} → ${expected.join(', ') || 'no modal'}`, () => {
      const t = tokenize(sentence);
      assert.deepEqual(findModals(t, 0, t.length).map((a) => `${a.kind}/${a.strength} ${a.modal}${a.omission ? ' (omit)' : ''}`), expected);
    });
  modal('Staff must report it.', 'obligation/strict must');
  modal('Staff must always report it.', 'obligation/strict must');
  modal('Staff must not report it.', 'prohibition/strict must not');
  modal('Staff should never do it.', 'prohibition/advisory should never');
  modal('Staff may not do it.', 'prohibition/strict may not');
  modal('Staff may do it.', 'permission/strict may');
  modal('Staff need not do it.', 'permission/strict need not (omit)');
  modal("Staff needn't do it.", "permission/strict needn't (omit)");
  modal('Staff are not required to do it.', 'permission/strict are not required to (omit)');
  modal('Staff do not have to do it.', 'permission/strict do not have to (omit)');
  modal('Staff are prohibited from doing it.', 'prohibition/strict are prohibited from');
  modal('Staff are encouraged to do it.', 'obligation/advisory are encouraged to');
  modal('Staff ought to do it.', 'obligation/advisory ought to');
  modal('Staff ought not to do it.', 'prohibition/advisory ought not');
  modal('Staff must avoid doing it.', 'prohibition/strict must avoid');
  modal('Staff should refrain from doing it.', 'prohibition/advisory should refrain from');
  modal('Bribery is prohibited.', 'prohibition/strict is prohibited');
  modal('Bribery is strictly prohibited.', 'prohibition/strict is strictly prohibited');
  modal('It is important to listen.', 'obligation/advisory is important to');
  modal('It is not acceptable to lie.', 'prohibition/strict is not acceptable to');
  modal('Under no circumstances may staff do it.', 'prohibition/strict Under no circumstances may');
  modal('We expect staff to do it.', 'obligation/advisory expect … to');
  modal('We pledge to do it.', 'obligation/strict pledge to');
  modal('Leaders have the right to remove it.', 'permission/strict have the right to');
  modal('Leaders have a duty to remove it.', 'obligation/strict have a duty to');
  modal('Staff cannot do it.');
  modal('Staff may only do it.', 'permission/strict may only');
  modal('Staff can only do it.', 'permission/strict can only');
  modal('Staff should only do it.', 'obligation/advisory should');
  modal('Users may sometimes include untrusted text.');
  modal('Users can often see it.');
  modal('Staff should often check it.', 'obligation/advisory should');
  modal('Should you have questions, ask.');
  modal('That has to do with gifts.');
  modal('Staff will not tolerate it.', 'prohibition/strict will not');
  modal('They say "you must answer".');
  it('marks the predicate start after adverbs and negation', () => {
    const t = tokenize('Staff must not ever accept it.');
    assert.equal(t[findModals(t, 0, t.length)[0]!.to]!.text, 'accept');
  });
  it('marks "can" and "may" as needing a personal subject', () => {
    const t = tokenize('Staff can and may do it.');
    assert.deepEqual(findModals(t, 0, t.length).map((a) => a.needsPerson), [true, true]);
  });
});
