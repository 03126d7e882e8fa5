import assert from 'node:assert/strict';
import { objectEnd, readActPhrase, readPredicate } from '../../src/extract/predicate.js';
import { tokenize } from '../../src/extract/tokens.js';
import { concepts, ORBIS } from './helpers.js';

const local = (iri?: string) => iri?.replace(ORBIS, '');

describe('extract/predicate', () => {
  const pred = (phrase: string, action: string, target?: string, flags = '') =>
    it(`"${phrase}" → ${action} / ${target ?? '-'}${flags ? ` (${flags})` : ''}`, () => {
      const t = tokenize(phrase);
      const p = readPredicate(phrase, t, 0, t.length, concepts())!;
      assert.equal(p.action.concept ? local(p.action.concept) : p.action.text, action);
      assert.equal(p.target ? (local(p.target.concept) ?? p.target.text) : undefined, target);
      assert.equal([p.passive ? 'passive' : '', p.copula ? 'copula' : ''].filter(Boolean).join(','), flags);
    });
  pred('accept gifts from suppliers', 'accept', 'gift');
  pred('report concerns promptly', 'report', 'concerns');
  pred('comply with the law', 'comply', 'law');
  pred('be reported to the Ethics Office', 'report', undefined, 'passive');
  pred('be honest', 'be honest', undefined, 'copula');
  pred('be able to share trade secrets', 'disclose', 'confidentialInformation');
  pred('strive to follow the rules', 'follow', 'rules');
  pred('clarifying and enforcing our standards', 'clarify', 'standards');
  pred('set up a meeting', 'set up', 'meeting');
  pred('trade during a blackout period', 'trade');
  it('lemmatises the action text of a concept match', () => {
    const t = tokenize('accepting cash');
    assert.equal(readPredicate('accepting cash', t, 0, t.length, concepts())!.action.text, 'accept');
  });
  it('reads an act phrase with a gerund as a verb phrase', () => {
    const s = "Publishing others' private information";
    const t = tokenize(s);
    const p = readActPhrase(s, t, 0, t.length, concepts())!;
    assert.deepEqual([p.action.text, local(p.target?.concept)], ['publish', 'personalData']);
  });
  it('reads a noun act phrase whole', () => {
    const s = 'Public or private harassment';
    const t = tokenize(s);
    assert.equal(readActPhrase(s, t, 0, t.length, concepts())!.action.text, s);
  });
  it('ends an object at prepositions, markers and amounts', () => {
    const s = 'gifts worth more than USD 100 unless approved';
    const t = tokenize(s);
    assert.equal(objectEnd(t, 0, t.length), 1);
  });
});
