/**
 * Situation files (`regc evaluate SITUATION.json`): the JSON schema (zod), and the resolution of its terms —
 * full IRIs, compact IRIs with the project's prefixes or the file's own, or labels of ontology concepts — to a
 * `Situation`. Anything invalid is an RC4003 diagnostic at the line of the offending key.
 */
import { z } from 'zod';
import type { Concept, Diagnostic, Situation, SourceSpan, Value } from '../ir/index.js';
import { diag } from '../ir/index.js';
import { CURRENCY, ODRL, PREFIXES } from '../vocab/index.js';
import { mintedAction } from '../graph/lower-norm.js';
import { normaliseText } from './scope.js';

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const typedValue = z.object({
  kind: z.enum(['number', 'date', 'dateTime', 'boolean', 'iri', 'string']),
  value: z.union([z.string(), z.number(), z.boolean()]),
});
const withUnit = z.object({ value: z.union([scalar, z.array(scalar)]), unit: z.string().optional() });
const factValue = z.union([scalar, z.array(z.union([scalar, typedValue])), typedValue, withUnit]);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

export const SituationSchema = z
  .object({
    id: z.string().optional(),
    description: z.string().optional(),
    prefixes: z.record(z.string(), z.string()).optional(),
    /** Who acts: one role or several (a person may hold more than one). */
    actor: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    action: z.string().min(1),
    target: z.string().min(1).optional(),
    /** When the act happens: the fact `odrl:dateTime`. */
    date: z.string().regex(new RegExp(`${DAY.source}|${INSTANT.source}`)).optional(),
    facts: z.record(z.string(), factValue).optional(),
  })
  .strict();

export type SituationJson = z.infer<typeof SituationSchema>;

/** Resolves the terms a situation uses: IRIs, compact IRIs, labels of concepts. */
export class TermResolver {
  private readonly labels = new Map<string, string>();

  constructor(concepts: readonly Concept[]) {
    for (const c of concepts) {
      for (const l of [c.prefLabel, ...c.altLabels]) {
        const k = normaliseText(l);
        if (!this.labels.has(k)) this.labels.set(k, c.iri);
      }
    }
  }

  /** The IRI of a term, or undefined when it is neither an IRI, nor a known compact IRI, nor a label. */
  resolve(term: string, prefixes: Record<string, string> = {}): string | undefined {
    const t = term.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t) || t.startsWith('urn:')) return t;
    const m = /^([A-Za-z][\w.-]*)?:([^\s]*)$/.exec(t);
    if (m) {
      const ns = prefixes[m[1] ?? ''] ?? PREFIXES[m[1] ?? ''];
      if (ns !== undefined) return ns + m[2];
    }
    return this.labels.get(normaliseText(t));
  }
}

export interface ParsedSituation {
  situation?: Situation;
  diagnostics: Diagnostic[];
}

/** Parses and resolves a situation file's text. */
export function parseSituation(text: string, file: string, concepts: readonly Concept[]): ParsedSituation {
  const at = (needle?: string): SourceSpan => spanOfKey(text, file, needle);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { diagnostics: [diag('RC4003', `not JSON: ${(e as Error).message}`, at())] };
  }
  const parsed = SituationSchema.safeParse(json);
  if (!parsed.success) {
    return {
      diagnostics: parsed.error.issues.map((i) => {
        const key = [...i.path].reverse().find((p) => typeof p === 'string');
        return diag('RC4003', `${i.path.join('.') || 'situation'}: ${i.message}`, at(key));
      }),
    };
  }
  return resolveSituation(parsed.data, new TermResolver(concepts), (key) => at(key));
}

