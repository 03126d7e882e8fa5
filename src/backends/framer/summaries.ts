/**
 * Summaries as instruction data: what a clause says and what rules a section sets, each rule stated in one
 * canonical sentence with its paragraph, quoting the source text of the clause.
 */
import type { Ctx } from './context.js';
import type { SftItem } from './records.js';
import { provenance, textKey } from './records.js';
import { capitalise, quote } from './phrase.js';
import { recordId, rngFor, sample } from './random.js';
import type { NormEntry } from './view.js';
import { conceptsOfNorm } from './view.js';
import { citeLong, citeShort, docName, statement, wording } from './wording.js';

/** Rules listed in one section summary at most (the rest are counted). */
export const MAX_RULES_PER_SUMMARY = 12;

function item(ctx: Ctx, form: 'summary-clause' | 'summary-section', user: string, assistant: string, norms: NormEntry[]): SftItem {
  const iris = norms.map((e) => e.norm.iri);
  return {
    id: recordId('sft', form, user),
    seeds: iris,
    provenance: provenance(ctx.view, iris, { concepts: norms.flatMap((e) => conceptsOfNorm(ctx.view, e.norm)) }),
    keys: [`question:${form}:${iris.join(' ')}`, textKey(user)],
    form,
    user,
    assistant,
  };
}

/** Summaries of every clause and every section that states norms. */
export function summaries(ctx: Ctx, phrasings = 2): SftItem[] {
  const view = ctx.view;
  const byClause = new Map<string, NormEntry[]>();
  const bySection = new Map<string, NormEntry[]>();
  for (const e of view.norms) {
    if (e.norm.dutyOf) continue;
    if (e.clause) (byClause.get(e.clause.iri) ?? byClause.set(e.clause.iri, []).get(e.clause.iri)!).push(e);
    if (e.section) (bySection.get(e.section.iri) ?? bySection.set(e.section.iri, []).get(e.section.iri)!).push(e);
  }
  const out: SftItem[] = [];
  for (const [iri, entries] of [...byClause].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const first = entries[0]!;
    const cite = wording(view, first).cite;
    const rng = rngFor(view.seed, 'summary ' + iri);
    const where = citeShort(cite);
    const templates = [`Summarise ${where}.`, `In a sentence or two, what does ${where} say?`, `Give me the gist of ${where}.`];
    const rules = entries.map((e) => statement(wording(view, e)));
    const answer = `${capitalise(where)} reads: ${quote(first.clause!.text)}. In short: ${rules.join(' ')} Source: ${citeLong(cite)}.`;
    for (const user of sample(rng, templates, phrasings)) out.push(item(ctx, 'summary-clause', user, answer, entries));
  }
  for (const [iri, entries] of [...bySection].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const cite = wording(view, entries[0]!).cite;
    if (!cite.section) continue;
    const rng = rngFor(view.seed, 'summary ' + iri);
    const where = `${cite.section} of ${docName(cite.title)}`;
    const templates = [`Summarise ${where}.`, `What rules does ${where} set?`, `Give me an overview of ${where}.`];
    const shown = entries.slice(0, MAX_RULES_PER_SUMMARY);
    const lines = shown.map((e) => {
      const w = wording(view, e);
      return `${w.cite.part ? capitalise(w.cite.part) + ': ' : ''}${statement(w)}`;
    });
    const more = entries.length > shown.length ? ` It sets ${entries.length - shown.length} more rules.` : '';
    const answer = `${capitalise(where)} sets ${entries.length === 1 ? 'one rule' : `${entries.length} rules`}. ${lines.join(' ')}${more} Source: ${cite.title}, ${cite.section} (${entries[0]!.norm.span.file}).`;
    for (const user of sample(rng, templates, phrasings)) out.push(item(ctx, 'summary-section', user, answer, shown));
  }
  return out;
}
