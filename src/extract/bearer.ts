/**
 * Who a norm binds. A named subject becomes the bearer (with its role concept); "you" is the document's
 * reader (the default bearer); pronouns take the previous bearer of the clause or section; passive,
 * impersonal and nominal norms, imperatives and list items take the bearer from context: the lead-in's
 * subject, else the document's default bearer. A passive with a personal or named agent ("… by the
 * assistant", "… by OpenAI") is borne by the agent, except for approval verbs, where the agent's approval is a
 * condition, not a duty.
 */
import type { ConceptRef } from '../ir/index.js';
import type { Token } from './tokens.js';
import type { ConceptIndex } from './concepts.js';
import { coreNp, isPersonLike } from './subject.js';
import { objectEnd } from './predicate.js';

/** A bearer phrase with its role concept, when the ontology has one. */
export function bearerRef(text: string, tokens: readonly Token[], from: number, to: number, concepts: ConceptIndex): ConceptRef {
  const core = coreNp(tokens, from, to);
  const ref: ConceptRef = { text: core.to > core.from ? text.slice(tokens[core.from]!.start, tokens[core.to - 1]!.end) : text.slice(tokens[from]!.start, tokens[to - 1]!.end) };
  const hit = concepts.bestIn(tokens, core.from, core.to, 'role') ?? concepts.bestIn(tokens, from, to, 'role');
  if (hit) ref.concept = hit.concept.iri;
  return ref;
}

/** A bearer named by text alone (a default bearer, "anyone"), matched to a role concept. */
export function bearerFromText(text: string, concepts: ConceptIndex): ConceptRef {
  const ref: ConceptRef = { text };
  const c = concepts.match(text, 'role');
  if (c) ref.concept = c.iri;
  return ref;
}

const APPROVAL_VERBS = new Set(['approve', 'authorise', 'authorize', 'permit', 'clear', 'sanction', 'allow', 'endorse', 'sign', 'confirm', 'pre-approve', 'preapprove']);

/** The agent of a passive ("must not be produced by the assistant"), when it is a person and not an approver. */
export function passiveAgent(text: string, tokens: readonly Token[], verbTo: number, end: number, lemma: string, concepts: ConceptIndex): ConceptRef | undefined {
  if (tokens[verbTo]?.lower !== 'by' || APPROVAL_VERBS.has(lemma.split(' ')[0]!)) return undefined;
  const oe = objectEnd(tokens, verbTo + 1, end);
  if (oe <= verbTo + 1) return undefined;
  if (!isPersonLike(tokens, verbTo + 1, oe, concepts) && !isProperName(tokens, verbTo + 1, oe)) return undefined;
  return bearerRef(text, tokens, verbTo + 1, oe, concepts);
}

/** A name of an organisation or person: capitalised words, no determiner ("OpenAI", "Orbis Legal"). */
function isProperName(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) if (tokens[i]!.kind !== 'word' || !/^\p{Lu}/u.test(tokens[i]!.text)) return false;
  return true;
}

/** A bearer text that names people ("the employee", "users", "we"): it may be the antecedent of a pronoun. */
export const PERSONAL_BEARER = /^(?:the\s+)?(?:employee|staff|member|user|developer|assistant|model|manager|leader|contractor|person|people|we|you)s?\b/i;

const LIST_GLUE = new Set([',', 'and', 'or', 'the', 'a', 'an', 'all', 'any', 'each', 'every', 'our', 'their', 'its', 'both', 'either', 'and/or']);

