/**
 * What the Instructor reads of the reasoned graph, in one place: documents, the norms with where each was
 * written (document, top-level section, clause, citation) and the authority and date in force there, the
 * conflicts with their resolutions, and the rules in precedence order (authority level, then the later
 * effective date, then document order — DESIGN.md "Precedence").
 */
import type { Store } from 'n3';
import type { Clause, Conflict, Norm, Ontology, RegulationDocument, Section } from '../../ir/index.js';
import { readDocuments, readNorms } from '../../graph/index.js';
import { readConflicts } from '../../reasoner/index.js';

export interface Rule {
  norm: Norm;
  doc: RegulationDocument;
  /** The outermost section the norm is written in (the rule family), if any. */
  top?: Section;
  /** The section the norm is written in. */
  section?: Section;
  clause?: Clause;
  /** The items that complete the clause when it is the lead-in of a list or enumeration ("must not— (a) …"). */
  items?: Clause[];
  /** Authority level in force where the norm is written, and its rank (0 when unknown). */
  authority?: string;
  rank: number;
  effective?: string;
  /** "Global Business Conduct Guidelines, Section 3.1 (Value Limits), paragraph (1)". */
  citation: string;
  /** The clause id people write (`orbis-conduct/gift-limits/1`), else `file:line`, else the norm IRI. */
  ref: string;
}

export interface View {
  documents: RegulationDocument[];
  /** Every norm of the graph, in precedence order. */
  rules: Rule[];
  byIri: ReadonlyMap<string, Rule>;
  conflicts: Conflict[];
  ontology: Ontology;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function readView(graph: Store, ontology: Ontology): View {
  const documents = readDocuments(graph).sort((a, b) => cmp(a.id, b.id));
  const docs = new Map(documents.map((d) => [d.iri, d]));
  const sections = new Map<string, Section>();
  const clauses = new Map<string, { clause: Clause; section: Section }>();
  const items = new Map<string, Clause[]>();
  for (const d of documents) {
    for (const s of d.sections) {
      sections.set(s.iri, s);
      for (const c of s.clauses) {
        clauses.set(c.iri, { clause: c, section: s });
        if (c.leadIn) items.set(c.leadIn.clause, [...(items.get(c.leadIn.clause) ?? []), c]);
      }
    }
  }
  const ranks = new Map(ontology.authorities.map((a) => [a.name, a.rank]));
  const rules: Rule[] = [];
  for (const norm of readNorms(graph)) {
    const placed = norm.clause ? clauses.get(norm.clause) : undefined;
    const section = (norm.section ? sections.get(norm.section) : undefined) ?? placed?.section;
    const doc = docs.get(norm.document) ?? (section ? documents.find((d) => d.sections.includes(section)) : undefined);
    if (!doc) continue;
    let top = section;
    let authority: string | undefined;
    for (let s = section, n = 0; s && n < 100; n++) {
      authority ??= s.authority;
      if (!isTitleSection(doc, s) || s === section) top = s;
      s = s.parent ? sections.get(s.parent) : undefined;
    }
    authority ??= doc.meta.authority;
    const rule: Rule = {
      norm, doc, rank: (authority && ranks.get(authority)) || 0,
      citation: citation(doc, section, placed?.clause),
      ref: placed?.clause.id ?? (norm.span.file ? `${norm.span.file}:${norm.span.line}` : norm.iri),
    };
    if (top) rule.top = top;
    if (section) rule.section = section;
    if (placed) rule.clause = placed.clause;
    if (placed && items.has(placed.clause.iri)) rule.items = items.get(placed.clause.iri)!;
    if (authority) rule.authority = authority;
    if (doc.meta.effective) rule.effective = doc.meta.effective;
    rules.push(rule);
  }
  rules.sort(precedenceOrder);
  return { documents, rules, byIri: new Map(rules.map((r) => [r.norm.iri, r])), conflicts: readConflicts(graph), ontology };
}

/** Higher authority first, then the later effective date, then document id and position in the text. */
export function precedenceOrder(a: Rule, b: Rule): number {
  return (
    b.rank - a.rank ||
    cmp(b.effective ?? '', a.effective ?? '') ||
    cmp(a.doc.id, b.doc.id) ||
    a.norm.span.offset - b.norm.span.offset ||
    cmp(a.norm.iri, b.norm.iri)
  );
}

export function docTitle(doc: RegulationDocument): string {
  return doc.meta.title ?? doc.id;
}

/** The document's title heading: its only top-level section, when other sections sit below it. */
export function isTitleSection(doc: RegulationDocument, s: Section): boolean {
  if (s.parent) return false;
  const roots = doc.sections.filter((x) => !x.parent);
  return roots.length === 1 && doc.sections.some((x) => x.parent === s.iri);
}

/** "Section 3.1 Value Limits" for a numbered heading, else the heading. */
export function sectionName(s: Section): string {
  return s.number ? `Section ${s.number} ${bareHeading(s)}` : s.heading;
}

/** The heading without its number: "3.1 Value Limits" → "Value Limits". */
export function bareHeading(s: Section): string {
  return s.number && s.heading.startsWith(s.number) ? s.heading.slice(s.number.length).replace(/^[.)]?\s+/, '') : s.heading;
}

function citation(doc: RegulationDocument, section: Section | undefined, clause: Clause | undefined): string {
  const parts = [docTitle(doc)];
  if (section && !isTitleSection(doc, section)) parts.push(sectionName(section));
  if (clause?.label) parts.push(`paragraph ${clause.label.replace(/\.$/, '')}`);
  else if (clause) parts.push(`clause ${clause.ordinal}`);
  return parts.join(', ');
}

/** The sentence a rule states, whitespace-normalised: an item of a list or enumeration is preceded by its
 * lead-in, and a lead-in ("must not—", "are expected to:") that carries the norms is completed with its items,
 * "(a) …; (b) …". For norms written directly in Turtle, their text. */
export function ruleText(r: Rule): string {
  let text = (r.norm.text || r.clause?.text || '').replace(/\s+/g, ' ').trim();
  const lead = r.clause?.leadIn?.text.replace(/\s+/g, ' ').trim();
  if (lead && !text.startsWith(lead)) text = `${lead} ${text.replace(/[;,]?$/, '').replace(/([^.!?])$/, '$1.')}`;
  if (!r.items?.length || !/[—–:-]$/.test(text)) return text;
  const parts = r.items.map((c) => {
    const own = c.text.replace(/\s+/g, ' ').trim();
    const lead = c.leadIn?.text.replace(/\s+/g, ' ').trim();
    const item = lead && own.startsWith(lead) ? own.slice(lead.length).trim() : own;
    return `${c.label ? c.label + ' ' : ''}${item.replace(/[;,.]+$/, '')}`;
  });
  return `${text} ${parts.join('; ')}.`;
}
