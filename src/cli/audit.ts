/** `regc audit`: runs the compiled audit suite against an OpenAI-compatible endpoint and reports the results. */
import { readFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { diag } from '../ir/index.js';
import { runAudit } from '../auditor/index.js';
import type { AuditProgress, Summary } from '../auditor/index.js';
import { formatDiagnostic } from './format.js';

export interface AuditFlags {
  endpoint: string;
  model: string;
  baselineModel?: string;
  judgeModel?: string;
  concurrency: string;
  timeout?: string;
  retries?: string;
  run?: string;
  system?: string;
  apiKeyEnv?: string;
  graph: string;
  json: boolean;
  progress: boolean;
  failUnder?: string;
}

const int = (s: string | undefined): number | undefined => (s === undefined ? undefined : /^-?\d+$/.test(s.trim()) ? Number(s) : NaN);

export async function auditAction(flags: AuditFlags): Promise<number> {
  const color = process.stderr.isTTY === true && !process.env['NO_COLOR'];
  const print = (d: ReturnType<typeof diag>) => process.stderr.write(formatDiagnostic(d, { color }) + '\n');
  let system: string | undefined;
  if (flags.system) {
    try {
      system = readFileSync(flags.system, 'utf8');
    } catch {
      print(diag('RC7003', `cannot read the system prompt file ${flags.system}`));
      return 2;
    }
  }
  const failUnder = flags.failUnder === undefined ? undefined : Number(flags.failUnder);
  if (failUnder !== undefined && !(failUnder >= 0 && failUnder <= 1)) {
    print(diag('RC7003', `--fail-under must be a pass rate between 0 and 1, not ${flags.failUnder}`));
    return 2;
  }

  const showBar = flags.progress && process.stderr.isTTY === true;
  const bar = showBar
    ? new cliProgress.SingleBar({ stream: process.stderr, format: 'audit [{bar}] {value}/{total} | passed {passed} | errors {errors} | {eta_formatted} left', hideCursor: true }, cliProgress.Presets.shades_classic)
    : undefined;
  let started = false;
  const onProgress = (p: AuditProgress) => {
    if (!bar) return;
    if (!started) {
      bar.start(p.total, p.done, { passed: p.passed, errors: p.errors });
      started = true;
    } else bar.update(p.done, { passed: p.passed, errors: p.errors });
  };

  // the first Ctrl-C stops sending new requests and keeps what finished; the second exits at once
  const stop = new AbortController();
  const onSigint = () => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort();
    process.stderr.write('\nregc audit: stopping after the requests in flight; run the same command again to continue\n');
  };
  process.on('SIGINT', onSigint);
  let result;
  try {
    result = await runAudit({
      compiled: flags.graph,
      endpoint: flags.endpoint,
      model: flags.model,
      ...(flags.baselineModel ? { baselineModel: flags.baselineModel } : {}),
      ...(flags.judgeModel ? { judgeModel: flags.judgeModel } : {}),
      concurrency: int(flags.concurrency)!,
      ...(flags.timeout !== undefined ? { timeoutMs: int(flags.timeout)! } : {}),
      ...(flags.retries !== undefined ? { retries: int(flags.retries)! } : {}),
      ...(flags.run ? { run: flags.run } : {}),
      ...(system !== undefined ? { system } : {}),
      ...(flags.apiKeyEnv ? { apiKeyEnv: flags.apiKeyEnv } : {}),
      onProgress,
      signal: stop.signal,
    });
  } finally {
    process.off('SIGINT', onSigint);
    if (started) bar!.stop();
  }
  for (const d of result.diagnostics) print(d);
  if (!result.ok || !result.summary) return result.diagnostics.some((d) => d.code === 'RC7003') ? 2 : 1;
  const s = result.summary;
  if (flags.json) process.stdout.write(JSON.stringify({ ...s, complete: result.complete, results: result.dir }, null, 2) + '\n');
  else process.stdout.write(formatSummary(s, result.dir!, result.complete) + '\n');
  if (!result.complete) return 1;
  if (failUnder !== undefined && s.pass_rate < failUnder) return 1;
  return 0;
}

const pct = (r: number) => `${(r * 100).toFixed(1)}%`.padStart(6);

function formatSummary(s: Summary, dir: string, complete: boolean): string {
  const lines = [`audit ${s.run}: ${s.model} passed ${s.passed} of ${s.cases} cases (${pct(s.pass_rate).trim()})${complete ? '' : ' — incomplete, run again to continue'}`];
  if (s.trained.cases) {
    lines.push(`  trained on (audit feedback): ${s.trained.passed} of ${s.trained.cases} (${pct(s.trained.pass_rate).trim()}); held out: ${s.held_out.passed} of ${s.held_out.cases} (${pct(s.held_out.pass_rate).trim()})`);
  }
  if (s.baseline) lines.push(`baseline ${s.baseline.model} passed ${s.baseline.passed} of ${s.baseline.cases} cases (${pct(s.baseline.pass_rate).trim()})`);
  lines.push('by case type:');
  for (const [k, v] of Object.entries(s.by_type)) lines.push(`  ${k.padEnd(24)} ${pct(v)}${s.baseline ? `   baseline ${pct(s.baseline.by_type[k] ?? 0)}` : ''}`);
  lines.push('by red-team variant:');
  for (const [k, v] of Object.entries(s.by_variant)) lines.push(`  ${k.padEnd(24)} ${pct(v)}${s.baseline ? `   baseline ${pct(s.baseline.by_variant[k] ?? 0)}` : ''}`);
  if (s.outcomes) {
    const o = s.outcomes.total;
    lines.push(`both pass ${o.both_pass}, only baseline ${o.only_baseline}, only aligned ${o.only_aligned}, both fail ${o.both_fail}`);
  }
  lines.push(`report: ${dir}/report.html`);
  return lines.join('\n');
}
