/** `regc compile`: runs the compiler and prints its diagnostics. */
import { compile } from '../compile.js';
import type { Principle } from '../ir/index.js';
import { flatDiagnostic } from '../backends/index.js';
import { serializeTurtle } from '../graph/index.js';
import { formatDiagnostic, formatSummary } from './format.js';

export interface CompileFlags {
  regulations: string;
  ontologies: string;
  out: string;
  strict: boolean;
  bearer?: string;
  order?: string;
  json: boolean;
  dump?: 'documents' | 'norms' | 'graph' | 'conflicts';
}

export async function compileAction(flags: CompileFlags): Promise<number> {
  const order = flags.order?.split(',').map((s) => s.trim()) as Principle[] | undefined;
  const result = await compile({
    regulations: flags.regulations,
    ontologies: flags.ontologies,
    out: flags.out,
    strict: flags.strict,
    ...(flags.bearer ? { defaultBearer: flags.bearer } : {}),
    ...(order ? { order } : {}),
    dryRun: flags.dump !== undefined,
  });
  const color = process.stderr.isTTY === true && !process.env['NO_COLOR'];
  if (flags.dump) {
    const dumped =
      flags.dump === 'documents' ? JSON.stringify(result.documents, null, 2)
      : flags.dump === 'norms' ? JSON.stringify(result.norms, null, 2)
      : flags.dump === 'graph' ? (result.graph ? serializeTurtle(result.graph) : '')
      : (result.files.find((f) => f.path === 'conflicts.json')?.content ?? '[]');
    process.stdout.write(dumped.endsWith('\n') ? dumped : dumped + '\n');
  }
  if (flags.json) {
    const summary = {
      ok: result.ok,
      documents: result.documents.length,
      norms: result.norms.length,
      errors: result.diagnostics.filter((d) => d.severity === 'error').length,
      warnings: result.diagnostics.filter((d) => d.severity === 'warning').length,
      diagnostics: result.diagnostics.map(flatDiagnostic),
    };
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  } else {
    for (const d of result.diagnostics) {
      if (d.severity === 'info') continue;
      process.stderr.write(formatDiagnostic(d, { color }) + '\n');
    }
    const counts = `${result.documents.length} documents, ${result.norms.length} norms`;
    process.stderr.write(`regc: ${counts}; ${formatSummary(result.diagnostics, { color })}${result.ok && !flags.dump ? ` → ${flags.out}/` : ''}\n`);
  }
  return result.ok ? 0 : 1;
}
