/**
 * Instruction data per norm: questions in several forms — may I, must I, what happens if, who is responsible,
 * what are the exceptions, when does it apply, where is it written, what does it say — and per conflict, which
 * rule prevails. Several phrasings per form, chosen with the compile's seed. Answers to questions about acts
 * come from the reasoner's evaluation; answers about the rule itself from the graph (its text, conditions,
 * exceptions, the conflicts it wins or loses).
 */
import type { Conflict, Situation } from '../../ir/index.js';
import { evaluate } from '../../reasoner/evaluate.js';
import type { Ctx } from './context.js';
import { answerText, labelOf, reasonText } from './answers.js';
import type { Form, SftItem } from './records.js';
import { provenance, textKey } from './records.js';
import { capitalise, gerund, listJoin, quote, withDefinite } from './phrase.js';
import { recordId, rngFor, sample } from './random.js';
import { appliesAssignment, situationKey } from './situations.js';
import type { NormEntry } from './view.js';
import { conceptsOfNorm } from './view.js';
import type { Wording } from './wording.js';
import { actPhrase, citeLong, citeShort, roleMany, ruleClause, sourceRef, statement, wording } from './wording.js';

/** Phrasings chosen per form (fewer when the corpus is large, see `Limits.questionBudget`). */
export const PHRASINGS_PER_FORM = 2;

/** Phrasings per form under a budget of conversations about `norms` norms (7 forms each). */
export const phrasingsFor = (budget: number, norms: number): number => Math.max(1, Math.min(PHRASINGS_PER_FORM, Math.floor(budget / Math.max(1, norms * 7))));

type Template = (w: Wording) => string;

const me = (w: Wording) => (w.bearerIsUnit ? `I work in ${withDefinite(w.bearerMany)}.` : `I am ${w.bearerOne}.`);
const act = (w: Wording) => actPhrase(w, { modifiers: false });
const asMe = (s: string) => s.replace(/\bthemselves\b/g, 'myself').replace(/\btheir\b/g, 'my');

const MAY: Template[] = [
  (w) => `${me(w)} May I ${asMe(act(w))}?`,
  (w) => `${me(w)} Am I allowed to ${asMe(act(w))}?`,
  (w) => `As ${w.bearerIsUnit ? 'part of ' + withDefinite(w.bearerMany) : w.bearerOne}, can I ${asMe(act(w))}?`,
  (w) => `${me(w)} Is it OK for me to ${asMe(act(w))}?`,
];
const MUST: Template[] = [
  (w) => `${me(w)} Do I have to ${asMe(act(w))}?`,
  (w) => `${me(w)} Am I required to ${asMe(act(w))}?`,
  (w) => `As ${w.bearerIsUnit ? 'part of ' + withDefinite(w.bearerMany) : w.bearerOne}, must I ${asMe(act(w))}?`,
  (w) => `${me(w)} Is it mandatory for me to ${asMe(act(w))}?`,
];
const WHO: Template[] = [
  (w) => `Who ${w.modal === 'must' ? 'has to' : w.modal} ${act(w)}?`,
  (w) => `To whom does ${citeShort(w.cite)} apply?`,
  (w) => `Which people does the rule on ${gerund(act(w))} bind?`,
  (w) => (w.entry.norm.kind === 'obligation' ? `Who is responsible for ${gerund(act(w))}?` : `Who is the rule on ${gerund(act(w))} addressed to?`),
];
const EXCEPTIONS: Template[] = [
  (w) => `Are there exceptions to the rule that ${ruleClause({ ...w, exceptions: [] })}?`,
  (w) => `When does ${citeShort(w.cite)} not apply?`,
  (w) => `Is there any exception to ${citeShort(w.cite)}?`,
];
const CONDITIONS: Template[] = [
  (w) => `When does ${citeShort(w.cite)} apply?`,
  (w) => `Under what conditions does the rule on ${gerund(act(w))} apply?`,
  (w) => `In which situations does the rule that ${w.bearerMany} ${w.modal} ${act(w)} apply?`,
];
const SOURCE: Template[] = [
  (w) => `Where is it written that ${ruleClause(w)}?`,
  (w) => `Which rule says that ${ruleClause(w)}?`,
  (w) => `Which document and section cover ${gerund(act(w))} by ${w.bearerMany}?`,
];
const RULE: Template[] = [
  (w) => `Explain the rule in ${citeShort(w.cite)}.`,
  (w) => `What does the rule in ${citeShort(w.cite)} require?`,
  (w) => `What is the rule on ${gerund(act(w))} for ${w.bearerMany}?`,
];

