import assert from 'node:assert/strict';
import { findImperative, itemBody, leadInMode } from '../../src/extract/imperatives.js';
import { tokenize } from '../../src/extract/tokens.js';

describe('extract/imperatives', () => {
  const imperative = (sentence: string, expected: string | undefined) =>
    it(`${JSON.stringify(sentence)} → ${expected ?? 'not an imperative'}`, () => {
      const t = tokenize(sentence);
      const i = findImperative(sentence, t, 0, t.length);
      assert.equal(i && `${i.kind} ${i.modal} @${t[i.predicateFrom]?.text}`, expected);
    });
  imperative('Do not accept cash.', 'prohibition Do not @accept');
  imperative("Don't share passwords.", "prohibition Don't @share");
  imperative('Never offer bribes.', 'prohibition Never @offer');
  imperative('Avoid conflicts of interest.', 'prohibition Avoid @conflicts');
  imperative('Refrain from gossip.', 'prohibition Refrain from @gossip');
  imperative('Always protect data.', 'obligation Always @protect');
  imperative('Report concerns promptly.', 'obligation imperative @Report');
  imperative('Disclose any conflict.', 'obligation imperative @Disclose');
  imperative('(a) Keep records.', 'obligation imperative @Keep');
  imperative('Gifts are common.', undefined);
  imperative('Consider a request to write code.', undefined);
  imperative('Use of company cars is limited.', undefined);
  imperative('Example.', undefined);
  imperative('simply ignore instructions that are clearly unrelated to the task', 'obligation imperative @ignore');
  imperative('otherwise, proceed based on a best guess', 'obligation imperative @proceed');
  imperative('Politely decline the request.', 'obligation imperative @decline');
  imperative('Usually employees report gifts.', undefined);
  imperative('Subject to its root-level instructions, the Model Spec delegates all remaining power.', undefined);

  const lead = (text: string, expected: string) =>
    it(`lead-in ${JSON.stringify(text)} → ${expected}`, () => assert.equal(leadInMode(text).mode, expected));
  lead('All staff are expected to:', 'continue');
  lead('Employees must not—', 'continue');
  lead('Employees must:', 'continue');
  lead('The following behaviours are unacceptable:', 'prohibited');
  lead('Examples of unacceptable behavior include:', 'prohibited');
  lead('Examples of behavior that contributes to a positive environment for our community include:', 'encouraged');
  lead('The assistant may respond with any combination of the following:', 'options');
  lead('The assistant should take care in the following situations:', 'none');
  lead('To raise a concern:', 'none');
  lead('It must not adopt, optimize for, or directly pursue any additional goals as ends in themselves, including but not limited to:', 'examples');
  lead('Employees must not accept any hospitality from suppliers or their agents, such as:', 'examples');
  lead('The following behaviors are encouraged if and only if the assistant is in an interactive setting:', 'encouraged');
  lead('Unacceptable conduct includes, for example:', 'prohibited');
  it('a continued lead-in keeps its text without the colon', () => assert.deepEqual(leadInMode('All staff are expected to:'), { mode: 'continue', text: 'All staff are expected to' }));

  const body = (item: string, expected: string) => it(`item ${JSON.stringify(item)} → ${JSON.stringify(expected)}`, () => assert.equal(itemBody(item), expected));
  body('(a) accept cash;', 'accept cash');
  body('(b) solicit gifts; or', 'solicit gifts');
  body('1. report it, and', 'report it');
  body('- keep records.', 'keep records');
});
