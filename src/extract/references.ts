/**
 * Cross-references ("Section 3.2", "Article 6(1)", "subsection (2)", "paragraph 3", "clause 4.1", Markdown
 * links to `#anchors`) and override phrases ("notwithstanding Section 2", "subject to Section 5.1", "except as
 * provided in …", "in addition to …"), and their resolution against the sections and clause labels of the
 * documents. Override phrases are the textual precedence evidence of lex specialis/explicit override
 * (LegalRuleML's `Override`): "notwithstanding X" — this norm beats X; "subject to X" — X beats this norm.
 */
import type { Clause, OverrideKind, Reference, ReferenceKind, RegulationDocument, Section } from '../ir/index.js';

/** A reference found in a text, with its offsets there. */
export interface FoundReference {
  kind: ReferenceKind;
  text: string;
  label: string;
  start: number;
  end: number;
  /** Text right after the reference, to see whether it names another document ("… of the EMEA Addendum"). */
  after: string;
}

const NUM = String.raw`\d+(?:\.\d+)*[a-z]?`;
const SUBS = String.raw`(?:\s?\((?:\d+|[a-z]{1,4})\))*`;
const REFERENCE = new RegExp(
  String.raw`(?<![\p{L}])(sections?|secs?\.|§§?|articles?|arts?\.|subsections?|paragraphs?|paras?\.|clauses?)\s*((?:${NUM}|\((?:\d+|[a-z]{1,4})\))${SUBS})((?:\s*(?:,|and|or|to|through)\s*(?:${NUM}|\((?:\d+|[a-z]{1,4})\))${SUBS})*)`,
  'giu',
);
const LIST_ITEM = new RegExp(String.raw`(?:${NUM}|\((?:\d+|[a-z]{1,4})\))${SUBS}`, 'giu');
const LINK = /\[([^\]\n]*)\]\(#([^)\s]+)\)/g;

function kindOf(word: string): ReferenceKind {
  const w = word.toLowerCase();
  if (w.startsWith('sub')) return 'subsection';
  if (w.startsWith('art')) return 'article';
  if (w.startsWith('para')) return 'paragraph';
  if (w.startsWith('clause')) return 'clause';
  return 'section';
}

/** Normalises a label as written: no spaces, no trailing dot. */
function normLabel(label: string): string {
  return label.replace(/\s+/g, '').replace(/\.$/, '');
}

/** Every cross-reference in a text. "Sections 3 and 4" gives two references. */
export function findReferences(text: string): FoundReference[] {
  const out: FoundReference[] = [];
  for (const m of text.matchAll(REFERENCE)) {
    const kind = kindOf(m[1]!);
    const start = m.index!;
    const end = start + m[0].length;
    const after = text.slice(end, end + 120);
    const refEnd = start + m[0].indexOf(m[2]!, m[1]!.length) + m[2]!.length;
    out.push({ kind, text: text.slice(start, refEnd), label: normLabel(m[2]!), start, end: refEnd, after });
    if (m[3]) {
      const base = start + m[0].length - m[3].length;
      for (const item of m[3].matchAll(LIST_ITEM)) {
        const s = base + item.index!;
        out.push({ kind, text: item[0], label: normLabel(item[0]), start: s, end: s + item[0].length, after });
      }
    }
  }
  return out;
}

/** Markdown links to anchors: `[text](#anchor)`. */
export function findLinks(text: string): FoundReference[] {
  const out: FoundReference[] = [];
  for (const m of text.matchAll(LINK)) {
    out.push({ kind: 'link', text: m[0], label: m[2]!, start: m.index!, end: m.index! + m[0].length, after: '' });
  }
  return out;
}

/** An override phrase found in a text, with the offsets of the whole phrase. */
export interface FoundOverride {
  kind: OverrideKind;
  start: number;
  end: number;
  text: string;
}

const OVERRIDE = /\b(notwithstanding|subject\s+to|except\s+as\s+(?:otherwise\s+)?(?:provided|set\s+out|stated|specified|described|permitted)\s+(?:in|by|under)|in\s+addition\s+to)\b/giu;

/** Override phrases, each running to the next comma, semicolon or end of the text. */
export function findOverrides(text: string): FoundOverride[] {
  const out: FoundOverride[] = [];
  for (const m of text.matchAll(OVERRIDE)) {
    const w = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const kind: OverrideKind = w.startsWith('notwithstanding') ? 'notwithstanding' : w.startsWith('subject') ? 'subject-to' : w.startsWith('in addition') ? 'in-addition-to' : 'except-as-provided';
    const start = m.index!;
    const rest = text.slice(start + m[0].length);
    const stop = rest.search(/[,;:.)](?!\d)|\s(?:employees?|staff|you|we|the assistant)\s+(?:must|shall|should|may)\b/);
    const end = start + m[0].length + (stop < 0 ? rest.length : stop);
    out.push({ kind, start, end, text: text.slice(start, end).trim() });
  }
  return out;
}

/** Lookup tables over all documents, built once per extraction. */
export class ReferenceResolver {
  private readonly byDoc = new Map<string, DocIndex>();
  private readonly sectionIdOwners = new Map<string, { doc: RegulationDocument; section: Section }[]>();

