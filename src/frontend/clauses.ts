/**
 * Clauses of a section from its text units (paragraphs and list items): labels ("(2)", "1."), one clause per
 * sentence, inline enumerations split into items with their lead-in, ordinals 1..n per section in document
 * order, and exact source spans.
 */
import type { Clause, ClauseKind, Section } from '../ir/document.js';
import { spanOf } from '../ir/source.js';
import { clauseIri } from '../vocab/index.js';
import { findEnumeration } from './enumerations.js';
import type { Run } from './runs.js';
import { collapseWhitespace, fileRange, sliceRun } from './runs.js';
import { splitSentences } from './sentences.js';

/** A paragraph or a list item, as a front end hands it over. */
export interface Unit {
  run: Run;
  kind: 'paragraph' | 'list-item';
  /** A label found by the front end (an ordered list item's "3."); otherwise one is looked for in the text. */
  label?: string;
  /** The clause whose introductory text this unit completes ("All staff are expected to:"). */
  leadIn?: Clause;
}

/** A label numbering a paragraph or item at its start: "(2)", "(a)", "(iv)", "1.", "3.2.", "b)". */
const LABEL = /^(\(\d{1,3}[a-z]?\)|\([a-zA-Z]\)|\([ivxlc]{1,6}\)|\d{1,3}(?:\.\d{1,3})*\.(?!\d)|[a-z]\))\s+(?=\S)/;
/** Text that introduces what follows: it ends in a colon or a dash. */
const INTRODUCES = /(?::|:-|—|–|\s-)$/;

/** Whether a clause's text introduces the list or items that follow it. */
export function introduces(clause: Clause | undefined): boolean {
  return clause !== undefined && INTRODUCES.test(clause.text);
}

/** The label at the start of a text and the length it takes with the spaces after it. */
export function leadingLabel(text: string): { label: string; length: number } | undefined {
  const m = LABEL.exec(text);
  return m ? { label: m[1]!, length: m[0].length } : undefined;
}

export class ClauseWriter {
  private count = 0;

  constructor(
    private readonly docId: string,
    readonly section: Section,
    private readonly file: string,
    private readonly starts: readonly number[],
  ) {}

  /** Adds the clauses of a unit to the section and returns them (none if it holds no words). */
  add(unit: Unit): Clause[] {
    let run = collapseWhitespace(unit.run);
    let label = unit.label;
    if (label === undefined) {
      const found = leadingLabel(run.text);
      if (found) {
        label = found.label;
        run = sliceRun(run, found.length, run.text.length);
      }
    }
    if (!/[\p{L}\p{N}]/u.test(run.text)) return [];
    const sentences = splitSentences(run.text);
    const kind: ClauseKind = unit.kind === 'list-item' ? 'list-item' : sentences.length > 1 ? 'sentence' : 'paragraph';
    const out: Clause[] = [];
    sentences.forEach(([a, b], i) => {
      const leadIn = i === 0 ? unit.leadIn : undefined;
      let sentence = sliceRun(run, a, b);
      // "(1) Report gifts. (2) Refuse cash.": a later sentence may carry its own label
      const own = i > 0 ? leadingLabel(sentence.text) : undefined;
      if (own) {
        label = own.label;
        sentence = sliceRun(sentence, own.length, sentence.text.length);
      }
      const enumeration = findEnumeration(sentence.text);
      const ordinal = String(this.count + 1);
      if (!enumeration) {
        const c = this.clause(sentence, 0, sentence.text.length, kind, ordinal, label, leadIn);
        if (c) {
          this.count++;
          out.push(c);
        }
        return;
      }
      this.count++;
      const lead = this.clause(sentence, 0, enumeration.leadEnd, kind, ordinal, label, leadIn);
      if (lead) out.push(lead);
      for (const item of enumeration.items) {
        const itemLeadIn = lead ?? leadIn;
        const c = this.clause(sentence, item.start, item.end, 'enumeration-item', `${ordinal}.${item.marker}`, item.label, itemLeadIn);
        if (c) out.push(c);
      }
    });
    this.section.clauses.push(...out);
    return out;
  }

  private clause(run: Run, a: number, b: number, kind: ClauseKind, ordinal: string, label: string | undefined, leadIn: Clause | undefined): Clause | undefined {
    const text = run.text.slice(a, b).trim();
    if (!/[\p{L}\p{N}]/u.test(text)) return undefined;
    while (a < b && run.text[a] === ' ') a++;
    while (b > a && run.text[b - 1] === ' ') b--;
    const range = fileRange(run, a, b);
    const iri = clauseIri(this.docId, this.section.id, ordinal);
    const c: Clause = {
      iri,
      id: `${this.docId}/${this.section.id}/${ordinal}`,
      sectionIri: this.section.iri,
      ordinal,
      kind,
      text,
      span: spanOf(this.file, this.starts, range.start, range.end),
    };
    if (label !== undefined) c.label = label;
    if (leadIn) c.leadIn = { text: leadIn.text, clause: leadIn.iri };
    return c;
  }
}
