/**
 * The results of a run on disk: `results.jsonl`, one line per graded (or failed) request, appended as each
 * finishes, so an interrupted audit loses nothing it already paid for. Reading keeps the last line per case
 * and role; a torn last line (the process died mid-write) is skipped. Run ids are derived from what was run,
 * so the same command finds the same directory and continues where it stopped.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import type { Grade } from './grade.js';

/** `aligned`: the model under audit; `baseline`: the unaligned model it is compared with. */
export type Role = 'aligned' | 'baseline';

export interface CaseResult {
  case: string;
  role: Role;
  model: string;
  /** The model's reply; absent when the request failed after every retry. */
  reply?: string;
  error?: string;
  grade?: Grade;
  attempts: number;
  /** The case's failure was merged into the model's training data (`feedback.cases` of the Framer's coverage). */
  trained?: true;
}

export const resultKey = (role: Role, caseId: string): string => `${role}\t${caseId}`;

/** The last result per role and case; results that ended in an error are kept apart (they are retried). */
export function readResults(file: string): { done: Map<string, CaseResult>; failed: Map<string, CaseResult> } {
  const done = new Map<string, CaseResult>();
  const failed = new Map<string, CaseResult>();
  if (!existsSync(file)) return { done, failed };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let r: CaseResult;
    try {
      r = JSON.parse(line) as CaseResult;
    } catch {
      continue;
    }
    if (typeof r.case !== 'string' || (r.role !== 'aligned' && r.role !== 'baseline')) continue;
    const key = resultKey(r.role, r.case);
    if (r.grade && r.reply !== undefined) {
      done.set(key, r);
      failed.delete(key);
    } else if (!done.has(key)) failed.set(key, r);
  }
  return { done, failed };
}

/** Appends one result as one line (a single write, so lines never interleave). */
export function appendResult(file: string, r: CaseResult): void {
  appendFileSync(file, JSON.stringify(r) + '\n', 'utf8');
}

export interface RunIdentity {
  endpoint: string;
  model: string;
  baselineModel?: string;
  judgeModel?: string;
  /** sha256 of the suite file. */
  suite: string;
  /** sha256 of the system prompt given to both models, if any. */
  system?: string;
}

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'model';

/** `<model>[-vs-<baseline>]-<8 hex>`: readable, and the same for the same audit. */
export function runId(r: RunIdentity): string {
  const h = createHash('sha256')
    .update(JSON.stringify([r.endpoint, r.model, r.baselineModel ?? null, r.judgeModel ?? null, r.suite, r.system ?? null]))
    .digest('hex')
    .slice(0, 8);
  return `${slug(r.model)}${r.baselineModel ? `-vs-${slug(r.baselineModel)}` : ''}-${h}`;
}
