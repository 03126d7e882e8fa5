/**
 * The record formats the Framer writes, as zod schemas (types derive from them) used to validate what is
 * emitted. Conversations follow TRL's conversational formats: `messages` (SFT), `prompt` / `chosen` /
 * `rejected` (preference), `prompt` / `completion` / `label` (KTO). Every conversation opens with a system
 * message whose content is `SYSTEM_SLOT`, for the Instructor to fill with its system prompt (or drop).
 * Records merged from audit feedback (form `feedback`, error `audit-failure`) have a schema of their own: their
 * conversations may have several turns, and they say which audit cases they come from.
 */
import { z } from 'zod';

/** The placeholder content of the system message of every conversation. */
export const SYSTEM_SLOT = '{{system}}' as const;

const iri = z.string().regex(/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/);
export const recordIdSchema = (prefix: string) => z.string().regex(new RegExp(`^${prefix}:[0-9a-f]{16}$`));
const split = z.enum(['train', 'validation', 'heldout']);

export const ProvenanceSchema = z.object({
  norms: z.array(iri).min(1),
  clauses: z.array(iri),
  documents: z.array(iri),
  conflicts: z.array(iri),
  concepts: z.array(iri),
}).strict();

const system = z.object({ role: z.literal('system'), content: z.literal(SYSTEM_SLOT) }).strict();
const user = z.object({ role: z.literal('user'), content: z.string().min(1) }).strict();
const assistant = z.object({ role: z.literal('assistant'), content: z.string().min(1) }).strict();

export const GeneratedSftRecordSchema = z.object({
  id: recordIdSchema('sft'),
  split,
  form: z.enum(['may', 'must', 'what-if', 'who', 'exceptions', 'conditions', 'source', 'rule', 'conflict', 'scenario', 'summary-clause', 'summary-section']),
  messages: z.tuple([system, user, assistant]),
  augmented: z.literal(true).optional(),
  provenance: ProvenanceSchema,
}).strict();

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const typed = z.object({ kind: z.enum(['number', 'date', 'dateTime', 'boolean', 'iri', 'string']), value: scalar }).strict();
export const SituationJsonSchema = z.object({
  actor: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  action: z.string().min(1),
  target: z.string().min(1).optional(),
  facts: z.record(z.string(), z.union([scalar, typed, z.object({ value: z.number(), unit: z.string() }).strict(), z.array(typed)])),
}).strict();

const step = z.object({ conflict: iri, winner: iri, defeated: iri, principle: z.string() }).strict();
export const ScenarioRecordSchema = z.object({
  id: recordIdSchema('scn'),
  split,
  label: z.enum(['compliant', 'non-compliant', 'needs-more-information']),
  performed: z.boolean(),
  situation: SituationJsonSchema,
  narrative: z.string().min(1),
  question: z.string().min(1),
  status: z.enum(['obligatory', 'permitted', 'prohibited', 'not-regulated', 'needs-more-information']),
  deciding: iri.nullable(),
  defeated: z.array(iri),
  undetermined: z.array(iri),
  missing: z.array(z.string()),
  precedence: z.array(step),
  tags: z.array(z.string()),
  augmented: z.literal(true).optional(),
  provenance: ProvenanceSchema,
}).strict();

export const ERROR_KIND = z.enum(['ignores-rule', 'applies-overridden-rule', 'misses-exception', 'over-refuses', 'guesses-missing-fact']);

export const GeneratedPreferenceRecordSchema = z.object({
  id: recordIdSchema('pref'),
  split,
  error: ERROR_KIND,
  prompt: z.tuple([system, user]),
  chosen: z.tuple([assistant]),
  rejected: z.tuple([assistant]),
  source: recordIdSchema('sft'),
  provenance: ProvenanceSchema,
}).strict();

export const GeneratedKtoRecordSchema = z.object({
  id: recordIdSchema('kto'),
  split,
  prompt: z.tuple([system, user]),
  completion: z.tuple([assistant]),
  label: z.boolean(),
  error: ERROR_KIND.optional(),
  source: recordIdSchema('sft'),
  provenance: ProvenanceSchema,
}).strict();

// audit feedback: conversations of one or more turns, always training data, with the audit cases behind them
const turn = z.union([user, assistant]);
const last = <T>(xs: readonly T[], k = 1): T | undefined => xs[xs.length - k];
/** The system slot, then user and assistant turns ending in a user turn. */
const feedbackPrompt = z.tuple([system]).rest(turn).refine((ms) => ms.length >= 2 && last(ms)!.role === 'user', 'a prompt ends with a user turn');
/** The system slot, then user and assistant turns ending in a user turn and the answer. */
const feedbackMessages = z.tuple([system]).rest(turn).refine((ms) => ms.length >= 3 && last(ms)!.role === 'assistant' && last(ms, 2)!.role === 'user', 'a conversation ends with a user turn and the answer');
export const AuditSourceSchema = z.object({
  /** Ids of the feedback records (`framer/feedback.jsonl`) merged into the record. */
  feedback: z.array(z.string().regex(/^feedback:[0-9a-f]{16}$/)).min(1),
  /** Ids of the audit cases they failed (`auditor/suite.jsonl`). */
  cases: z.array(z.string().min(1)).min(1),
  /** The checks the model's reply failed (`refusal`, `cites`, `verdict`, `mentions`, `choice`, `judge`). */
  failed: z.array(z.string()),
}).strict();

export const FeedbackSftRecordSchema = z.object({
  id: recordIdSchema('sft'),
  split: z.literal('train'),
  form: z.literal('feedback'),
  messages: feedbackMessages,
  audit: AuditSourceSchema,
  provenance: ProvenanceSchema,
}).strict();

export const FeedbackPreferenceRecordSchema = z.object({
  id: recordIdSchema('pref'),
  split: z.literal('train'),
  error: z.literal('audit-failure'),
  prompt: feedbackPrompt,
  chosen: z.tuple([assistant]),
  rejected: z.tuple([assistant]),
  source: recordIdSchema('sft'),
  audit: AuditSourceSchema,
  provenance: ProvenanceSchema,
}).strict();

export const FeedbackKtoRecordSchema = z.object({
  id: recordIdSchema('kto'),
  split: z.literal('train'),
  prompt: feedbackPrompt,
  completion: z.tuple([assistant]),
  label: z.boolean(),
  error: z.literal('audit-failure').optional(),
  source: recordIdSchema('sft'),
  audit: AuditSourceSchema,
  provenance: ProvenanceSchema,
}).strict();

/** The record formats of the files: generated records, or records merged from audit feedback. */
export const SftRecordSchema = z.union([GeneratedSftRecordSchema, FeedbackSftRecordSchema]);
export const PreferenceRecordSchema = z.union([GeneratedPreferenceRecordSchema, FeedbackPreferenceRecordSchema]);
export const KtoRecordSchema = z.union([GeneratedKtoRecordSchema, FeedbackKtoRecordSchema]);

export type SftRecord = z.infer<typeof SftRecordSchema>;
export type ScenarioRecord = z.infer<typeof ScenarioRecordSchema>;
export type PreferenceRecord = z.infer<typeof PreferenceRecordSchema>;
export type KtoRecord = z.infer<typeof KtoRecordSchema>;
export type AuditSource = z.infer<typeof AuditSourceSchema>;
