import assert from 'node:assert/strict';
import { FRAMES, OTHER_LANGUAGES, inLanguage } from '../../../src/backends/auditor/language.js';
import { VERDICT_ASK } from '../../../src/backends/auditor/draft.js';

describe('backends/auditor/language', () => {
  it('German, French and Spanish', () => assert.deepEqual(OTHER_LANGUAGES, ['de', 'fr', 'es']));
  it('a situation keeps its narrative, quoted, under the verdict question of the language', () => {
    const out = inLanguage(`Here is a situation.\n\nKim accepts cash.\n\n${VERDICT_ASK}`, 'de');
    assert.equal(out, `${FRAMES.de.situation}\n\n"""\nKim accepts cash.\n"""\n\n${FRAMES.de.verdictAsk}`);
    assert.ok(!out.includes(VERDICT_ASK));
  });
  it('any other request is quoted under the frame of the language', () =>
    assert.equal(inLanguage('May I accept cash?', 'es'), `${FRAMES.es.request}\n\n"""\nMay I accept cash?\n"""`));
  it('the label words stay English so checks read them', () => {
    for (const l of OTHER_LANGUAGES) for (const w of ['compliant', 'non-compliant', 'needs more information']) assert.ok(FRAMES[l].verdictAsk.includes(w), `${l} ${w}`);
  });
});
