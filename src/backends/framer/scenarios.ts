/**
 * Scenario data: each drafted situation evaluated by the reasoner (`evaluate`), labelled compliant,
 * non-compliant or needs-more-information from that evaluation and whether the act is performed — never from
 * the template — tagged (exception applies, precedence decides, a fact is missing, …), told as a narrative,
 * and asked about in the first person, which gives the instruction conversation of the scenario.
 */
import type { Evaluation, NormCitation, Situation, Value } from '../../ir/index.js';
import { applies, evaluate } from '../../reasoner/evaluate.js';
import type { Ctx } from './context.js';
import { answerText, labelOf } from './answers.js';
import type { AnswerInput } from './answers.js';
import type { Label, ScenarioItem, SftItem, SituationJson } from './records.js';
import { provenance, textKey } from './records.js';
import { capitalise, isProper, listJoin, thirdPerson, withArticle, withDefinite } from './phrase.js';
import { pick, recordId, rngFor } from './random.js';
import type { Draft, Limits } from './situations.js';
import { DEFAULT_LIMITS, draftsForConflict, draftsForNorm, situationKey } from './situations.js';
import type { NormEntry } from './view.js';
import { conceptsOfNorm } from './view.js';
import { targetPhrase, verbOf } from './wording.js';

export interface Judged {
  draft: Draft;
  key: string;
  evaluation: Evaluation;
  label: Label;
  /** Norms kept from applying by an exception that holds. */
  excepted: NormEntry[];
  tags: string[];
}

const NAMES = ['Alex', 'Sam', 'Robin', 'Kim', 'Jordan', 'Taylor', 'Morgan', 'Casey', 'Jamie', 'Riley', 'Avery', 'Quinn',
  'Charlie', 'Drew', 'Emery', 'Frankie', 'Harper', 'Jesse', 'Kai', 'Lee', 'Noa', 'Parker', 'Reese', 'Sasha'];

/** Evaluates a draft and labels it; null when the norms conflict unresolved (no label can teach that). */
export function judge(ctx: Ctx, draft: Draft): Judged | null {
  const r = ctx.view.reasoned;
  const evaluation = interned(ctx, evaluate(draft.situation, r));
  const label = labelOf(evaluation, draft.performed);
  if (!label) return null;
  const excepted: NormEntry[] = [];
  for (const action of r.hierarchies.action.ancestors(draft.situation.action)) {
    for (const s of r.byAction.get(action) ?? []) {
      if (!s.applies.none.length && !s.context.none.length) continue;
      if (applies(s, draft.situation, r).value !== 'false') continue;
      const without = { ...s, applies: { ...s.applies, none: [] }, context: { ...s.context, none: [] } };
      if (applies(without, draft.situation, r).value === 'true') excepted.push(ctx.view.byIri.get(s.norm.iri)!);
    }
  }
  excepted.sort((a, b) => (a.norm.iri < b.norm.iri ? -1 : 1));
  const involved = new Set([...evaluation.applicable, ...evaluation.undetermined].map((n) => n.iri));
  for (const x of excepted) involved.add(x.norm.iri);
  const tags: string[] = [];
  const docOf = (iri: string) => ctx.view.byIri.get(iri)?.norm.document;
  if (excepted.length) tags.push('exception-applies');
  if (evaluation.chain.length) tags.push('precedence');
  if (evaluation.chain.some((s) => docOf(s.winner) !== docOf(s.defeated))) tags.push('precedence-between-documents');
  if (evaluation.status === 'needs-more-information') tags.push('missing-fact');
  if (draft.seeds.some((s) => !involved.has(s))) tags.push('not-applicable');
  if (!draft.performed) tags.push('omission');
  if (draft.distractors.length) tags.push('distractor');
  if (evaluation.deciding?.strength === 'advisory') tags.push('advisory');
  return { draft, key: situationKey(draft.situation), evaluation, label, excepted, tags: tags.sort() };
}

const citations = new WeakMap<Ctx, Map<string, NormCitation>>();

