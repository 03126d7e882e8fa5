/**
 * Inline SVG charts for the audit report (no scripts, no external files): horizontal bars of pass rates,
 * one bar per row, or two per row (aligned and baseline) when a baseline was run; and a stacked bar of the
 * four outcomes.
 */
import { esc, pct } from './html.js';
import type { Outcome } from './summary.js';

export interface BarRow {
  label: string;
  /** Pass rate of the audited model, 0–1. */
  value: number;
  /** Pass rate of the baseline, 0–1. */
  baseline?: number;
  /** Shown after the bar, e.g. "12/15". */
  note?: string;
}

const LABEL_W = 300;
const BAR_W = 360;
const NOTE_W = 150;
const BAR_H = 14;
/** Characters of a label that fit left of the bars (12px text). */
const LABEL_CHARS = 40;

const clip = (s: string, n: number): string => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** Horizontal bars, 0–100%. `title` names the chart for screen readers and tests. */
export function barChart(title: string, rows: readonly BarRow[]): string {
  const paired = rows.some((r) => r.baseline !== undefined);
  const rowH = paired ? BAR_H * 2 + 10 : BAR_H + 10;
  const height = rows.length * rowH + 28;
  const width = LABEL_W + BAR_W + NOTE_W;
  const parts: string[] = [];
  parts.push(`<svg class="chart" role="img" aria-label="${esc(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">`);
  parts.push(`<title>${esc(title)}</title>`);
  for (const t of [0, 0.5, 1]) {
    const x = LABEL_W + t * BAR_W;
    parts.push(`<line x1="${x}" y1="0" x2="${x}" y2="${height - 20}" class="grid"/><text x="${x}" y="${height - 6}" class="axis" text-anchor="middle">${t * 100}%</text>`);
  }
  rows.forEach((r, i) => {
    const y = i * rowH + 4;
    parts.push(`<g class="row" data-label="${esc(r.label)}" data-value="${r.value}"${r.baseline !== undefined ? ` data-baseline="${r.baseline}"` : ''}>`);
    parts.push(`<title>${esc(r.label)}: ${pct(r.value)}${r.baseline !== undefined ? ` (baseline ${pct(r.baseline)})` : ''}</title>`);
    parts.push(`<text x="${LABEL_W - 8}" y="${y + BAR_H - 3}" text-anchor="end" class="label">${esc(clip(r.label, LABEL_CHARS))}</text>`);
    parts.push(`<rect x="${LABEL_W}" y="${y}" width="${(r.value * BAR_W).toFixed(1)}" height="${BAR_H}" class="bar aligned"/>`);
    let end = y + BAR_H;
    if (paired) {
      const b = r.baseline ?? 0;
      parts.push(`<rect x="${LABEL_W}" y="${y + BAR_H + 2}" width="${(b * BAR_W).toFixed(1)}" height="${BAR_H}" class="bar baseline"/>`);
      end = y + BAR_H * 2 + 2;
    }
    const note = `${pct(r.value)}${r.baseline !== undefined ? ` / ${pct(r.baseline)}` : ''}${r.note ? `  ${r.note}` : ''}`;
    parts.push(`<text x="${LABEL_W + BAR_W + 6}" y="${end - 3}" class="note">${esc(note)}</text>`);
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('');
}

const OUTCOME_LABEL: Record<Outcome, string> = {
  both_pass: 'both pass',
  only_baseline: 'only baseline passes',
  only_aligned: 'only aligned passes',
  both_fail: 'both fail',
};

/** One stacked bar per row: the four outcomes' shares of the cases graded for both models. */
export function outcomeChart(title: string, rows: readonly { label: string; counts: Record<Outcome, number> }[]): string {
  const order: Outcome[] = ['both_pass', 'only_aligned', 'only_baseline', 'both_fail'];
  const rowH = BAR_H + 10;
  const legendH = 22;
  const height = rows.length * rowH + legendH + 4;
  const width = LABEL_W + BAR_W + NOTE_W;
  const parts: string[] = [];
  parts.push(`<svg class="chart" role="img" aria-label="${esc(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">`);
  parts.push(`<title>${esc(title)}</title>`);
  order.forEach((o, i) => {
    const x = LABEL_W - 120 + i * 145;
    parts.push(`<rect x="${x}" y="2" width="12" height="12" class="${o}"/><text x="${x + 16}" y="12" class="axis">${esc(OUTCOME_LABEL[o])}</text>`);
  });
  rows.forEach((r, i) => {
    const y = legendH + i * rowH;
    const total = order.reduce((s, o) => s + r.counts[o], 0);
    parts.push(`<g class="row" data-label="${esc(r.label)}">`);
    parts.push(`<text x="${LABEL_W - 8}" y="${y + BAR_H - 3}" text-anchor="end" class="label">${esc(clip(r.label, LABEL_CHARS))}</text>`);
    let x = LABEL_W;
    for (const o of order) {
      const w = total ? (r.counts[o] / total) * BAR_W : 0;
      if (w > 0) parts.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR_H}" class="${o}"><title>${esc(OUTCOME_LABEL[o])}: ${r.counts[o]}</title></rect>`);
      x += w;
    }
    parts.push(`<text x="${LABEL_W + BAR_W + 6}" y="${y + BAR_H - 3}" class="note">${order.map((o) => r.counts[o]).join(' / ')}</text>`);
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('');
}

export { OUTCOME_LABEL };
