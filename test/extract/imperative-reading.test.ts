import assert from 'node:assert/strict';
import type { Diagnostic } from '../../src/ir/index.js';
import { afterRunInHead, readImperativeSentence, semicolonParts } from '../../src/extract/imperative-reading.js';
import { bearerFromText } from '../../src/extract/bearer.js';
import { findModals } from '../../src/extract/modality.js';
import { tokenize } from '../../src/extract/tokens.js';
import type { Draft } from '../../src/extract/drafts.js';
import { NO_SPAN } from '../../src/graph/span.js';
import { concepts } from './helpers.js';

/** The imperative norms of a sentence as "kind modal action", with the context bearer "assistant" (null: none). */
function imperatives(sentence: string, bearer: string | null = 'assistant'): { norms: string[]; codes: string[] } {
  const t = tokenize(sentence);
  const drafts: Draft[] = [];
  const diagnostics: Diagnostic[] = [];
  const contextBearer = bearer ? bearerFromText(bearer, concepts()) : undefined;
  readImperativeSentence(sentence, t, 0, t.length, 0, contextBearer, concepts(), drafts, diagnostics, () => NO_SPAN);
  return { norms: drafts.map((d) => `${d.kind} ${d.modal} ${d.pred.action.text}`), codes: diagnostics.map((d) => d.code) };
}

describe('extract/imperative-reading', () => {
  const reads = (sentence: string, ...expected: string[]) =>
    it(`${JSON.stringify(sentence)} → ${expected.join(' | ') || 'nothing'}`, () => assert.deepEqual(imperatives(sentence).norms, expected));
  reads('Report concerns promptly.', 'obligation imperative report');
  reads("don't condescend and don't treat teens as adults", "prohibition don't condescend", "prohibition don't treat");
  reads('When this happens, carry on where it left off, and try to avoid restarting.', 'obligation imperative carry', 'prohibition try to avoid restart');
  reads('For example, in voice mode, keep answers short.', 'obligation imperative keep');
  reads('When this happens, the assistant waits.');
  it('without a bearer, "Do not" is RC2001 and a plain verb is prose', () => {
    assert.deepEqual(imperatives('When in doubt, do not accept it.', null), { norms: [], codes: ['RC2001'] });
    assert.deepEqual(imperatives('Report concerns promptly.', null), { norms: [], codes: [] });
  });

  const parts = (sentence: string, expected: string[]) =>
    it(`parts of ${JSON.stringify(sentence)}`, () => {
      const t = tokenize(sentence);
      assert.deepEqual(semicolonParts(t, 0, t.length).map((p) => sentence.slice(t[p.from]!.start, t[p.to - 1]!.end)), expected);
    });
  parts('Avoid jargon; aim to collaborate.', ['Avoid jargon', 'aim to collaborate.']);
  parts('Be explicit (while following the style; see also X) and then refuse.', ['Be explicit (while following the style; see also X) and then refuse.']);

  const head = (sentence: string, rest: string) =>
    it(`run-in head of ${JSON.stringify(sentence)} → ${JSON.stringify(rest)}`, () => {
      const t = tokenize(sentence);
      const from = afterRunInHead(sentence, t, 0, t.length, findModals(t, 0, t.length));
      assert.equal(sentence.slice(t[from]!.start), rest);
    });
  head('Treat teens like teens: Speak with warmth and respect.', 'Speak with warmth and respect.');
  head('Be transparent: Explain what the assistant can do.', 'Explain what the assistant can do.');
  head('Self-harm: Do not encourage self-harm.', 'Self-harm: Do not encourage self-harm.');
  head('Root: Model Spec root sections', 'Root: Model Spec root sections');
  head('Gifts: employees must report them.', 'Gifts: employees must report them.');
});
