/**
 * What a reply must contain to cite a norm's clause: the clause id, "Section 3.1" (also as German, French and
 * Spanish write it) or the section heading; and the citation record a case carries for reports. Citations read
 * as the Framer's training data writes them (`../framer/wording.ts`), so a model trained on it cites alike.
 */
import type { Citation } from './schema.js';
import type { FramerView, NormEntry } from '../framer/view.js';
import { citation, citeLong, citeShort } from '../framer/wording.js';

export interface Cited {
  record: Citation;
  /** Strings any one of which, found in a reply, counts as citing the clause. */
  accept: string[];
  /** "Section 3.1 Value Limits, paragraph (1) of the Global Business Conduct Guidelines". */
  short: string;
  /** "Global Business Conduct Guidelines, Section 3.1 Value Limits, paragraph (1) [orbis-conduct/gift-limits/1]". */
  long: string;
  /** "Global Business Conduct Guidelines › 3.1 Value Limits": how reports group cases. */
  group: string;
}

const SECTION_WORDS = ['Section', 'Abschnitt', 'sección', 'apartado'];

/** The heading without its number: "3.1 Value Limits" → "Value Limits". */
export const bareHeading = (heading: string): string => heading.replace(/^\s*[\dA-Z]+(\.\d+)*\.?\s+/, '').trim();

export function citeEntry(view: FramerView, e: NormEntry): Cited {
  const c = citation(e);
  const accept = new Set<string>();
  if (c.clauseId) accept.add(c.clauseId);
  const s = e.section;
  if (s?.number) {
    const n = s.number.replace(/\.$/, '');
    for (const w of SECTION_WORDS) accept.add(`${w} ${n}`);
    accept.add(`§ ${n}`);
    accept.add(`§${n}`);
  }
  const heading = s ? bareHeading(s.heading) : '';
  if (heading.length >= 6 && s?.level !== 1) accept.add(heading);
  if (!accept.size) accept.add(c.title);
  const clause = e.clause;
  const span = clause?.span ?? e.norm.span;
  const title = e.doc?.meta.title ?? e.doc?.id ?? c.title;
  return {
    record: {
      clause: clause?.iri ?? e.norm.iri,
      id: clause?.id ?? c.clauseId ?? e.norm.iri,
      section: c.section ?? title,
      document: title,
      file: span.file,
      line: span.line,
      column: span.column,
      text: clause?.text ?? e.norm.text,
    },
    accept: [...accept],
    short: citeShort(c),
    long: citeLong(c),
    group: s && s.level > 1 ? `${title} › ${s.heading}` : title,
  };
}

export function citeNorm(view: FramerView, iri: string): Cited | undefined {
  const e = view.byIri.get(iri);
  return e ? citeEntry(view, e) : undefined;
}
