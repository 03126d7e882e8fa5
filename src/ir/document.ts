/** Document IR: what a front end makes of one regulation file. */
import type { SourceSpan } from './source.js';
import type { Norm } from './norm.js';

export type DocumentFormat = 'markdown' | 'text' | 'odrl';

/** Document-level metadata from front matter (Markdown/text) or from the policy (ODRL). */
export interface DocumentMeta {
  title?: string;
  /** Local name of an authority level defined in `ontologies/` (e.g. `company-policy`, `root`). */
  authority?: string;
  /** ISO date (YYYY-MM-DD) from which the document applies. */
  effective?: string;
  jurisdiction?: string;
  version?: string;
  /** Text of the bearer norms default to (imperatives, "you"), e.g. "employee". */
  defaultBearer?: string;
  /** Everything else the front matter said, kept verbatim as document metadata. */
  extra: Record<string, unknown>;
}

export interface RegulationDocument {
  /** Stable document id (front matter `id`, else the file name without extension). */
  id: string;
  iri: string;
  file: string;
  format: DocumentFormat;
  sha256: string;
  meta: DocumentMeta;
  /** Span of the front matter block, if any. */
  metaSpan?: SourceSpan;
  /** Sections in document order (pre-order); nesting through `parent`. */
  sections: Section[];
  /** Norms a front end states directly (ODRL policies); Markdown and text leave this empty. */
  norms: Norm[];
}

export interface Section {
  /** Unique within the document: heading `{#id}` or a slug of the heading text. */
  id: string;
  iri: string;
  /** Heading text without attributes; the document root section has the document title. */
  heading: string;
  level: number;
  /** IRI of the enclosing section, absent for top-level sections. */
  parent?: string;
  /** Heading texts, outermost first, ending with this section's. */
  path: string[];
  /** Heading attributes `{#id key=value}` except the id. */
  attributes: Record<string, string>;
  /** Authority level in force here: the nearest `authority=` attribute, else the document's. */
  authority?: string;
  /** Section number if the heading carries one ("3.2" of "3.2 Gifts"), for cross-references. */
  number?: string;
  span: SourceSpan;
  clauses: Clause[];
}

export type ClauseKind = 'paragraph' | 'sentence' | 'list-item' | 'enumeration-item';

export interface Clause {
  iri: string;
  /** `docId/sectionId/ordinal`, ordinal being `3` or `3.b` for an enumeration item. */
  id: string;
  sectionIri: string;
  ordinal: string;
  kind: ClauseKind;
  /** The clause's own text, whitespace-normalised. */
  text: string;
  /** A label the text numbers it with: "1.", "(2)", "(a)". */
  label?: string;
  /** The introductory text this clause completes ("All staff are expected to:"), and its clause IRI. */
  leadIn?: { text: string; clause: string };
  span: SourceSpan;
}
