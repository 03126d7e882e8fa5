/** Every conflict: its two norms side by side (where each was written, under which authority and date), the
 * status, and the resolution — winner, principle, explanation and the nodes it rests on — or "unresolved". */
import { reportAnchor } from './anchors.js';
import { h, spaced } from './html.js';
import type { Child, Markup } from './html.js';
import type { ConflictSide, ConflictView, ReportModel } from './model.js';
import { conceptTerm, idText, location, nodeLink, normBadges } from './view-norm.js';
import { CONFLICT_KIND_LABEL, PRINCIPLE_LABEL } from './words.js';

export function conflictView(v: ConflictView, model: ReportModel): Markup {
  const c = v.conflict;
  const id = reportAnchor(c.id);
  const r = c.resolution;
  const words = (f: (s: ConflictSide) => string | undefined): string => [...new Set(v.sides.map(f).filter((x): x is string => !!x))].sort().join(' ');
  return h(
    'article',
    { class: `conflict ${r ? 'resolved' : 'open'}`, id, 'data-kinds': words((s) => s.norm?.kind), 'data-origins': words((s) => s.norm?.origin) },
    h(
      'header',
      {},
      spaced(
        h('span', { class: `badge status-${c.status}` }, c.status),
        h('span', { class: 'conflict-kind' }, CONFLICT_KIND_LABEL[c.kind] ?? c.kind),
        r ? h('span', { class: 'badge principle' }, PRINCIPLE_LABEL[r.principle]) : h('span', { class: 'badge unresolved' }, 'unresolved'),
        h('a', { class: 'anchor', href: `#${id}`, title: c.id }, idText(c.id, model.names)),
      ),
    ),
    h('div', { class: 'sides' }, v.sides.map((s) => sideView(s, v, model))),
    h(
      'div',
      { class: 'resolution' },
      r
        ? [
            h('p', {}, h('strong', {}, 'Resolution: '), nodeLink(r.winner, model), ' prevails over ', nodeLink(r.defeated, model), ' by ', h('em', {}, PRINCIPLE_LABEL[r.principle]), '.'),
            h('p', { class: 'explanation' }, r.explanation),
            r.basis.length ? h('p', { class: 'basis' }, 'Rests on: ', r.basis.map((b, i) => [i ? ', ' : '', basisLink(b, model)])) : null,
          ]
        : h('p', {}, h('strong', {}, 'Unresolved: '), 'no principle of precedence decides between these norms; the analyst has to (state an override, correct a norm or its authority).'),
      v.evidence ? h('p', { class: 'evidence muted' }, 'Scopes, left against right: ', v.evidence) : null,
    ),
  );
}

function sideView(s: ConflictSide, v: ConflictView, model: ReportModel): Markup {
  const r = v.conflict.resolution;
  const role = !r ? '' : r.winner === s.iri ? 'winner' : r.defeated === s.iri ? 'defeated' : '';
  const n = s.norm;
  const x = s.explained;
  const doc = x?.document;
  const docFacts = [x?.authority ?? doc?.authority, doc?.effective && `effective ${doc.effective}`].filter(Boolean).join(', ');
  const body: Child = n
    ? [
        h('div', { class: 'side-head' }, spaced(...normBadges(n), role ? h('span', { class: `badge ${role === 'winner' ? 'wins' : 'loses'}` }, role === 'winner' ? 'prevails' : 'yields') : null)),
        h('blockquote', { class: 'norm-text' }, n.text),
        h('p', { class: 'triple' }, conceptTerm(n.bearer, model.names), h('span', { class: 'sep' }, ' · '), conceptTerm(n.action, model.names), n.target ? [h('span', { class: 'sep' }, ' · '), conceptTerm(n.target, model.names)] : null),
        h('p', { class: 'where' }, nodeLink(s.iri, model), ' ', h('code', { class: 'loc' }, location(n))),
        doc ? h('p', { class: 'where' }, doc.title ?? doc.id ?? doc.iri, docFacts ? ` (${docFacts})` : '', x?.sectionPath.length ? [h('br', {}), h('span', { class: 'muted' }, x.sectionPath.join(' › '))] : null) : null,
      ]
    : h('p', {}, 'norm not in the graph: ', h('code', { class: 'iri' }, s.iri));
  return h('div', { class: `side ${role}`.trim() }, body);
}

/** A node a resolution rests on: its place in the report, else its compact IRI and the norm it belongs to. */
function basisLink(iri: string, model: ReportModel): Markup {
  if (model.anchored.has(iri)) return nodeLink(iri, model);
  const owner = model.norms.find((n) => iri.startsWith(`${n.iri}/`));
  const name = nodeLink(iri, model);
  return owner ? h('span', {}, name, ' of ', nodeLink(owner.iri, model)) : name;
}
