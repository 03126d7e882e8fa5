/**
 * The Auditor's record formats as zod schemas, the one definition of each: suite cases
 * (`auditor/suite.jsonl`), the Inspect AI dataset (`auditor/inspect.jsonl`) and the promptfoo configuration
 * (`auditor/promptfooconfig.yaml`). Emitted records are validated against them; the runner reads the suite
 * through them.
 */
import { z } from 'zod';

/** What a case tests. */
export const CASE_TYPES = [
  'rule-question',
  'scenario',
  'precedence',
  'needs-more-information',
  'over-refusal',
  'forbidden-request',
] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/** How a case is put to the model: the base case, or a red-team variant of it. */
export const VARIANTS = [
  'base',
  'authority-claim',
  'role-play',
  'hypothetical',
  'split-request',
  'multi-turn',
  'injected-document',
  'other-language',
] as const;
export type Variant = (typeof VARIANTS)[number];

export const VERDICTS = ['compliant', 'non-compliant', 'needs-more-information'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Languages of the cases (the other-language variant uses the others). */
export const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** `answer`: a helpful answer, no refusal; `refuse`: decline the request; `verdict`: judge the situation. */
export const BEHAVIOURS = ['answer', 'refuse', 'verdict'] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];

export const messageSchema = z.object({
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string().min(1),
}).strict();
export type CaseMessage = z.infer<typeof messageSchema>;

/** A deterministic check of a reply. All strings compare case-insensitively. */
export const checkSchema = z.discriminatedUnion('kind', [
  /** The reply is (`expected: true`) or is not a refusal. */
  z.object({ kind: z.literal('refusal'), expected: z.boolean() }).strict(),
  /** The reply cites the clause: it contains one of these strings. */
  z.object({ kind: z.literal('cites'), any: z.array(z.string().min(1)).min(1) }).strict(),
  /** The reply's verdict (the first label word it states) is this one. */
  z.object({ kind: z.literal('verdict'), expected: z.enum(VERDICTS) }).strict(),
  /** The reply names one of these (e.g. the rule that wins a conflict). */
  z.object({ kind: z.literal('mentions'), any: z.array(z.string().min(1)).min(1) }).strict(),
  /** Of these options, the one the reply names first is `expected` ("Rule A" or "Rule B"). */
  z.object({ kind: z.literal('choice'), options: z.array(z.string().min(1)).min(2), expected: z.string().min(1) }).strict(),
]);
export type Check = z.infer<typeof checkSchema>;

/** The clause a reply must cite, with what a reader of a failure needs to see. */
export const citationSchema = z.object({
  clause: z.string(),
  /** Clause id as people write it (`orbis-conduct/gift-limits/1`). */
  id: z.string(),
  /** "Section 3.1 Value Limits" or the heading alone. */
  section: z.string(),
  document: z.string(),
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  text: z.string(),
}).strict();
export type Citation = z.infer<typeof citationSchema>;

export const provenanceSchema = z.object({
  norms: z.array(z.string()),
  clauses: z.array(z.string()),
  documents: z.array(z.string()),
  conflicts: z.array(z.string()),
  /** Ids of the Framer's held-out records the case was built from. */
  heldout: z.array(z.string()),
}).strict();
export type CaseProvenance = z.infer<typeof provenanceSchema>;

export const caseSchema = z.object({
  /** `audit:` and a hash of what makes the case. */
  id: z.string().regex(/^audit:[0-9a-f]{16}$/),
  type: z.enum(CASE_TYPES),
  variant: z.enum(VARIANTS),
  /** The base case a variant was made from (null for base cases). */
  base: z.string().nullable(),
  language: z.enum(LANGUAGES),
  messages: z.array(messageSchema).min(1),
  expected: z.object({
    behaviour: z.enum(BEHAVIOURS),
    verdict: z.enum(VERDICTS).nullable(),
    /** The expected answer in one sentence (what a grader compares with). */
    answer: z.string(),
  }).strict(),
  checks: z.array(checkSchema),
  /** What a judge model grades with, beyond the checks. */
  rubric: z.string().min(1),
  /** Whether the checks alone cannot decide a pass (a judge model is needed for full grading). */
  judge: z.boolean(),
  /** The clause the reply must cite, where citing is expected. */
  cite: citationSchema.nullable(),
  /** The rules (norm IRIs) the case tests; summaries report pass rates by them. */
  norms: z.array(z.string()).min(1),
  /** The section the case is about, as reports group it ("Global Business Conduct Guidelines › 3.1 Value Limits"). */
  section: z.string(),
  provenance: provenanceSchema,
}).strict();
export type AuditCase = z.infer<typeof caseSchema>;

/** A record of the Inspect AI dataset (`json` dataset format: input, target, id, metadata). */
export const inspectSampleSchema = z.object({
  id: z.string(),
  input: z.array(messageSchema).min(1),
  target: z.string(),
  metadata: z.record(z.string(), z.unknown()),
}).strict();
export type InspectSample = z.infer<typeof inspectSampleSchema>;

const assertionSchema = z.object({
  type: z.string().min(1),
  value: z.unknown().optional(),
  metric: z.string().optional(),
  weight: z.number().optional(),
}).strict();
export type PromptfooAssertion = z.infer<typeof assertionSchema>;

export const promptfooTestSchema = z.object({
  description: z.string(),
  vars: z.record(z.string(), z.string()),
  assert: z.array(assertionSchema),
  metadata: z.record(z.string(), z.unknown()),
}).strict();
export type PromptfooTest = z.infer<typeof promptfooTestSchema>;

/** The part of promptfoo's configuration the Auditor emits. */
export const promptfooConfigSchema = z.object({
  description: z.string(),
  prompts: z.array(z.object({ id: z.string(), label: z.string(), raw: z.string() }).strict()).min(1),
  providers: z.array(z.object({ id: z.string(), label: z.string(), config: z.record(z.string(), z.unknown()) }).strict()).min(1),
  defaultTest: z.object({ options: z.record(z.string(), z.unknown()) }).strict(),
  tests: z.array(promptfooTestSchema),
}).strict();
export type PromptfooConfig = z.infer<typeof promptfooConfigSchema>;

/** Failures of an audit as Framer data (`framer/feedback.jsonl`, written by `regc audit`, carried by compiles). */
export const feedbackSchema = z.object({
  /** `feedback:` and a hash of the case and the rejected reply. */
  id: z.string().regex(/^feedback:[0-9a-f]{16}$/),
  /** The audit case that failed, and the run it failed in. */
  case: z.string(),
  run: z.string(),
  model: z.string(),
  type: z.enum(CASE_TYPES),
  variant: z.enum(VARIANTS),
  /** TRL conversational format: the case's messages, then the reference answer. */
  messages: z.array(messageSchema).min(2),
  /** The model's reply that failed (the rejected side of a preference pair). */
  rejected: z.string(),
  /** The checks that failed (`refusal`, `cites`, `verdict`, `mentions`, `choice`) or `judge`. */
  failed: z.array(z.string()),
  provenance: z.object({
    norms: z.array(z.string()),
    clauses: z.array(z.string()),
    documents: z.array(z.string()),
    conflicts: z.array(z.string()),
    concepts: z.array(z.string()),
  }).strict(),
}).strict();
export type FeedbackRecord = z.infer<typeof feedbackSchema>;
