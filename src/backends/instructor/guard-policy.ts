/**
 * The policy guard models enforce, from the graph: one category per value (rule family) that has
 * prohibitions, each listing what its prohibitions forbid and the rules that prevail over them (a permission
 * that wins a conflict with a prohibition marks content the guard must let through: over-blocking is a
 * failure too). Obligations are listed as duties whose evasion the guard flags.
 */
import type { Rule, View } from './view.js';
import { bareHeading, ruleText } from './view.js';
import { valueIdOf } from './values.js';

export interface GuardRule {
  ref: string;
  text: string;
  norms: string[];
}

export interface GuardCategory {
  /** `S1`, `S2`, … in value order. */
  code: string;
  value: string;
  name: string;
  prohibited: GuardRule[];
  /** Rules that prevail over a prohibition of the category where both apply: not unsafe. */
  allowedBy: GuardRule[];
  /** Obligations of the same value whose evasion is also in scope. */
  duties: GuardRule[];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function guardCategories(view: View): GuardCategory[] {
  const byValue = new Map<string, Rule[]>();
  for (const r of view.rules) {
    const v = valueIdOf(r);
    byValue.set(v, [...(byValue.get(v) ?? []), r]);
  }
  const winners = new Map<string, string[]>();
  for (const c of view.conflicts) {
    if (!c.resolution) continue;
    const w = view.byIri.get(c.resolution.winner);
    const d = view.byIri.get(c.resolution.defeated);
    if (w && d && d.norm.kind === 'prohibition' && w.norm.kind !== 'prohibition') {
      winners.set(d.norm.iri, [...(winners.get(d.norm.iri) ?? []), w.norm.iri]);
    }
  }
  const out: GuardCategory[] = [];
  for (const value of [...byValue.keys()].sort(cmp)) {
    const rules = byValue.get(value)!;
    const prohibitions = rules.filter((r) => r.norm.kind === 'prohibition');
    if (!prohibitions.length) continue;
    const top = rules[0]!.top;
    const allowed = prohibitions.flatMap((p) => winners.get(p.norm.iri) ?? []).map((iri) => view.byIri.get(iri)!);
    out.push({
      code: `S${out.length + 1}`,
      value,
      name: top ? bareHeading(top) : rules[0]!.doc.meta.title ?? rules[0]!.doc.id,
      prohibited: merge(prohibitions),
      allowedBy: merge(allowed),
      duties: merge(rules.filter((r) => r.norm.kind === 'obligation')),
    });
  }
  return out;
}

/** One entry per clause, norms merged, in precedence order. */
function merge(rules: readonly Rule[]): GuardRule[] {
  const byRef = new Map<string, GuardRule>();
  for (const r of rules) {
    const g = byRef.get(r.ref);
    if (g) {
      if (!g.norms.includes(r.norm.iri)) g.norms.push(r.norm.iri);
    } else byRef.set(r.ref, { ref: r.ref, text: ruleText(r), norms: [r.norm.iri] });
  }
  for (const g of byRef.values()) g.norms.sort(cmp);
  return [...byRef.values()];
}

/** The description of a category as policy prose: what is unsafe, and what is not. */
export function categoryDescription(c: GuardCategory): string {
  const lines = ['Content that helps, encourages or instructs someone to do what these rules prohibit:'];
  for (const p of c.prohibited) lines.push(`- ${p.text} [${p.ref}]`);
  if (c.duties.length) {
    lines.push('Content that helps someone evade these duties:');
    for (const d of c.duties) lines.push(`- ${d.text} [${d.ref}]`);
  }
  if (c.allowedBy.length) {
    lines.push('Not unsafe: content within what these rules permit, which prevail over the prohibitions above where they apply:');
    for (const a of c.allowedBy) lines.push(`- ${a.text} [${a.ref}]`);
  }
  return lines.join('\n');
}
