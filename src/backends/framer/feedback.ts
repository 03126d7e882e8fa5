/**
 * Audit feedback as training data (the Auditors' failures go back to the Framers, Alignment Studio, arXiv
 * 2403.09704): every case an audited model failed (`framer/feedback.jsonl`, written by `regc audit`) becomes an
 * instruction conversation (the case's turns and the reference answer, form `feedback`), a preference pair
 * (chosen: the reference answer; rejected: the model's failing reply; error `audit-failure`) and KTO examples —
 * all training data, outside the split. Records with one conversation merge into one conversation, records with
 * one conversation and one reply into one pair; each says which feedback records and audit cases it holds.
 */
import type { Diagnostic } from '../../ir/index.js';
import { diag } from '../../ir/index.js';
import type { FeedbackRecord } from '../auditor/schema.js';
import type { FromAudit, KtoItem, PreferenceItem, SftItem, Traced, Turn } from './records.js';
import { AUDIT_FAILURE, provenance, textKey } from './records.js';
import { recordId } from './random.js';
import type { FramerView } from './view.js';

export interface FeedbackItems {
  sft: SftItem[];
  preferences: PreferenceItem[];
  kto: KtoItem[];
  /** How many feedback records were given (distinct ids), and how many of them were merged. */
  given: number;
  merged: number;
  /** The audit cases of the merged records, sorted. */
  cases: string[];
  diagnostics: Diagnostic[];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])].sort();

/** The turns before the reference answer, or why the record cannot be a Framer conversation. */
function turnsOf(r: FeedbackRecord): { turns: Turn[]; answer: string } | string {
  const answer = r.messages[r.messages.length - 1]!;
  if (answer.role !== 'assistant') return 'its last message is not the reference answer';
  const turns: Turn[] = [];
  for (const m of r.messages.slice(0, -1)) {
    if (m.role === 'system') return 'it has a system message (the Framer’s conversations open with the system slot only)';
    turns.push({ role: m.role, content: m.content });
  }
  if (turns[turns.length - 1]?.role !== 'user') return 'no user turn precedes the reference answer';
  return { turns, answer: answer.content };
}

/** Adds a record's origin to an item (created on first sight) of `items`, keyed by id. */
function merge<T extends Traced>(items: Map<string, T>, make: () => T, from: FeedbackRecord): void {
  const fresh = make();
  const had = items.get(fresh.id);
  if (!had) {
    items.set(fresh.id, fresh);
    return;
  }
  const a = had.audit!;
  had.audit = { feedback: union(a.feedback, [from.id]), cases: union(a.cases, [from.case]), failed: union(a.failed, from.failed) };
  had.seeds = union(had.seeds, fresh.seeds);
  const p = had.provenance;
  const q = fresh.provenance;
  had.provenance = {
    norms: union(p.norms, q.norms), clauses: union(p.clauses, q.clauses), documents: union(p.documents, q.documents),
    conflicts: union(p.conflicts, q.conflicts), concepts: union(p.concepts, q.concepts),
  };
}

/** The training records of the feedback of earlier audits; records the graph cannot back are RC5002 warnings. */
export function feedbackItems(view: FramerView, records: readonly FeedbackRecord[]): FeedbackItems {
  const diagnostics: Diagnostic[] = [];
  const known = new Set(view.conflicts.map((c) => c.id));
  const distinct = new Map<string, FeedbackRecord>();
  for (const r of records) if (!distinct.has(r.id)) distinct.set(r.id, r);
  const sft = new Map<string, SftItem>();
  const preferences = new Map<string, PreferenceItem>();
  const kto = new Map<string, KtoItem>();
  const cases = new Set<string>();
  let merged = 0;
  for (const r of [...distinct.values()].sort(byId)) {
    const conversation = turnsOf(r);
    if (typeof conversation === 'string') {
      diagnostics.push(diag('RC5002', `audit feedback ${r.id} (case ${r.case}) not merged into the training data: ${conversation}`));
      continue;
    }
    const missing = r.provenance.norms.filter((n) => !view.byIri.has(n));
    if (!r.provenance.norms.length || missing.length) {
      const why = missing.length ? `its rules are not in the graph (${missing.join(', ')}): the regulation changed since the audit` : 'it names no rule';
      diagnostics.push(diag('RC5002', `audit feedback ${r.id} (case ${r.case}) not merged into the training data: ${why}`, undefined, { nodes: r.provenance.norms.filter((n) => view.byIri.has(n)) }));
      continue;
    }
    merged++;
    cases.add(r.case);
    const { turns, answer } = conversation;
    const user = turns[turns.length - 1]!.content;
    const audit = (): FromAudit => ({ feedback: [r.id], cases: [r.case], failed: [...new Set(r.failed)].sort() });
    const base = () => ({
      seeds: [...r.provenance.norms].sort(),
      provenance: provenance(view, r.provenance.norms, { conflicts: r.provenance.conflicts.filter((c) => known.has(c)), concepts: r.provenance.concepts }),
      keys: [...new Set(turns.filter((t) => t.role === 'user').map((t) => textKey(t.content)))].sort(),
      split: 'train' as const,
      turns: turns.map((t) => ({ ...t })),
      user,
    });
    const sftId = recordId('sft', 'feedback', JSON.stringify(turns), answer);
    merge(sft, () => ({ id: sftId, form: 'feedback' as const, assistant: answer, ...base(), audit: audit() }), r);
    const rejected = r.rejected.trim();
    if (!rejected || rejected === answer.trim()) continue;
    const prefId = recordId('pref', sftId, r.rejected);
    merge(preferences, () => ({ id: prefId, chosen: answer, rejected: r.rejected, error: AUDIT_FAILURE, source: sftId, ...base(), audit: audit() }), r);
    merge(kto, () => ({ id: recordId('kto', sftId, 'chosen'), completion: answer, label: true, source: sftId, ...base(), audit: audit() }), r);
    merge(kto, () => ({ id: recordId('kto', prefId), completion: r.rejected, label: false, error: AUDIT_FAILURE, source: sftId, ...base(), audit: audit() }), r);
  }
  return {
    sft: [...sft.values()].sort(byId),
    preferences: [...preferences.values()].sort(byId),
    kto: [...kto.values()].sort(byId),
    given: distinct.size,
    merged,
    cases: [...cases].sort(),
    diagnostics,
  };
}
