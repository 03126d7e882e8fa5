import assert from 'node:assert/strict';
import type { Diagnostic } from '../../../src/ir/index.js';
import { CODES, diag } from '../../../src/ir/index.js';
import { diagnosticLocation, diagnosticsTable } from '../../../src/backends/report/view-diagnostics.js';
import { EVIL, PROHIBITION, attributeValues, fixtureModel, visibleText } from './helpers.js';

const model = fixtureModel();
const html = diagnosticsTable(model).html;
const at = (file: string, line: number, column: number) => ({ file, line, column, endLine: line, endColumn: column + 1, offset: 0, endOffset: 1 });
const shouldLocate = (d: Diagnostic, where: string) => it(`locates ${d.code} at ${where}`, () => assert.equal(diagnosticLocation(d), where));

describe('backends/report/view-diagnostics', () => {
  shouldLocate(diag('RC2001', 'm', at('regulations/a.md', 12, 5)), 'regulations/a.md:12:5');
  shouldLocate(diag('RC3001', 'm', at('regulations/a.ttl', 0, 0)), 'regulations/a.ttl');
  shouldLocate(diag('RC9001', 'm'), '—');

  it('lists each diagnostic with severity, code, place and message, in order', () =>
    assert.equal(
      visibleText(html),
      `severity code where message nodes warning RC5003 — no Framer data warning RC2001 regulations/global.md:3:7 modal sentence with no bearer: ${EVIL} global/gifts/1/n1 <https://example.org/elsewhere>`,
    ));
  it('gives the code\'s catalogue title on hover', () => assert.ok(attributeValues(html, 'title').includes(CODES.RC2001.title)));
  it('links the nodes the report has anchors for', () => assert.ok(attributeValues(html, 'href').includes(`#${PROHIBITION.replace(/^.*\/id\//, '')}`)));
  it('shows a source excerpt when the diagnostic has one', () => {
    const d = diag('RC2001', 'no bearer', at('a.md', 2, 1), { excerpt: 'Gifts <must> be declared.' });
    assert.match(diagnosticsTable({ ...model, diagnostics: [d] }).html, /<pre class="excerpt">Gifts &lt;must&gt; be declared\.<\/pre>/);
  });
  it('says so when there are none', () => assert.equal(visibleText(diagnosticsTable({ ...model, diagnostics: [] }).html), 'No diagnostics.'));
});
