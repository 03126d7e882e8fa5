/**
 * Answers that state the decision, the reason, the conditions and exceptions, the precedence that decided,
 * and the source — rendered from the reasoner's evaluation of a situation (never from the template that
 * asked), and the wrong answers preference data contrasts them with.
 */
import type { Conflict, Evaluation, NormCitation } from '../../ir/index.js';
import { ODRL, REGC } from '../../vocab/index.js';
import type { FactCatalogue } from './facts.js';
import type { ErrorKind, Label } from './records.js';
import { capitalise, decapitalise, listJoin, quote, toThirdPerson } from './phrase.js';
import { pick } from './random.js';
import type { FramerView, NormEntry } from './view.js';
import { citeShort, docName, ruleClause, sourceRef, wording } from './wording.js';

export type Mode = 'may' | 'must';

/** Missing facts and candidate rules an answer lists at most. */
export const MAX_LISTED = 3;

export interface AnswerInput {
  evaluation: Evaluation;
  /** The act asked about, second person base form: "accept the gift". */
  act: string;
  mode: Mode;
  /** Norms whose exception is what keeps them from applying here. */
  excepted?: NormEntry[];
}

/** The compliance label of performing (or leaving undone) the act, from the evaluation. Null for unresolved
 * conflicts, which no label can teach. */
export function labelOf(e: Evaluation, performed: boolean): Label | null {
  if (e.status === 'conflict') return null;
  if (e.status === 'needs-more-information') {
    if (performed) return 'needs-more-information';
    const open = [...e.undetermined, ...e.applicable];
    return open.some((n) => n.kind === 'obligation') ? 'needs-more-information' : 'compliant';
  }
  if (performed) return e.status === 'prohibited' ? 'non-compliant' : 'compliant';
  return e.status === 'obligatory' ? 'non-compliant' : 'compliant';
}

const advisory = (c: NormCitation | null) => c?.strength === 'advisory';

/** The first sentence: the decision. */
function verdict(a: AnswerInput, rng: () => number, need: boolean): string {
  const e = a.evaluation;
  const act = a.act;
  const should = advisory(e.deciding);
  switch (e.status) {
    case 'prohibited':
      if (should) return `You should not ${act}: the rules advise against it.`;
      return a.mode === 'may'
        ? pick(rng, [`No. You must not ${act}.`, `No, that is not allowed: you must not ${act}.`])
        : `No. On the contrary, you must not ${act}.`;
    case 'obligatory':
      if (should) return `You should ${act}; the rule is a recommendation rather than a strict requirement.`;
      return a.mode === 'may'
        ? pick(rng, [`Yes. In fact, you are required to ${act}.`, `Yes, and more than that: you must ${act}.`])
        : pick(rng, [`Yes, you must ${act}.`, `Yes. You are required to ${act}.`]);
    case 'permitted':
      if (a.mode === 'must') return need ? `No, you need not ${act}.` : `No, you are not required to ${act}, but you may.`;
      return pick(rng, [`Yes, you may ${act}.`, `Yes, that is allowed: you may ${act}.`]);
    case 'not-regulated':
      return a.mode === 'may'
        ? `Nothing in the rules forbids it: no rule covers this situation, so you may ${act} as far as these rules go.`
        : `No rule requires you to ${act} in this situation.`;
    case 'needs-more-information':
      return pick(rng, ['That depends on facts you have not told me yet.', 'I cannot say yet: the answer turns on facts you have not given.']);
    case 'conflict':
      return 'The rules that apply here contradict each other and no rule of precedence decides between them.';
  }
}

/** What the answer needs to know about a missing fact, as a question to the user. */
export function missingQuestion(view: FramerView, facts: FactCatalogue, lo: string, target?: string): string {
  if (lo === ODRL.target) return 'what exactly the act concerns';
  if (lo === REGC.monetaryValue) return target ? `what the ${view.label(target)} is worth` : 'what amount is involved';
  if (lo === ODRL.dateTime) return 'when it happens';
  const spec = facts.get(lo);
  if (spec?.statement?.clause) {
    const t = toThirdPerson(spec.statement.text).replace(/\bthey\b/g, 'you').replace(/\btheir\b/g, 'your');
    return `whether ${t.replace(/[.;,]$/, '')}`;
  }
  if (spec?.statement) return `whether it involves ${spec.statement.text.replace(/^(through|via|by|with|in|into|for|of)\s+/i, '')}`;
  if (/^(https?|urn):/.test(lo)) return `whether ${decapitalise(view.label(lo))} applies`;
  return `whether ${lo.replace(/[.;,]$/, '')}`; // an unformalised condition text
}

