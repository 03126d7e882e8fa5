/**
 * What the Auditor's generators read: the reasoned graph through the Framer's view (norms with sections,
 * documents, conflicts, the reasoner's indexes), the seed, and the roles the audited model itself holds (the
 * assistant: a role concept labelled "assistant", and the roles below it) — requests are put to that model,
 * so situations in which it is the actor are judged, never asked for help with.
 */
import type { Situation, Value } from '../../ir/index.js';
import type { FramerView } from '../framer/view.js';

export interface AuditCtx {
  view: FramerView;
  seed: number;
  modelRoles: ReadonlySet<string>;
}

export function makeAuditCtx(view: FramerView, seed: number): AuditCtx {
  const roles = new Set<string>();
  const h = view.reasoned.hierarchies.role;
  for (const c of view.concepts.values()) {
    if (c.scheme !== 'role') continue;
    if ([c.prefLabel, ...c.altLabels].some((l) => /\bassistant\b/i.test(l))) {
      for (const d of h.descendants(c.iri)) roles.add(d);
      roles.add(c.iri);
    }
  }
  return { view, seed, modelRoles: roles };
}

const IRI = /^[a-z][a-z0-9+.-]*:\/\//i;
const term = (t: string): string => (IRI.test(t) || t.startsWith('urn:') || t.startsWith('text:') ? t : `text:${t}`);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

function value(v: unknown): Value | undefined {
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'string') {
    if (DAY.test(v)) return { kind: 'date', value: v };
    if (INSTANT.test(v)) return { kind: 'dateTime', value: v };
    return IRI.test(v) ? { kind: 'iri', value: v } : { kind: 'string', value: v };
  }
  if (v && typeof v === 'object' && 'kind' in v && 'value' in v) return v as Value;
  return undefined;
}

/** A situation as the Framer's scenario records state it (terms as IRIs or bare texts) → the reasoner's form. */
export function situationFromJson(json: { actor: string | string[]; action: string; target?: string; facts: Record<string, unknown> }): Situation | undefined {
  const s: Situation = { actor: (Array.isArray(json.actor) ? json.actor : [json.actor]).map(term), action: term(json.action), facts: {} };
  if (json.target !== undefined) s.target = term(json.target);
  const units: Record<string, string> = {};
  for (const [lo, raw] of Object.entries(json.facts)) {
    if (Array.isArray(raw)) {
      const vs = raw.map(value);
      if (vs.some((v) => v === undefined)) return undefined;
      s.facts[lo] = vs as Value[];
    } else if (raw && typeof raw === 'object' && 'unit' in raw && 'value' in raw && typeof (raw as { value: unknown }).value === 'number') {
      s.facts[lo] = [{ kind: 'number', value: (raw as { value: number }).value }];
      units[lo] = String((raw as { unit: unknown }).unit);
    } else {
      const v = value(raw);
      if (!v) return undefined;
      s.facts[lo] = [v];
    }
  }
  if (Object.keys(units).length) s.units = units;
  return s;
}
