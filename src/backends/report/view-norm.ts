/** A norm as the analyst reads it: kind badge, bearer / action / target with their concepts, conditions,
 * exceptions, formal constraints, references, overrides, duties, origin, source position and conflicts. */
import type { Condition, ConceptRef, Constraint, Norm } from '../../ir/index.js';
import { reportAnchor } from './anchors.js';
import { constraintText } from './constraint-text.js';
import { h, spaced } from './html.js';
import type { Child, Markup } from './html.js';
import type { ConflictView, NormView, ReportModel } from './model.js';
import type { Namer } from './names.js';
import { ORIGIN_LABEL } from './words.js';

/** The norm's card; `clauseText` is the text of the clause it stands under (its own text is shown when it differs). */
export function normCard(v: NormView, model: ReportModel, clauseText?: string): Markup {
  const n = v.norm;
  const id = reportAnchor(n.iri);
  return h(
    'article',
    { class: `norm kind-${n.kind}`, id, 'data-kind': n.kind, 'data-origin': n.origin, 'data-strength': n.strength },
    h('header', {}, spaced(...normBadges(n), h('a', { class: 'anchor', href: `#${id}`, title: n.iri }, idText(n.iri, model.names)))),
    n.text && n.text !== clauseText ? h('blockquote', { class: 'norm-text' }, n.text) : null,
    h('dl', { class: 'facts' }, normFacts(v, model)),
  );
}

/** Kind, strength when advisory, the modal phrase, origin. */
export function normBadges(n: Norm): Markup[] {
  return [
    h('span', { class: `badge kind-${n.kind}` }, n.kind),
    n.strength === 'advisory' ? h('span', { class: 'badge advisory', title: 'advisory: "should", never escalated to an error' }, 'advisory') : null,
    n.modal ? h('span', { class: 'modal' }, `“${n.modal}”`) : null,
    h('span', { class: `badge origin origin-${n.origin}` }, ORIGIN_LABEL[n.origin]),
  ].filter((x): x is Markup => x !== null);
}

function normFacts(v: NormView, model: ReportModel): Markup[] {
  const n = v.norm;
  const { names } = model;
  const rows: Markup[] = [];
  const row = (term: string, ...value: Child[]): void => {
    rows.push(h('dt', {}, term), h('dd', {}, ...value));
  };
  row('bearer', conceptTerm(n.bearer, names));
  row('action', conceptTerm(n.action, names));
  if (n.target) row('target', conceptTerm(n.target, names));
  if (n.conditions.length) row('conditions', conditionList(n.conditions, names));
  if (n.exceptions.length) row('exceptions', conditionList(n.exceptions, names));
  const stated = new Set([...n.conditions, ...n.exceptions].flatMap((c) => (c.constraint ? [JSON.stringify(c.constraint)] : [])));
  const own = n.constraints.filter((c) => !stated.has(JSON.stringify(c)));
  if (own.length) row('constraints', formalList(own, names));
  if (n.refinements?.length) row('refinements', formalList(n.refinements, names));
  if (n.references.length) {
    row('references', h('ul', { class: 'plain' }, n.references.map((r) =>
      h('li', {}, r.resolved && model.anchored.has(r.resolved)
        ? h('a', { href: `#${reportAnchor(r.resolved)}` }, r.text || r.label)
        : [r.text || r.label, ' ', h('span', { class: 'muted' }, r.resolved ? `(${names.compact(r.resolved)})` : '(unresolved)')]),
    )));
  }
  if (n.overrides.length) {
    row('overrides', h('ul', { class: 'plain' }, n.overrides.map((o) => h('li', {}, h('span', { class: 'marker' }, o.kind), ' ', o.text))));
  }
  if (n.dutyOf) row('duty of', nodeLink(n.dutyOf, model));
  if (n.duties.length) row('duties', n.duties.map((d, i) => [i ? ', ' : '', nodeLink(d, model)]));
  row('origin', originText(n));
  if (v.note !== undefined) row('analyst note', v.note);
  row('source', h('code', { class: 'loc' }, location(n)));
  if (v.conflicts.length) {
    const byId = new Map(model.conflicts.map((c) => [c.conflict.id, c]));
    row('conflicts', h('ul', { class: 'plain' }, v.conflicts.map((id) => h('li', {}, conflictLink(byId.get(id), n.iri, id, model)))));
  }
  return rows;
}

