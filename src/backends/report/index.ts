/**
 * The report back end: `report.html`, one self-contained page for the analyst who reads and corrects the graph —
 * documents, clauses and the norms read from them, conflicts and their resolution, the compile's diagnostics.
 * Reads the reasoned graph, the ontology's concepts and the diagnostics it is handed; nothing else.
 */
import type { Diagnostic, Ontology } from '../../ir/index.js';
import type { Store } from 'n3';
import type { Backend, BackendInput, OutputFile } from '../types.js';
import { REPORT_PATH } from './anchors.js';
import { reportModel } from './model.js';
import { renderReport } from './page.js';

/** The report's HTML for a reasoned graph. */
export function buildReport(graph: Store, ontology: Ontology, diagnostics: readonly Diagnostic[] = []): string {
  return renderReport(reportModel(graph, ontology, diagnostics));
}

export function emitReport(input: BackendInput): OutputFile[] {
  return [{ path: REPORT_PATH, content: buildReport(input.graph, input.ontology, input.diagnostics ?? []) }];
}

export const reportBackend: Backend = { name: 'report', emit: emitReport };

export { REPORT_PATH, reportAnchor, reportHref } from './anchors.js';
export { reportModel } from './model.js';
export type { ReportModel } from './model.js';
export { summarize } from './summary.js';
export type { Summary } from './summary.js';
