/** `regc evaluate`: the deontic status of a situation, with the norms that decide it and their sources. */
import { readFileSync } from 'node:fs';
import { parseTurtle, ontologyFromGraph } from '../graph/index.js';
import { diag } from '../ir/index.js';
import type { Evaluation, NormCitation } from '../ir/index.js';
import { evaluateSituationText, loadReasoned } from '../reasoner/index.js';
import { formatDiagnostic } from './format.js';
import { readCompiledGraph } from './graph-file.js';

export interface EvaluateFlags {
  graph: string;
  json: boolean;
}

export async function evaluateAction(file: string, flags: EvaluateFlags): Promise<number> {
  const color = process.stderr.isTTY === true && !process.env['NO_COLOR'];
  const fail = (d: ReturnType<typeof diag>, code: number) => {
    process.stderr.write(formatDiagnostic(d, { color }) + '\n');
    return code;
  };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return fail(diag('RC4003', `cannot read situation file ${file}`), 2);
  }
  const g = readCompiledGraph(flags.graph);
  if (!g.text) return fail(g.diagnostic!, 1);
  const parsed = parseTurtle(g.text, `${flags.graph}/graph.ttl`);
  if (!parsed.store) return fail(parsed.diagnostics[0]!, 1);
  const reasoned = loadReasoned(parsed.store, ontologyFromGraph(parsed.store));
  const r = evaluateSituationText(text, file, reasoned);
  for (const d of r.diagnostics) process.stderr.write(formatDiagnostic(d, { color }) + '\n');
  if (!r.evaluation) return 1;
  process.stdout.write(flags.json ? JSON.stringify(r.evaluation, null, 2) + '\n' : formatEvaluation(r.evaluation) + '\n');
  return 0;
}

const cite = (n: NormCitation) => `${n.iri}\n      ${n.source.file}:${n.source.line}:${n.source.column}  ${n.kind}${n.strength === 'advisory' ? ' (advisory)' : ''}: ${n.text}`;

export function formatEvaluation(e: Evaluation): string {
  const lines = [`status: ${e.status}`];
  if (e.deciding) lines.push(`  deciding: ${cite(e.deciding)}`);
  for (const n of e.defeated) lines.push(`  defeated: ${cite(n)}`);
  for (const s of e.chain) lines.push(`  precedence: ${s.winner} over ${s.defeated} (${s.principle}): ${s.explanation}`);
  if (e.missing.length) lines.push(`  missing facts: ${e.missing.join(', ')}`);
  for (const n of e.undetermined) lines.push(`  depends on missing facts: ${cite(n)}`);
  for (const c of e.conflicts) lines.push(`  unresolved conflict: ${c}`);
  return lines.join('\n');
}
