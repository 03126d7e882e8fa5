/** What the ODRL readers (Turtle, JSON-LD) hand to the policy reader: the file's triples and where each node
 * and each IRI is written in the text, as character ranges of the source. */
import type N3 from 'n3';
import type { Diagnostic } from '../ir/index.js';

/** A character range [start, end) of the source text. */
export type Range = readonly [number, number];

export interface SourceGraph {
  quads: N3.Quad[];
  /** Where a node is stated, by term id (an IRI, or `_:label` for a blank node): for a subject, its statement
   * (Turtle: subject to the closing `.`; JSON-LD: the object); for a blank node, its `[ … ]`. */
  stated: Map<string, Range>;
  /** The first place each IRI is written in the text, for diagnostics about the IRI itself. */
  mentions: Map<string, Range>;
  diagnostics: Diagnostic[];
}

/** Term id as `SourceGraph` keys it: the IRI, or `_:label` for a blank node. */
export function termId(t: N3.Term): string {
  return t.termType === 'BlankNode' ? `_:${t.value}` : t.value;
}
