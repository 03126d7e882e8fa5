import assert from 'node:assert/strict';
import { barTable } from '../../../src/backends/report/bars.js';
import type { BarRow } from '../../../src/backends/report/bars.js';
import { attributeValues } from './helpers.js';

/** The widths of the filled bars, in row order. */
const widths = (rows: BarRow[]) => attributeValues(barTable('c', rows).html, 'width').filter((_, i) => i % 3 === 2).map(Number);
const shouldScale = (values: number[], expected: number[]) =>
  it(`${values.join(', ')} → widths ${expected.join(', ')}`, () => assert.deepEqual(widths(values.map((value, i) => ({ label: `r${i}`, value }))), expected));

describe('backends/report/bars', () => {
  shouldScale([10, 5, 0], [120, 60, 0]);
  shouldScale([200, 1], [120, 2]);
  shouldScale([0, 0], [0, 0]);
  shouldScale([3, 3, 3], [120, 120, 120]);
  it('colours a bar by its tone and writes its figure', () => {
    const html = barTable('Norms', [{ label: 'prohibition', value: 7, tone: 'kind-prohibition' }]).html;
    assert.match(html, /<caption>Norms<\/caption>/);
    assert.match(html, /class="fill kind-prohibition"/);
    assert.match(html, /<td class="num">7<\/td>/);
  });
});
