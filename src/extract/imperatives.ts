/**
 * Imperatives and list lead-ins of codes of conduct. "Do not …", "Never …", "Avoid …", "Refrain from …" are
 * prohibitions of the addressee, "Report …", "Always …" obligations. A lead-in ending in a modal ("All staff
 * are expected to:", "Employees must not—") is continued by each item; a lead-in announcing unacceptable
 * behaviour ("Examples of unacceptable behavior include:") makes each item a prohibition, one announcing
 * good behaviour ("Examples of behavior that contributes to a positive environment include:", "The following
 * behaviors are encouraged:") an advisory obligation; the items of a lead-in that ends by announcing examples
 * ("…, including but not limited to:") illustrate it and state no rule of their own.
 */
import type { NormKind, Strength } from '../ir/index.js';
import { tokenize, type Token } from './tokens.js';
import { findModals } from './modality.js';
import { isInfinitive, lexTags, startsImperative } from './lemma.js';

export interface Imperative {
  kind: NormKind;
  strength: Strength;
  modal: string;
  /** Token where the act starts. */
  predicateFrom: number;
  /** The act is a noun or gerund phrase ("Avoid conflicts of interest"), not a verb phrase. */
  actPhrase: boolean;
}

const PROHIBITIVE: [string[], boolean][] = [
  [['please', 'do', 'not'], false], [['do', 'not', 'ever'], false], [['do', 'not'], false], [["don't"], false],
  [['never', 'ever'], false], [['never'], false], [['please', 'avoid'], true], [['avoid'], true],
  [['refrain', 'from'], true], [['abstain', 'from'], true], [['stop'], true],
];
const OBLIGATORY = [['always'], ['please'], ['make', 'sure', 'to'], ['be', 'sure', 'to'], ['remember', 'to']];
/** Sentence openers that look like verbs but start a description or an example. */
const NOT_IMPERATIVE = new Set(['example', 'examples', 'note', 'see', 'consider', 'imagine', 'suppose', 'let', 'here', 'thanks', 'thank', 'welcome', 'sorry', 'yes', 'no', 'ok', 'okay', 'hi', 'hello', 'like', 'given', 'default', 'regardless', 'more', 'less', 'most', 'least', 'other', 'same', 'such', 'further', 'overall', 'plus', 'but', 'and', 'or', 'so', 'as', 'if', 'when', 'while', 'then', 'also', 'only', 'even', 'just', 'because', 'since', 'once', 'until', 'before', 'after']);

const LEADING_ADVERBS = new Set(['otherwise', 'instead', 'first', 'then', 'next', 'finally', 'again']);
/** Words in -ly that are not adverbs. */
const NOT_ADVERBS = new Set(['apply', 'reply', 'supply', 'rely', 'comply', 'multiply', 'imply', 'ally', 'family', 'july', 'assembly', 'only', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'friendly', 'likely', 'elderly']);

