/** The figures of the report's summary: norms by kind, strength and origin (per document and in all), conflicts
 * by status and by the principle that resolved them, diagnostics by severity. */
import type { NormKind, NormOrigin, Principle, Severity, Strength } from '../../ir/index.js';
import type { ReportModel } from './model.js';

export const KINDS: readonly NormKind[] = ['obligation', 'permission', 'prohibition'];
export const STRENGTHS: readonly Strength[] = ['strict', 'advisory'];
export const ORIGINS: readonly NormOrigin[] = ['rules', 'llm', 'analyst', 'turtle', 'odrl'];
export const PRINCIPLES: readonly (Principle | 'unresolved')[] = [
  'explicit', 'lex-superior', 'lex-specialis', 'lex-posterior', 'odrl-strategy', 'unresolved',
];
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface NormCounts {
  total: number;
  kind: Record<NormKind, number>;
  strength: Record<Strength, number>;
  origin: Record<NormOrigin, number>;
}

export interface Summary {
  /** Per document IRI, in the model's document order. */
  documents: { iri: string; norms: NormCounts }[];
  norms: NormCounts;
  conflicts: { total: number; status: { definite: number; possible: number }; principle: Record<Principle | 'unresolved', number> };
  diagnostics: { total: number; severity: Record<Severity, number> };
}

const zero = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const emptyCounts = (): NormCounts => ({ total: 0, kind: zero(KINDS), strength: zero(STRENGTHS), origin: zero(ORIGINS) });

export function summarize(model: ReportModel): Summary {
  const all = emptyCounts();
  const perDoc = new Map(model.documents.map((d) => [d.document.iri, emptyCounts()]));
  for (const n of model.norms) {
    for (const c of [all, perDoc.get(n.document)]) {
      if (!c) continue;
      c.total++;
      c.kind[n.kind]++;
      c.strength[n.strength]++;
      c.origin[n.origin]++;
    }
  }
  const conflicts = { total: 0, status: { definite: 0, possible: 0 }, principle: zero(PRINCIPLES) };
  for (const { conflict } of model.conflicts) {
    conflicts.total++;
    conflicts.status[conflict.status]++;
    conflicts.principle[conflict.resolution?.principle ?? 'unresolved']++;
  }
  const diagnostics = { total: model.diagnostics.length, severity: zero(SEVERITIES) };
  for (const d of model.diagnostics) diagnostics.severity[d.severity]++;
  return {
    documents: model.documents.map((d) => ({ iri: d.document.iri, norms: perDoc.get(d.document.iri)! })),
    norms: all,
    conflicts,
    diagnostics,
  };
}
