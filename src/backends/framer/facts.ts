/**
 * The facts situations can state: every left operand the norms' constraints use, the values worth trying for
 * each (both truth values of a boolean fact; amounts below, at and above each limit, in the limit's unit;
 * days around each date; the stated concepts and a sibling), and how a value reads in a narrative — taken from
 * the condition text that states the fact, else the concept's definition, else its label.
 */
import type { Constraint, Value } from '../../ir/index.js';
import { CURRENCY, ODRL, REGC } from '../../vocab/index.js';
import type { FramerView } from './view.js';
import { capitalise, decapitalise, negateClause, sentence, toFirstPerson, toThirdPerson, withDefinite } from './phrase.js';

/** One value a situation may state for a fact, with its unit. */
export interface FactValue {
  values: Value[];
  unit?: string;
}

export interface FactSpec {
  leftOperand: string;
  /** A condition text saying that the fact has `value` (boolean facts); `clause` when the text is a clause
   * ("their manager has given …"), not a noun phrase ("other than an approved AI tool"). */
  statement?: { text: string; value: boolean; clause: boolean };
  /** Limits by unit ('' when none). */
  limits: Map<string, number[]>;
  /** Non-numeric values the constraints compare with. */
  stated: Value[];
  boolean: boolean;
}

export type Person = 'first' | 'third';

/** Markers whose text is a clause; the others ("except", "other than") introduce noun phrases. */
const CLAUSE_MARKERS = new Set(['if', 'when', 'where', 'while', 'in case', 'before', 'after', 'unless', 'provided that', 'only if']);

const atomics = (c: Constraint | undefined, out: Extract<Constraint, { type: 'atomic' }>[] = []) => {
  if (!c) return out;
  if (c.type === 'atomic') out.push(c);
  else c.constraints.forEach((x) => atomics(x, out));
  return out;
};

export class FactCatalogue {
  private readonly specs = new Map<string, FactSpec>();

  constructor(private readonly view: FramerView) {
    for (const e of view.norms) {
      const n = e.norm;
      for (const c of [...n.conditions, ...n.exceptions]) {
        const a = c.constraint?.type === 'atomic' ? c.constraint : undefined;
        if (a && a.operator === 'eq' && a.rightOperand.length === 1 && a.rightOperand[0]!.kind === 'boolean') {
          const spec = this.spec(a.leftOperand);
          const text = c.text.trim().replace(/[.;,]$/, '');
          if (!spec.statement && text) spec.statement = { text, value: a.rightOperand[0]!.value as boolean, clause: CLAUSE_MARKERS.has(c.marker) };
        }
      }
      const all = [...n.constraints, ...n.conditions.map((c) => c.constraint), ...n.exceptions.map((c) => c.constraint)];
      for (const a of all.flatMap((c) => atomics(c))) this.note(a);
    }
  }

  private spec(lo: string): FactSpec {
    let s = this.specs.get(lo);
    if (!s) this.specs.set(lo, (s = { leftOperand: lo, limits: new Map(), stated: [], boolean: false }));
    return s;
  }

  private note(a: Extract<Constraint, { type: 'atomic' }>): void {
    const s = this.spec(a.leftOperand);
    for (const v of a.rightOperand) {
      if (v.kind === 'boolean') s.boolean = true;
      else if (v.kind === 'number') {
        const unit = a.unit ?? '';
        const list = s.limits.get(unit) ?? s.limits.set(unit, []).get(unit)!;
        if (!list.includes(v.value)) list.push(v.value);
      } else if (!s.stated.some((x) => x.kind === v.kind && x.value === v.value)) s.stated.push(v);
    }
  }

  get(lo: string): FactSpec | undefined {
    return this.specs.get(lo);
  }

  /** Every left operand the norms use, sorted. */
  leftOperands(): string[] {
    return [...this.specs.keys()].sort();
  }

  private readonly memo = new Map<string, FactValue[]>();

  /** The values worth trying for a fact, in a fixed order. */
  candidates(lo: string): FactValue[] {
    let hit = this.memo.get(lo);
    if (!hit) this.memo.set(lo, (hit = this.computeCandidates(lo)));
    return hit;
  }

