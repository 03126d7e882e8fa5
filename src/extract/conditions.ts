/**
 * Conditions ("if", "when", "where", "while", "in case", "before", "after", "only if", "provided that") and
 * exceptions ("unless", "except", "other than", "without approval") of a sentence: where each starts and
 * ends, and its formal version — an amount or date comparison, else a boolean fact (a context concept of the
 * ontology, or a fact IRI minted from the text). Exceptions keep the positive form; the reasoner negates it.
 * "provided that" is read as a condition (a proviso the norm depends on), not as an exception.
 */
import type { Condition, ConditionMarker, Constraint } from '../ir/index.js';
import { factIri } from '../vocab/index.js';
import type { Token } from './tokens.js';
import type { ConceptIndex } from './concepts.js';
import { findAmounts, findDates } from './amounts.js';
import { isInfinitive } from './lemma.js';

const MODALS = new Set(['must', 'shall', 'should', 'may', 'can', 'will', 'need', 'not', 'never']);
const DEONTIC_MODALS = new Set(['must', 'shall', 'should', 'ought', 'may', 'can', "mustn't", "shouldn't", "can't", 'cannot']);

/** A condition found in a sentence, before it is attached to norms. */
export interface RawCondition {
  marker: ConditionMarker;
  exception: boolean;
  /** Token of the marker. */
  markerFrom: number;
  /** Tokens of the condition's own text [from, to). */
  from: number;
  to: number;
  /** Text offsets of the condition text in the analysed text. */
  start: number;
  end: number;
  /** Set when the text is rewritten to its positive form ("without approval" → "approval"). */
  text?: string;
}

interface MarkerRule {
  words: string[];
  marker: ConditionMarker;
  exception: boolean;
  /** Only at the start of the sentence or after a comma or bracket. */
  initial?: boolean;
  /** Only when the phrase names approval or a context concept ("with(out) prior approval"). */
  approval?: boolean;
}

const RULES: MarkerRule[] = [
  { words: ['only', 'if'], marker: 'only if', exception: false },
  { words: ['only', 'when'], marker: 'only if', exception: false },
  { words: ['only', 'where'], marker: 'only if', exception: false },
  { words: ['even', 'if'], marker: 'if', exception: false },
  { words: ['if'], marker: 'if', exception: false },
  { words: ['as', 'long', 'as'], marker: 'provided that', exception: false },
  { words: ['so', 'long', 'as'], marker: 'provided that', exception: false },
  { words: ['provided', 'that'], marker: 'provided that', exception: false },
  { words: ['providing', 'that'], marker: 'provided that', exception: false },
  { words: ['on', 'condition', 'that'], marker: 'provided that', exception: false },
  { words: ['whenever'], marker: 'when', exception: false },
  { words: ['when'], marker: 'when', exception: false },
  { words: ['wherever'], marker: 'where', exception: false },
  { words: ['where'], marker: 'where', exception: false, initial: true },
  { words: ['while'], marker: 'while', exception: false },
  { words: ['during'], marker: 'while', exception: false },
  { words: ['whilst'], marker: 'while', exception: false },
  { words: ['in', 'the', 'event', 'that'], marker: 'in case', exception: false },
  { words: ['in', 'the', 'event', 'of'], marker: 'in case', exception: false },
  { words: ['in', 'case', 'of'], marker: 'in case', exception: false },
  { words: ['in', 'case'], marker: 'in case', exception: false },
  { words: ['prior', 'to'], marker: 'before', exception: false },
  { words: ['before'], marker: 'before', exception: false },
  { words: ['after'], marker: 'after', exception: false },
  { words: ['once'], marker: 'after', exception: false, initial: true },
  { words: ['upon'], marker: 'after', exception: false, initial: true },
  { words: ['unless'], marker: 'unless', exception: true },
  { words: ['except', 'for'], marker: 'except', exception: true },
  { words: ['except', 'when'], marker: 'except', exception: true },
  { words: ['except', 'where'], marker: 'except', exception: true },
  { words: ['except', 'if'], marker: 'except', exception: true },
  { words: ['except', 'in'], marker: 'except', exception: true },
  { words: ['except', 'that'], marker: 'except', exception: true },
  { words: ['except'], marker: 'except', exception: true },
  { words: ['other', 'than'], marker: 'other than', exception: true },
  { words: ['without'], marker: 'unless', exception: true, approval: true },
  { words: ['with'], marker: 'if', exception: false, approval: true },
  { words: ['subject', 'to'], marker: 'if', exception: false, approval: true },
];

const APPROVAL = /\b(approv\w*|consent\w*|permission\w*|authori[sz]\w*|clearance|sign-?off|agreement|permit)\b/i;
const STOP_PUNCT = new Set([';', ':', '(', ')', '[', ']', '.', '!', '?', '—', '–']);

function matchAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