function item(ctx: Ctx, form: Form, user: string, assistant: string, seeds: string[], norms: string[], extra: { conflicts?: string[]; concepts?: string[]; situation?: string } = {}): SftItem {
  // phrasings of one question about one norm (or conflict) stay on one side of the split
  const keys = [`question:${form}:${[...new Set(seeds)].sort().join(' ')}`, textKey(user)];
  if (extra.situation) keys.unshift('situation:' + extra.situation);
  return {
    id: recordId('sft', form, user),
    seeds: [...new Set(seeds)].sort(),
    provenance: provenance(ctx.view, norms, extra),
    keys,
    form,
    user,
    assistant,
  };
}

/** Where this norm wins or loses against another, in words. */
export function precedenceNotes(ctx: Ctx, e: NormEntry): string[] {
  const out: string[] = [];
  for (const c of e.conflicts) {
    const r = c.resolution;
    const other = c.norms.find((n) => n !== e.norm.iri);
    const o = other ? ctx.view.byIri.get(other) : undefined;
    if (!o) continue;
    const ow = wording(ctx.view, o);
    if (!r) out.push(`Where it collides with ${citeShort(ow.cite)} (${quote(o.norm.text)}), no principle of precedence decides between them.`);
    else if (r.winner === e.norm.iri) out.push(`Where it collides with ${citeShort(ow.cite)}, it prevails, because ${reasonText(ctx.view, c)}.`);
    else out.push(`Where it collides with ${citeShort(ow.cite)} (${quote(o.norm.text)}), that rule prevails, because ${reasonText(ctx.view, c)}.`);
  }
  return out;
}

