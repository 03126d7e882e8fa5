/** Small audit suites for the runner's tests: cases built from a few fields, written as a compiled directory. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseSchema } from '../../src/backends/auditor/schema.js';
import type { AuditCase, CaseType, Check, Variant, Verdict } from '../../src/backends/auditor/schema.js';

const NORM = 'https://w3id.org/regc/id/doc/gifts/1/n1';

export interface CaseSpec {
  n: number;
  type?: CaseType;
  variant?: Variant;
  user?: string;
  checks?: Check[];
  verdict?: Verdict | null;
  judge?: boolean;
  norms?: string[];
  section?: string;
}

/** A valid case; `n` makes the id and the question unique. */
export function caseOf(s: CaseSpec): AuditCase {
  const c: AuditCase = {
    id: `audit:${s.n.toString(16).padStart(16, '0')}`,
    type: s.type ?? 'rule-question',
    variant: s.variant ?? 'base',
    base: null,
    language: 'en',
    messages: [{ role: 'user', content: s.user ?? `Question ${s.n}: may employees accept cash?` }],
    expected: { behaviour: 'answer', verdict: s.verdict ?? null, answer: 'No. Section 3.2 forbids cash gifts.' },
    checks: s.checks ?? [{ kind: 'refusal', expected: false }, { kind: 'cites', any: ['Section 3.2'] }],
    rubric: 'States that cash gifts are forbidden and cites Section 3.2.',
    judge: s.judge ?? false,
    cite: { clause: 'https://w3id.org/regc/id/doc/cash/1', id: 'doc/cash/1', section: 'Section 3.2 Cash', document: 'Doc', file: 'regulations/doc.md', line: 3, column: 1, text: 'Cash gifts must never be accepted.' },
    norms: s.norms ?? [NORM],
    section: s.section ?? 'Doc › 3.2 Cash',
    provenance: { norms: s.norms ?? [NORM], clauses: [], documents: [], conflicts: [], heldout: [] },
  };
  return caseSchema.parse(c);
}

/** A compiled directory holding the suite (and a norms.jsonl naming the rule). */
export function compiledWith(cases: readonly AuditCase[], extraNormText?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'regc-audit-'));
  mkdirSync(join(dir, 'auditor'), { recursive: true });
  writeFileSync(join(dir, 'auditor/suite.jsonl'), cases.map((c) => JSON.stringify(c) + '\n').join(''));
  const norms = [...new Set(cases.flatMap((c) => c.norms))].map((id) => JSON.stringify({
    id, kind: 'prohibition', clause: 'https://w3id.org/regc/id/doc/cash/1',
    source: { file: 'regulations/doc.md', section: ['Doc', '3.2 Cash'], line: 3, column: 1, text: extraNormText ?? 'Cash gifts must never be accepted.' },
  }) + '\n');
  writeFileSync(join(dir, 'norms.jsonl'), norms.join(''));
  return dir;
}

/** The last user message of a chat request. */
export const lastUser = (messages: { role: string; content: string }[]): string => [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
