/** Reads the compiled graph for the commands that ask it questions. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diag } from '../ir/index.js';
import type { Diagnostic } from '../ir/index.js';

export function readCompiledGraph(dir: string): { text?: string; diagnostic?: Diagnostic } {
  const path = join(dir, 'graph.ttl');
  if (!existsSync(path)) return { diagnostic: diag('RC9003', `no compiled graph at ${path}; run \`regc compile\` first`) };
  return { text: readFileSync(path, 'utf8') };
}
