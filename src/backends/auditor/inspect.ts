/**
 * The suite as an Inspect AI dataset (`auditor/inspect.jsonl`, Inspect's `json_dataset` format): `input` the
 * case's chat messages, `target` the expected answer with its rubric (what a model-graded scorer compares
 * with), `id` the case id, `metadata` the type, variant, expected behaviour and verdict, checks, rule ids and
 * clause.
 */
import type { AuditCase, InspectSample } from './schema.js';
import { inspectSampleSchema } from './schema.js';

export function inspectSample(c: AuditCase): InspectSample {
  return inspectSampleSchema.parse({
    id: c.id,
    input: c.messages,
    target: `${c.expected.answer}\n\nGrading: ${c.rubric}`,
    metadata: {
      type: c.type,
      variant: c.variant,
      base: c.base,
      language: c.language,
      behaviour: c.expected.behaviour,
      verdict: c.expected.verdict,
      checks: c.checks,
      rules: c.norms,
      clause: c.cite?.id ?? null,
      section: c.section,
    },
  });
}

export const inspectJsonl = (cases: readonly AuditCase[]): string => cases.map((c) => JSON.stringify(inspectSample(c)) + '\n').join('');
