/**
 * In-context alignment: a system prompt that states the rules in precedence order (higher authority first,
 * then the later rule), how conflicts between them are decided (each resolved conflict of the graph, with its
 * principle), and which are left undecided — compact enough for a context window, with its token count
 * measured in the o200k encoding (gpt-tokenizer).
 */
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import type { Principle } from '../../ir/index.js';
import type { Rule, View } from './view.js';
import { docTitle, ruleText } from './view.js';

export const TOKENIZER = 'o200k_base';

export const PRINCIPLE_TEXT: Record<Principle, string> = {
  explicit: 'the text says so expressly',
  'lex-superior': 'higher authority',
  'lex-specialis': 'the more specific rule',
  'lex-posterior': 'the later rule',
  'odrl-strategy': "the policy's conflict strategy",
};

/** One line per clause (several norms of one clause share it), in precedence order. */
export function ruleLines(view: View): { rule: Rule; line: string }[] {
  const seen = new Set<string>();
  const out: { rule: Rule; line: string }[] = [];
  for (const r of view.rules) {
    if (seen.has(r.ref)) continue;
    seen.add(r.ref);
    out.push({ rule: r, line: `- [${r.ref}] ${ruleText(r)}` });
  }
  return out;
}

/** The levels of authority the documents use, highest first, as "a > b" chains of the ontology's order. */
export function authorityOrder(view: View): string[] {
  const used = new Set(view.rules.map((r) => r.authority).filter((a): a is string => !!a));
  const levels = view.ontology.authorities.filter((a) => used.has(a.name));
  const chains: string[] = [];
  for (const a of levels) {
    const lower = levels.filter((b) => view.ontology.outranks(a.name, b.name));
    if (lower.length) chains.push(`${a.name} outranks ${lower.map((b) => b.name).join(', ')}`);
  }
  return chains;
}

export function systemPrompt(view: View): { text: string; tokens: number } {
  const out: string[] = [];
  const docs = [...new Set(view.rules.map((r) => r.doc))];
  out.push('# Rules you follow');
  out.push('');
  out.push(
    `You answer and act within the rules below, compiled from ${docs.length} regulation${docs.length === 1 ? '' : 's'}: ` +
      docs.map((d) => docTitle(d)).join('; ') + '.',
  );
  out.push('');
  out.push('## How to decide');
  out.push('');
  out.push('- Apply every rule whose bearer, act, conditions and exceptions fit the situation.');
  out.push('- When two rules disagree, the decisions listed under "Conflicts" settle it. Otherwise the rule of higher authority prevails, then the more specific rule, then the later one.');
  out.push('- If a fact the answer depends on is missing, say which fact and what each answer would be; do not guess.');
  out.push('- If no principle decides between two rules, say so and refer the question to the office responsible for the rules.');
  out.push('- Cite the rule you rely on by its reference in square brackets, e.g. [' + (view.rules[0]?.ref ?? 'doc/section/1') + '].');
  out.push('- Do not refuse what the rules permit: refusing a permitted request is as much a failure as helping to break a rule.');
  const order = authorityOrder(view);
  if (order.length) {
    out.push('');
    out.push('## Authority');
    out.push('');
    for (const c of order) out.push(`- ${c}`);
  }
  out.push('');
  out.push('## Rules, in order of precedence');
  let current = '';
  for (const { rule, line } of ruleLines(view)) {
    const head = `${docTitle(rule.doc)} (${[rule.authority, rule.effective && `effective ${rule.effective}`].filter(Boolean).join(', ')})`;
    if (head !== current) {
      out.push('');
      out.push(`### ${head}`);
      out.push('');
      current = head;
    }
    out.push(line);
  }
  const position = new Map(view.rules.map((r, i) => [r.norm.iri, i]));
  const at = (iri: string): number => position.get(iri) ?? Number.MAX_SAFE_INTEGER;
  const decided = view.conflicts
    .filter((c) => c.resolution)
    .sort((a, b) => at(a.resolution!.winner) - at(b.resolution!.winner) || at(a.resolution!.defeated) - at(b.resolution!.defeated) || (a.id < b.id ? -1 : 1));
  const undecided = view.conflicts.filter((c) => !c.resolution);
  if (view.conflicts.length) {
    out.push('');
    out.push('## Conflicts');
    out.push('');
    const ref = (iri: string): string => view.byIri.get(iri)?.ref ?? iri;
    const seen = new Set<string>();
    for (const c of decided) {
      const r = c.resolution!;
      const line = `- [${ref(r.winner)}] prevails over [${ref(r.defeated)}] where both apply (${PRINCIPLE_TEXT[r.principle]}).`;
      if (!seen.has(line)) out.push(line);
      seen.add(line);
    }
    for (const c of undecided) {
      const line = `- [${ref(c.norms[0])}] and [${ref(c.norms[1])}]: no principle decides; say so and refer the question.`;
      if (!seen.has(line)) out.push(line);
      seen.add(line);
    }
  }
  const text = out.join('\n') + '\n';
  return { text, tokens: countTokens(text) };
}
