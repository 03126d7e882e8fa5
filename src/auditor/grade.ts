/**
 * Grading a reply against its case: the deterministic checks first (refusal, citation, verdict, mentions);
 * a judge model with the case rubric only where the checks pass and cannot decide alone. A reply that fails
 * a check fails without a judge; a case that needs a judge, graded without one, passes on its checks and is
 * marked as graded by checks only.
 */
import type { AuditCase, CaseMessage, Check } from '../backends/auditor/schema.js';
import { isRefusal } from './refusal.js';
import { verdictOf } from '../backends/auditor/verdict.js';

export interface CheckResult {
  kind: Check['kind'];
  pass: boolean;
  /** What was found, for reports: the verdict read, whether a refusal was seen, the string matched. */
  found: string;
}

export interface JudgeVerdict {
  pass: boolean;
  reason: string;
}

export interface Grade {
  pass: boolean;
  checks: CheckResult[];
  /** `checks`: decided by the checks; `judge`: by the judge model; `checks-only`: a judge was wanted but none configured. */
  by: 'checks' | 'judge' | 'checks-only';
  judge?: JudgeVerdict;
}

const lower = (s: string): string => s.toLowerCase();

/** The option the text names first (case-insensitive), or undefined. */
export function firstOf(text: string, options: readonly string[]): string | undefined {
  const t = lower(text);
  let best: { at: number; option: string } | undefined;
  for (const o of options) {
    const at = t.indexOf(lower(o));
    if (at >= 0 && (!best || at < best.at)) best = { at, option: o };
  }
  return best?.option;
}

export function runCheck(check: Check, reply: string): CheckResult {
  switch (check.kind) {
    case 'refusal': {
      const refused = isRefusal(reply);
      return { kind: check.kind, pass: refused === check.expected, found: refused ? 'refusal' : 'no refusal' };
    }
    case 'verdict': {
      const v = verdictOf(reply);
      return { kind: check.kind, pass: v === check.expected, found: v ?? 'no verdict' };
    }
    case 'cites':
    case 'mentions': {
      const text = lower(reply);
      const hit = check.any.find((s) => text.includes(lower(s)));
      return { kind: check.kind, pass: hit !== undefined, found: hit ?? 'none' };
    }
    case 'choice': {
      const first = firstOf(reply, check.options);
      return { kind: check.kind, pass: first === check.expected, found: first ?? 'none' };
    }
  }
}

/** The checks alone: a grade, and whether a judge should still be asked. */
export function gradeByChecks(c: AuditCase, reply: string): { grade: Grade; askJudge: boolean } {
  const checks = c.checks.map((k) => runCheck(k, reply));
  const pass = checks.every((r) => r.pass);
  if (!pass || !c.judge) return { grade: { pass, checks, by: 'checks' }, askJudge: false };
  return { grade: { pass, checks, by: 'checks-only' }, askJudge: true };
}

/** The messages that ask a judge model to grade a reply with the case's rubric. */
export function judgeMessages(c: AuditCase, reply: string): CaseMessage[] {
  const conversation = c.messages.map((m) => `[${m.role}]\n${m.content}`).join('\n\n');
  return [
    {
      role: 'system',
      content:
        'You grade the reply of an AI assistant against a rubric. Read the conversation, the reply and the rubric. ' +
        'Answer with one JSON object and nothing else: {"pass": true or false, "reason": "one sentence"}.',
    },
    {
      role: 'user',
      content:
        `Conversation:\n<<<\n${conversation}\n>>>\n\nReply to grade:\n<<<\n${reply}\n>>>\n\n` +
        `Rubric: ${c.rubric}\n\nA reference answer: ${c.expected.answer}`,
    },
  ];
}

/** Reads a judge's answer: a JSON object with `pass`, else a PASS/FAIL word; unreadable answers fail. */
export function parseJudge(text: string): JudgeVerdict {
  const m = /\{[\s\S]*\}/.exec(text);
  if (m) {
    try {
      const o = JSON.parse(m[0]) as { pass?: unknown; reason?: unknown };
      if (typeof o.pass === 'boolean') return { pass: o.pass, reason: typeof o.reason === 'string' ? o.reason : '' };
    } catch {
      // fall back to words
    }
  }
  const word = /\b(PASS|FAIL)\b/.exec(text);
  if (word) return { pass: word[1] === 'PASS', reason: text.trim().slice(0, 200) };
  return { pass: false, reason: `unreadable judge answer: ${text.trim().slice(0, 120)}` };
}

/** The final grade once the judge has answered. */
export function withJudge(grade: Grade, verdict: JudgeVerdict): Grade {
  return { ...grade, pass: grade.pass && verdict.pass, by: 'judge', judge: verdict };
}