/** The questions about one norm. */
export function normQuestions(ctx: Ctx, e: NormEntry, phrasings = PHRASINGS_PER_FORM): SftItem[] {
  const view = ctx.view;
  const w = wording(view, e);
  const n = e.norm;
  const rng = rngFor(view.seed, 'questions ' + n.iri);
  const concepts = conceptsOfNorm(view, n);
  const src = `Source: ${sourceRef(w.cite)}.`;
  const out: SftItem[] = [];
  const choose = (ts: Template[]) => sample(rng, ts, phrasings);
  const notes = precedenceNotes(ctx, e);
  const conflicts = e.conflicts.map((c) => c.id);

  // may I / must I: the bearer asks with no facts stated; the reasoner decides (often: it depends)
  const situation: Situation = { actor: [e.scoped.bearer], action: e.scoped.action, facts: {} };
  if (e.scoped.target !== undefined) situation.target = e.scoped.target;
  const mode = n.kind === 'obligation' || w.omissive ? 'must' : 'may';
  const general = evaluate(situation, view.reasoned);
  if (labelOf(general, mode === 'may')) {
    for (const t of choose(mode === 'must' ? MUST : MAY)) {
      const user = t(w);
      const answer = answerText(view, ctx.facts, { evaluation: general, act: toYou(act(w)), mode }, rngFor(view.seed, user), e.scoped.target);
      const norms = [n.iri, ...(general.deciding ? [general.deciding.iri] : []), ...general.undetermined.map((x) => x.iri), ...general.defeated.map((x) => x.iri)];
      out.push(item(ctx, mode, user, answer, [n.iri], norms, { concepts, conflicts: general.chain.map((s) => s.conflict), situation: situationKey(situation) }));
    }
  }

  // what happens if: the norm's conditions hold, its exceptions do not
  const applying = appliesAssignment(ctx, e);
  const s2: Situation = { actor: [e.scoped.bearer], action: e.scoped.action, facts: {} };
  if (e.scoped.target !== undefined) s2.target = e.scoped.target;
  const units: Record<string, string> = {};
  for (const [lo, fv] of applying) {
    if (!fv) continue;
    s2.facts[lo] = fv.values;
    if (fv.unit) units[lo] = fv.unit;
  }
  if (Object.keys(units).length) s2.units = units;
  const performed = !(n.kind === 'obligation' || w.omissive);
  const ev = evaluate(s2, view.reasoned);
  const label = labelOf(ev, performed);
  if (label) {
    const facts = [...applying].filter(([, fv]) => fv).map(([lo, fv]) => ctx.facts.phrase(lo, fv!, 'first', e.scoped.target));
    const q = performed
      ? [`What happens if I ${asMe(act(w))}?`, `What if I go ahead and ${asMe(act(w))}?`]
      : [`What happens if I do not ${asMe(act(w))}?`, `What if I don't ${asMe(act(w))}?`];
    const lead = label === 'non-compliant' ? 'You would be in breach of the rules.' : label === 'compliant' ? 'You would be acting within the rules.' : '';
    for (const ask of sample(rng, q, phrasings)) {
      const user = [me(w), ...facts, ask].join(' ');
      const answer = answerText(view, ctx.facts, { evaluation: ev, act: toYou(act(w)), mode: performed ? 'may' : 'must' }, rngFor(view.seed, user), e.scoped.target);
      const norms = [n.iri, ...(ev.deciding ? [ev.deciding.iri] : []), ...ev.undetermined.map((x) => x.iri), ...ev.defeated.map((x) => x.iri)];
      out.push(item(ctx, 'what-if', user, [lead, answer].filter(Boolean).join(' '), [n.iri], norms, { concepts, conflicts: ev.chain.map((s) => s.conflict), situation: situationKey(s2) }));
    }
  }

  // who
  const narrower = narrowerRoles(ctx, e);
  for (const t of choose(WHO)) {
    const parts = [`${capitalise(w.bearerMany)}. ${capitalise(citeShort(w.cite))} says: ${quote(n.text)}.`];
    if (narrower.length) parts.push(`That includes ${listJoin(narrower)}, since they are ${w.bearerMany} too.`);
    if (w.conditions.length) parts.push(`It binds them ${listJoin(w.conditions)}.`);
    parts.push(src);
    out.push(item(ctx, 'who', t(w), parts.join(' '), [n.iri], [n.iri], { concepts }));
  }

  // exceptions
  for (const t of choose(EXCEPTIONS)) {
    const parts = [w.exceptions.length
      ? `Yes. ${statement({ ...w, exceptions: [] })} The rule does not apply ${listJoin(w.exceptions, 'or')}.`
      : `The rule states no exception of its own: ${quote(n.text)}.`];
    if (w.conditions.length) parts.push(`It applies only ${listJoin(w.conditions)}.`);
    parts.push(...notes, src);
    out.push(item(ctx, 'exceptions', t(w), parts.join(' '), [n.iri], [n.iri, ...conflictPartners(e)], { concepts, conflicts }));
  }

  // conditions
  for (const t of choose(CONDITIONS)) {
    const when = [...w.modifiers, ...w.conditions];
    const parts = [when.length
      ? `${capitalise(citeShort(w.cite))} applies ${listJoin(when.map((c) => (/^(if|when|while|where|before|after|only if|in case|provided that)\b/.test(c) ? c : `to anything ${c}`)))}.`
      : `${capitalise(citeShort(w.cite))} states no condition: it applies whenever ${w.bearerMany} ${act(w)}.`];
    if (w.exceptions.length) parts.push(`It does not apply ${listJoin(w.exceptions, 'or')}.`);
    parts.push(`The text: ${quote(n.text)}.`, src);
    out.push(item(ctx, 'conditions', t(w), parts.join(' '), [n.iri], [n.iri], { concepts }));
  }

  // source
  for (const t of choose(SOURCE)) {
    out.push(item(ctx, 'source', t(w), `${capitalise(citeLong(w.cite))}: ${quote(n.text)}. It is in ${n.span.file}, line ${n.span.line}.`, [n.iri], [n.iri], { concepts }));
  }

  // the rule itself
  for (const t of choose(RULE)) {
    const parts = [statement(w)];
    if (n.strength === 'advisory') parts.push('It is a recommendation ("should"), not a strict requirement.');
    parts.push(`In the words of the source: ${quote(n.text)}.`, ...notes, src);
    out.push(item(ctx, 'rule', t(w), parts.join(' '), [n.iri], [n.iri, ...conflictPartners(e)], { concepts, conflicts }));
  }
  return out;
}