  constructor(private readonly documents: readonly RegulationDocument[]) {
    for (const d of documents) {
      const idx: DocIndex = { doc: d, byNumber: new Map(), byId: new Map(), children: new Map() };
      for (const s of d.sections) {
        if (s.number !== undefined) {
          const n = s.number.replace(/\.$/, '');
          if (!idx.byNumber.has(n)) idx.byNumber.set(n, s);
        }
        idx.byId.set(s.id, s);
        if (s.parent) {
          const list = idx.children.get(s.parent) ?? [];
          list.push(s);
          idx.children.set(s.parent, list);
        }
        const owners = this.sectionIdOwners.get(s.id) ?? [];
        owners.push({ doc: d, section: s });
        this.sectionIdOwners.set(s.id, owners);
      }
      this.byDoc.set(d.id, idx);
    }
  }

  /** The IRI a reference made in `section` of `doc` points to, if it can be found. */
  resolve(ref: FoundReference, doc: RegulationDocument, section: Section | undefined): string | undefined {
    const named = this.namedDocument(ref.after, doc);
    const idx = this.byDoc.get((named ?? doc).id);
    if (!idx) return undefined;
    if (ref.kind === 'link') {
      const own = this.byDoc.get(doc.id)?.byId.get(ref.label);
      if (own) return own.iri;
      const owners = this.sectionIdOwners.get(ref.label);
      return owners?.length === 1 ? owners[0]!.section.iri : undefined;
    }
    const m = /^(\d+(?:\.\d+)*[a-z]?)?((?:\((?:\d+|[a-z]{1,4})\))*)$/i.exec(ref.label);
    if (!m) return undefined;
    const base = m[1];
    const subs = (m[2] ?? '').match(/\(([^)]+)\)/g)?.map((s) => s.slice(1, -1)) ?? [];
    if (base === undefined) {
      // "subsection (2)", "paragraph (b)": a labelled clause or numbered subsection of the current section
      if (!section || named) return undefined;
      return this.withinSection(idx, section, subs)?.iri;
    }
    if (ref.kind === 'paragraph' && section && !named && subs.length === 0) {
      const c = this.clauseLabelled(idx, section, base);
      if (c) return c.iri;
    }
    const s = idx.byNumber.get(base);
    if (!s) {
      if (ref.kind === 'clause' || ref.kind === 'paragraph') {
        for (const sec of idx.doc.sections) {
          const c = sec.clauses.find((cl) => normClauseLabel(cl.label) === base);
          if (c) return c.iri;
        }
      }
      return undefined;
    }
    if (subs.length === 0) return s.iri;
    return (this.withinSection(idx, s, subs) ?? s).iri;
  }

  /** A clause labelled by the sub-labels, or a child section numbered with them, under a section. */
  private withinSection(idx: DocIndex, section: Section, subs: readonly string[]): Section | Clause | undefined {
    const first = subs[0];
    if (first === undefined) return section;
    const c = this.clauseLabelled(idx, section, first);
    if (c) return c;
    for (const child of idx.children.get(section.iri) ?? []) {
      if (child.number && (child.number === first || child.number.endsWith(`.${first}`))) return this.withinSection(idx, child, subs.slice(1)) ?? child;
    }
    return undefined;
  }

  private clauseLabelled(idx: DocIndex, section: Section, label: string): Clause | undefined {
    const own = section.clauses.find((c) => normClauseLabel(c.label) === label);
    if (own) return own;
    for (const child of idx.children.get(section.iri) ?? []) {
      const c = this.clauseLabelled(idx, child, label);
      if (c) return c;
    }
    return undefined;
  }

  /** Another document named right after the reference: "… of the Global Business Conduct Guidelines". */
  private namedDocument(after: string, doc: RegulationDocument): RegulationDocument | undefined {
    const m = /^\s*(?:of|in|under)\s+(?:the\s+)?(.{3,100})/i.exec(after);
    if (!m) return undefined;
    const rest = m[1]!.toLowerCase();
    let best: RegulationDocument | undefined;
    let bestLen = 0;
    for (const d of this.documents) {
      if (d.id === doc.id) continue;
      for (const name of [d.meta.title, d.id]) {
        if (!name) continue;
        const n = name.toLowerCase();
        if (n.length > bestLen && rest.startsWith(n)) {
          best = d;
          bestLen = n.length;
        }
      }
    }
    return best;
  }
}

interface DocIndex {
  doc: RegulationDocument;
  byNumber: Map<string, Section>;
  byId: Map<string, Section>;
  children: Map<string, Section[]>;
}

/** "(2)", "2.", "b)" → "2", "b". */
function normClauseLabel(label: string | undefined): string | undefined {
  return label?.replace(/^[(\[]|[)\].:]$/g, '').replace(/[)\].:]$/, '').trim().toLowerCase();
}

/** A found reference as the IR's Reference (span added by the caller). */
export function toReference(found: FoundReference, resolved: string | undefined): Reference {
  const r: Reference = { kind: found.kind, text: found.text, label: found.label };
  if (resolved) r.resolved = resolved;
  return r;
}
