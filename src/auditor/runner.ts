/**
 * The audit runner: sends every case of the compiled suite to the model under audit (and to the baseline
 * model, when one is given) through the model layer, grades each reply as it arrives (checks first, the
 * judge model where the rubric needs one), appends each result to the run's `results.jsonl`, and finally
 * writes the summary, the HTML report and the failures as Framer feedback. Requests share one limit of N in
 * flight; timeouts and retries with backoff are the model layer's. A run resumes: cases already graded in
 * the run's directory are not asked again. Results of cases the model was trained on (the Framer's coverage,
 * read when the audit starts) are marked `trained` and summarised apart.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import pLimit from 'p-limit';
import { diag } from '../ir/index.js';
import type { Diagnostic } from '../ir/index.js';
import { LlmClient, LlmError } from '../llm/index.js';
import type { ChatMessage, LlmConfig } from '../llm/index.js';
import type { AuditCase } from '../backends/auditor/schema.js';
import { gradeByChecks, judgeMessages, parseJudge, withJudge } from './grade.js';
import { appendResult, readResults, resultKey, runId } from './results.js';
import type { CaseResult, Role } from './results.js';
import { loadRules, loadSuite } from './suite.js';
import { summarise } from './summary.js';
import type { Summary } from './summary.js';
import { renderReport } from './report.js';
import { feedbackRecords, mergeFeedback, FEEDBACK_PATH } from './feedback.js';
import { markTrained, readTrainedCases } from './trained.js';

export interface AuditOptions {
  /** The compiled output directory holding `auditor/suite.jsonl`. */
  compiled: string;
  /** Base URL of an OpenAI-compatible API (`http://127.0.0.1:8000/v1`). */
  endpoint: string;
  model: string;
  baselineModel?: string;
  judgeModel?: string;
  /** Requests in flight at once (default 4). */
  concurrency?: number;
  /** Per attempt, milliseconds (default 60,000). */
  timeoutMs?: number;
  /** Attempts after the first (default 3). */
  retries?: number;
  /** First backoff delay, doubled per retry (default 500 ms). */
  backoffMs?: number;
  /** Environment variable holding the API key (default `OPENAI_API_KEY`). */
  apiKeyEnv?: string;
  /** A system prompt put before every case's messages (both models get it). */
  system?: string;
  /** Name of the run directory; derived from the models, endpoint and suite when absent. */
  run?: string;
  /** How `compiled` is shown in diagnostics. */
  display?: string;
  onProgress?: (p: AuditProgress) => void;
  /** Stops scheduling new requests; what finished is kept and a later run continues from it. */
  signal?: AbortSignal;
}

export interface AuditProgress {
  /** Requests of this run (cases × models), including those resumed from an earlier run. */
  total: number;
  done: number;
  passed: number;
  errors: number;
  /** Results found from an earlier, interrupted run. */
  resumed: number;
}

export interface AuditResult {
  ok: boolean;
  /** Every request was answered and graded. */
  complete: boolean;
  run?: string;
  /** The run's directory (`<compiled>/auditor/results/<run>`). */
  dir?: string;
  summary?: Summary;
  diagnostics: Diagnostic[];
}

export const RESULTS_DIR = 'auditor/results';

function checkOptions(o: AuditOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const positiveInt = (v: number | undefined, name: string, min: number) => {
    if (v !== undefined && (!Number.isInteger(v) || v < min)) out.push(diag('RC7003', `--${name} must be an integer of at least ${min}, not ${v}`));
  };
  positiveInt(o.concurrency, 'concurrency', 1);
  positiveInt(o.timeoutMs, 'timeout', 1);
  positiveInt(o.retries, 'retries', 0);
  positiveInt(o.backoffMs, 'backoff', 0);
  if (!/^https?:\/\/\S+$/.test(o.endpoint)) out.push(diag('RC7003', `--endpoint must be an http(s) URL, not ${JSON.stringify(o.endpoint)}`));
  if (!o.model.trim()) out.push(diag('RC7003', '--model must name a model'));
  if (o.run !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(o.run)) out.push(diag('RC7003', `--run must be a plain directory name, not ${JSON.stringify(o.run)}`));
  return out;
}

