/** `regc explain`: from any norm, clause or record id back to the clause, its file:line:column and text. */
import { parseTurtle, explain, formatExplain, explainRecord, findRecord, isRecordId } from '../graph/index.js';
import { diag } from '../ir/index.js';
import { formatDiagnostic } from './format.js';
import { readCompiledGraph } from './graph-file.js';

export interface ExplainFlags {
  graph: string;
  json: boolean;
}

export async function explainAction(id: string, flags: ExplainFlags): Promise<number> {
  const color = process.stderr.isTTY === true && !process.env['NO_COLOR'];
  const g = readCompiledGraph(flags.graph);
  if (!g.text) {
    process.stderr.write(formatDiagnostic(g.diagnostic!, { color }) + '\n');
    return 1;
  }
  const parsed = parseTurtle(g.text, 'graph.ttl');
  if (!parsed.store) {
    for (const d of parsed.diagnostics) process.stderr.write(formatDiagnostic(d, { color }) + '\n');
    return 1;
  }
  let result = explain(parsed.store, id);
  if (!result && isRecordId(id)) {
    const found = findRecord(flags.graph, id);
    if (found) result = explainRecord(parsed.store, found);
  }
  if (!result) {
    process.stderr.write(formatDiagnostic(diag('RC3007', `nothing in the compiled graph has the id ${id}`), { color }) + '\n');
    return 2;
  }
  process.stdout.write(flags.json ? JSON.stringify(result, null, 2) + '\n' : formatExplain(result) + '\n');
  return 0;
}
