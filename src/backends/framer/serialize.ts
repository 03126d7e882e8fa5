/** The Framer's records as the JSON objects of its files (key order fixed, `id` first so lines can be found
 * by id without parsing), and JSON Lines text. Records merged from audit feedback keep their turns and say
 * which audit cases they come from (`audit`). */
import type { ErrorKind, Form, FromAudit, KtoItem, PreferenceItem, ScenarioItem, SftItem, Turn } from './records.js';
import type { AuditSource, KtoRecord, PreferenceRecord, ScenarioRecord, SftRecord } from './schemas.js';
import { SYSTEM_SLOT } from './schemas.js';

const sys = { role: 'system' as const, content: SYSTEM_SLOT };
/** The prompt of a merged record: the system slot and its turns. */
const turnsOf = (turns: readonly Turn[]): [typeof sys, ...Turn[]] => [sys, ...turns.map((t) => ({ role: t.role, content: t.content }))];
const auditOf = (a: FromAudit): AuditSource => ({ feedback: [...a.feedback], cases: [...a.cases], failed: [...a.failed] });

export function sftRecord(r: SftItem): SftRecord {
  if (r.audit) {
    return {
      id: r.id,
      split: 'train',
      form: 'feedback',
      messages: [...turnsOf(r.turns ?? [{ role: 'user', content: r.user }]), { role: 'assistant', content: r.assistant }],
      audit: auditOf(r.audit),
      provenance: r.provenance,
    };
  }
  return {
    id: r.id,
    split: r.split!,
    form: r.form as Exclude<Form, 'feedback'>,
    messages: [sys, { role: 'user', content: r.user }, { role: 'assistant', content: r.assistant }],
    ...(r.augmented ? { augmented: true as const } : {}),
    provenance: r.provenance,
  };
}

export function scenarioRecord(r: ScenarioItem): ScenarioRecord {
  const e = r.evaluation;
  return {
    id: r.id,
    split: r.split!,
    label: r.label,
    performed: r.performed,
    situation: r.situation,
    narrative: r.narrative,
    question: r.question,
    status: e.status as ScenarioRecord['status'],
    deciding: e.deciding?.iri ?? null,
    defeated: e.defeated.map((n) => n.iri),
    undetermined: e.undetermined.map((n) => n.iri),
    missing: e.missing,
    precedence: e.chain.map((s) => ({ conflict: s.conflict, winner: s.winner, defeated: s.defeated, principle: s.principle })),
    tags: r.tags,
    ...(r.augmented ? { augmented: true as const } : {}),
    provenance: r.provenance,
  };
}

export function preferenceRecord(r: PreferenceItem): PreferenceRecord {
  if (r.audit) {
    return {
      id: r.id,
      split: 'train',
      error: 'audit-failure',
      prompt: turnsOf(r.turns ?? [{ role: 'user', content: r.user }]),
      chosen: [{ role: 'assistant', content: r.chosen }],
      rejected: [{ role: 'assistant', content: r.rejected }],
      source: r.source,
      audit: auditOf(r.audit),
      provenance: r.provenance,
    };
  }
  return {
    id: r.id,
    split: r.split!,
    error: r.error as ErrorKind,
    prompt: [sys, { role: 'user', content: r.user }],
    chosen: [{ role: 'assistant', content: r.chosen }],
    rejected: [{ role: 'assistant', content: r.rejected }],
    source: r.source,
    provenance: r.provenance,
  };
}

export function ktoRecord(r: KtoItem): KtoRecord {
  if (r.audit) {
    return {
      id: r.id,
      split: 'train',
      prompt: turnsOf(r.turns ?? [{ role: 'user', content: r.user }]),
      completion: [{ role: 'assistant', content: r.completion }],
      label: r.label,
      ...(r.error ? { error: 'audit-failure' as const } : {}),
      source: r.source,
      audit: auditOf(r.audit),
      provenance: r.provenance,
    };
  }
  return {
    id: r.id,
    split: r.split!,
    prompt: [sys, { role: 'user', content: r.user }],
    completion: [{ role: 'assistant', content: r.completion }],
    label: r.label,
    ...(r.error ? { error: r.error as ErrorKind } : {}),
    source: r.source,
    provenance: r.provenance,
  };
}

/** One JSON object per line, each line ending in a newline. */
export const jsonl = (records: readonly unknown[]): string => records.map((r) => JSON.stringify(r) + '\n').join('');
