/**
 * The catalogue of diagnostic codes. Codes are public and stable: tests and tools match on them, never on
 * message text. Ranges: RC1xxx input files and front ends, RC2xxx extraction, RC3xxx ontologies and graph,
 * RC4xxx reasoner, RC5xxx back ends, RC7xxx audits (`regc audit`), RC9xxx the compile as a whole.
 */
import type { Diagnostic, Severity } from './diagnostic.js';
import type { SourceSpan } from './source.js';

export interface CodeInfo {
  severity: Severity;
  /** One line saying what the code means; the README lists these. */
  title: string;
}

export const CODES = {
  // input files and front ends
  RC1001: { severity: 'error', title: 'file is not valid UTF-8' },
  RC1002: { severity: 'error', title: 'file is binary, not text' },
  RC1003: { severity: 'error', title: 'malformed front matter' },
  RC1004: { severity: 'error', title: 'unknown authority level' },
  RC1005: { severity: 'error', title: 'duplicate id' },
  RC1006: { severity: 'warning', title: 'malformed heading attributes' },
  RC1007: { severity: 'warning', title: 'invalid front matter value' },
  RC1008: { severity: 'warning', title: 'file type not recognised, skipped' },
  RC1009: { severity: 'error', title: 'invalid ODRL policy' },
  RC1010: { severity: 'warning', title: 'term in the ODRL namespace that ODRL does not define' },
  RC1011: { severity: 'error', title: 'file cannot be read' },
  // extraction
  RC2001: { severity: 'warning', title: 'modal sentence with no bearer' },
  RC2002: { severity: 'warning', title: 'unresolvable cross-reference' },
  RC2003: { severity: 'info', title: 'deontic sentence matched no concept of the ontology' },
  RC2004: { severity: 'warning', title: 'model extraction not reviewed; rule-based norms used' },
  // ontologies, analyst files and the graph
  RC3001: { severity: 'error', title: 'invalid Turtle' },
  RC3002: { severity: 'error', title: 'graph violates a SHACL shape' },
  RC3003: { severity: 'error', title: 'analyst override names an unknown clause' },
  RC3004: { severity: 'error', title: 'malformed analyst override file' },
  RC3005: { severity: 'warning', title: 'SHACL shape warning' },
  RC3006: { severity: 'error', title: 'invalid SPARQL query' },
  RC3007: { severity: 'error', title: 'unknown identifier' },
  // reasoner
  RC4001: { severity: 'error', title: 'precedence cycle' },
  RC4002: { severity: 'warning', title: 'unresolved conflict' },
  RC4003: { severity: 'error', title: 'invalid situation' },
  RC4004: { severity: 'warning', title: 'override names a norm it does not conflict with' },
  RC4005: { severity: 'error', title: 'unknown precedence principle' },
  // back ends
  RC5001: { severity: 'warning', title: 'not covered by training data' },
  RC5002: { severity: 'warning', title: 'generated record rejected' },
  RC5003: { severity: 'warning', title: 'input a back end needs was not emitted' },
  RC5004: { severity: 'warning', title: 'model augmentation failed' },
  // audits
  RC7001: { severity: 'error', title: 'invalid audit suite record' },
  RC7002: { severity: 'warning', title: 'model request failed after every retry' },
  RC7003: { severity: 'error', title: 'invalid audit option' },
  RC7004: { severity: 'warning', title: 'unreadable training coverage; trained-on audit cases not told apart' },
  // the compile as a whole
  RC9001: { severity: 'error', title: 'input directory not found' },
  RC9002: { severity: 'error', title: 'cannot write output' },
  RC9003: { severity: 'error', title: 'compiled output not found' },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;

/** A diagnostic of a catalogue code, with the code's default severity unless one is given. */
export function diag(
  code: Code,
  message: string,
  span?: SourceSpan,
  more: { severity?: Severity; nodes?: string[]; excerpt?: string } = {},
): Diagnostic {
  const d: Diagnostic = { code, severity: more.severity ?? CODES[code].severity, message };
  if (span) d.span = span;
  if (more.excerpt !== undefined) d.excerpt = more.excerpt;
  if (more.nodes?.length) d.nodes = more.nodes;
  return d;
}

/** Orders diagnostics by file, position, then code, so reports are stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const fa = a.span?.file ?? '';
  const fb = b.span?.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  const oa = a.span?.offset ?? -1;
  const ob = b.span?.offset ?? -1;
  if (oa !== ob) return oa - ob;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