/** Resolves the terms of a schema-valid situation. */
export function resolveSituation(s: SituationJson, terms: TermResolver, at: (key?: string) => SourceSpan): ParsedSituation {
  const diagnostics: Diagnostic[] = [];
  const prefixes = s.prefixes ?? {};
  const actors = (Array.isArray(s.actor) ? s.actor : [s.actor]).map((a) => terms.resolve(a, prefixes) ?? 'text:' + normaliseText(a));
  const situation: Situation = {
    actor: [...new Set(actors)],
    action: terms.resolve(s.action, prefixes) ?? mintedAction(s.action),
    facts: {},
  };
  if (s.id !== undefined) situation.id = s.id;
  if (s.target !== undefined) situation.target = terms.resolve(s.target, prefixes) ?? 'text:' + normaliseText(s.target);
  if (s.date !== undefined) situation.facts[ODRL.dateTime] = [dateValue(s.date)];
  const units: Record<string, string> = {};
  for (const [key, raw] of Object.entries(s.facts ?? {})) {
    const lo = terms.resolve(key, prefixes);
    if (!lo) {
      diagnostics.push(diag('RC4003', `facts: "${key}" names no left operand or concept`, at(key)));
      continue;
    }
    const { values, unit } = factValues(raw, (v) => terms.resolve(v, prefixes));
    situation.facts[lo] = values;
    if (unit !== undefined) {
      const u = terms.resolve(unit, prefixes) ?? currencyCode(unit);
      if (u) units[lo] = u;
      else diagnostics.push(diag('RC4003', `facts: unit "${unit}" of "${key}" is unknown`, at(key)));
    }
  }
  if (Object.keys(units).length) situation.units = units;
  return diagnostics.length ? { diagnostics } : { situation, diagnostics };
}

function dateValue(s: string): Value {
  return DAY.test(s) ? { kind: 'date', value: s } : { kind: 'dateTime', value: s };
}

type Raw = z.infer<typeof factValue>;

function factValues(raw: Raw, resolve: (s: string) => string | undefined): { values: Value[]; unit?: string } {
  const one = (x: string | number | boolean | z.infer<typeof typedValue>): Value => {
    if (typeof x === 'number') return { kind: 'number', value: x };
    if (typeof x === 'boolean') return { kind: 'boolean', value: x };
    if (typeof x === 'string') {
      if (DAY.test(x)) return { kind: 'date', value: x };
      if (INSTANT.test(x)) return { kind: 'dateTime', value: x };
      const iri = resolve(x);
      return iri ? { kind: 'iri', value: iri } : { kind: 'string', value: x };
    }
    return typedFrom(x, resolve);
  };
  if (Array.isArray(raw)) return { values: raw.map(one) };
  if (typeof raw === 'object' && 'kind' in raw) return { values: [one(raw)] };
  if (typeof raw === 'object') {
    const vs = Array.isArray(raw.value) ? raw.value : [raw.value];
    return raw.unit !== undefined ? { values: vs.map(one), unit: raw.unit } : { values: vs.map(one) };
  }
  return { values: [one(raw)] };
}

function typedFrom(x: z.infer<typeof typedValue>, resolve: (s: string) => string | undefined): Value {
  switch (x.kind) {
    case 'number':
      return { kind: 'number', value: Number(x.value) };
    case 'boolean':
      return { kind: 'boolean', value: x.value === true || x.value === 'true' };
    case 'iri':
      return { kind: 'iri', value: resolve(String(x.value)) ?? String(x.value) };
    default:
      return { kind: x.kind, value: String(x.value) };
  }
}

/** The span of the first `"key"` in the text (the whole first line when there is none). */
function spanOfKey(text: string, file: string, key?: string): SourceSpan {
  const offset = key !== undefined ? Math.max(0, text.indexOf(JSON.stringify(key))) : 0;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const length = key !== undefined ? JSON.stringify(key).length : Math.max(0, text.indexOf('\n'));
  return { file, line, column, endLine: line, endColumn: column + length, offset, endOffset: offset + length };
}

/** An ISO 4217 code the vocabulary knows ("USD", "eur") as its currency IRI. */
function currencyCode(unit: string): string | undefined {
  const code = unit.trim().toUpperCase();
  return code !== 'NS' && code in CURRENCY ? (CURRENCY as Record<string, string>)[code] : undefined;
}