/** The evaluation with one shared citation object per norm (thousands of evaluations cite the same norms). */
function interned(ctx: Ctx, e: Evaluation): Evaluation {
  let cache = citations.get(ctx);
  if (!cache) citations.set(ctx, (cache = new Map()));
  const one = (c: NormCitation): NormCitation => {
    const hit = cache!.get(c.iri);
    if (hit) return hit;
    cache!.set(c.iri, c);
    return c;
  };
  e.applicable = e.applicable.map(one);
  e.undetermined = e.undetermined.map(one);
  e.defeated = e.defeated.map(one);
  if (e.deciding) e.deciding = one(e.deciding);
  return e;
}

/** Drafts for every norm and every conflict, evaluated, one per situation and performance. */
export function judgeAll(ctx: Ctx, limits: Limits = DEFAULT_LIMITS): Judged[] {
  const out = new Map<string, Judged>();
  const take = (d: Draft): Judged | null => {
    const k = situationKey(d.situation) + (d.performed ? '+' : '-');
    const prior = out.get(k);
    if (prior) {
      prior.draft.seeds = [...new Set([...prior.draft.seeds, ...d.seeds])].sort();
      return prior;
    }
    const j = judge(ctx, d);
    if (j) out.set(k, j);
    return j;
  };
  for (const e of ctx.view.norms) for (const d of draftsForNorm(ctx, e, limits)) take(d);
  for (const c of ctx.view.conflicts) {
    const [a, b] = c.norms.map((n) => ctx.view.byIri.get(n));
    if (!a || !b) continue;
    let kept = 0;
    for (const d of draftsForConflict(ctx, a, b, limits)) {
      if (kept >= limits.perConflict) break;
      const both = (j: Judged) => c.norms.every((n) => j.evaluation.applicable.some((x) => x.iri === n));
      const k = situationKey(d.situation) + (d.performed ? '+' : '-');
      if (out.has(k)) {
        if (both(out.get(k)!)) kept++;
        continue;
      }
      const j = judge(ctx, d);
      if (j && both(j)) {
        out.set(k, j);
        kept++;
      }
    }
  }
  return [...out.values()];
}

/** The situation as a `regc evaluate` file states it. */
export function situationJson(s: Situation): SituationJson {
  const term = (k: string) => (k.startsWith('text:') ? k.slice(5) : k);
  const actors = s.actor.map(term);
  const out: SituationJson = { actor: actors.length === 1 ? actors[0]! : actors, action: term(s.action), facts: {} };
  if (s.target !== undefined) out.target = term(s.target);
  for (const lo of Object.keys(s.facts).sort()) {
    const vs = s.facts[lo]!;
    const unit = s.units?.[lo];
    const one = (v: Value) => v.kind === 'boolean' ? v.value : v.kind === 'number' ? v.value : v.kind === 'date' || v.kind === 'dateTime' ? v.value : { kind: v.kind, value: v.value };
    if (vs.length === 1 && unit && vs[0]!.kind === 'number') out.facts[lo] = { value: vs[0]!.value as number, unit };
    else if (vs.length === 1) out.facts[lo] = one(vs[0]!) as SituationJson['facts'][string];
    else out.facts[lo] = vs;
  }
  return out;
}

interface Told {
  narrative: string;
  question: string;
  /** The act in the second person, for the answer ("accept the gift"). */
  act: string;
}