/** Why the winner of a conflict prevails, in words. */
export function reasonText(view: FramerView, c: Conflict): string {
  const r = c.resolution;
  if (!r) return 'no principle of precedence decides between them';
  const w = view.byIri.get(r.winner);
  const d = view.byIri.get(r.defeated);
  const title = (e: NormEntry | undefined) => docName(e?.doc?.meta.title ?? 'other document');
  switch (r.principle) {
    case 'explicit': {
      const own = w?.norm.overrides.find((o) => o.kind === 'notwithstanding');
      if (own) return `the rule says so explicitly (${quote(own.text)})`;
      const yielded = d?.norm.overrides.find((o) => o.kind === 'subject-to' || o.kind === 'except-as-provided');
      if (yielded) return `the other rule is expressly made subject to it (${quote(yielded.text)})`;
      return 'an explicit override says so';
    }
    case 'lex-superior': {
      const la = w?.authority ? view.authorities.get(w.authority)?.label ?? w.authority : 'higher';
      const lb = d?.authority ? view.authorities.get(d.authority)?.label ?? d.authority : 'lower';
      return `a rule of ${title(w)} (${la}) outranks one of ${title(d)} (${lb})`;
    }
    case 'lex-specialis':
      return 'it is the more specific rule: it covers a narrower set of situations';
    case 'lex-posterior':
      return `it is the later rule: ${title(w)} took effect on ${w?.effective ?? 'a later date'}, ${title(d)} on ${d?.effective ?? 'an earlier date'}`;
    case 'odrl-strategy':
      return `the conflict strategy of the policy (${w?.norm.policy?.conflict ?? d?.norm.policy?.conflict ?? 'its own'}) decides`;
  }
}

/** "Section 3.1 Value Limits, paragraph (1) of the Global Business Conduct Guidelines (\"...\")". */
const citeOf = (view: FramerView, iri: string): string => {
  const e = view.byIri.get(iri);
  return e ? citeShort(wording(view, e).cite) : iri;
};

const cited = (view: FramerView, iri: string): string => {
  const e = view.byIri.get(iri);
  return e ? `${citeShort(wording(view, e).cite)} (${quote(e.norm.text)})` : iri;
};

/** The full answer to a question about a situation. */
export function answerText(view: FramerView, facts: FactCatalogue, a: AnswerInput, rng: () => number, target?: string): string {
  const e = a.evaluation;
  const decidingEntry = e.deciding ? view.byIri.get(e.deciding.iri) : undefined;
  const need = decidingEntry ? wording(view, decidingEntry).omissive : false;
  const out: string[] = [verdict(a, rng, need)];
  if (decidingEntry) {
    const w = wording(view, decidingEntry);
    out.push(pick(rng, [
      `This follows from ${citeShort(w.cite)}: ${quote(decidingEntry.norm.text)}`,
      `The rule that decides it is ${citeShort(w.cite)}: ${quote(decidingEntry.norm.text)}`,
      `${capitalise(citeShort(w.cite))} says: ${quote(decidingEntry.norm.text)}`,
    ]) + '.');
    if (w.conditions.length || w.modifiers.length) out.push(`It applies here because its conditions are met (${listJoin([...w.modifiers, ...w.conditions])}).`);
    if (w.exceptions.length) out.push(`Its exception (${listJoin(w.exceptions, 'or')}) does not apply.`);
  }
  for (const s of e.chain) {
    const c = view.conflicts.find((x) => x.id === s.conflict);
    const who = s.winner === e.deciding?.iri ? 'It' : capitalise(citeOf(view, s.winner));
    out.push(`${who} takes precedence over ${cited(view, s.defeated)}, because ${c ? reasonText(view, c) : s.explanation}.`);
  }
  for (const x of a.excepted ?? []) {
    const w = wording(view, x);
    out.push(`${capitalise(citeShort(w.cite))} does not apply, because its exception holds (${listJoin(w.exceptions, 'or')}).`);
  }
  if (e.status === 'needs-more-information') {
    const asks = [...new Set(e.missing.map((m) => missingQuestion(view, facts, m, target)))];
    out.push(`Please tell me ${listJoin(asks.slice(0, MAX_LISTED))}${asks.length > MAX_LISTED ? ', among other things' : ''}.`);
    const rules = e.undetermined.map((u) => cited(view, u.iri));
    out.push(rules.length === 1 ? `The rule that may apply is ${rules[0]}.` : `The rules that may apply include ${listJoin(rules.slice(0, MAX_LISTED))}${rules.length > MAX_LISTED ? ` and ${rules.length - MAX_LISTED} more` : ''}.`);
  }
  if (e.status === 'not-regulated' && e.applicable.length === 0) out.push('None of the rules binds you in this situation.');
  const sources = e.deciding ? [e.deciding.iri] : e.undetermined.slice(0, MAX_LISTED).map((u) => u.iri);
  const lines = sources.map((iri) => view.byIri.get(iri)).filter((x): x is NormEntry => !!x).map((x) => sourceRef(wording(view, x).cite));
  if (lines.length) out.push(`Source: ${lines.join('; ')}.`);
  return out.join(' ');
}

