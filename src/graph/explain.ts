/**
 * `explain`: from any id — a full IRI, a prefixed name (`id:orbis-conduct/gifts/3/n1`), a bare clause id
 * (`orbis-conduct/gifts/3`, optionally `/n1`) — back to the norm and clause, file:line:column, section path,
 * document metadata and provenance. Nodes that are neither (records of back ends, conflicts) are explained by
 * following `prov:wasDerivedFrom` (and a conflict's `regc:involves`) until norms or clauses are reached.
 */
import N3 from 'n3';
import type { Condition, ConceptRef, NormKind, SourceSpan, Strength } from '../ir/index.js';
import { DCT, ELI, ID, PREFIXES, PROV, RDF, RDFS, REGC } from '../vocab/index.js';
import { normIri } from '../vocab/index.js';
import { GraphReader, str } from './rdf.js';
import { authorityName, prefLabel, readNorm } from './raise.js';

/** Also here, where the report back end finds it. */
export { prefLabel };
import { RULE_CLASSES } from './lower-norm.js';
import { readSpan } from './span.js';
import { compactIri } from './sparql-format.js';

export interface ExplainedConcept {
  /** The words of the text. */
  text: string;
  concept?: string;
  /** The concept's `skos:prefLabel` (or `rdfs:label`), if the graph has one. */
  label?: string;
}

export interface ExplainedCondition {
  marker: string;
  text: string;
  concepts: { iri: string; label?: string }[];
}

export interface ExplainedSource extends SourceSpan {
  /** `file:line:column`. */
  location: string;
}

export interface ExplainedDocument {
  iri: string;
  id?: string;
  title?: string;
  authority?: string;
  effective?: string;
  version?: string;
  jurisdiction?: string;
  file?: string;
}

export interface Provenance {
  origin?: string;
  /** `prov:wasGeneratedBy` activities. */
  generatedBy: string[];
  /** `prov:wasDerivedFrom` sources. */
  derivedFrom: string[];
  /** The file a norm stated in Turtle or reviewed by an analyst came from. */
  primarySource?: string;
}

export interface NormSummary {
  iri: string;
  kind: NormKind;
  strength: Strength;
  text: string;
}

export interface NormExplanation {
  type: 'norm';
  iri: string;
  /** The nodes followed from the id asked to this one (empty when the id named it). */
  via: string[];
  kind: NormKind;
  strength: Strength;
  modal?: string;
  bearer: ExplainedConcept;
  action: ExplainedConcept;
  target?: ExplainedConcept;
  conditions: ExplainedCondition[];
  exceptions: ExplainedCondition[];
  /** The norm's own text (the sentence or rule it was read from). */
  text: string;
  source?: ExplainedSource;
  clause?: { iri: string; id?: string; text: string; source?: ExplainedSource };
  /** Heading texts, outermost first. */
  sectionPath: string[];
  /** The authority level in force where the norm stands (the section's, else the document's). */
  authority?: string;
  document?: ExplainedDocument;
  provenance: Provenance;
}

export interface ClauseExplanation {
  type: 'clause';
  iri: string;
  via: string[];
  id?: string;
  text: string;
  source?: ExplainedSource;
  sectionPath: string[];
  authority?: string;
  document?: ExplainedDocument;
  norms: NormSummary[];
}

/** A node derived from norms or clauses (a back end's record, a conflict): what it was derived from. */
export interface DerivedExplanation {
  type: 'derived';
  iri: string;
  via: string[];
  types: string[];
  label?: string;
  provenance: Provenance;
  sources: ExplainResult[];
}

export type ExplainResult = NormExplanation | ClauseExplanation | DerivedExplanation;

const MAX_DEPTH = 8;
const { namedNode } = N3.DataFactory;

export function explain(store: N3.Store, id: string): ExplainResult | undefined {
  const g = new GraphReader(store);
  const node = resolveId(g, id);
  return node === undefined ? undefined : explainNode(g, node, [], new Set());
}