/** The roles of a coordinated subject ("Users and developers", "employees, contractors and managers"), if it is one. */
export function coordinatedRoles(text: string, tokens: readonly Token[], from: number, to: number, concepts: ConceptIndex): ConceptRef[] | undefined {
  const hits = concepts.scan(tokens, from, to, 'role');
  if (hits.length < 2) return undefined;
  let i = from;
  for (const h of hits) {
    for (; i < h.from; i++) if (!LIST_GLUE.has(tokens[i]!.lower)) return undefined;
    i = h.to;
  }
  for (; i < to; i++) if (!LIST_GLUE.has(tokens[i]!.lower)) return undefined;
  const out: ConceptRef[] = [];
  for (const h of hits) {
    if (out.some((r) => r.concept === h.concept.iri)) continue;
    out.push({ text: text.slice(tokens[h.from]!.start, tokens[h.to - 1]!.end), concept: h.concept.iri });
  }
  return out.length > 1 ? out : undefined;
}

/** The person a thing belongs to, named by a possessive in the noun phrase ("the assistant's responses"). */
export function possessor(text: string, tokens: readonly Token[], from: number, to: number, concepts: ConceptIndex): ConceptRef | undefined {
  for (let i = from; i < to - 1; i++) {
    if (!/['’]s?$/.test(tokens[i]!.text) || tokens[i]!.kind !== 'word') continue;
    if (!isPersonLike(tokens, from, i + 1, concepts)) return undefined;
    const ref = bearerRef(text, tokens, from, i + 1, concepts);
    return { ...ref, text: ref.text.replace(/['’]s?$/, '') };
  }
  return undefined;
}

/**
 * The people of a coordinated subject that the ontology does not know as roles ("Users and developers" with
 * no role for developers): each conjunct a short noun phrase whose head names people.
 */
export function coordinatedPersons(text: string, tokens: readonly Token[], from: number, to: number, concepts: ConceptIndex): ConceptRef[] | undefined {
  const parts: { from: number; to: number }[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && !CONJUNCT_GLUE.has(tokens[i]!.lower)) continue;
    if (i > start) parts.push({ from: start, to: i });
    start = i + 1;
  }
  if (parts.length < 2) return undefined;
  const out: ConceptRef[] = [];
  for (const p of parts) {
    let a = p.from;
    while (a < p.to && LIST_GLUE.has(tokens[a]!.lower)) a++;
    if (a >= p.to || p.to - a > 3 || tokens.slice(a, p.to).some((t) => t.kind !== 'word') || !isPersonLike(tokens, a, p.to, concepts)) return undefined;
    const ref = bearerRef(text, tokens, a, p.to, concepts);
    if (!out.some((r) => r.text.toLowerCase() === ref.text.toLowerCase())) out.push(ref);
  }
  return out.length > 1 ? out : undefined;
}
const CONJUNCT_GLUE = new Set([',', 'and', 'or', 'and/or']);

/** The first person or role named as a noun phrase earlier in the sentence ("If the assistant …, it must …"). */
export function mentionedBefore(text: string, tokens: readonly Token[], from: number, to: number, concepts: ConceptIndex, topic: ConceptRef | undefined): ConceptRef | undefined {
  const introduced = (i: number) => /^(the|a|an|this|that|our|your|their|its|any|every|each)$/.test(tokens[i - 1]?.lower ?? '');
  const isHead = (end: number) => end >= to || tokens[end]!.kind !== 'word' || !/^[a-z]/.test(tokens[end]!.lower) || /^(is|are|was|were|has|have|does|do|delegates?|asks?|requests?|wants?|needs?|should|must|may|can|will)$/.test(tokens[end]!.lower);
  const hits = concepts.scan(tokens, from, to, 'role').filter((h) => introduced(h.from) && isHead(h.to));
  // the topic of the passage, if the sentence mentions it, else the first person named
  const hit = hits.find((h) => h.concept.iri === topic?.concept) ?? hits[0];
  if (hit) return { text: text.slice(tokens[hit.from]!.start, tokens[hit.to - 1]!.end), concept: hit.concept.iri };
  for (let i = from; i < to; i++) {
    if (tokens[i]!.kind === 'word' && introduced(i) && isHead(i + 1) && PERSONAL_BEARER.test(tokens[i]!.lower) && isPersonLike(tokens, i, i + 1, concepts)) return { text: tokens[i]!.text };
  }
  return undefined;
}
