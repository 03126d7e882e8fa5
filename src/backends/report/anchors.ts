/**
 * Stable anchors of `report.html`: every norm, clause, section, document and conflict gets an element id derived
 * from its IRI, so other outputs can link to `report.html#<anchor>`. An IRI under the id base keeps its path
 * (`orbis-conduct/gifts/3/n1`, `conflict/0ead077acaf57a23`); any other IRI (an ODRL policy's rule) is named by
 * a hash of it (`iri:` + 16 hex digits). Ids of the report's own parts start with `report:`; neither form can be
 * the other, since the id base's paths never contain a colon (it is percent-encoded there).
 */
import { createHash } from 'node:crypto';
import { ID } from '../../vocab/index.js';

/** Where the report is written, relative to the output directory. */
export const REPORT_PATH = 'report.html';

/** The element id of a graph node in the report. */
export function reportAnchor(iri: string): string {
  if (iri.startsWith(ID) && iri.length > ID.length) {
    const rest = iri.slice(ID.length);
    if (/^[A-Za-z0-9\-_.~%/]+$/.test(rest)) return rest;
  }
  return `iri:${createHash('sha256').update(iri).digest('hex').slice(0, 16)}`;
}

/** A link to a graph node's place in the report, relative to the output directory. */
export const reportHref = (iri: string): string => `${REPORT_PATH}#${reportAnchor(iri)}`;

/** Ids of the report's own parts. */
export const PART = {
  summary: 'report:summary',
  documents: 'report:documents',
  conflicts: 'report:conflicts',
  diagnostics: 'report:diagnostics',
  /** The notes shown when the filter leaves no norm or no conflict. */
  documentsNone: 'report:documents-none',
  conflictsNone: 'report:conflicts-none',
} as const;

/** The id of the k-th (1-based) diagnostic in the report's list. */
export const diagnosticAnchor = (k: number): string => `report:diagnostic-${k}`;
