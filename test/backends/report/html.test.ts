import assert from 'node:assert/strict';
import { escapeHtml, fragment, h, raw } from '../../../src/backends/report/html.js';
import type { Markup } from '../../../src/backends/report/html.js';

const shouldRender = (name: string, m: Markup, html: string) => it(name, () => assert.equal(m.html, html));
const shouldEscape = (text: string, escaped: string) => it(`escapes ${JSON.stringify(text)}`, () => assert.equal(escapeHtml(text), escaped));

describe('backends/report/html', () => {
  shouldEscape('<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;');
  shouldEscape('Smith & Wesson', 'Smith &amp; Wesson');
  shouldEscape(`"quoted" and 'single'`, '&quot;quoted&quot; and &#39;single&#39;');
  shouldEscape('&amp; already', '&amp;amp; already');
  shouldEscape('plain text, no change', 'plain text, no change');

  shouldRender('escapes text children', h('p', {}, '<b>&</b>'), '<p>&lt;b&gt;&amp;&lt;/b&gt;</p>');
  shouldRender('escapes attribute values', h('a', { href: '#a"b', title: '<x>' }, 'l'), '<a href="#a&quot;b" title="&lt;x&gt;">l</a>');
  shouldRender('keeps attribute order, drops false and null, writes true bare', h('input', { id: 'f', hidden: true, disabled: false, value: null }), '<input id="f" hidden>');
  shouldRender('nests markup without escaping it again', h('p', {}, h('b', {}, 'a & b')), '<p><b>a &amp; b</b></p>');
  shouldRender('flattens lists and skips null, undefined and false', h('ul', {}, [h('li', {}, 1), null, [undefined, false, h('li', {}, 2)]]), '<ul><li>1</li><li>2</li></ul>');
  shouldRender('writes numbers', h('td', { colspan: 3 }, 42), '<td colspan="3">42</td>');
  shouldRender('passes raw markup through', h('style', {}, raw('a>b{}')), '<style>a>b{}</style>');
  shouldRender('closes empty SVG shapes itself', h('svg', {}, h('rect', { width: 2 }), h('rect', { width: 3 })), '<svg><rect width="2" /><rect width="3" /></svg>');
  shouldRender('writes void elements without an end tag', h('br', {}), '<br>');
  shouldRender('joins a fragment without a wrapper', fragment('a<', h('i', {}, 'b')), 'a&lt;<i>b</i>');
});
