/** `regc query`: SPARQL 1.1 over the compiled graph, printed as a table, JSON or CSV. */
import { readFileSync } from 'node:fs';
import { runQuery, formatTable, formatJson, formatCsv } from '../graph/index.js';
import { formatDiagnostic } from './format.js';
import { readCompiledGraph } from './graph-file.js';

export interface QueryFlags {
  graph: string;
  format: 'table' | 'json' | 'csv';
}

export async function queryAction(query: string, flags: QueryFlags): Promise<number> {
  const color = process.stderr.isTTY === true && !process.env['NO_COLOR'];
  const text = query.startsWith('@') ? readFileSync(query.slice(1), 'utf8') : query;
  const g = readCompiledGraph(flags.graph);
  if (!g.text) {
    process.stderr.write(formatDiagnostic(g.diagnostic!, { color }) + '\n');
    return 1;
  }
  const r = await runQuery(g.text, text);
  if ('diagnostic' in r && r.diagnostic) {
    process.stderr.write(formatDiagnostic(r.diagnostic, { color }) + '\n');
    return 2;
  }
  const out = flags.format === 'json' ? formatJson(r) : flags.format === 'csv' ? formatCsv(r) : formatTable(r);
  process.stdout.write(out.endsWith('\n') ? out : out + '\n');
  return 0;
}
