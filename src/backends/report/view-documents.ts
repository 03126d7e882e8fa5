/** Each document: its metadata, then its sections in order, each clause with the norms read from it. */
import { reportAnchor } from './anchors.js';
import { h, spaced } from './html.js';
import type { Child, Markup } from './html.js';
import type { ClauseView, DocumentView, NormView, ReportModel, SectionView } from './model.js';
import type { NormCounts } from './summary.js';
import { normCard } from './view-norm.js';

export function documentView(d: DocumentView, counts: NormCounts, model: ReportModel): Markup {
  const doc = d.document;
  const m = doc.meta;
  const id = reportAnchor(doc.iri);
  const facts: [string, Child][] = [
    ['id', h('code', {}, doc.id)],
    ['file', h('code', { class: 'loc' }, doc.file)],
    ['format', doc.format],
    ['authority', m.authority],
    ['effective', m.effective],
    ['jurisdiction', m.jurisdiction],
    ['version', m.version],
    ['default bearer', m.defaultBearer],
    ...Object.keys(m.extra).sort().map((k): [string, Child] => [k, metaText(m.extra[k])]),
    ['norms', `${counts.total} (${counts.kind.obligation} obligations, ${counts.kind.permission} permissions, ${counts.kind.prohibition} prohibitions)`],
  ];
  return h(
    'section',
    { class: 'doc', id },
    h('h2', {}, m.title ?? doc.id, ' ', h('a', { class: 'anchor', href: `#${id}`, title: doc.iri }, '#')),
    h('dl', { class: 'meta' }, facts.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    d.sections.map((s) => sectionView(s, d, model)),
    d.norms.length ? h('section', { class: 'sec lvl-2' }, h('h3', {}, 'Rules stated without a clause'), normList(d.norms, model)) : null,
  );
}

function sectionView(s: SectionView, d: DocumentView, model: ReportModel): Markup {
  const sec = s.section;
  const id = reportAnchor(sec.iri);
  const level = Math.min(6, Math.max(3, sec.level + 2));
  // The title heading of a document repeats the document's title: only its anchor is kept.
  if (!s.clauses.length && !s.norms.length && sec.heading === d.document.meta.title) return h('section', { class: 'sec title', id });
  const authority = sec.authority && sec.authority !== d.document.meta.authority ? h('span', { class: 'badge authority' }, sec.authority) : null;
  return h(
    'section',
    { class: `sec lvl-${Math.min(sec.level, 6)}`, id },
    h(`h${level}`, {}, spaced(sec.heading || sec.id, authority, h('a', { class: 'anchor', href: `#${id}`, title: sec.iri }, '#'))),
    s.clauses.map((c) => clauseView(c, model)),
    s.norms.length ? normList(s.norms, model) : null,
  );
}

function clauseView(c: ClauseView, model: ReportModel): Markup {
  const cl = c.clause;
  const id = reportAnchor(cl.iri);
  return h(
    'div',
    { class: c.norms.length ? 'clause' : 'clause empty', id },
    h(
      'div',
      { class: 'clause-head' },
      spaced(
        h('a', { class: 'anchor', href: `#${id}`, title: cl.iri }, cl.id),
        h('code', { class: 'loc' }, `${cl.span.file}:${cl.span.line}:${cl.span.column}`),
        c.norms.length ? null : h('span', { class: 'muted' }, 'no norm read'),
      ),
    ),
    h(
      'p',
      { class: 'clause-text' },
      cl.leadIn ? h('span', { class: 'lead-in' }, cl.leadIn.text, ' … ') : null,
      cl.label ? h('span', { class: 'label' }, cl.label, ' ') : null,
      cl.text,
    ),
    c.norms.map((n) => normCard(n, model, cl.text)),
  );
}

function normList(norms: readonly NormView[], model: ReportModel): Markup {
  return h('div', { class: 'norms' }, norms.map((n) => normCard(n, model)));
}

function metaText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}
