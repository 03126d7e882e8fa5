import assert from 'node:assert/strict';
import { splitSentences } from '../../src/frontend/sentences.js';

/** The text splits into exactly these sentences (as slices of the text at the offsets returned). */
const shouldSplit = (text: string, sentences: string[]) =>
  it(JSON.stringify(text).slice(0, 90), () => assert.deepEqual(splitSentences(text).map(([a, b]) => text.slice(a, b)), sentences));

describe('frontend/sentences', () => {
  shouldSplit('Employees must not accept cash.', ['Employees must not accept cash.']);
  shouldSplit('Employees must not accept cash. They must report gifts! Why? Because.', ['Employees must not accept cash.', 'They must report gifts!', 'Why?', 'Because.']);
  shouldSplit('  Padded.  Twice.  ', ['Padded.', 'Twice.']);
  shouldSplit('', []);
  shouldSplit('   ', []);
  shouldSplit('Soft\nline breaks do\nnot end sentences. Periods do.', ['Soft\nline breaks do\nnot end sentences.', 'Periods do.']);
  shouldSplit('Gifts, e.g. cash or vouchers, are banned. So are loans, i.e. credit.', ['Gifts, e.g. cash or vouchers, are banned.', 'So are loans, i.e. credit.']);
  shouldSplit('The U.S. office applies it. The U.K. one too.', ['The U.S. office applies it.', 'The U.K. one too.']);
  shouldSplit('See Sec. 3 for details. Then stop.', ['See Sec. 3 for details.', 'Then stop.']);
  shouldSplit('See Art. 6 and No. 5 of the Act. Also para. 2 applies.', ['See Art. 6 and No. 5 of the Act.', 'Also para. 2 applies.']);
  shouldSplit('Compare cf. Sec. 2. Fine.', ['Compare cf. Sec. 2.', 'Fine.']);
  shouldSplit('Gifts above USD 1,000.00 need approval. Smaller ones do not.', ['Gifts above USD 1,000.00 need approval.', 'Smaller ones do not.']);
  shouldSplit('Pens, mugs, etc. are fine. Cash is not.', ['Pens, mugs, etc. are fine.', 'Cash is not.']);
  shouldSplit('It reads 3.5 per cent. Next.', ['It reads 3.5 per cent.', 'Next.']);
  shouldSplit('1. Gifts are fine. 2. Cash is not.', ['1. Gifts are fine.', '2. Cash is not.']);
  shouldSplit('The rules are: 1. Report gifts. 2. Refuse cash.', ['The rules are:', '1. Report gifts.', '2. Refuse cash.']);
  shouldSplit('a. Report gifts. b. Refuse cash.', ['a. Report gifts.', 'b. Refuse cash.']);
  shouldSplit('I. Scope. II. Rules.', ['I. Scope.', 'II. Rules.']);
  shouldSplit('See Article 5. Employees must report.', ['See Article 5.', 'Employees must report.']);
  shouldSplit('They said "stop." and left. Then more.', ['They said "stop." and left.', 'Then more.']);
  shouldSplit('Report it (see Sec. 4.) to Legal. Done.', ['Report it (see Sec. 4.) to Legal.', 'Done.']);
  shouldSplit('Emoji 😀 first. “Quoted” second.', ['Emoji 😀 first.', '“Quoted” second.']);
  shouldSplit('No final stop', ['No final stop']);
  it('is fast on long paragraphs', () => {
    const text = 'Employees must report gifts above USD 50.00 to Legal, e.g. by mail. '.repeat(2000);
    const t = performance.now();
    assert.equal(splitSentences(text).length, 2000);
    assert.ok(performance.now() - t < 1000);
  });
});
