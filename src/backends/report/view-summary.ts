/** The summary at the top: a table of documents with their norm counts, and bars for norms by kind and origin,
 * conflicts by status and principle, diagnostics by severity. */
import { PART, reportAnchor } from './anchors.js';
import { barTable } from './bars.js';
import { h } from './html.js';
import type { Markup } from './html.js';
import type { ReportModel } from './model.js';
import type { NormCounts, Summary } from './summary.js';
import { KINDS, ORIGINS, PRINCIPLES, SEVERITIES } from './summary.js';
import { ORIGIN_LABEL, PRINCIPLE_LABEL } from './words.js';

export function summaryView(summary: Summary, model: ReportModel): Markup {
  const head = ['document', 'authority', 'effective', 'norms', 'obligations', 'permissions', 'prohibitions', 'strict', 'advisory'];
  const counts = (c: NormCounts): Markup[] =>
    [c.total, c.kind.obligation, c.kind.permission, c.kind.prohibition, c.strength.strict, c.strength.advisory].map((x) => h('td', { class: 'num' }, x));
  return h(
    'section',
    { id: PART.summary, class: 'summary' },
    h('h2', {}, 'Summary'),
    h(
      'table',
      { class: 'documents' },
      h('thead', {}, h('tr', {}, head.map((t) => h('th', { scope: 'col' }, t)))),
      h(
        'tbody',
        {},
        model.documents.map((d, i) => {
          const m = d.document.meta;
          return h(
            'tr',
            { 'data-document': d.document.iri },
            h('th', { scope: 'row' }, h('a', { href: `#${reportAnchor(d.document.iri)}` }, m.title ?? d.document.id), h('br', {}), h('code', { class: 'muted' }, d.document.id)),
            h('td', { class: 'nowrap' }, m.authority ?? '—'),
            h('td', { class: 'nowrap' }, m.effective ?? '—'),
            counts(summary.documents[i]!.norms),
          );
        }),
      ),
      h('tfoot', {}, h('tr', {}, h('th', { scope: 'row', colspan: 3 }, `all ${model.documents.length} documents`), counts(summary.norms))),
    ),
    h(
      'div',
      { class: 'charts' },
      barTable('Norms by kind', KINDS.map((k) => ({ label: k, value: summary.norms.kind[k], tone: `kind-${k}` }))),
      barTable('Norms by origin', ORIGINS.map((o) => ({ label: ORIGIN_LABEL[o], value: summary.norms.origin[o], tone: `origin-${o}` }))),
      barTable(`Conflicts (${summary.conflicts.total}) by status`, (['definite', 'possible'] as const).map((s) => ({ label: s, value: summary.conflicts.status[s], tone: `status-${s}` }))),
      barTable('Conflicts by resolution', PRINCIPLES.map((p) => ({ label: PRINCIPLE_LABEL[p], value: summary.conflicts.principle[p], tone: p === 'unresolved' ? 'unresolved' : 'principle' }))),
      barTable(`Diagnostics (${summary.diagnostics.total}) by severity`, SEVERITIES.map((s) => ({ label: s, value: summary.diagnostics.severity[s], tone: `sev-${s}` }))),
    ),
  );
}