/** The IRI an id names in the graph, trying each accepted form in turn. */
export function resolveId(g: GraphReader, raw: string): string | undefined {
  const id = raw.trim().replace(/^<(.*)>$/, '$1');
  const exists = (iri: string): boolean => g.store.countQuads(namedNode(iri), null, null, null) > 0;
  const candidates: string[] = [];
  const m = /^([A-Za-z][\w.-]*)?:(.*)$/.exec(id);
  if (m && !m[2]!.startsWith('//') && PREFIXES[m[1] ?? ''] !== undefined) candidates.push(PREFIXES[m[1] ?? '']! + m[2]);
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(id)) candidates.push(id);
  else {
    candidates.push(ID + id);
    // a clause id as people write it, with an optional norm suffix (`/n1`, `/t1` …)
    const parts = id.split('/');
    for (let i = parts.length; i >= 1; i--) {
      const clause = g.subjects(DCT.identifier, str(parts.slice(0, i).join('/'))).find((s) => g.has(s, RDF.type, REGC.Clause));
      if (!clause) continue;
      const rest = parts.slice(i);
      if (!rest.length) candidates.push(clause);
      else {
        candidates.push(`${clause}/${rest.join('/')}`);
        const k = /^n(\d+)$/.exec(rest[0]!);
        if (rest.length === 1 && k) candidates.push(normIri(clause, Number(k[1])));
      }
      break;
    }
  }
  return candidates.find(exists);
}

function explainNode(g: GraphReader, node: string, via: string[], seen: Set<string>): ExplainResult | undefined {
  if (seen.has(node) || via.length > MAX_DEPTH) return undefined;
  seen.add(node);
  if (isNorm(g, node)) return explainNorm(g, node, via);
  if (g.has(node, RDF.type, REGC.Clause)) return explainClause(g, node, via);
  const next = [...g.iriValues(node, PROV.wasDerivedFrom), ...(g.has(node, RDF.type, REGC.Conflict) ? g.iriValues(node, REGC.involves) : [])];
  if (!next.length) return undefined;
  const sources = next.map((n) => explainNode(g, n, [...via, node], seen)).filter((r): r is ExplainResult => r !== undefined);
  if (!sources.length) return undefined;
  const result: DerivedExplanation = { type: 'derived', iri: node, via, types: g.types(node), provenance: provenance(g, node), sources };
  const label = g.value(node, RDFS.label) ?? g.value(node, DCT.title);
  if (label !== undefined) result.label = label;
  return result;
}

function isNorm(g: GraphReader, node: string): boolean {
  const types = g.types(node);
  if (Object.values(RULE_CLASSES).flat().some((c) => types.includes(c))) return true;
  return g.values(node, REGC.kind).some((k) => k === 'obligation' || k === 'permission' || k === 'prohibition');
}

function explainNorm(g: GraphReader, s: string, via: string[]): NormExplanation {
  const n = readNorm(g, s);
  const clauseIri = n.clause ?? g.iriValues(s, PROV.wasDerivedFrom).find((c) => g.has(c, RDF.type, REGC.Clause));
  const sectionIri = n.section ?? (clauseIri && g.iriValue(clauseIri, REGC.section));
  const result: NormExplanation = {
    type: 'norm',
    iri: s,
    via,
    kind: n.kind,
    strength: n.strength,
    bearer: concept(g, n.bearer),
    action: concept(g, n.action),
    conditions: n.conditions.map((c) => condition(g, c)),
    exceptions: n.exceptions.map((c) => condition(g, c)),
    text: n.text,
    sectionPath: sectionPath(g, sectionIri),
    provenance: provenance(g, s),
  };
  if (n.modal !== undefined) result.modal = n.modal;
  if (n.target) result.target = concept(g, n.target);
  const source = readSpan(g, s);
  if (source) result.source = located(source);
  if (clauseIri) {
    const clause: NonNullable<NormExplanation['clause']> = { iri: clauseIri, text: g.value(clauseIri, REGC.text) ?? '' };
    const id = g.value(clauseIri, DCT.identifier);
    if (id !== undefined) clause.id = id;
    const span = readSpan(g, clauseIri);
    if (span) clause.source = located(span);
    result.clause = clause;
  }
  const docIri = n.document || (clauseIri && g.iriValue(clauseIri, REGC.document)) || undefined;
  if (docIri) result.document = documentOf(g, docIri);
  const authority = authorityOf(g, sectionIri, result.document);
  if (authority !== undefined) result.authority = authority;
  return result;
}