/** The narrative (third person) and the question (first person) of a judged situation. */
export function tell(ctx: Ctx, j: Judged): Told {
  const view = ctx.view;
  const s = j.draft.situation;
  const rng = rngFor(view.seed, 'tell ' + j.key + (j.draft.performed ? '+' : '-'));
  const seed = view.byIri.get(j.draft.seeds[0]!)!;
  const roles = s.actor.map((a) => view.label(a));
  const unit = roles.length === 1 && isProper(roles[0]!);
  const name = unit ? capitalise(withDefinite(roles[0]!)) : pick(rng, NAMES);
  const verb = verbOf(view, seed.norm, s.action);
  const unstated = s.target === undefined && seed.scoped.target !== undefined && s.action === seed.scoped.action;
  const tOne = s.target !== undefined ? targetPhrase(view, s.target, seed.norm, 'one') : unstated ? 'something' : '';
  const tThe = s.target !== undefined ? targetPhrase(view, s.target, seed.norm, 'the') : unstated ? 'it' : '';
  const act = [verb, tOne].filter(Boolean).join(' ');
  const third = j.draft.order.map((lo) => ctx.facts.phrase(lo, { values: s.facts[lo]!, ...(s.units?.[lo] ? { unit: s.units[lo]! } : {}) }, 'third', s.target));
  const first = j.draft.order.map((lo) => ctx.facts.phrase(lo, { values: s.facts[lo]!, ...(s.units?.[lo] ? { unit: s.units[lo]! } : {}) }, 'first', s.target));
  const intro = unit ? '' : `${name} is ${listJoin(roles.map(withArticle))}.`;
  const actLine = j.draft.performed
    ? pick(rng, [`${name} ${thirdPerson(act)}.`, `${name} decides to ${act}.`])
    : pick(rng, [`${name} does not ${act}.`, `${name} decides not to ${act}.`]);
  const note = unstated ? ' What exactly is not said.' : '';
  const narrative = [intro, actLine + note, ...third].filter(Boolean).join(' ');
  const me = unit ? `I work in ${withDefinite(roles[0]!)}.` : `I am ${listJoin(roles.map(withArticle))}.`;
  const want = j.draft.performed ? `I want to ${toMe(act)}.` : `I would rather not ${toMe(act)}.`;
  const ask = j.draft.performed
    ? pick(rng, ['May I?', 'Am I allowed to do that?', 'Is that allowed?', 'Can I go ahead?'])
    : pick(rng, ['Do I have to?', 'Am I required to?', 'Is that a problem?']);
  const question = [me, want, ...first, ask].join(' ');
  return { narrative, question, act: toYou([verb, tThe].filter(Boolean).join(' ')) };
}

const toMe = (s: string) => s.replace(/\bthemselves\b/g, 'myself').replace(/\btheir\b/g, 'my');
const toYou = (s: string) => s.replace(/\bthemselves\b/g, 'yourself').replace(/\btheir\b/g, 'your');

/** The concepts a judged situation names: roles, action, target, facts and their IRI values. */
function conceptsOf(ctx: Ctx, j: Judged): string[] {
  const s = j.draft.situation;
  const out = [...s.actor, s.action, ...(s.target ? [s.target] : []), ...Object.keys(s.facts)];
  for (const vs of Object.values(s.facts)) for (const v of vs) if (v.kind === 'iri') out.push(v.value);
  const deciding = j.evaluation.deciding ? ctx.view.byIri.get(j.evaluation.deciding.iri) : undefined;
  if (deciding) out.push(...conceptsOfNorm(ctx.view, deciding.norm));
  return out;
}

/** The norms a judged situation rests on. */
export function normsOf(j: Judged): string[] {
  const e = j.evaluation;
  return [...j.draft.seeds, ...(e.deciding ? [e.deciding.iri] : []), ...e.defeated.map((n) => n.iri), ...e.undetermined.map((n) => n.iri), ...j.excepted.map((x) => x.norm.iri)];
}

/** The scenario record and the conversation asking about it. */
export function scenarioRecords(ctx: Ctx, j: Judged): { scenario: ScenarioItem; sft: SftItem; input: AnswerInput } {
  const told = tell(ctx, j);
  const rng = rngFor(ctx.view.seed, 'answer ' + j.key + (j.draft.performed ? '+' : '-'));
  const input: AnswerInput = { evaluation: j.evaluation, act: told.act, mode: j.draft.performed ? 'may' : 'must', excepted: j.excepted };
  const answer = answerText(ctx.view, ctx.facts, input, rng, j.draft.situation.target);
  const prov = provenance(ctx.view, normsOf(j), { conflicts: j.evaluation.chain.map((s) => s.conflict), concepts: conceptsOf(ctx, j) });
  const keys = ['situation:' + j.key, textKey(told.question)];
  const scenario: ScenarioItem = {
    id: recordId('scn', j.key, String(j.draft.performed)),
    seeds: [...j.draft.seeds],
    provenance: prov,
    keys,
    situation: situationJson(j.draft.situation),
    performed: j.draft.performed,
    narrative: told.narrative,
    question: told.question,
    label: j.label,
    evaluation: j.evaluation,
    tags: j.tags,
  };
  const sft: SftItem = {
    id: recordId('sft', 'scenario', told.question),
    seeds: [...j.draft.seeds],
    provenance: prov,
    keys,
    form: 'scenario',
    user: told.question,
    assistant: answer,
  };
  return { scenario, sft, input };
}
