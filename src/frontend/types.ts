/** Options and results shared by the Markdown and plain-text front ends. */
import type { Diagnostic } from '../ir/diagnostic.js';
import type { RegulationDocument } from '../ir/document.js';

export interface FrontendOptions {
  /** Names of the known authority levels (`root`, `system`, `company-policy` …); others are reported (RC1004). */
  authorities: ReadonlySet<string>;
}

export interface ParseResult {
  /** Absent when the file could not be read as a document at all. */
  document?: RegulationDocument;
  diagnostics: Diagnostic[];
}
