/** The ODRL back end: the compiled graph's norms as one deterministic ODRL 2.2 Turtle file, `odrl.ttl`. */
import type N3 from 'n3';
import { serializeTurtle } from '../../graph/turtle.js';
import type { Backend } from '../types.js';
import { odrlStore } from './export.js';

export function emitOdrl(store: N3.Store): { path: 'odrl.ttl'; content: string } {
  return { path: 'odrl.ttl', content: serializeTurtle(odrlStore(store)) };
}

export const odrlBackend: Backend = {
  name: 'odrl',
  emit: (input) => [emitOdrl(input.graph)],
};

export { odrlStore } from './export.js';
export { negate } from './negate.js';
