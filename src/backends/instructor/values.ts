/**
 * Values (rule families) for per-value reward models: the outermost section a norm is written in — "Gifts and
 * Entertainment", "Confidential Information" — or its document when it has none. Alignment Studio trains one
 * reward model per value and combines them by which value must win (arXiv 2403.09704, "Instructors").
 */
import type { Rule, View } from './view.js';
import { bareHeading, docTitle } from './view.js';

export interface Value {
  /** File-safe id: `<docId>.<sectionId>` (`orbis-conduct.gifts`), or the document id. */
  id: string;
  label: string;
  document: string;
  /** IRI of the outermost section, absent for a document-wide value. */
  section?: string;
  /** Norm IRIs of the value, in precedence order. */
  norms: string[];
}

const safe = (s: string): string => s.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'x';

export function valueIdOf(r: Rule): string {
  return r.top ? `${safe(r.doc.id)}.${safe(r.top.id)}` : safe(r.doc.id);
}

/** The values of the view, sorted by id; every norm is in exactly one. */
export function valuesOf(view: View): Value[] {
  const out = new Map<string, Value>();
  for (const r of view.rules) {
    const id = valueIdOf(r);
    let v = out.get(id);
    if (!v) {
      v = { id, label: r.top ? `${bareHeading(r.top)} (${docTitle(r.doc)})` : docTitle(r.doc), document: r.doc.iri, norms: [] };
      if (r.top) v.section = r.top.iri;
      out.set(id, v);
    }
    v.norms.push(r.norm.iri);
  }
  return [...out.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
