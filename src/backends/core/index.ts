/**
 * The core back end: the reasoned graph itself (`graph.ttl`), its norms as JSON lines (`norms.jsonl`) and its
 * conflicts (`conflicts.json`) — the public contract of DESIGN.md "Contracts".
 */
import { serializeTurtle } from '../../graph/index.js';
import { PREFIXES } from '../../vocab/index.js';
import { conflictRecords, readConflicts } from '../../reasoner/index.js';
import type { Backend } from '../types.js';
import { normRecords } from './norms.js';

export const coreBackend: Backend = {
  name: 'core',
  emit({ graph, ontology }) {
    return [
      { path: 'graph.ttl', content: serializeTurtle(graph, { prefixes: { ...PREFIXES, ...ontology.prefixes } }) },
      { path: 'norms.jsonl', content: normRecords(graph).map((r) => JSON.stringify(r) + '\n').join('') },
      { path: 'conflicts.json', content: JSON.stringify(conflictRecords(readConflicts(graph)), null, 2) + '\n' },
    ];
  },
};

export { normRecords } from './norms.js';
export type { NormRecord } from './norms.js';
