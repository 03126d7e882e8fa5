import assert from 'node:assert/strict';
import { isExistential, readExistential } from '../../src/extract/existential.js';
import { findModals } from '../../src/extract/modality.js';
import { tokenize } from '../../src/extract/tokens.js';
import { concepts } from './helpers.js';

describe('extract/existential', () => {
  /** "kind target" of the sentence's existential norm, or undefined when it states none. */
  const existential = (sentence: string, expected: string | undefined) =>
    it(`${JSON.stringify(sentence)} → ${expected ?? 'no existential norm'}`, () => {
      const t = tokenize(sentence);
      const a = findModals(t, 0, t.length)[0]!;
      const there = t.findIndex((x) => x.lower === 'there');
      const r = there >= 0 && isExistential(t, there, there + 1, a) ? readExistential(sentence, t, a, t.length, concepts()) : undefined;
      assert.equal(r && `${r.kind} ${r.pred.action.text} ${r.pred.target?.text}`, expected);
    });
  existential("In the absence of such context, there shouldn't be a disclaimer.", 'prohibition provide disclaimer');
  existential('There should be a disclaimer.', 'obligation provide disclaimer');
  existential('There must be no cash gifts.', 'prohibition provide cash gifts');
  existential('There must be a written record of every gift.', 'obligation provide written record of every gift');
  existential('There may be no instructions at all.', undefined);
  existential('There will be cases where the assistant must decline.', undefined);
  existential('There can be reasons to vary rules.', undefined);
  it('the target keeps its asset concept', () => {
    const s = 'There must be no gift.';
    const t = tokenize(s);
    assert.equal(readExistential(s, t, findModals(t, 0, t.length)[0]!, t.length, concepts())?.pred.target?.concept, 'https://example.org/orbis#gift');
  });
});
