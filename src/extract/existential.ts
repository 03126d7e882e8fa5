/**
 * Existential norms: "there should be a disclaimer", "there shouldn't be a disclaimer", "there must be no
 * record …". They require (or forbid) that something be there; whoever the context makes responsible — the
 * lead-in's subject or the document's default bearer — bears the norm. The act is read as "provide" and the
 * thing as its target; "no" before the thing turns an obligation into a prohibition.
 */
import type { ConceptRef, NormKind } from '../ir/index.js';
import type { Token } from './tokens.js';
import type { ConceptIndex } from './concepts.js';
import type { ModalAnchor } from './modality.js';
import type { Predicate } from './predicate.js';
import { objectEnd } from './predicate.js';
import { coreNp } from './subject.js';

/** The act an existential norm asks of its bearer. */
export const EXISTENTIAL_ACT = 'provide';

/**
 * Whether the modal's subject is existential "there" followed by "be" ("there should be …"). "may", "can"
 * and "will" say what is possible or what happens ("there may be no instructions", "there will be cases"):
 * not norms.
 */
export function isExistential(tokens: readonly Token[], subjectFrom: number, subjectTo: number, anchor: ModalAnchor): boolean {
  return subjectTo - subjectFrom === 1 && tokens[subjectFrom]?.lower === 'there' && tokens[anchor.to]?.lower === 'be' && !anchor.nominal && !anchor.impersonal && !anchor.needsPerson;
}

/** The kind and predicate of "there <modal> be X", or undefined when no thing follows. */
export function readExistential(source: string, tokens: readonly Token[], anchor: ModalAnchor, end: number, concepts: ConceptIndex): { kind: NormKind; pred: Predicate } | undefined {
  let i = anchor.to + 1;
  let kind = anchor.kind;
  if (tokens[i]?.lower === 'no') {
    kind = kind === 'obligation' ? 'prohibition' : kind === 'prohibition' ? 'obligation' : 'prohibition';
    i++;
  }
  const oe = objectEnd(tokens, i, end);
  const core = coreNp(tokens, i, oe);
  if (core.to <= core.from) return undefined;
  const target: ConceptRef = { text: source.slice(tokens[core.from]!.start, tokens[core.to - 1]!.end) };
  const asset = concepts.bestIn(tokens, core.from, core.to, 'asset');
  if (asset) target.concept = asset.concept.iri;
  const action: ConceptRef = { text: EXISTENTIAL_ACT };
  const act = concepts.match(EXISTENTIAL_ACT, 'action');
  if (act) action.concept = act.iri;
  return { kind, pred: { action, target, passive: false, copula: false, verbFrom: anchor.to, verbTo: anchor.to + 1 } };
}
