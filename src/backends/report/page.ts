/** The whole report: one self-contained HTML page (inline style and script, no network), same bytes for the same
 * graph — a top bar with the filter, the summary, the documents, the conflicts, the diagnostics. */
import { PART } from './anchors.js';
import { SCRIPT, STYLE } from './assets.js';
import { h, raw } from './html.js';
import type { Markup } from './html.js';
import type { ReportModel } from './model.js';
import { KINDS, ORIGINS, summarize } from './summary.js';
import { conflictView } from './view-conflicts.js';
import { diagnosticsTable } from './view-diagnostics.js';
import { documentView } from './view-documents.js';
import { normCard } from './view-norm.js';
import { summaryView } from './view-summary.js';
import { ORIGIN_LABEL } from './words.js';

export function renderReport(model: ReportModel): string {
  const summary = summarize(model);
  const title = 'regc compile report';
  const body = h(
    'body',
    {},
    h(
      'header',
      { class: 'topbar' },
      h('h1', {}, title),
      h(
        'nav',
        {},
        h('a', { href: `#${PART.summary}` }, 'Summary'),
        h('a', { href: `#${PART.documents}` }, 'Documents'),
        h('a', { href: `#${PART.conflicts}` }, `Conflicts (${summary.conflicts.total})`),
        h('a', { href: `#${PART.diagnostics}` }, `Diagnostics (${summary.diagnostics.total})`),
      ),
      filterBar(model),
    ),
    h(
      'main',
      {},
      summaryView(summary, model),
      h(
        'div',
        { id: PART.documents },
        model.documents.map((d, i) => documentView(d, summary.documents[i]!.norms, model)),
        model.otherNorms.length
          ? h('section', { class: 'doc' }, h('h2', {}, 'Norms of no compiled document'), h('div', { class: 'norms' }, model.otherNorms.map((n) => normCard(n, model))))
          : null,
        h('p', { id: PART.documentsNone, class: 'muted', hidden: true }, 'No norm matches the filter.'),
      ),
      h(
        'section',
        { id: PART.conflicts },
        h('h2', {}, `Conflicts (${summary.conflicts.total})`),
        model.conflicts.length ? model.conflicts.map((c) => conflictView(c, model)) : h('p', { class: 'muted' }, 'No conflicts.'),
        h('p', { id: PART.conflictsNone, class: 'muted', hidden: true }, 'No conflict matches the filter.'),
      ),
      h('section', { id: PART.diagnostics }, h('h2', {}, `Diagnostics (${summary.diagnostics.total})`), diagnosticsTable(model)),
    ),
    h('script', {}, raw(SCRIPT)),
  );
  const head = h(
    'head',
    {},
    h('meta', { charset: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('meta', { name: 'generator', content: 'regc' }),
    h('title', {}, title),
    h('style', {}, raw(STYLE)),
  );
  return `<!doctype html>\n${h('html', { lang: 'en' }, head, body).html}\n`;
}

function filterBar(model: ReportModel): Markup {
  const count = model.norms.length;
  return h(
    'div',
    { class: 'filter', role: 'search' },
    h('input', { id: 'report:filter-text', type: 'search', placeholder: 'Filter norms and conflicts', title: 'words of a norm, its clause or a conflict (press / to come here)', 'aria-label': 'filter by text' }),
    h('select', { id: 'report:filter-kind', 'aria-label': 'filter by kind' }, h('option', { value: '' }, 'all kinds'), KINDS.map((k) => h('option', { value: k }, k))),
    h('select', { id: 'report:filter-origin', 'aria-label': 'filter by origin' }, h('option', { value: '' }, 'all origins'), ORIGINS.map((o) => h('option', { value: o }, ORIGIN_LABEL[o]))),
    h('span', { id: 'report:filter-count', class: 'muted', 'aria-live': 'polite' }, `${count} norms, ${model.conflicts.length} conflicts`),
  );
}
