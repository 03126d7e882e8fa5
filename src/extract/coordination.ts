/**
 * Coordinated verb phrases that state a norm of their own under one subject. A norm is counted once per
 * deontic expression: verbs listed under one modal share it ("must not introduce, elaborate on or endorse"
 * is one prohibition), but a coordinated phrase that brings its own deontic expression is a second norm —
 * a negation ("should answer and never guess", "don't condescend and don't lecture"), an avoidance ("carry
 * on …, and try to avoid restarting") — and so is a verb phrase joined by contrastive "but" ("should refuse
 * to provide tips, but comply with …"), which sets a second act against the first.
 */
import type { NormKind } from '../ir/index.js';
import type { Token } from './tokens.js';
import { isInfinitive, lexTags } from './lemma.js';

export interface CoordinatedPhrase {
  /** Token of the coordinator ("and", "or", "but", or the comma before it): the first phrase ends here. */
  at: number;
  /** Token where the coordinated act starts. */
  predicateFrom: number;
  /** How the phrase changes the norm: a new negation or avoidance makes a prohibition; "but" keeps the kind. */
  change: 'prohibit' | 'same';
  /** The deontic words of the phrase as written ("never", "try to avoid", "don't"); empty for "but". */
  words: string;
  /** The act is a noun or gerund phrase ("avoid restarting the response"). */
  actPhrase: boolean;
}

/** "or" offers alternatives ("should request authorization or avoid the interaction"): one norm, not two. */
const COORDINATORS = new Set(['and', 'but']);
/** Words that open a subordinate clause: a coordinator inside one joins that clause's verbs, not the norm's. */
const SUBORDINATORS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'whenever', 'if', 'because', 'while', 'although', 'though', 'unless', 'whether', 'since', 'until', 'once']);
/** Words that may stand between the coordinator and the deontic words ("and then never …", "but also …"). */
const FILLERS = new Set(['then', 'also', 'still', 'instead', 'rather', 'always', 'simply', 'just', 'otherwise']);
const NEGATORS: readonly string[][] = [['do', 'not'], ["don't"], ['never'], ['not']];
const AVOIDANCE: readonly string[][] = [
  ['try', 'to', 'avoid'], ['try', 'not', 'to'], ['aim', 'to', 'avoid'], ['strive', 'to', 'avoid'], ['avoid'], ['refrain', 'from'], ['abstain', 'from'],
];
/** Words that are never the verb of a coordinated phrase: determiners, pronouns, prepositions, modals. */
const NOT_VERBS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'any', 'all', 'each', 'every', 'some', 'its', 'their', 'our', 'your',
  'his', 'her', 'it', 'they', 'we', 'you', 'he', 'she', 'in', 'on', 'at', 'for', 'with', 'by', 'of', 'to', 'from', 'as',
  'must', 'shall', 'should', 'may', 'can', 'will', 'would', 'could', 'might', 'need', 'ought', 'is', 'are', 'be', 'if',
  'when', 'only', 'more', 'less', 'other', 'others', 'one', 'so', 'even',
]);

function matchWords(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

function isWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && !NOT_VERBS.has(t.lower);
}

/** A base-form verb that can head a coordinated phrase ("comply", "treat"), not a noun or a modifier. */
function isBareVerb(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || NOT_VERBS.has(t.lower)) return false;
  if (!isInfinitive(t.lower)) return false;
  const tags = lexTags(t.lower);
  return !tags.includes('Adjective') && !tags.includes('Preposition') && !tags.includes('Determiner');
}

/**
 * Coordinated phrases with a deontic expression of their own in tokens [from, to) — the part of a sentence
 * after the first act's verb — at parenthesis depth 0, left to right. `contrast` allows the plain "but"
 * reading (only for norms that are not themselves negated: "should not X, but Y" is left alone).
 */
export function findCoordinatedNorms(tokens: readonly Token[], from: number, to: number, contrast: boolean): CoordinatedPhrase[] {
  const out: CoordinatedPhrase[] = [];
  let depth = 0;
  let subordinate = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.text === '(' || t.text === '[') depth++;
    else if (t.text === ')' || t.text === ']') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    // a comma closes a subordinate clause ("carry on where it left off, and try to avoid …")
    if (t.text === ',' || t.text === ';') subordinate = false;
    else if (SUBORDINATORS.has(t.lower)) subordinate = true;
    if (subordinate || !COORDINATORS.has(t.lower)) continue;
    let j = i + 1;
    while (j < to && FILLERS.has(tokens[j]!.lower)) j++;
    const at = tokens[i - 1]?.text === ',' ? i - 1 : i;
    const neg = NEGATORS.find((w) => matchWords(tokens, j, w));
    if (neg) {
      let p = j + neg.length;
      while (p < to && FILLERS.has(tokens[p]!.lower)) p++;
      // after "don't" and "never" comes a verb ("don't treat"); after a bare "not" it must be one ("but not the
      // home address" names no act); "and never avoid X" prohibits avoiding
      const verb = neg[0] === 'not' ? isBareVerb(tokens[p]) : isWord(tokens[p]);
      if (verb) {
        out.push({ at, predicateFrom: p, change: 'prohibit', words: tokens.slice(j, p).map((x) => x.text).join(' '), actPhrase: false });
        i = p;
      }
      continue;
    }
    const avoid = AVOIDANCE.find((w) => matchWords(tokens, j, w));
    if (avoid && j + avoid.length < to) {
      const p = j + avoid.length;
      out.push({ at, predicateFrom: p, change: 'prohibit', words: tokens.slice(j, p).map((x) => x.text).join(' '), actPhrase: avoid[avoid.length - 1] !== 'to' });
      i = p;
      continue;
    }
    if (contrast && t.lower === 'but' && isBareVerb(tokens[j])) {
      out.push({ at, predicateFrom: j, change: 'same', words: '', actPhrase: false });
      i = j;
    }
  }
  return out;
}

/** The kind of a coordinated norm, given the kind of the norm it is coordinated with. */
export function coordinatedKind(kind: NormKind, change: CoordinatedPhrase['change']): NormKind {
  return change === 'prohibit' ? 'prohibition' : kind;
}
