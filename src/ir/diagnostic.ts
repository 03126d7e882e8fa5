/** Diagnostics are data: a stable code from the catalogue, a severity, a place and a message. */
import type { SourceSpan } from './source.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** A code of the catalogue in `src/ir/codes.ts`, e.g. `RC1001`. */
  code: string;
  severity: Severity;
  message: string;
  /** Absent only for diagnostics about the whole compile (e.g. a missing directory). */
  span?: SourceSpan;
  /** The source line(s) the span points into, for printing. */
  excerpt?: string;
  /** IRIs of the graph nodes concerned, where there are any. */
  nodes?: string[];
  /** Machine-readable details for tools and tests, e.g. `{ term, suggestion }` of RC1010. */
  data?: Record<string, string>;
}