export async function runAudit(o: AuditOptions): Promise<AuditResult> {
  const diagnostics = checkOptions(o);
  if (diagnostics.length) return { ok: false, complete: false, diagnostics };
  const suite = loadSuite(o.compiled, o.display);
  diagnostics.push(...suite.diagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, complete: false, diagnostics };
  const cases = suite.cases;
  const trained = readTrainedCases(o.compiled, o.display);
  diagnostics.push(...trained.diagnostics);

  const system = o.system?.trim() ? o.system.trim() : undefined;
  const run = o.run ?? runId({
    endpoint: o.endpoint,
    model: o.model,
    ...(o.baselineModel ? { baselineModel: o.baselineModel } : {}),
    ...(o.judgeModel ? { judgeModel: o.judgeModel } : {}),
    suite: suite.sha256,
    ...(system ? { system: createHash('sha256').update(system).digest('hex') } : {}),
  });
  const dir = join(o.compiled, RESULTS_DIR, run);
  mkdirSync(dir, { recursive: true });
  const resultsFile = join(dir, 'results.jsonl');
  writeFileSync(join(dir, 'run.json'), JSON.stringify({
    run,
    endpoint: o.endpoint,
    model: o.model,
    baseline_model: o.baselineModel ?? null,
    judge_model: o.judgeModel ?? null,
    suite: { cases: cases.length, sha256: suite.sha256 },
    system: system ?? null,
  }, null, 2) + '\n');

  const concurrency = o.concurrency ?? 4;
  const config = (model: string): LlmConfig => ({
    endpoint: o.endpoint,
    model,
    concurrency,
    temperature: 0,
    ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
    ...(o.retries !== undefined ? { retries: o.retries } : {}),
    ...(o.backoffMs !== undefined ? { backoffMs: o.backoffMs } : {}),
    ...(o.apiKeyEnv ? { apiKeyEnv: o.apiKeyEnv } : {}),
  });
  const clients: Partial<Record<Role, LlmClient>> = { aligned: new LlmClient(config(o.model)) };
  const models: Partial<Record<Role, string>> = { aligned: o.model };
  if (o.baselineModel) {
    clients.baseline = new LlmClient(config(o.baselineModel));
    models.baseline = o.baselineModel;
  }
  const judge = o.judgeModel ? new LlmClient(config(o.judgeModel)) : undefined;
  const roles = (Object.keys(clients) as Role[]).sort();

  const prior = readResults(resultsFile);
  const done = new Map(prior.done);
  const failed = new Map<string, CaseResult>();
  const progress: AuditProgress = { total: cases.length * roles.length, done: 0, passed: 0, errors: 0, resumed: 0 };
  for (const role of roles) {
    for (const c of cases) {
      const r = done.get(resultKey(role, c.id));
      if (!r) continue;
      progress.resumed++;
      progress.done++;
      if (r.grade?.pass) progress.passed++;
    }
  }
  o.onProgress?.({ ...progress });

  const limit = pLimit(concurrency);
  const messagesOf = (c: AuditCase): ChatMessage[] => [...(system ? [{ role: 'system' as const, content: system }] : []), ...c.messages];
  const ask = async (role: Role, c: AuditCase): Promise<void> => {
    if (o.signal?.aborted) return;
    const client = clients[role]!;
    let result: CaseResult;
    try {
      const reply = await client.complete(messagesOf(c));
      const { grade, askJudge } = gradeByChecks(c, reply.text);
      let final = grade;
      let attempts = reply.attempts;
      if (askJudge && judge) {
        const verdict = await judge.complete(judgeMessages(c, reply.text));
        final = withJudge(grade, parseJudge(verdict.text));
        attempts += verdict.attempts;
      }
      result = { case: c.id, role, model: models[role]!, reply: reply.text, grade: final, attempts, ...(role === 'aligned' && trained.cases.has(c.id) ? { trained: true as const } : {}) };
    } catch (e) {
      result = { case: c.id, role, model: models[role]!, error: (e as Error).message, attempts: e instanceof LlmError ? e.attempts : 1, ...(role === 'aligned' && trained.cases.has(c.id) ? { trained: true as const } : {}) };
    }
    appendResult(resultsFile, result);
    const key = resultKey(role, c.id);
    if (result.grade) {
      done.set(key, result);
      progress.done++;
      if (result.grade.pass) progress.passed++;
    } else {
      failed.set(key, result);
      progress.errors++;
    }
    o.onProgress?.({ ...progress });
  };

  const tasks: Promise<void>[] = [];
  for (const c of cases) {
    for (const role of roles) {
      if (done.has(resultKey(role, c.id))) continue;
      tasks.push(limit(() => ask(role, c)));
    }
  }
  await Promise.all(tasks);

  for (const role of roles) {
    const n = [...failed.values()].filter((r) => r.role === role).length;
    if (n) diagnostics.push(diag('RC7002', `${n} request${n === 1 ? '' : 's'} to ${models[role]} failed after every retry (first: ${[...failed.values()].find((r) => r.role === role)!.error}); run the audit again to retry them`));
  }
  const complete = roles.every((role) => cases.every((c) => done.has(resultKey(role, c.id))));
  // resumed results are marked by the coverage of this audit, not the one they were graded under
  const graded = markTrained(done, trained.cases);

  const summary = summarise({
    run,
    suiteSha256: suite.sha256,
    cases,
    results: graded,
    trained: trained.cases,
    errors: failed,
    model: o.model,
    ...(o.baselineModel ? { baselineModel: o.baselineModel } : {}),
    ...(o.judgeModel ? { judgeModel: o.judgeModel } : {}),
  });
  writeFileSync(join(dir, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
  const rules = loadRules(o.compiled);
  writeFileSync(join(dir, 'report.html'), renderReport({ summary, cases, results: graded, rules, complete }));
  const feedback = feedbackRecords(cases, done, run);
  if (feedback.length) mergeFeedback(join(o.compiled, FEEDBACK_PATH), feedback);
  return { ok: true, complete, run, dir, summary, diagnostics };
}