function explainClause(g: GraphReader, c: string, via: string[]): ClauseExplanation {
  const sectionIri = g.iriValue(c, REGC.section);
  const norms = [...new Set([...g.subjects(REGC.clause, c), ...g.subjects(PROV.wasDerivedFrom, c)])]
    .filter((n) => isNorm(g, n))
    .map((n) => {
      const r = readNorm(g, n);
      return { iri: n, kind: r.kind, strength: r.strength, text: r.text };
    });
  const result: ClauseExplanation = {
    type: 'clause',
    iri: c,
    via,
    text: g.value(c, REGC.text) ?? '',
    sectionPath: sectionPath(g, sectionIri),
    norms,
  };
  const id = g.value(c, DCT.identifier);
  if (id !== undefined) result.id = id;
  const span = readSpan(g, c);
  if (span) result.source = located(span);
  const docIri = g.iriValue(c, REGC.document);
  if (docIri) result.document = documentOf(g, docIri);
  const authority = authorityOf(g, sectionIri, result.document);
  if (authority !== undefined) result.authority = authority;
  return result;
}

function concept(g: GraphReader, ref: ConceptRef): ExplainedConcept {
  const out: ExplainedConcept = { text: ref.text };
  if (ref.concept !== undefined) {
    out.concept = ref.concept;
    const label = prefLabel(g, ref.concept);
    if (label !== undefined) out.label = label;
  }
  return out;
}

function condition(g: GraphReader, c: Condition): ExplainedCondition {
  return {
    marker: c.marker,
    text: c.text,
    concepts: c.concepts.map((iri) => {
      const label = prefLabel(g, iri);
      return label === undefined ? { iri } : { iri, label };
    }),
  };
}

/** Heading texts, outermost first: the section's `regc:sectionPath`, else its `dct:isPartOf` chain. */
function sectionPath(g: GraphReader, section: string | undefined): string[] {
  if (!section) return [];
  const stated = g.value(section, REGC.sectionPath);
  if (stated !== undefined) {
    try {
      const path = JSON.parse(stated) as unknown;
      if (Array.isArray(path)) return path.map(String);
    } catch {
      // fall through to the chain of headings
    }
  }
  const path: string[] = [];
  const seen = new Set<string>();
  for (let s: string | undefined = section; s && !seen.has(s) && g.has(s, RDF.type, REGC.Section); s = g.iriValue(s, DCT.isPartOf)) {
    seen.add(s);
    const heading = g.value(s, REGC.heading);
    if (heading !== undefined) path.unshift(heading);
  }
  return path;
}

function documentOf(g: GraphReader, d: string): ExplainedDocument {
  const doc: ExplainedDocument = { iri: d };
  const set = (key: Exclude<keyof ExplainedDocument, 'iri'>, value: string | undefined): void => {
    if (value !== undefined) doc[key] = value;
  };
  set('id', g.value(d, DCT.identifier));
  set('title', g.value(d, DCT.title));
  const authority = g.iriValue(d, REGC.authority);
  set('authority', authority && authorityName(authority));
  set('effective', g.value(d, REGC.effective));
  set('version', g.value(d, ELI.version));
  set('jurisdiction', g.value(d, ELI.jurisdiction));
  set('file', g.value(d, REGC.sourceFile));
  return doc;
}

function authorityOf(g: GraphReader, section: string | undefined, doc: ExplainedDocument | undefined): string | undefined {
  const a = section ? g.iriValue(section, REGC.authority) : undefined;
  return a ? authorityName(a) : doc?.authority;
}

function provenance(g: GraphReader, s: string): Provenance {
  const p: Provenance = { generatedBy: g.iriValues(s, PROV.wasGeneratedBy), derivedFrom: g.iriValues(s, PROV.wasDerivedFrom) };
  const origin = g.value(s, REGC.origin);
  if (origin !== undefined) p.origin = origin;
  const primary = g.iriValue(s, PROV.hadPrimarySource);
  if (primary !== undefined) p.primarySource = g.value(primary, REGC.sourceFile) ?? primary;
  return p;
}

