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