/** Questions about a conflict: which rule prevails, and why. */
export function conflictQuestions(ctx: Ctx, c: Conflict, phrasings = PHRASINGS_PER_FORM): SftItem[] {
  const view = ctx.view;
  const [a, b] = c.norms.map((n) => view.byIri.get(n));
  if (!a || !b) return [];
  const [wa, wb] = [wording(view, a), wording(view, b)];
  const rng = rngFor(view.seed, 'conflict ' + c.id);
  const templates: ((x: Wording, y: Wording) => string)[] = [
    (x, y) => `How do ${citeShort(x.cite)} and ${citeShort(y.cite)} fit together?`,
    (x, y) => `${capitalise(citeShort(x.cite))} says ${quote(x.entry.norm.text)}, but ${citeShort(y.cite)} says ${quote(y.entry.norm.text)}. Which rule prevails?`,
    (x, y) => `Which takes precedence: ${citeShort(x.cite)} or ${citeShort(y.cite)}?`,
    (x, y) => `Do ${citeShort(x.cite)} and ${citeShort(y.cite)} contradict each other?`,
  ];
  const r = c.resolution;
  const winner = r ? view.byIri.get(r.winner) : undefined;
  const defeated = r ? view.byIri.get(r.defeated) : undefined;
  const scope = c.status === 'definite' ? 'They collide in every situation the narrower one covers.' : 'They collide only in some situations.';
  const answer = winner && defeated
    ? `${capitalise(citeShort(wording(view, winner).cite))} prevails over ${citeShort(wording(view, defeated).cite)}, because ${reasonText(view, c)}. ${scope} Where both apply, ${ruleClause(wording(view, winner))}. Sources: ${citeLong(wording(view, winner).cite)}; ${citeLong(wording(view, defeated).cite)}.`
    : `They collide, and no principle of precedence decides between them, so the question should go to the people responsible for these rules. ${scope} Sources: ${citeLong(wa.cite)}; ${citeLong(wb.cite)}.`;
  const concepts = [...conceptsOfNorm(view, a.norm), ...conceptsOfNorm(view, b.norm)];
  return sample(rng, templates, phrasings + 1).map((t, i) => {
    const [x, y] = i % 2 === 0 ? [wa, wb] : [wb, wa];
    return item(ctx, 'conflict', t(x, y), answer, [...c.norms], [...c.norms], { conflicts: [c.id], concepts });
  });
}

function narrowerRoles(ctx: Ctx, e: NormEntry): string[] {
  const b = e.scoped.bearer;
  if (!ctx.view.concepts.has(b)) return [];
  const h = ctx.view.reasoned.hierarchies.role;
  return [...h.descendants(b)].filter((x) => x !== b && ctx.view.concepts.get(x)?.scheme === 'role').sort().slice(0, 4).map((x) => roleMany(ctx.view, x));
}

const conflictPartners = (e: NormEntry): string[] => e.conflicts.flatMap((c) => [...c.norms]);
const toYou = (s: string) => s.replace(/\bthemselves\b/g, 'yourself').replace(/\btheir\b/g, 'your');

