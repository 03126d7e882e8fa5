/**
 * Finds a Framer record by its id in a compiled output directory, so `regc explain sft:…` can lead from a
 * record to the norms and clauses behind it without the graph storing every record: the id's prefix names
 * the file (`sft:` → `framer/sft.jsonl`, `scn:` → `scenarios.jsonl`, `pref:`, `kto:`), and each line starts
 * with its id, so the record is found by a text search and only its line is parsed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const RECORD_FILES: Record<string, string> = {
  sft: 'framer/sft.jsonl',
  scn: 'framer/scenarios.jsonl',
  pref: 'framer/preferences.jsonl',
  kto: 'framer/kto.jsonl',
};

export interface FoundRecord {
  /** The file, relative to the output directory, and the 1-based line. */
  file: string;
  line: number;
  record: Record<string, unknown>;
  /** The graph nodes behind the record: norm, clause and conflict IRIs (each resolves in `graph.ttl`). */
  norms: string[];
  clauses: string[];
  conflicts: string[];
}

/** Whether a string has the shape of a Framer record id. */
export const isRecordId = (id: string): boolean => /^(sft|scn|pref|kto):[0-9a-f]{16}$/.test(id);

export function findRecord(outDir: string, id: string): FoundRecord | undefined {
  if (!isRecordId(id)) return undefined;
  const rel = RECORD_FILES[id.slice(0, id.indexOf(':'))]!;
  const path = join(outDir, rel);
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  const needle = `{"id":${JSON.stringify(id)},`;
  const at = text.startsWith(needle) ? 0 : text.indexOf('\n' + needle) + 1;
  if (at <= 0 && !text.startsWith(needle)) return undefined;
  const end = text.indexOf('\n', at);
  const record = JSON.parse(text.slice(at, end < 0 ? undefined : end)) as Record<string, unknown>;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  const p = (record['provenance'] ?? {}) as { norms?: string[]; clauses?: string[]; conflicts?: string[] };
  return { file: rel, line, record, norms: p.norms ?? [], clauses: p.clauses ?? [], conflicts: p.conflicts ?? [] };
}
