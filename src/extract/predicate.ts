/**
 * The predicate of a norm: the act (a verb, lemmatised, or an action concept of the ontology) and its
 * target (the object noun phrase, with an asset concept where one is mentioned). Also reads acts stated as
 * noun or gerund phrases ("Publishing others' private information", "Bribery") for list items and nominal
 * norms.
 */
import type { ConceptRef } from '../ir/index.js';
import type { Token } from './tokens.js';
import type { ConceptIndex } from './concepts.js';
import { isGerund, isInfinitive, isParticiple, verbLemma } from './lemma.js';
import { coreNp } from './subject.js';

export interface Predicate {
  action: ConceptRef;
  target?: ConceptRef;
  /** "must be reported": the subject is the target, the bearer comes from context. */
  passive: boolean;
  /** "must be honest": a state the bearer must be in. */
  copula: boolean;
  /** Tokens of the verb (or act phrase). */
  verbFrom: number;
  verbTo: number;
}

const PARTICLES = new Set(['up', 'out', 'off', 'down', 'back', 'away', 'forward']);
/** Words that end an object noun phrase. */
const OBJECT_STOP = new Set([
  'to', 'from', 'with', 'without', 'for', 'by', 'on', 'in', 'at', 'into', 'during', 'within', 'through', 'via',
  'as', 'than', 'about', 'under', 'over', 'against', 'across', 'toward', 'towards', 'between', 'among', 'per',
  'unless', 'if', 'when', 'whenever', 'where', 'while', 'before', 'after', 'except', 'provided', 'providing',
  'notwithstanding', 'subject', 'once', 'until', 'that', 'which', 'who', 'whose', 'worth', 'valued', 'exceeding',
  'costing', 'above', 'below', 'because', 'so', 'even', 'regardless', 'unless', 'other', 'only', 'and/or', 'upon',
  'including', 'such', 'like', 'whether', 'since', 'beyond', 'instead', 'even', 'outside', 'throughout',
]);
const STOP_PUNCT = new Set([',', ';', ':', '.', '!', '?', '(', ')', '[', ']', '—', '–', '"', '“', '”']);
const MODAL_WORDS = new Set(['must', 'shall', 'should', 'may', 'can', 'not', 'never', 'need', 'ought', 'will', 'is', 'are']);
const DET = new Set(['the', 'a', 'an', 'any', 'all', 'each', 'every', 'their', 'its', 'our', 'your', 'his', 'her', 'such', 'this', 'these', 'those', 'that']);

function text(source: string, tokens: readonly Token[], from: number, to: number): string {
  return to > from ? source.slice(tokens[from]!.start, tokens[to - 1]!.end) : '';
}

/** End of the object noun phrase starting at i (exclusive), bounded by `to`. */
export function objectEnd(tokens: readonly Token[], i: number, to: number): number {
  if (i < to && OBJECT_STOP.has(tokens[i]!.lower)) return i;
  // an intransitive verb coordinated with another ("overstep and attempt to …"): no object
  if (i < to && (tokens[i]!.lower === 'and' || tokens[i]!.lower === 'or' || tokens[i]!.lower === 'but')) return i;
  let j = i;
  while (j < to) {
    const t = tokens[j]!;
    if (t.kind === 'punct' && STOP_PUNCT.has(t.text)) break;
    if (j > i && OBJECT_STOP.has(t.lower)) break;
    if (j > i && t.lower.length > 4 && t.lower.endsWith('ly') && isAdverbLike(t.lower)) break;
    if ((t.lower === 'and' || t.lower === 'or' || t.lower === 'but') && MODAL_WORDS.has(tokens[j + 1]?.lower ?? '')) break;
    // "request user authorization or avoid the interaction": a coordinated verb phrase ends the object
    if (j > i && (t.lower === 'and' || t.lower === 'or') && isInfinitive(tokens[j + 1]?.lower ?? '') && DET.has(tokens[j + 2]?.lower ?? '')) break;
    if (t.kind === 'number' && j > i && /^(usd|eur|gbp|chf|\$|€|£)$/.test(tokens[j - 1]!.lower)) break;
    if (/^(usd|eur|gbp|chf|\$|€|£)$/.test(t.lower) && tokens[j + 1]?.kind === 'number') break;
    j++;
  }
  return j;
}

/** A concept reference for tokens [from, to): the text, and the best concept of the preferred schemes. */
function refOf(source: string, tokens: readonly Token[], from: number, to: number, concepts: ConceptIndex, wide: number): ConceptRef | undefined {
  const core = coreNp(tokens, from, to);
  if (core.from >= core.to) return undefined;
  const ref: ConceptRef = { text: text(source, tokens, core.from, core.to) };
  const hit =
    concepts.bestIn(tokens, core.from, core.to, 'asset') ??
    concepts.bestIn(tokens, core.from, core.to, 'role') ??
    concepts.bestIn(tokens, core.from, wide, 'asset');
  if (hit) ref.concept = hit.concept.iri;
  return ref;
}

