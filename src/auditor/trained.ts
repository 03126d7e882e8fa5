/**
 * The audit cases the model was trained on: `feedback.cases` of the Framer's `framer/coverage.json` in the
 * compiled directory (the cases whose failures an earlier audit fed back into the training data). Their pass
 * rate measures retention, not generalisation, so results of these cases are marked and summarised apart.
 * No coverage file, or one without a `feedback` section, means no case was trained on; an unreadable file is
 * a warning (RC7004) and counts as none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diag } from '../ir/index.js';
import type { Diagnostic } from '../ir/index.js';
import type { CaseResult } from './results.js';

export const COVERAGE_PATH = 'framer/coverage.json';

export interface TrainedCases {
  cases: ReadonlySet<string>;
  diagnostics: Diagnostic[];
}

export function readTrainedCases(compiledDir: string, display = compiledDir): TrainedCases {
  const path = join(compiledDir, COVERAGE_PATH);
  if (!existsSync(path)) return { cases: new Set(), diagnostics: [] };
  const shown = `${display.replace(/\/+$/, '')}/${COVERAGE_PATH}`;
  const span = { file: shown, line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return { cases: new Set(), diagnostics: [diag('RC7004', `${shown} is not JSON (${(e as Error).message}); no case is counted as trained on`, span)] };
  }
  const feedback = (raw as { feedback?: unknown } | null)?.feedback;
  if (feedback === undefined) return { cases: new Set(), diagnostics: [] };
  const ids = (feedback as { cases?: unknown } | null)?.cases;
  if (!Array.isArray(ids) || !ids.every((x): x is string => typeof x === 'string')) {
    return { cases: new Set(), diagnostics: [diag('RC7004', `${shown}: feedback.cases must be a list of audit case ids; no case is counted as trained on`, span)] };
  }
  return { cases: new Set(ids), diagnostics: [] };
}

/** The results with `trained: true` on the audited model's results of trained-on cases (and without it on
 * the others; the baseline model was not trained on them). */
export function markTrained(results: ReadonlyMap<string, CaseResult>, trained: ReadonlySet<string>): Map<string, CaseResult> {
  const out = new Map<string, CaseResult>();
  for (const [k, r] of results) {
    const { trained: _old, ...rest } = r;
    out.set(k, r.role === 'aligned' && trained.has(r.case) ? { ...rest, trained: true } : rest);
  }
  return out;
}
