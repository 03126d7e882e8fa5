/**
 * The Framer's held-out split as the Auditor reads it from the files of the back ends that ran before: the
 * records of `framer/sft.jsonl` and `framer/scenarios.jsonl` whose `split` is `heldout` (the Framer writes
 * each record once, marked with its split). Scenarios are paired with the held-out conversation that asks
 * their question, whose answer is the reference answer.
 */
import { z } from 'zod';
import type { Diagnostic } from '../../ir/index.js';
import { diag } from '../../ir/index.js';
import type { OutputFile } from '../types.js';

export const HELDOUT_FILES = {
  sft: ['framer/sft.jsonl'],
  scenarios: ['framer/scenarios.jsonl'],
} as const;

const provenance = z.object({
  norms: z.array(z.string()),
  clauses: z.array(z.string()).default([]),
  documents: z.array(z.string()).default([]),
  conflicts: z.array(z.string()).default([]),
  concepts: z.array(z.string()).default([]),
});

const message = z.object({ role: z.string(), content: z.string() });

const sftRecord = z.object({
  id: z.string(),
  split: z.string().optional(),
  form: z.string(),
  messages: z.array(message).min(2),
  provenance,
});

const scenarioRecord = z.object({
  id: z.string(),
  split: z.string().optional(),
  label: z.enum(['compliant', 'non-compliant', 'needs-more-information']),
  performed: z.boolean(),
  situation: z.object({
    actor: z.union([z.string(), z.array(z.string())]),
    action: z.string(),
    target: z.string().optional(),
    facts: z.record(z.string(), z.unknown()),
  }),
  narrative: z.string(),
  question: z.string(),
  status: z.string(),
  deciding: z.string().nullable(),
  defeated: z.array(z.string()),
  undetermined: z.array(z.string()),
  missing: z.array(z.string()),
  precedence: z.array(z.object({ conflict: z.string(), winner: z.string(), defeated: z.string(), principle: z.string() })),
  tags: z.array(z.string()),
  provenance,
});

export interface HeldSft {
  id: string;
  form: string;
  user: string;
  answer: string;
  provenance: z.infer<typeof provenance>;
}

export type HeldScenario = z.infer<typeof scenarioRecord> & {
  /** The held-out conversation asking the scenario's question: its id and answer. */
  conversation?: { id: string; answer: string };
};

export interface HeldOut {
  sft: HeldSft[];
  scenarios: HeldScenario[];
  /** The files read. */
  files: string[];
  diagnostics: Diagnostic[];
}

function readLines<T>(file: OutputFile, schema: z.ZodType<T>, wholeFile: boolean, diagnostics: Diagnostic[]): T[] {
  const out: T[] = [];
  let rejected = 0;
  file.content.split('\n').forEach((line) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      rejected++;
      return;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      rejected++;
      return;
    }
    if (wholeFile && (parsed.data as { split?: string }).split !== 'heldout') return;
    out.push(parsed.data);
  });
  if (rejected) diagnostics.push(diag('RC5002', `${rejected} record${rejected === 1 ? '' : 's'} of ${file.path} could not be read as held-out data and were left out of the audit suite`));
  return out;
}

export function readHeldOut(emitted: readonly OutputFile[]): HeldOut {
  const byPath = new Map(emitted.map((f) => [f.path, f]));
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  const pick = (paths: readonly string[]): { file: OutputFile; whole: boolean } | undefined => {
    for (const p of paths) {
      const f = byPath.get(p);
      if (f) return { file: f, whole: true };
    }
    return undefined;
  };
  const sftFile = pick(HELDOUT_FILES.sft);
  const scnFile = pick(HELDOUT_FILES.scenarios);
  if (!sftFile && !scnFile) {
    diagnostics.push(diag('RC5003', `no Framer held-out data among the emitted files (${HELDOUT_FILES.sft[0]}, ${HELDOUT_FILES.scenarios[0]}); the audit suite is built from the graph alone`));
    return { sft: [], scenarios: [], files, diagnostics };
  }
  const sft: HeldSft[] = [];
  if (sftFile) {
    files.push(sftFile.file.path);
    for (const r of readLines(sftFile.file, sftRecord, sftFile.whole, diagnostics)) {
      const user = [...r.messages].reverse().find((m) => m.role === 'user');
      const answer = r.messages[r.messages.length - 1]!;
      if (!user || answer.role !== 'assistant' || !r.provenance.norms.length) continue;
      sft.push({ id: r.id, form: r.form, user: user.content, answer: answer.content, provenance: r.provenance });
    }
  }
  const scenarios: HeldScenario[] = [];
  if (scnFile) {
    files.push(scnFile.file.path);
    const asked = new Map(sft.filter((s) => s.form === 'scenario').map((s) => [s.user, s]));
    for (const r of readLines(scnFile.file, scenarioRecord, scnFile.whole, diagnostics)) {
      const conv = asked.get(r.question);
      scenarios.push(conv ? { ...r, conversation: { id: conv.id, answer: conv.answer } } : r);
    }
  }
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { sft: sft.sort(byId), scenarios: scenarios.sort(byId), files, diagnostics };
}