/** A plausible wrong answer of the given kind, or undefined when the kind does not fit the situation. */
export function wrongAnswer(view: FramerView, a: AnswerInput, label: Label, kind: ErrorKind, rng: () => number): string | undefined {
  const e = a.evaluation;
  switch (kind) {
    case 'ignores-rule':
      if (label !== 'non-compliant') return undefined;
      return e.status === 'prohibited'
        ? pick(rng, [`Yes, go ahead and ${a.act}. Nothing in the rules stops you.`, `Yes, you may ${a.act}; there is no rule against it.`])
        : pick(rng, [`No, you do not need to ${a.act}. It is up to you.`, `No, nothing requires you to ${a.act}.`]);
    case 'applies-overridden-rule': {
      const step = e.chain.find((s) => view.byIri.get(s.defeated));
      if (!step) return undefined;
      const d = view.byIri.get(step.defeated)!;
      const w = wording(view, d);
      const head = d.norm.kind === 'prohibition' ? `No. You must not ${a.act}.` : d.norm.kind === 'obligation' ? `Yes, you must ${a.act}.` : `Yes, you may ${a.act}.`;
      if (sameVerdict(e.status, d.norm.kind)) return undefined;
      return `${head} ${capitalise(citeShort(w.cite))} says: ${quote(d.norm.text)}. Source: ${sourceRef(w.cite)}.`;
    }
    case 'misses-exception': {
      const x = a.excepted?.[0];
      if (!x) return undefined;
      const w = wording(view, x);
      if (sameVerdict(e.status, x.norm.kind)) return undefined;
      const head = x.norm.kind === 'prohibition' ? `No. You must not ${a.act}.` : x.norm.kind === 'obligation' ? `Yes, you must ${a.act}.` : `Yes, you may ${a.act}.`;
      return `${head} ${capitalise(ruleClause(w))}, as ${citeShort(w.cite)} says. Source: ${sourceRef(w.cite)}.`;
    }
    case 'over-refuses':
      if (label !== 'compliant' || a.mode !== 'may' || (e.status !== 'permitted' && e.status !== 'not-regulated')) return undefined;
      return pick(rng, [
        `No. I would not ${a.act}: it could breach the rules, so it is better not to.`,
        `I can't approve that. To be safe, do not ${a.act}.`,
        `No, you should not ${a.act}. When in doubt, the safest course is to refuse.`,
      ]);
    case 'guesses-missing-fact': {
      if (e.status !== 'needs-more-information') return undefined;
      const mayBeForbidden = e.undetermined.some((u) => u.kind === 'prohibition');
      return mayBeForbidden
        ? `Yes, you may ${a.act}; that is fine.`
        : a.mode === 'must' ? `No, you do not need to ${a.act}.` : `No, you must not ${a.act}.`;
    }
  }
}

function sameVerdict(status: Evaluation['status'], kind: NormCitation['kind']): boolean {
  return (status === 'prohibited' && kind === 'prohibition') || (status === 'obligatory' && kind === 'obligation') || (status === 'permitted' && kind === 'permission');
}