/** `employees → employee orbis:employee`: the words, and the concept they were matched to. */
export function conceptTerm(ref: ConceptRef, names: Namer): Child {
  if (!ref.concept) return ref.text ? [ref.text, ' ', h('span', { class: 'muted', title: 'no concept of the ontology matched' }, '(no concept)')] : h('span', { class: 'muted' }, '(none stated)');
  const label = names.label(ref.concept);
  return [
    ref.text,
    label !== undefined && label.toLowerCase() !== ref.text.toLowerCase() ? [' → ', h('span', { class: 'concept' }, label)] : null,
    ' ',
    h('code', { class: 'iri', title: ref.concept }, names.compact(ref.concept)),
  ];
}

function conditionList(cs: readonly Condition[], names: Namer): Markup {
  return h('ul', { class: 'plain' }, cs.map((c) =>
    h(
      'li',
      {},
      h('span', { class: 'marker' }, c.marker),
      ' ',
      c.text,
      c.constraint ? [' ', h('code', { class: 'formal', title: 'formal version' }, constraintText(c.constraint, names))] : [' ', h('span', { class: 'muted' }, '(not formalised)')],
      c.concepts.length ? h('span', { class: 'mentions' }, ' mentions ', c.concepts.map((iri, i) => [i ? ', ' : '', h('span', { class: 'concept', title: iri }, names.name(iri))])) : null,
    ),
  ));
}

function formalList(cs: readonly Constraint[], names: Namer): Markup {
  return h('ul', { class: 'plain' }, cs.map((c) => h('li', {}, h('code', { class: 'formal' }, constraintText(c, names)))));
}

function originText(n: Norm): Child {
  const parts: Child[] = [ORIGIN_LABEL[n.origin]];
  if (n.review) {
    const r = n.review;
    const who = [r.reviewedBy && `by ${r.reviewedBy}`, r.reviewedOn && `on ${r.reviewedOn}`].filter(Boolean).join(' ');
    parts.push(who ? `, reviewed ${who}` : ', reviewed');
    if (r.file) parts.push(' in ', h('code', { class: 'loc' }, r.file));
  }
  if (n.policy) parts.push(', policy ', h('code', { class: 'iri' }, n.policy.iri), n.policy.conflict ? ` (conflict strategy ${n.policy.conflict})` : '');
  return parts;
}

/** `file:line:column`, or the file alone when the graph gives no position. */
export function location(n: Pick<Norm, 'span'>): string {
  const s = n.span;
  if (!s.file) return 'no source position';
  return s.line > 0 ? `${s.file}:${s.line}:${s.column}` : s.file;
}

/** How a node is named in the report: its anchor when that is its path under the id base, else its compact IRI. */
export function idText(iri: string, names: Namer): string {
  const anchor = reportAnchor(iri);
  return anchor.startsWith('iri:') ? names.compact(iri) : anchor;
}

/** A link to a node's place in the report, else its compact IRI. */
export function nodeLink(iri: string, model: ReportModel): Markup {
  return model.anchored.has(iri)
    ? h('a', { href: `#${reportAnchor(iri)}`, title: iri }, idText(iri, model.names))
    : h('code', { class: 'iri', title: iri }, model.names.compact(iri));
}

/** A conflict link from one of its norms, saying whether that norm prevails. */
function conflictLink(c: ConflictView | undefined, norm: string, id: string, model: ReportModel): Child {
  const link = nodeLink(id, model);
  const r = c?.conflict.resolution;
  if (!c) return link;
  const outcome = !r ? h('span', { class: 'badge unresolved' }, 'unresolved') : r.winner === norm ? h('span', { class: 'badge wins' }, 'prevails') : h('span', { class: 'badge loses' }, 'yields');
  return [link, ' ', outcome];
}