const located = (span: SourceSpan): ExplainedSource => ({ ...span, location: `${span.file}:${span.line}:${span.column}` });

// ---------------------------------------------------------------- printing

/** A compact human-readable block. */
export function formatExplain(r: ExplainResult, prefixes: Record<string, string> = PREFIXES): string {
  const lines: string[] = [];
  write(r, lines, '', prefixes);
  return lines.join('\n');
}

function write(r: ExplainResult, lines: string[], indent: string, prefixes: Record<string, string>): void {
  const row = (key: string, value: string): void => {
    lines.push(`${indent}  ${key.padEnd(13)} ${value}`);
  };
  const name = (iri: string): string => compactIri(iri, prefixes);
  const conceptText = (c: ExplainedConcept): string =>
    c.concept ? `${c.text} → ${name(c.concept)}${c.label !== undefined && c.label !== c.text ? ` "${c.label}"` : ''}` : c.text;
  const doc = (d: ExplainedDocument | undefined, authority: string | undefined): void => {
    if (!d) return;
    if (authority !== undefined && authority !== d.authority) row('authority', authority);
    const facts = [d.authority, d.effective && `effective ${d.effective}`, d.version && `version ${d.version}`, d.jurisdiction]
      .filter((x): x is string => !!x);
    row('document', `${d.title ?? d.id ?? name(d.iri)}${facts.length ? ` (${facts.join('; ')})` : ''}`);
  };
  if (r.type === 'derived') {
    lines.push(`${indent}${name(r.iri)}${r.label ? ` "${r.label}"` : ''}${r.types.length ? ` (${r.types.map(name).join(', ')})` : ''}`);
    provenanceRows(r.provenance, row, name);
    for (const s of r.sources) write(s, lines, indent + '  ', prefixes);
    return;
  }
  if (r.type === 'clause') {
    lines.push(`${indent}clause ${r.id ?? name(r.iri)}`);
    row('text', r.text);
    if (r.source) row('source', r.source.location);
    if (r.sectionPath.length) row('section', r.sectionPath.join(' › '));
    doc(r.document, r.authority);
    for (const n of r.norms) row('norm', `${name(n.iri)} ${n.kind}${n.strength === 'advisory' ? ' (advisory)' : ''}: ${n.text}`);
    return;
  }
  lines.push(`${indent}norm ${name(r.iri)}: ${r.kind} (${r.strength}${r.modal ? `, "${r.modal}"` : ''})`);
  row('bearer', conceptText(r.bearer));
  row('action', conceptText(r.action));
  if (r.target) row('target', conceptText(r.target));
  const cond = (c: ExplainedCondition): string =>
    c.text + (c.concepts.length ? ` [${c.concepts.map((x) => name(x.iri) + (x.label ? ` "${x.label}"` : '')).join(', ')}]` : '');
  for (const c of r.conditions) row(c.marker, cond(c));
  for (const c of r.exceptions) row(c.marker, cond(c));
  row('text', r.text);
  if (r.source) row('source', r.source.location);
  if (r.clause) {
    row('clause', `${r.clause.id ?? name(r.clause.iri)}${r.clause.source ? ` at ${r.clause.source.location}` : ''}`);
    if (r.clause.text && r.clause.text !== r.text) row('', r.clause.text);
  }
  if (r.sectionPath.length) row('section', r.sectionPath.join(' › '));
  doc(r.document, r.authority);
  provenanceRows(r.provenance, row, name);
}

function provenanceRows(p: Provenance, row: (k: string, v: string) => void, name: (iri: string) => string): void {
  const origin = [p.origin, ...p.generatedBy.map(name)].filter((x): x is string => !!x);
  if (origin.length) row('origin', origin.length > 1 ? `${origin[0]} (${origin.slice(1).join(', ')})` : origin[0]!);
  if (p.primarySource) row('file', p.primarySource);
}
