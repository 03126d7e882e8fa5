/**
 * Reads a compiled audit suite (`<compiled>/auditor/suite.jsonl`): each line validated against the case
 * schema, invalid lines reported as RC7001 with their line, a missing suite as RC9003. Also reads the rules
 * the reports show (`<compiled>/norms.jsonl`: norm id → text, clause and file position).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diag } from '../ir/index.js';
import type { Diagnostic } from '../ir/index.js';
import { caseSchema } from '../backends/auditor/schema.js';
import type { AuditCase } from '../backends/auditor/schema.js';

export const SUITE_PATH = 'auditor/suite.jsonl';

export interface LoadedSuite {
  cases: AuditCase[];
  /** sha256 of the suite file's bytes. */
  sha256: string;
  diagnostics: Diagnostic[];
}

export function loadSuite(compiledDir: string, display = compiledDir): LoadedSuite {
  const path = join(compiledDir, SUITE_PATH);
  const shown = `${display.replace(/\/+$/, '')}/${SUITE_PATH}`;
  if (!existsSync(path)) {
    return { cases: [], sha256: '', diagnostics: [diag('RC9003', `no audit suite at ${shown}; run \`regc compile\` first`)] };
  }
  const bytes = readFileSync(path);
  const text = bytes.toString('utf8');
  const cases: AuditCase[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const span = { file: shown, line: i + 1, column: 1, endLine: i + 1, endColumn: line.length + 1, offset: 0, endOffset: 0 };
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      diagnostics.push(diag('RC7001', `not JSON: ${(e as Error).message}`, span));
      return;
    }
    const parsed = caseSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      diagnostics.push(diag('RC7001', `case does not match the suite format at ${issue.path.join('.') || '(record)'}: ${issue.message}`, span));
      return;
    }
    if (seen.has(parsed.data.id)) {
      diagnostics.push(diag('RC7001', `duplicate case id ${parsed.data.id}`, span));
      return;
    }
    seen.add(parsed.data.id);
    cases.push(parsed.data);
  });
  return { cases, sha256: createHash('sha256').update(bytes).digest('hex'), diagnostics };
}

/** A rule as reports show it. */
export interface RuleInfo {
  id: string;
  kind: string;
  text: string;
  clause: string | null;
  file: string;
  line: number;
  column: number;
  section: string[];
}

/** The rules of `norms.jsonl` by id; an absent or unreadable file gives an empty map (reports then show ids). */
export function loadRules(compiledDir: string): Map<string, RuleInfo> {
  const out = new Map<string, RuleInfo>();
  const path = join(compiledDir, 'norms.jsonl');
  if (!existsSync(path)) return out;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as { id: string; kind: string; clause: string | null; source: { file: string; line: number; column: number; text: string; section: string[] } };
      out.set(r.id, { id: r.id, kind: r.kind, text: r.source.text, clause: r.clause, file: r.source.file, line: r.source.line, column: r.source.column, section: r.source.section ?? [] });
    } catch {
      // a torn or foreign line: the report shows the bare id
    }
  }
  return out;
}