/** The predicate starting at token p, in a segment ending at `end`. */
export function readPredicate(source: string, tokens: readonly Token[], p: number, end: number, concepts: ConceptIndex): Predicate | undefined {
  let j = p;
  // a parenthetical between modal and verb: "must, where possible, report …"
  if (tokens[j]?.text === ',') {
    let k = j + 1;
    while (k < end && tokens[k]!.text !== ',' && k < j + 10) k++;
    if (tokens[k]?.text === ',') j = k + 1;
  }
  // a multi-word action concept ("make sure" = ensure) wins over reading its words as a catenative
  const early = concepts.longestAt(tokens, j, end, 'action');
  if (!early || early.to - early.from < 2) j = skipCatenatives(tokens, j, end);
  const v = tokens[j];
  if (!v || j >= end || v.kind !== 'word') return undefined;
  if ((v.lower === 'be' || v.lower === 'been') && tokens[j + 1]?.lower === 'able' && tokens[j + 2]?.lower === 'to') {
    return readPredicate(source, tokens, j + 3, end, concepts);
  }
  if (v.lower === 'be' || v.lower === 'been' || v.lower === 'being') {
    let k = j + 1;
    while (k < end && /ly$/.test(tokens[k]!.lower) && isAdverbLike(tokens[k]!.lower)) k++;
    const w = tokens[k];
    if (w && w.kind === 'word' && isParticiple(w.lower) && !COPULA_ADJECTIVES.has(w.lower)) {
      const hit = concepts.longestAt(tokens, k, end, 'action');
      let vt = hit ? hit.to : k + 1;
      if (!hit && PARTICLES.has(tokens[vt]?.lower ?? '')) vt++;
      const action: ConceptRef = hit
        ? { text: lemmaText(source, tokens, k, hit.to), concept: hit.concept.iri }
        : { text: [verbLemma(w.lower), ...(vt > k + 1 ? [tokens[k + 1]!.lower] : [])].join(' ') };
      return { action, passive: true, copula: false, verbFrom: k, verbTo: vt };
    }
    // copula: "must be honest and fair"
    const oe = objectEnd(tokens, k, end);
    if (oe <= k) return undefined;
    return { action: { text: `be ${text(source, tokens, k, oe)}` }, passive: false, copula: true, verbFrom: j, verbTo: oe };
  }
  const hit = concepts.longestAt(tokens, j, end, 'action');
  let vt: number;
  let action: ConceptRef;
  if (hit) {
    vt = hit.to;
    action = { text: lemmaText(source, tokens, j, hit.to), concept: hit.concept.iri };
  } else {
    vt = j + 1;
    // after a modal the verb is already a base form; gerunds (list items, "responsible for") are lemmatised
    let t = isGerund(v.lower) || /(?:ed|es)$/.test(v.lower) ? verbLemma(v.lower) : v.lower;
    if (PARTICLES.has(tokens[vt]?.lower ?? '') && vt < end) {
      t += ' ' + tokens[vt]!.lower;
      vt++;
    }
    action = { text: t };
  }
  const pred: Predicate = { action, passive: false, copula: false, verbFrom: j, verbTo: vt };
  const target = readObject(source, tokens, vt, end, concepts);
  if (target) pred.target = target;
  return pred;
}

/** The object after a verb: the noun phrase, or the object of a preposition that directly follows. */
function readObject(source: string, tokens: readonly Token[], i: number, end: number, concepts: ConceptIndex): ConceptRef | undefined {
  let a = i;
  while (a < end && tokens[a]!.lower.length > 4 && tokens[a]!.lower.endsWith('ly') && isAdverbLike(tokens[a]!.lower)) a++;
  // coordinated verbs share the object: "clarifying and enforcing our standards", "remove, edit, or reject comments"
  for (;;) {
    let b = a;
    if (tokens[b]?.text === ',') b++;
    if (tokens[b]?.lower !== 'and' && tokens[b]?.lower !== 'or') {
      if (b === a + 1 && tokens[b] && tokens[b]!.kind === 'word' && (isGerund(tokens[b]!.lower) || isInfinitive(tokens[b]!.lower)) && tokens[b + 1]?.text === ',') {
        a = b + 1;
        continue;
      }
      break;
    }
    b++;
    while (b < end && /ly$/.test(tokens[b]!.lower) && tokens[b]!.lower.length > 4) b++;
    const w = tokens[b];
    if (!w || w.kind !== 'word' || !(isGerund(w.lower) || isInfinitive(w.lower) || isParticiple(w.lower))) break;
    a = b + 1;
  }
  while (a < end && DET.has(tokens[a]!.lower)) a++;
  if (a < end && ['to', 'with', 'from', 'in', 'on', 'for', 'about', 'of', 'into', 'against'].includes(tokens[a]!.lower) && a === i) a++;
  const oe = objectEnd(tokens, a, end);
  if (oe <= a) {
    // the target may be named only later: "report to the Ethics Office any gift …"
    const wide = clauseEnd(tokens, i, end);
    const hit = concepts.bestIn(tokens, i, wide, 'asset');
    return hit ? { text: text(source, tokens, hit.from, hit.to), concept: hit.concept.iri } : undefined;
  }
  return refOf(source, tokens, a, oe, concepts, clauseEnd(tokens, a, end));
}

