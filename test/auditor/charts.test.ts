import assert from 'node:assert/strict';
import { barChart, outcomeChart } from '../../src/auditor/charts.js';

describe('auditor/charts', () => {
  it('one bar per row, as wide as the rate, labels escaped', () => {
    const svg = barChart('By type', [{ label: '<b>scenario</b>', value: 0.5, note: '1/2' }, { label: 'precedence', value: 1 }]);
    assert.equal((svg.match(/class="bar aligned"/g) ?? []).length, 2);
    assert.match(svg, /width="180\.0" height="14" class="bar aligned"/);
    assert.ok(svg.includes('&lt;b&gt;scenario&lt;/b&gt;') && !svg.includes('<b>'));
  });
  it('a second bar per row for the baseline', () => {
    const svg = barChart('By type', [{ label: 'a', value: 1, baseline: 0.25 }]);
    assert.match(svg, /width="90\.0" height="14" class="bar baseline"/);
  });
  it('outcomes stack to the full width', () => {
    const svg = outcomeChart('Outcomes', [{ label: 'all', counts: { both_pass: 1, only_aligned: 1, only_baseline: 1, both_fail: 1 } }]);
    assert.equal((svg.match(/width="90\.0" height="14" class="(both_pass|only_aligned|only_baseline|both_fail)"/g) ?? []).length, 4);
  });
});