function startsWith(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

/** An imperative at the start of tokens [from, to); `lenient` accepts verbs compromise must confirm. */
export function findImperative(sentence: string, tokens: readonly Token[], from: number, to: number): Imperative | undefined {
  let i = from;
  // a list label: "(a)", "1.", "b)"
  for (;;) {
    if (i < to && tokens[i]!.kind === 'punct') i++;
    else if (i < from + 3 && /^[a-z0-9]{1,3}$/i.test(tokens[i]?.text ?? '') && (tokens[i + 1]?.text === ')' || tokens[i + 1]?.text === '.')) i += 2;
    else break;
  }
  // an adverb before the verb: "simply ignore …", "Politely decline …", "otherwise, proceed …"
  while (i + 1 < to && tokens[i]!.kind === 'word' && (LEADING_ADVERBS.has(tokens[i]!.lower) || (/ly$/.test(tokens[i]!.lower) && tokens[i]!.lower.length > 4 && !NOT_ADVERBS.has(tokens[i]!.lower)))) {
    i++;
    if (tokens[i]?.text === ',') i++;
  }
  if (i >= to) return undefined;
  for (const [words, act] of PROHIBITIVE) {
    if (startsWith(tokens, i, words)) {
      const p = i + words.length;
      if (p >= to || tokens[p]!.kind === 'punct') return undefined;
      return { kind: 'prohibition', strength: 'strict', modal: tokens.slice(i, p).map((t) => t.text).join(' '), predicateFrom: p, actPhrase: act };
    }
  }
  for (const words of OBLIGATORY) {
    if (startsWith(tokens, i, words)) {
      const p = i + words.length;
      if (p < to && tokens[p]!.kind === 'word' && isInfinitive(tokens[p]!.lower)) {
        return { kind: 'obligation', strength: 'strict', modal: tokens.slice(i, p).map((t) => t.text).join(' '), predicateFrom: p, actPhrase: false };
      }
    }
  }
  const first = tokens[i]!;
  if (first.kind !== 'word' || NOT_IMPERATIVE.has(first.lower)) return undefined;
  // "Subject to its root-level instructions, …", "Pursuant to …": a preposition, not a verb
  if ((first.lower === 'subject' || first.lower === 'pursuant' || first.lower === 'further' || first.lower === 'according') && tokens[i + 1]?.lower === 'to') return undefined;
  // a base-form verb followed by something that is not a verb ("Report concerns promptly.")
  const second = tokens[i + 1];
  if (!second || second.text === '.' || second.text === ':') return undefined;
  if (['is', 'are', 'was', 'were', 'has', 'have', 'must', 'should', 'may', 'can', 'will', 'shall', 'of'].includes(second.lower)) return undefined;
  const tags = lexTags(first.lower);
  const verbish = isInfinitive(first.lower);
  const noun = tags.some((t) => t === 'Singular' || t === 'Plural' || t === 'Uncountable' || t === 'Actor' || t === 'Noun');
  if ((verbish && !noun) || ((verbish || noun || tags.length === 0) && startsImperative(sentence.slice(first.start - tokens[from]!.start)))) {
    return { kind: 'obligation', strength: 'strict', modal: 'imperative', predicateFrom: i, actPhrase: false };
  }
  return undefined;
}

export type LeadInMode =
  | { mode: 'continue'; text: string } // the item completes the lead-in's modal sentence
  | { mode: 'prohibited' } // items are unacceptable behaviour
  | { mode: 'encouraged' } // items are good behaviour: advisory obligations
  | { mode: 'options'; kind: NormKind; strength: Strength; modal: string } // "… may do any of the following:"
  | { mode: 'examples' } // "…, including but not limited to:": the items illustrate, they state no rule
  | { mode: 'none' };

const UNACCEPTABLE = /\b(?:unacceptable|prohibited|forbidden|banned|not\s+(?:permitted|allowed|acceptable|tolerated)|never\s+(?:acceptable|permitted|allowed)|inappropriate|misconduct|violations?\s+include|must\s+not\s+engage)\b/i;
const ENCOURAGED = /\b(?:(?:behaviou?rs?|practices?|conduct)\s+(?:is|are)\s+(?:encouraged|recommended|welcome)|positive\s+environment|contributes?\s+to\s+a\s+positive|acceptable\s+behaviou?r|good\s+(?:practice|behaviou?r|conduct)|encouraged\s+behaviou?r|behaviou?rs?\s+(?:we|that\s+we)\s+(?:expect|encourage|value)|examples\s+of\s+(?:good|positive|respectful|expected))\b/i;

/** A lead-in that ends by announcing examples ("…, including but not limited to:", "such as:", "e.g.:"). */
const EXAMPLES = /\b(?:including(?:\s+but\s+not\s+limited\s+to)?|such\s+as|e\.g\.?|for\s+(?:example|instance)|among\s+others)$/i;
/** Words of a lead-in that announce the items as a list of their own rather than as objects of its verb. */
const LIST_NOUNS = /^(following|follows|these|this|below|steps|rules|principles|requirements|conditions|situations|cases|ways|actions|measures)$/;

/** "the following situations:" lists circumstances, not acts. */
const NOT_ACT_LISTS = new Set(['situations', 'cases', 'circumstances', 'conditions', 'contexts', 'scenarios', 'examples', 'principles', 'guidelines', 'rules', 'factors', 'questions', 'criteria', 'categories', 'types', 'reasons', 'goals', 'information']);

/** How the items under a lead-in are to be read. */
export function leadInMode(leadIn: string): LeadInMode {
  const open = /[:\-—–]\s*$/u.test(leadIn);
  const text = leadIn.replace(/[\s:;,\-—–]+$/u, '');
  if (ENCOURAGED.test(text)) return { mode: 'encouraged' };
  const tokens = tokenize(text);
  const anchors = findModals(tokens, 0, tokens.length);
  const last = anchors[anchors.length - 1];
  if (last && last.to >= tokens.length && !last.nominal) return { mode: 'continue', text };
  // "The assistant must not reveal—": a verb waiting for the items as its objects
  const rest = last ? tokens.slice(last.to) : [];
  if (last && open && !last.nominal && rest.length <= 6 && !rest.some((t) => LIST_NOUNS.test(t.lower) || t.kind === 'punct')) return { mode: 'continue', text };
  const following = /\bthe\s+following(?:\s+([\p{L}-]+))?(?:\s*\[\^[^\]]*\])?$/iu.exec(text);
  if (last && !last.nominal && following && !NOT_ACT_LISTS.has((following[1] ?? '').toLowerCase())) {
    return { mode: 'options', kind: last.kind, strength: last.strength, modal: last.modal };
  }
  if (UNACCEPTABLE.test(text)) return { mode: 'prohibited' };
  if (EXAMPLES.test(text)) return { mode: 'examples' };
  return { mode: 'none' };
}

/** An item's text without its list label and the connective that ends it ("(a) accept cash; or" → "accept cash"). */
export function itemBody(item: string): string {
  return item
    .replace(/^\s*(?:\(?[a-z0-9]{1,3}[.)]|[-*•])\s+/i, '')
    .replace(/(?:[;,]\s*(?:and|or)?|\s+(?:and|or))\s*$/i, '')
    .replace(/[.;,]\s*$/, '')
    .trim();
}
