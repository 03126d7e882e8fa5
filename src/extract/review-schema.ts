/** The format of analyst review files (`regulations/NAME.review.yaml`), as a zod schema; the README documents it. */
import { z } from 'zod';

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** A bearer, action or target: a phrase (matched to a concept) or an explicit `{text, concept}`. */
export const conceptRefSchema = z.union([
  z.string().min(1),
  z.object({ text: z.string().min(1), concept: z.string().min(1).optional() }).strict(),
]);

export type ConstraintSpec =
  | { leftOperand: string; operator: string; rightOperand: unknown; unit?: string }
  | { and: ConstraintSpec[] }
  | { or: ConstraintSpec[] }
  | { xone: ConstraintSpec[] };

export const operatorSchema = z.enum(['eq', 'neq', 'lt', 'lteq', 'gt', 'gteq', 'isA', 'isPartOf', 'hasPart', 'isAnyOf', 'isAllOf', 'isNoneOf']);

export const constraintSchema: z.ZodType<ConstraintSpec> = z.lazy(() =>
  z.union([
    z.object({ leftOperand: z.string().min(1), operator: operatorSchema, rightOperand: z.union([scalar, z.array(scalar).min(1)]), unit: z.string().min(1).optional() }).strict(),
    z.object({ and: z.array(constraintSchema).min(1) }).strict(),
    z.object({ or: z.array(constraintSchema).min(1) }).strict(),
    z.object({ xone: z.array(constraintSchema).min(1) }).strict(),
  ]),
);

export const markerSchema = z.enum(['if', 'when', 'where', 'while', 'in case', 'before', 'after', 'unless', 'except', 'provided that', 'other than', 'only if', 'constraint']);

export const conditionSchema = z.union([
  z.string().min(1),
  z.object({ text: z.string().min(1), marker: markerSchema.optional(), constraint: constraintSchema.optional() }).strict(),
]);

export const reviewNormSchema = z
  .object({
    kind: z.enum(['obligation', 'permission', 'prohibition']),
    bearer: conceptRefSchema,
    action: conceptRefSchema,
    target: conceptRefSchema.optional(),
    strength: z.enum(['strict', 'advisory']).optional(),
    modal: z.string().min(1).optional(),
    conditions: z.array(conditionSchema).optional(),
    exceptions: z.array(conditionSchema).optional(),
    note: z.string().optional(),
  })
  .strict();

export const clauseReviewSchema = z
  .object({ replace: z.array(reviewNormSchema).optional(), add: z.array(reviewNormSchema).min(1).optional() })
  .strict()
  .refine((c) => (c.replace === undefined) !== (c.add === undefined), { message: 'give exactly one of "replace" or "add"' });

const dateLike = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.date().transform((d) => d.toISOString().slice(0, 10))]);

export const reviewFileSchema = z
  .object({
    'reviewed-by': z.string().min(1).optional(),
    'reviewed-on': dateLike.optional(),
    clauses: z.record(z.string().regex(/^[^/\s]+\/[^/\s]+\/[^/\s]+$/, 'a clause id is docId/sectionId/ordinal'), clauseReviewSchema),
  })
  .strict();

export type ReviewFile = z.infer<typeof reviewFileSchema>;
export type ReviewNormSpec = z.infer<typeof reviewNormSchema>;
export type ConditionSpec = z.infer<typeof conditionSchema>;
export type ConceptRefSpec = z.infer<typeof conceptRefSchema>;
