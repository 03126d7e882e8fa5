/** Counts as rows of inline SVG bars (no script, no fonts: prints as it shows). */
import { h } from './html.js';
import type { Markup } from './html.js';

export interface BarRow {
  label: string;
  value: number;
  /** A class for the bar's colour (`kind-prohibition`, `sev-error` …). */
  tone?: string;
}

const WIDTH = 120;
const HEIGHT = 10;

/** A table of label, bar and figure; bars are scaled to the largest value. */
export function barTable(caption: string, rows: readonly BarRow[]): Markup {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return h(
    'table',
    { class: 'bars' },
    h('caption', {}, caption),
    h(
      'tbody',
      {},
      rows.map((r) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, r.label),
          h('td', {}, bar(r.value, max, r.tone)),
          h('td', { class: 'num' }, r.value),
        ),
      ),
    ),
  );
}

function bar(value: number, max: number, tone: string | undefined): Markup {
  const w = value === 0 ? 0 : Math.max(2, Math.round((value / max) * WIDTH));
  return h(
    'svg',
    { class: 'bar', width: WIDTH, height: HEIGHT, viewBox: `0 0 ${WIDTH} ${HEIGHT}`, 'aria-hidden': 'true' },
    h('rect', { class: 'track', x: 0, y: 0, width: WIDTH, height: HEIGHT, rx: 2 }),
    h('rect', { class: `fill ${tone ?? ''}`.trim(), x: 0, y: 0, width: w, height: HEIGHT, rx: 2 }),
  );
}
