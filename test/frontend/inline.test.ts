import assert from 'node:assert/strict';
import type { Paragraph } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { inlineRun } from '../../src/frontend/inline.js';

const titles = new Map([['gifts', 'Gifts and hospitality']]);

/** The first paragraph of `markdown` reads as `text`, and each character maps to the source character it came from. */
const shouldRead = (markdown: string, text: string) =>
  it(JSON.stringify(markdown).slice(0, 80), () => {
    const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    const p = tree.children.find((n): n is Paragraph => n.type === 'paragraph')!;
    const run = inlineRun(p.children, { source: markdown, anchorTitle: (a) => titles.get(a) });
    assert.equal(run.text, text);
    assert.equal(run.offsets.length, text.length);
    // characters copied from the source sit at their offset
    [...run.text].forEach((c, i) => {
      if (markdown.includes(c) && /\w/.test(c) && !titles.get('gifts')!.includes(c)) assert.equal(markdown[run.offsets[i]!], c, `${c} at ${i}`);
    });
  });

describe('frontend/inline', () => {
  shouldRead('Staff *must* **not** accept ~~cash~~.', 'Staff must not accept cash.');
  shouldRead('See [the register](https://example.org "t") now.', 'See the register now.');
  shouldRead('See [the register][reg].\n\n[reg]: https://example.org', 'See the register.');
  shouldRead('Model Spec[^8ep1] rules[^a].', 'Model Spec rules.');
  shouldRead('Note[^1].\n\n[^1]: Defined.', 'Note.');
  shouldRead('Call `ask_clarifying_question` first.', 'Call ask_clarifying_question first.');
  shouldRead('A ![logo](l.png) here.', 'A  here.');
  shouldRead('Use <b>bold</b> tags.', 'Use  bold  tags.');
  shouldRead('Escaped \\*star\\* and &amp; sign.', 'Escaped *star* and & sign.');
  shouldRead('Line\nbreak', 'Line\nbreak');
  shouldRead('Hard  \nbreak', 'Hard break');
  shouldRead('Visit https://example.org today.', 'Visit https://example.org today.');
  shouldRead('See [?](#gifts).', 'See Gifts and hospitality.');
  shouldRead('See [?](#unknown).', 'See ?.');
  shouldRead('See [the rule](#gifts).', 'See the rule.');
  it('maps a resolved title to the link it replaces', () => {
    const md = 'See [?](#gifts).';
    const tree = fromMarkdown(md);
    const run = inlineRun((tree.children[0] as Paragraph).children, { source: md, anchorTitle: (a) => titles.get(a) });
    assert.deepEqual([run.offsets[4], run.offsets[4 + 'Gifts and hospitality'.length - 1]], [4, 14]);
  });
});
