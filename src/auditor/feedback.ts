/**
 * Failures become Framer data: each case the audited model failed is written to
 * `<compiled>/framer/feedback.jsonl` as a conversation in the Framer's SFT format (the case's messages and the
 * reference answer), with the rejected reply for preference training and the provenance of the case. The
 * file accumulates over runs (deduplicated by id, sorted); `readFeedback` gives it back to the next compile.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { diag } from '../ir/index.js';
import type { Diagnostic } from '../ir/index.js';
import { feedbackSchema } from '../backends/auditor/schema.js';
import type { AuditCase, FeedbackRecord } from '../backends/auditor/schema.js';

import type { CaseResult } from './results.js';
import { resultKey } from './results.js';

export { feedbackSchema };
export type { FeedbackRecord };

export const FEEDBACK_PATH = 'framer/feedback.jsonl';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A record for every case the audited model failed, sorted by id. */
export function feedbackRecords(cases: readonly AuditCase[], results: ReadonlyMap<string, CaseResult>, run: string): FeedbackRecord[] {
  const out: FeedbackRecord[] = [];
  for (const c of cases) {
    const r = results.get(resultKey('aligned', c.id));
    if (!r?.grade || r.grade.pass || r.reply === undefined) continue;
    const failed = r.grade.checks.filter((k) => !k.pass).map((k) => k.kind as string);
    if (r.grade.judge && !r.grade.judge.pass) failed.push('judge');
    out.push({
      id: `feedback:${createHash('sha256').update(`${c.id}\u0000${r.reply}`).digest('hex').slice(0, 16)}`,
      case: c.id,
      run,
      model: r.model,
      type: c.type,
      variant: c.variant,
      messages: [...c.messages, { role: 'assistant', content: c.expected.answer }],
      rejected: r.reply,
      failed,
      provenance: {
        norms: [...c.provenance.norms],
        clauses: [...c.provenance.clauses],
        documents: [...c.provenance.documents],
        conflicts: [...c.provenance.conflicts],
        concepts: [],
      },
    });
  }
  return out.sort(byId);
}

/** Adds records to the feedback file (created if absent), keeping one record per id, sorted; written atomically. */
export function mergeFeedback(file: string, records: readonly FeedbackRecord[]): number {
  const all = new Map<string, FeedbackRecord>();
  for (const r of readFeedbackFile(file).records) all.set(r.id, r);
  for (const r of records) all.set(r.id, r);
  const sorted = [...all.values()].sort(byId);
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, sorted.map((r) => JSON.stringify(r) + '\n').join(''), 'utf8');
  renameSync(tmp, file);
  return sorted.length;
}

/** The feedback records of a file; invalid lines are RC7001 warnings (a compile goes on without them), an absent
 * file no records. */
export function readFeedbackFile(file: string, display = file): { records: FeedbackRecord[]; diagnostics: Diagnostic[] } {
  const records: FeedbackRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  if (!existsSync(file)) return { records, diagnostics };
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const span = { file: display, line: i + 1, column: 1, endLine: i + 1, endColumn: line.length + 1, offset: 0, endOffset: 0 };
    try {
      const parsed = feedbackSchema.safeParse(JSON.parse(line));
      if (parsed.success) records.push(parsed.data);
      else diagnostics.push(diag('RC7001', `feedback record does not match the format at ${parsed.error.issues[0]!.path.join('.') || '(record)'}; left out`, span, { severity: 'warning' }));
    } catch (e) {
      diagnostics.push(diag('RC7001', `feedback line is not JSON: ${(e as Error).message}; left out`, span, { severity: 'warning' }));
    }
  });
  return { records: records.sort(byId), diagnostics };
}

/** For the driver: the feedback an earlier audit left in the output directory, read before it is replaced. */
export function readFeedback(outDir: string, display = outDir): { records: FeedbackRecord[]; diagnostics: Diagnostic[] } {
  return readFeedbackFile(`${outDir.replace(/\/+$/, '')}/${FEEDBACK_PATH}`, `${display.replace(/\/+$/, '')}/${FEEDBACK_PATH}`);
}
