/**
 * `explain` for records that back ends write to files rather than to the graph (Framer records `sft:…`,
 * audit cases `audit:…`, audit feedback `feedback:…`): the record is found by its id in the JSON Lines files
 * of the compiled output (each line starts with `{"id":…`), and explained through the norms, clauses and
 * conflicts its `provenance` names — each of which `explain` resolves in the graph.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type N3 from 'n3';
import { explain } from './explain.js';
import type { DerivedExplanation, ExplainResult } from './explain.js';

/** Ids of records: a short lower-case prefix, a colon and hex digits (`audit:0123456789abcdef`). */
export const isRecordId = (id: string): boolean => /^[a-z][a-z0-9-]*:[0-9a-f]{8,64}$/.test(id.trim());

export interface FoundRecord {
  /** Path relative to the output directory, forward slashes; 1-based line. */
  file: string;
  line: number;
  record: Record<string, unknown>;
}

/** Directories of the output that hold copies or results rather than records (split copies, audit runs). */
const SKIP = new Set(['splits', 'results', 'runs']);

function jsonlFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!SKIP.has(name)) jsonlFiles(p, out);
    } else if (name.endsWith('.jsonl')) out.push(p);
  }
  return out;
}

/** The record with this id in any JSON Lines file of the output directory — one that states its provenance
 * where several files carry the id (an export such as an Inspect dataset repeats ids without provenance). */
export function findRecord(outDir: string, id: string): FoundRecord | undefined {
  if (!isRecordId(id)) return undefined;
  const needle = `{"id":${JSON.stringify(id.trim())},`;
  let first: FoundRecord | undefined;
  for (const path of jsonlFiles(outDir)) {
    const text = readFileSync(path, 'utf8');
    const at = text.startsWith(needle) ? 0 : text.indexOf('\n' + needle) + 1;
    if (at <= 0 && !text.startsWith(needle)) continue;
    const end = text.indexOf('\n', at);
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(text.slice(at, end < 0 ? undefined : end)) as Record<string, unknown>;
    } catch {
      continue;
    }
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
    const found = { file: relative(outDir, path).split(sep).join('/'), line, record };
    if (record['provenance'] !== undefined) return found;
    first ??= found;
  }
  return first;
}

const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);

/** A record explained through the graph nodes its provenance names (norms first; clauses and conflicts where
 * no norm is named). Undefined when none of them is in the graph. */
export function explainRecord(store: N3.Store, found: FoundRecord): DerivedExplanation | undefined {
  const p = (found.record['provenance'] ?? {}) as Record<string, unknown>;
  const norms = strings(p['norms']);
  const nodes = norms.length ? norms : [...strings(p['clauses']), ...strings(p['conflicts'])];
  const sources = nodes.map((n) => explain(store, n)).filter((r): r is ExplainResult => r !== undefined);
  if (!sources.length) return undefined;
  const id = String(found.record['id']);
  const type = typeof found.record['type'] === 'string' ? ` ${String(found.record['type'])}` : typeof found.record['form'] === 'string' ? ` ${String(found.record['form'])}` : '';
  return {
    type: 'derived',
    iri: id,
    via: [],
    types: [],
    label: `record${type} at ${found.file}:${found.line}`,
    provenance: { generatedBy: [], derivedFrom: nodes },
    sources,
  };
}
