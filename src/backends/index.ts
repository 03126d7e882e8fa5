/**
 * Runs every back end over the reasoned graph and adds the two files about the compile itself:
 * `diagnostics.json` and `manifest.json` (input hashes, output hashes, regc version; no timestamps).
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../ir/index.js';
import { compareDiagnostics } from '../ir/index.js';
import { VERSION } from '../version.js';
import type { Backend, BackendInput, BackendOutput, OutputFile } from './types.js';
import { coreBackend } from './core/index.js';
import { odrlBackend } from './odrl/index.js';
import { framerBackend } from './framer/index.js';
import { instructorBackend } from './instructor/index.js';
import { reportBackend } from './report/index.js';
import { auditorBackend } from './auditor/index.js';

export type { Backend, BackendInput, BackendOutput, OutputFile } from './types.js';

/** The back ends, in the order they run (the Instructor reads the Framer's files: it runs after the Framer; so
 * does the Auditor, which reads its held-out split; the report lists the diagnostics of the back ends before it:
 * it runs last). */
export const BACKENDS: readonly Backend[] = [coreBackend, odrlBackend, framerBackend, instructorBackend, auditorBackend, reportBackend];

export interface CompileRecord {
  inputs: { path: string; sha256: string }[];
  diagnostics: readonly Diagnostic[];
}

/** Runs every back end; `timings` (if given) receives each back end's wall time in ms as `backend:NAME`. */
export async function runBackends(
  input: BackendInput,
  record: CompileRecord,
  timings?: Record<string, number>,
): Promise<{ files: OutputFile[]; diagnostics: Diagnostic[] }> {
  const files: OutputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const metrics: Record<string, Record<string, number | string>> = {};
  for (const b of BACKENDS) {
    const started = performance.now();
    const out = await b.emit({ ...input, emitted: [...files], diagnostics: [...record.diagnostics, ...diagnostics].sort(compareDiagnostics) });
    const { files: made, metrics: figures, diagnostics: found }: BackendOutput = Array.isArray(out) ? { files: out } : out;
    files.push(...made);
    diagnostics.push(...(found ?? []));
    if (timings) timings[`backend:${b.name}`] = Math.round((performance.now() - started) * 10) / 10;
    if (figures && Object.keys(figures).length) metrics[b.name] = Object.fromEntries(Object.entries(figures).sort(([a], [c]) => (a < c ? -1 : 1)));
  }
  const all = [...record.diagnostics, ...diagnostics].sort(compareDiagnostics);
  files.push({ path: 'diagnostics.json', content: json(all.map(flatDiagnostic)) });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const manifest = {
    regc: VERSION,
    inputs: [...record.inputs].sort((a, b) => (a.path < b.path ? -1 : 1)),
    outputs: files.map((f) => ({ path: f.path, bytes: Buffer.byteLength(f.content), sha256: sha256(f.content) })),
    ...(Object.keys(metrics).length ? { metrics: Object.fromEntries(Object.entries(metrics).sort(([a], [c]) => (a < c ? -1 : 1))) } : {}),
  };
  files.push({ path: 'manifest.json', content: json(manifest) });
  return { files, diagnostics };
}

/** The public shape of a diagnostic in `diagnostics.json`. */
export function flatDiagnostic(d: Diagnostic): Record<string, unknown> {
  return {
    code: d.code,
    severity: d.severity,
    file: d.span?.file ?? null,
    line: d.span?.line ?? null,
    column: d.span?.column ?? null,
    message: d.message,
    ...(d.nodes?.length ? { nodes: d.nodes } : {}),
  };
}

export const json = (v: unknown): string => JSON.stringify(v, null, 2) + '\n';
export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