/** The rule of a marker starting at token i, if any. */
function ruleAt(tokens: readonly Token[], i: number, sFrom: number): MarkerRule | undefined {
  for (const r of RULES) {
    if (!matchAt(tokens, i, r.words)) continue;
    if (r.initial && i > sFrom && !/^[,(\[;:—–]$/.test(tokens[i - 1]!.text)) continue;
    // "except as provided in …" is an override phrase, not an exception
    if (r.words[0] === 'except' && r.words.length === 1 && tokens[i + 1]?.lower === 'as') continue;
    // "if any", "if applicable" are fine conditions; "as if" is not a condition
    if (r.words[0] === 'if' && tokens[i - 1]?.lower === 'as') continue;
    return r;
  }
  return undefined;
}

/**
 * Conditions and exceptions of the sentence tokens [sFrom, sTo). `stops` are token indices where a new part
 * of the sentence begins (the subject of a later norm); `excluded(i)` says a token belongs to an override
 * phrase or a quotation.
 */
export function findConditions(
  text: string,
  tokens: readonly Token[],
  sFrom: number,
  sTo: number,
  firstSubject: number,
  stops: ReadonlySet<number>,
  excluded: (i: number) => boolean,
  concepts: ConceptIndex,
): RawCondition[] {
  const out: RawCondition[] = [];
  for (let i = sFrom; i < sTo; i++) {
    if (excluded(i)) continue;
    const rule = ruleAt(tokens, i, sFrom);
    if (!rule) continue;
    const from = i + rule.words.length;
    const initial = i < firstSubject;
    let j = from;
    while (j < sTo) {
      const t = tokens[j]!;
      if (j > from && stops.has(j)) break;
      if (t.kind === 'punct' && STOP_PUNCT.has(t.text)) break;
      if (t.text === ',' && /^\d{4}$/.test(tokens[j + 1]?.text ?? '') && tokens[j - 1]?.kind === 'number') {
        j++;
        continue;
      }
      if (t.text === ',') {
        const next = tokens[j + 1]?.lower ?? '';
        if (initial || !['or', 'and', 'including', 'such'].includes(next)) break;
        // ", and keep records": a coordinated verb phrase, not a list inside the condition
        const after = tokens[j + 2]?.lower ?? '';
        if ((next === 'and' || next === 'or') && (isInfinitive(after) || MODALS.has(after))) break;
      }
      if (j > from && excluded(j)) break;
      if (j > from && ruleAt(tokens, j, sFrom) && !['with', 'without', 'before', 'after', 'subject'].includes(tokens[j]!.lower)) break;
      j++;
    }
    if (j <= from) continue;
    // "while the assistant should …" concedes a norm of its own; it does not set a condition
    if (rule.marker === 'while' && tokens.slice(from, j).some((t) => DEONTIC_MODALS.has(t.lower))) continue;
    const phrase = text.slice(tokens[from]!.start, tokens[j - 1]!.end);
    if (rule.approval && !APPROVAL.test(phrase) && !concepts.bestIn(tokens, from, j, 'context')) continue;
    out.push({ marker: rule.marker, exception: rule.exception, markerFrom: i, from, to: j, start: tokens[from]!.start, end: tokens[j - 1]!.end });
    i = j - 1;
  }
  // amounts and dates outside any condition restrict the norm too ("gifts worth more than USD 100")
  const sStart = tokens[sFrom]?.start ?? 0;
  const sEnd = tokens[sTo - 1]?.end ?? 0;
  const sentence = text.slice(sStart, sEnd);
  for (const f of [...findAmounts(sentence), ...findDates(sentence)]) {
    const start = sStart + f.start;
    const end = sStart + f.end;
    if (out.some((c) => tokens[c.markerFrom]!.start <= start && end <= c.end + 1)) continue;
    const from = tokens.findIndex((t, k) => k >= sFrom && t.start >= start);
    if (from < 0 || excluded(from)) continue;
    let to = from;
    while (to < sTo && tokens[to]!.end <= end) to++;
    // keep a word that introduces the amount: "worth", "valued at", "of"
    let a = from;
    const prev = tokens[from - 1]?.lower;
    if (prev === 'worth' || prev === 'valued' || prev === 'costing' || prev === 'totalling' || prev === 'totaling') a = from - 1;
    else if (prev === 'at' && tokens[from - 2]?.lower === 'valued') a = from - 2;
    out.push({ marker: 'constraint', exception: false, markerFrom: a, from: a, to, start: tokens[a]!.start, end });
  }
  out.sort((x, y) => x.start - y.start);
  return out;
}

const NEGATION = new Set(['not', 'no', 'never', "n't", 'without']);
const SLUG_STOP = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'our', 'your', 'is', 'are', 'be', 'been', 'being', 'was', 'were', 'has', 'have', 'had', 'of', 'any', 'this', 'that', 'these', 'those', 'it', 'they', 'there', 'does', 'do', 'did']);

/** Lower-case words of a text joined by hyphens, without filler words (at most eight). */
export function slugOf(text: string): string {
  const words = text.toLowerCase().replace(/['’]s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => !SLUG_STOP.has(w) && !NEGATION.has(w)).slice(0, 8).join('-') || 'condition';
}

/** The formal version of a condition's text: an amount or date comparison, else a boolean fact. */
export function formalise(marker: ConditionMarker, condText: string, tokens: readonly Token[], from: number, to: number, concepts: ConceptIndex): Constraint {
  const amount = findAmounts(condText)[0];
  if (amount) return amount.constraint;
  const date = (marker === 'before' || marker === 'after' ? findDates(`${marker} ${condText}`)[0] : undefined) ?? findDates(condText)[0];
  if (date) return date.constraint;
  let negated = false;
  for (let i = from; i < to; i++) if (NEGATION.has(tokens[i]!.lower) || tokens[i]!.lower.endsWith("n't")) negated = true;
  const hit = concepts.bestIn(tokens, from, to, 'context');
  return {
    type: 'atomic',
    leftOperand: hit ? hit.concept.iri : factIri(slugOf(condText)),
    operator: 'eq',
    rightOperand: [{ kind: 'boolean', value: !negated }],
  };
}

/** A raw condition as the IR's Condition (span added by the caller). */
export function toCondition(raw: RawCondition, text: string, tokens: readonly Token[], concepts: ConceptIndex): Condition {
  const condText = raw.text ?? text.slice(raw.start, raw.end);
  const mentioned = concepts.scan(tokens, raw.from, raw.to).map((h) => h.concept.iri);
  return {
    marker: raw.marker,
    text: condText,
    concepts: [...new Set(mentioned)],
    constraint: formalise(raw.marker, condText, tokens, raw.from, raw.to, concepts),
  };
}
