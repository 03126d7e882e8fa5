/** The compile's diagnostics as a table: severity, code (its catalogue title on hover), `file:line:column`,
 * message, and links to the report's anchors of the graph nodes concerned. */
import { CODES } from '../../ir/index.js';
import type { Diagnostic } from '../../ir/index.js';
import { diagnosticAnchor } from './anchors.js';
import { nodeLink } from './view-norm.js';
import { h } from './html.js';
import type { Markup } from './html.js';
import type { ReportModel } from './model.js';

export function diagnosticsTable(model: ReportModel): Markup {
  if (!model.diagnostics.length) return h('p', { class: 'muted' }, 'No diagnostics.');
  return h(
    'table',
    { class: 'diagnostics' },
    h('thead', {}, h('tr', {}, ['severity', 'code', 'where', 'message', 'nodes'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, model.diagnostics.map((d, i) => diagnosticRow(d, i + 1, model))),
  );
}

function diagnosticRow(d: Diagnostic, k: number, model: ReportModel): Markup {
  const title = (CODES as Record<string, { title: string }>)[d.code]?.title;
  return h(
    'tr',
    { id: diagnosticAnchor(k), class: `sev-${d.severity}` },
    h('td', {}, h('span', { class: `badge sev-${d.severity}` }, d.severity)),
    h('td', {}, h('code', { title }, d.code)),
    h('td', {}, h('code', { class: 'loc' }, diagnosticLocation(d))),
    h('td', {}, d.message, d.excerpt ? h('pre', { class: 'excerpt' }, d.excerpt) : null),
    h('td', {}, (d.nodes ?? []).map((n, i) => [
      i ? h('br', {}) : null,
      nodeLink(n, model),
    ])),
  );
}

/** `file:line:column`; `file` alone without a position; an em dash for the compile as a whole. */
export function diagnosticLocation(d: Diagnostic): string {
  if (!d.span) return '—';
  return d.span.line > 0 ? `${d.span.file}:${d.span.line}:${d.span.column}` : d.span.file;
}