/** End of the clause-level phrase from i: the next punctuation or condition marker. */
function clauseEnd(tokens: readonly Token[], i: number, end: number): number {
  let j = i;
  while (j < end && !(tokens[j]!.kind === 'punct' && STOP_PUNCT.has(tokens[j]!.text)) && !['unless', 'if', 'when', 'except', 'provided', 'notwithstanding'].includes(tokens[j]!.lower)) j++;
  return j;
}

/** An act stated as a phrase: "Publishing others' private information …" → publish + target; "Bribery". */
export function readActPhrase(source: string, tokens: readonly Token[], from: number, to: number, concepts: ConceptIndex): Predicate | undefined {
  let a = from;
  while (a < to && (DET.has(tokens[a]!.lower) || tokens[a]!.kind === 'punct')) a++;
  if (a >= to) return undefined;
  const first = tokens[a]!;
  if (first.kind === 'word' && isGerund(first.lower)) return readPredicate(source, tokens, a, to, concepts);
  const oe = objectEnd(tokens, a, to);
  const phraseEnd = oe > a ? oe : to;
  const hit = concepts.longestAt(tokens, a, clauseEnd(tokens, a, to), 'action') ?? concepts.bestIn(tokens, a, phraseEnd, 'action');
  const action: ConceptRef = { text: text(source, tokens, a, phraseEnd) };
  if (hit) action.concept = hit.concept.iri;
  const pred: Predicate = { action, passive: false, copula: false, verbFrom: a, verbTo: phraseEnd };
  const asset = concepts.bestIn(tokens, a, clauseEnd(tokens, a, to), 'asset');
  if (asset) pred.target = { text: text(source, tokens, asset.from, asset.to), concept: asset.concept.iri };
  return pred;
}

/** "strive to", "try to", "attempt to", "make sure to": the act is the verb that follows. */
const CATENATIVES: readonly string[][] = [['strive', 'to'], ['try', 'to'], ['attempt', 'to'], ['seek', 'to'], ['endeavour', 'to'], ['endeavor', 'to'], ['aim', 'to'], ['continue', 'to'], ['make', 'sure', 'to'], ['make', 'sure', 'that'], ['take', 'care', 'to'], ['be', 'sure', 'to'], ['take', 'steps', 'to'], ['make', 'every', 'effort', 'to'], ['make', 'reasonable', 'efforts', 'to'], ['make', 'a', 'best', 'effort', 'attempt', 'to']];

function skipCatenatives(tokens: readonly Token[], j: number, end: number): number {
  for (let guard = 0; guard < 4; guard++) {
    const before = j;
    while (j < end && (tokens[j]!.lower === 'to' || (/ly$/.test(tokens[j]!.lower) && tokens[j]!.lower.length > 4 && isAdverbLike(tokens[j]!.lower)))) j++;
    for (const c of CATENATIVES) {
      if (c.every((w, k) => tokens[j + k]?.lower === w) && j + c.length < end) {
        j += c.length;
        break;
      }
    }
    if (j === before) break;
  }
  return j;
}

/** The text of an action phrase with its first word as a lemma ("accepting gifts" → "accept gifts"). */
function lemmaText(source: string, tokens: readonly Token[], from: number, to: number): string {
  const w = tokens[from]!.lower;
  const first = isGerund(w) || isParticiple(w) || /s$/.test(w) ? verbLemma(w) : w;
  return to - from === 1 ? first : `${first}${source.slice(tokens[from]!.end, tokens[to - 1]!.end)}`;
}

function isAdverbLike(w: string): boolean {
  return !['apply', 'reply', 'supply', 'rely', 'comply', 'multiply', 'imply', 'ally', 'family', 'july', 'assembly', 'only'].includes(w);
}

/** Words after "be" that are adjectives, not passive participles. */
const COPULA_ADJECTIVES = new Set(['aware', 'able', 'advised', 'prepared', 'ready', 'honest', 'open', 'fair', 'careful', 'concerned', 'committed', 'dedicated', 'interested', 'qualified', 'informed', 'alert', 'respectful']);