  private computeCandidates(lo: string): FactValue[] {
    const s = this.specs.get(lo);
    if (!s) return [];
    const out: FactValue[] = [];
    if (s.boolean) out.push({ values: [{ kind: 'boolean', value: true }] }, { values: [{ kind: 'boolean', value: false }] });
    for (const unit of [...s.limits.keys()].sort()) {
      for (const n of amountsAround(s.limits.get(unit)!)) {
        const fv: FactValue = { values: [{ kind: 'number', value: n }] };
        if (unit) fv.unit = unit;
        out.push(fv);
      }
    }
    for (const v of [...s.stated].sort((a, b) => (String(a.value) < String(b.value) ? -1 : 1))) {
      if (v.kind === 'date' || v.kind === 'dateTime') for (const d of daysAround(v)) out.push({ values: [d] });
      else out.push({ values: [v] });
    }
    const sibling = this.sibling(s.stated);
    if (sibling) out.push({ values: [{ kind: 'iri', value: sibling }] });
    return dedupe(out);
  }

  /** A concept next to the stated IRI values (same broader concept) that is none of them. */
  private sibling(stated: Value[]): string | undefined {
    const iris = stated.filter((v) => v.kind === 'iri').map((v) => v.value as string);
    if (!iris.length) return undefined;
    const h = this.view.reasoned.hierarchies.isA;
    for (const iri of iris) {
      const parents = this.view.concepts.get(iri)?.broader ?? [];
      for (const p of parents) {
        const kids = [...h.descendants(p)].filter((k) => k !== p && !iris.some((i) => h.isA(k, i) || h.isA(i, k))).sort();
        if (kids.length) return kids[0];
      }
    }
    return undefined;
  }

  /** The sentence a narrative (third person) or a question (first person) states the fact with. */
  phrase(lo: string, fv: FactValue, person: Person, target?: string): string {
    const v = fv.values[0]!;
    const s = this.specs.get(lo);
    const voice = person === 'first' ? toFirstPerson : toThirdPerson;
    if (v.kind === 'boolean') {
      if (s?.statement?.clause) {
        const clause = v.value === s.statement.value ? s.statement.text : negateClause(s.statement.text);
        return sentence(voice(clause));
      }
      if (s?.statement) {
        const np = s.statement.text.replace(/^(through|via|by|with|in|into|for|of)\s+/i, '');
        return sentence(`${v.value === s.statement.value ? 'it involves' : 'it does not involve'} ${np}`);
      }
      const def = this.view.definition(lo);
      if (def) return sentence(v.value ? def : `it is not the case that ${decapitalise(def.replace(/\.$/, ''))}`);
      return sentence(`${capitalise(this.view.label(lo))}: ${v.value ? 'yes' : 'no'}`);
    }
    const values = fv.values.map((x) => this.valueText(x, fv.unit)).join(', ');
    if (lo === REGC.monetaryValue) {
      const subject = target ? withDefinite(this.view.label(target)) : 'the amount involved';
      return sentence(`${subject} is worth ${values}`);
    }
    if (lo === ODRL.dateTime) return sentence(`this happens on ${values}`);
    return sentence(`${capitalise(this.view.label(lo))}: ${values}`);
  }

  valueText(v: Value, unit?: string): string {
    if (v.kind === 'number') {
      if (!unit) return String(v.value);
      const cur = unit.startsWith(CURRENCY.ns) ? unit.slice(CURRENCY.ns.length) : undefined;
      return cur ? `${cur} ${v.value}` : `${v.value} ${this.view.label(unit)}`;
    }
    if (v.kind === 'iri') return this.view.label(v.value);
    return String(v.value);
  }
}

/** Below, at and above each limit: half of it, it, and half as much again (whole numbers where possible). */
export function amountsAround(limits: readonly number[]): number[] {
  const out = new Set<number>();
  for (const t of limits) {
    const round = (x: number) => (Number.isInteger(t) ? Math.round(x) : Math.round(x * 100) / 100);
    out.add(round(t / 2));
    out.add(t);
    out.add(round(t * 1.5) === t ? t + 1 : round(t * 1.5));
  }
  return [...out].sort((a, b) => a - b);
}

/** The day before, the day, and the day after a date (date-times keep their time). */
export function daysAround(v: Value): Value[] {
  const s = String(v.value);
  const day = s.slice(0, 10);
  const rest = s.slice(10);
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(ms)) return [v];
  const shift = (d: number) => new Date(ms + d * 86_400_000).toISOString().slice(0, 10) + rest;
  return [-1, 0, 1].map((d) => ({ kind: v.kind, value: shift(d) }) as Value);
}

function dedupe(xs: FactValue[]): FactValue[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = JSON.stringify(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
