/** The Framer's records as the JSON objects of its files (key order fixed, `id` first so lines can be found
 * by id without parsing), and JSON Lines text. */
import type { KtoItem, PreferenceItem, ScenarioItem, SftItem } from './records.js';
import type { KtoRecord, PreferenceRecord, ScenarioRecord, SftRecord } from './schemas.js';
import { SYSTEM_SLOT } from './schemas.js';

const sys = { role: 'system' as const, content: SYSTEM_SLOT };

export function sftRecord(r: SftItem): SftRecord {
  return {
    id: r.id,
    split: r.split!,
    form: r.form,
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
  return {
    id: r.id,
    split: r.split!,
    error: r.error,
    prompt: [sys, { role: 'user', content: r.user }],
    chosen: [{ role: 'assistant', content: r.chosen }],
    rejected: [{ role: 'assistant', content: r.rejected }],
    source: r.source,
    provenance: r.provenance,
  };
}

export function ktoRecord(r: KtoItem): KtoRecord {
  return {
    id: r.id,
    split: r.split!,
    prompt: [sys, { role: 'user', content: r.user }],
    completion: [{ role: 'assistant', content: r.completion }],
    label: r.label,
    ...(r.error ? { error: r.error } : {}),
    source: r.source,
    provenance: r.provenance,
  };
}

/** One JSON object per line, each line ending in a newline. */
export const jsonl = (records: readonly unknown[]): string => records.map((r) => JSON.stringify(r) + '\n').join('');
