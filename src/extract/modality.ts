/**
 * Deontic modality: finds the modal phrases of a sentence ("must not", "should", "is prohibited from",
 * "need not", "may") and reads off the kind of norm and its strength. Modal logic of the usual reading:
 * obligation + negation = prohibition, permission + negation = prohibition, "need not" / "is not required to"
 * = a permission to omit, "must avoid" / "must refrain from" = a prohibition of what follows.
 */
import type { NormKind, Strength } from '../ir/index.js';
import type { Token } from './tokens.js';

export interface ModalAnchor {
  kind: NormKind;
  strength: Strength;
  /** The deontic words as written, e.g. "must not", "are not permitted to", "need not". */
  modal: string;
  /** Token index where the modal phrase starts. */
  from: number;
  /** Token index after the phrase (and any adverbs and negation): the predicate starts here. */
  to: number;
  /** A permission to omit the act ("need not", "is not required to", "does not have to"). */
  omission?: boolean;
  /** The subject follows the modal ("Under no circumstances may employees …", "nor should it …"). */
  inverted?: boolean;
  /** The phrase is the whole predicate and the subject names the act ("Bribery is prohibited."). */
  nominal?: boolean;
  /** Only deontic when its subject is a person or role ("can", "may", "will"). */
  needsPerson?: boolean;
  /** Deontic only in the active voice ("will"): "will be reviewed" describes, it does not regulate. */
  activeOnly?: boolean;
  /** "must avoid …", "should refrain from …": what follows may be a noun phrase naming the act. */
  actPhrase?: boolean;
  /** "It is important to …": no subject of its own; the bearer comes from context. */
  impersonal?: boolean;
  /** A second reading of the same phrase ("has the right and responsibility to": a permission and a duty). */
  twin?: ModalAnchor;
  /** The bearer is named inside the phrase ("We expect all employees to …"): tokens [from, to). */
  bearerTokens?: { from: number; to: number };
  /** "may only", "can only": a permission restricted to the act, which prohibits the alternatives. */
  only?: boolean;
}

const BE = new Set(['is', 'are', 'am', 'be', 'was', 'were', 'being']);
const HAVE = new Set(['has', 'have']);
const DO = new Set(['do', 'does', 'did']);
const NEGATORS = new Set(['not', 'never', "n't"]);
/** Adverbs that may stand between a modal and its verb. */
const ADVERBS = new Set([
  'also', 'always', 'only', 'still', 'instead', 'then', 'therefore', 'thus', 'however', 'first', 'just', 'ever',
  'further', 'equally', 'likewise', 'similarly', 'otherwise', 'even', 'again', 'both', 'either', 'now', 'often',
  'too', 'rather', 'sometimes', 'usually', 'often', 'seldom',
]);
/** Adverbs of frequency: after "may" or "can" they make it a statement of possibility. */
const FREQUENCY = new Set(['sometimes', 'often', 'occasionally', 'frequently', 'usually', 'rarely', 'seldom']);
/** Multi-word adverbials allowed after a modal ("at all times", "in general"). */
const ADVERB_PHRASES: readonly string[][] = [['at', 'all', 'times'], ['in', 'general'], ['in', 'particular'], ['in', 'turn'], ['in', 'each', 'case'], ['no', 'longer'], ['at', 'least']];

/** Contracted negative modals. */
const CONTRACTED: Record<string, [string, string]> = {
  "mustn't": ['must', 'not'],
  "shouldn't": ['should', 'not'],
  "shan't": ['shall', 'not'],
  "needn't": ['need', 'not'],
  "mayn't": ['may', 'not'],
  "oughtn't": ['ought', 'not'],
  "won't": ['will', 'not'],
};

type Base = { kind: NormKind; strength: Strength; needsPerson?: boolean; need?: boolean; activeOnly?: boolean };
const CORE: Record<string, Base> = {
  must: { kind: 'obligation', strength: 'strict' },
  shall: { kind: 'obligation', strength: 'strict' },
  should: { kind: 'obligation', strength: 'advisory' },
  may: { kind: 'permission', strength: 'strict', needsPerson: true },
  can: { kind: 'permission', strength: 'strict', needsPerson: true },
  will: { kind: 'obligation', strength: 'strict', needsPerson: true, activeOnly: true },
};

/** Participles after BE that carry deontic force, and what they mean. */
const BE_TO: Record<string, { kind: NormKind; strength: Strength; negated?: 'omission' | 'prohibition' | 'none'; prep: string[] }> = {
  required: { kind: 'obligation', strength: 'strict', negated: 'omission', prep: ['to'] },
  obligated: { kind: 'obligation', strength: 'strict', negated: 'omission', prep: ['to'] },
  obliged: { kind: 'obligation', strength: 'strict', negated: 'omission', prep: ['to'] },
  bound: { kind: 'obligation', strength: 'strict', negated: 'omission', prep: ['to'] },
  expected: { kind: 'obligation', strength: 'advisory', negated: 'omission', prep: ['to'] },
  encouraged: { kind: 'obligation', strength: 'advisory', negated: 'none', prep: ['to'] },
  advised: { kind: 'obligation', strength: 'advisory', negated: 'none', prep: ['to'] },
  urged: { kind: 'obligation', strength: 'advisory', negated: 'none', prep: ['to'] },
  responsible: { kind: 'obligation', strength: 'strict', negated: 'none', prep: ['for'] },
  permitted: { kind: 'permission', strength: 'strict', negated: 'prohibition', prep: ['to'] },
  allowed: { kind: 'permission', strength: 'strict', negated: 'prohibition', prep: ['to'] },
  authorized: { kind: 'permission', strength: 'strict', negated: 'prohibition', prep: ['to'] },
  authorised: { kind: 'permission', strength: 'strict', negated: 'prohibition', prep: ['to'] },
  entitled: { kind: 'permission', strength: 'strict', negated: 'prohibition', prep: ['to'] },
  free: { kind: 'permission', strength: 'strict', negated: 'prohibition', prep: ['to'] },
  welcome: { kind: 'permission', strength: 'strict', negated: 'prohibition', prep: ['to'] },
  prohibited: { kind: 'prohibition', strength: 'strict', negated: 'none', prep: ['from', 'to'] },
  forbidden: { kind: 'prohibition', strength: 'strict', negated: 'none', prep: ['from', 'to'] },
  barred: { kind: 'prohibition', strength: 'strict', negated: 'none', prep: ['from'] },
  banned: { kind: 'prohibition', strength: 'strict', negated: 'none', prep: ['from'] },
  precluded: { kind: 'prohibition', strength: 'strict', negated: 'none', prep: ['from'] },
};
/** Participles that make a nominal norm at the end of a clause ("Bribery is prohibited."). */
const NOMINAL: Record<string, { kind: NormKind; negated?: NormKind }> = {
  prohibited: { kind: 'prohibition' },
  forbidden: { kind: 'prohibition' },
  banned: { kind: 'prohibition' },
  required: { kind: 'obligation' },
  mandatory: { kind: 'obligation' },
  permitted: { kind: 'permission', negated: 'prohibition' },
  allowed: { kind: 'permission', negated: 'prohibition' },
  acceptable: { kind: 'permission', negated: 'prohibition' },
  unacceptable: { kind: 'prohibition' },
};
/** Verbs that name the bearer as their object ("We expect employees to …", "Orbis prohibits staff from …"). */
const CAUSATIVE: Record<string, { kind: NormKind; strength: Strength; prep: string }> = {
  expect: { kind: 'obligation', strength: 'advisory', prep: 'to' },
  expects: { kind: 'obligation', strength: 'advisory', prep: 'to' },
  encourage: { kind: 'obligation', strength: 'advisory', prep: 'to' },
  encourages: { kind: 'obligation', strength: 'advisory', prep: 'to' },
  require: { kind: 'obligation', strength: 'strict', prep: 'to' },
  requires: { kind: 'obligation', strength: 'strict', prep: 'to' },
  prohibit: { kind: 'prohibition', strength: 'strict', prep: 'from' },
  prohibits: { kind: 'prohibition', strength: 'strict', prep: 'from' },
  forbid: { kind: 'prohibition', strength: 'strict', prep: 'from' },
  forbids: { kind: 'prohibition', strength: 'strict', prep: 'from' },
};
/** Verbs after a modal that turn the rest into a prohibition ("must avoid", "should refrain from"). */
const AVOID: Record<string, string[]> = { avoid: [], refrain: ['from'], abstain: ['from'], desist: ['from'] };
/** Phrases that negate a following inverted modal. */
const NEGATIVE_OPENERS: readonly string[][] = [
  ['under', 'no', 'circumstances'], ['under', 'no', 'circumstance'], ['in', 'no', 'circumstances'], ['in', 'no', 'event'],
  ['at', 'no', 'time'], ['at', 'no', 'point'], ['in', 'no', 'case'], ['on', 'no', 'account'], ['nor'], ['neither'],
];

function negate(kind: NormKind): NormKind {
  return kind === 'prohibition' ? 'obligation' : 'prohibition';
}

function at(tokens: readonly Token[], i: number): string {
  return tokens[i]?.lower ?? '';
}

function matchWords(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (at(tokens, i + k) !== words[k]) return false;
  return true;
}

/** Skips adverbs and negation after position i; returns the next index and whether a negator was seen. */
function skipAdverbs(tokens: readonly Token[], i: number, to: number): { i: number; negated: boolean; negWords: string[] } {
  let negated = false;
  const negWords: string[] = [];
  for (;;) {
    if (i >= to) break;
    const w = at(tokens, i);
    const phrase = ADVERB_PHRASES.find((p) => matchWords(tokens, i, p));
    if (phrase) {
      i += phrase.length;
      continue;
    }
    if (NEGATORS.has(w)) {
      negated = true;
      negWords.push(tokens[i]!.text);
      i++;
      continue;
    }
    if (ADVERBS.has(w)) {
      i++;
      continue;
    }
    if (w.length > 4 && w.endsWith('ly') && tokens[i]!.kind === 'word' && !ONLY_LY_NOT_ADVERB.has(w)) {
      i++;
      // "gently and non-judgmentally"
      const n = tokens[i + 1]?.lower ?? '';
      if ((at(tokens, i) === 'and' || at(tokens, i) === 'or') && n.length > 4 && n.endsWith('ly')) i++;
      continue;
    }
    break;
  }
  return { i, negated, negWords };
}
const ONLY_LY_NOT_ADVERB = new Set(['apply', 'reply', 'supply', 'rely', 'comply', 'ally', 'family', 'italy', 'july', 'assembly', 'anomaly', 'butterfly', 'multiply', 'imply']);

/** Token ranges inside quotation marks; modals there are quoted, not stated. */
function quotedRanges(tokens: readonly Token[], from: number, to: number): boolean[] {
  const inside: boolean[] = [];
  let open: string | null = null;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!.text;
    if (open === null && (t === '“' || t === '"')) {
      open = t === '“' ? '”' : '"';
      inside[i] = false;
      continue;
    }
    if (open !== null && t === open) {
      open = null;
      inside[i] = false;
      continue;
    }
    inside[i] = open !== null;
  }
  return inside;
}

/** All modal phrases of the sentence tokens [from, to), left to right. */
export function findModals(tokens: readonly Token[], from: number, to: number): ModalAnchor[] {
  const out: ModalAnchor[] = [];
  const quoted = quotedRanges(tokens, from, to);
  let invertNext: { negated: boolean; at: number; words: string } | null = null;
  for (let i = from; i < to; i++) {
    if (quoted[i]) continue;
    const w = at(tokens, i);
    const opener = NEGATIVE_OPENERS.find((p) => matchWords(tokens, i, p));
    if (opener) {
      let j = i + opener.length;
      if (at(tokens, j) === ',') j++;
      invertNext = { negated: true, at: j, words: tokens.slice(i, i + opener.length).map((t) => t.text).join(' ') };
      i = j - 1;
      continue;
    }
    const a =
      coreModal(tokens, i, to, invertNext?.at === i ? invertNext : null) ??
      impersonal(tokens, i, to) ??
      beModal(tokens, i, to) ??
      haveModal(tokens, i, to) ??
      commitment(tokens, i, to) ??
      causative(tokens, i, to);
    if (a) {
      // "Should you have questions, …" opens a condition, not a norm
      if (a.from === from && !a.inverted && (w === 'should' || w === 'may' || w === 'can')) continue;
      avoidance(tokens, a);
      out.push(a);
      if (a.twin) out.push(a.twin);
      i = Math.max(i, a.to - 1);
    }
  }
  return out;
}

/**
 * "must avoid X", "is expected to refrain from X", "it is important to refrain from X": an obligation to avoid
 * is a prohibition of X. A negated avoidance ("should never avoid addressing …") stays a prohibition, of
 * avoiding.
 */
function avoidance(tokens: readonly Token[], a: ModalAnchor): void {
  const avoid = AVOID[at(tokens, a.to)];
  if (!avoid || a.kind !== 'obligation' || a.nominal || !matchWords(tokens, a.to + 1, avoid)) return;
  const words = tokens.slice(a.to, a.to + 1 + avoid.length).map((t) => t.text);
  a.modal = `${a.modal} ${words.join(' ')}`;
  a.to += 1 + avoid.length;
  a.kind = 'prohibition';
  a.actPhrase = true;
}

function coreModal(tokens: readonly Token[], i: number, to: number, inverted: { negated: boolean; words: string } | null): ModalAnchor | undefined {
  let w = at(tokens, i);
  let contractedNeg = false;
  const c = CONTRACTED[w];
  if (c) {
    w = c[0];
    contractedNeg = true;
  }
  let words: string[] = [tokens[i]!.text];
  let j = i + 1;
  let base: Base | undefined = CORE[w];
  if (!base && w === 'ought' && at(tokens, j) === 'to') {
    base = { kind: 'obligation', strength: 'advisory' };
    words.push(tokens[j]!.text);
    j++;
  } else if (!base && (w === 'need' || w === 'needs')) {
    if (at(tokens, j) === 'to') {
      base = { kind: 'obligation', strength: 'strict', need: true };
      words.push(tokens[j]!.text);
      j++;
    } else if (at(tokens, j) === 'not' || contractedNeg) {
      base = { kind: 'obligation', strength: 'strict', need: true };
    } else return undefined;
  } else if (!base && w === 'ought' && at(tokens, j) === 'not' && at(tokens, j + 1) === 'to') {
    base = { kind: 'obligation', strength: 'advisory' };
  }
  if (!base) return undefined;
  let negated = contractedNeg || (inverted?.negated ?? false);
  if (inverted) {
    // the subject follows: "may employees accept …" — find where the predicate starts
    return { kind: negated ? (base.kind === 'permission' ? 'prohibition' : negate(base.kind)) : base.kind, strength: base.strength, modal: `${inverted.words} ${words.join(' ')}`, from: i, to: j, inverted: true };
  }
  const adv = skipAdverbs(tokens, j, to);
  // "users may sometimes include …", "can often see …": how often something happens, not a permission
  if (base.needsPerson && w !== 'will' && tokens.slice(j, adv.i).some((t) => FREQUENCY.has(t.lower))) return undefined;
  if (adv.negated) {
    negated = true;
    words = [...words, ...adv.negWords];
  } else if (contractedNeg) words = [tokens[i]!.text];
  j = adv.i;
  if (w === 'ought' && at(tokens, j) === 'to') j++;
  if (base.need && at(tokens, i + 1) === 'to' && negated) return undefined; // "need to not" is odd; skip
  let kind: NormKind = base.kind;
  let omission = false;
  if (negated) {
    if (base.need) {
      kind = 'permission';
      omission = true;
    } else if (base.kind === 'permission') {
      if (w === 'can') return undefined; // "cannot" is mostly about ability: be conservative
      kind = 'prohibition';
    } else kind = negate(base.kind);
  }
  const a: ModalAnchor = { kind, strength: base.strength, modal: words.join(' '), from: i, to: j };
  if (omission) a.omission = true;
  if (kind === 'permission' && !negated && tokens.slice(i + 1, j).some((t) => t.lower === 'only')) {
    a.only = true;
    a.modal = `${a.modal} only`;
  }
  if (base.needsPerson && (!negated || w === 'will' || w === 'may')) a.needsPerson = true;
  if (base.activeOnly) a.activeOnly = true;
  return a;
}

function beModal(tokens: readonly Token[], i: number, to: number): ModalAnchor | undefined {
  if (!BE.has(at(tokens, i))) return undefined;
  const adv = skipAdverbs(tokens, i + 1, to);
  let j = adv.i;
  let strictly = at(tokens, j) === 'strictly';
  if (strictly) j++;
  else strictly = at(tokens, j - 1) === 'strictly';
  const p = at(tokens, j);
  const rule = BE_TO[p];
  const words = [tokens[i]!.text, ...adv.negWords];
  if (rule) {
    const prep = rule.prep.find((x) => at(tokens, j + 1) === x);
    if (prep) {
      const after = skipAdverbs(tokens, j + 2, to);
      let kind = rule.kind;
      let omission = false;
      if (adv.negated) {
        if (rule.negated === 'none' || !rule.negated) return undefined;
        if (rule.negated === 'omission') {
          kind = 'permission';
          omission = true;
        } else kind = 'prohibition';
      }
      const a: ModalAnchor = { kind, strength: rule.strength, modal: [...words, tokens[j]!.text, tokens[j + 1]!.text].join(' '), from: i, to: after.i };
      if (omission) a.omission = true;
      return a;
    }
  }
  const nominal = NOMINAL[p];
  if (nominal) {
    const next = tokens[j + 1];
    const nextWord = next?.lower ?? '';
    if (!next || next.kind === 'punct' || ['unless', 'except', 'if', 'when', 'where', 'without', 'under', 'in', 'at', 'by', 'for', 'while', 'during', 'and', 'or', 'before', 'after', 'within', 'on'].includes(nextWord)) {
      if (nextWord === 'for' && p === 'responsible') return undefined;
      let kind = nominal.kind;
      if (adv.negated) {
        if (!nominal.negated) return undefined;
        kind = nominal.negated;
      }
      return { kind, strength: 'strict', modal: [...words, ...(strictly ? ['strictly'] : []), tokens[j]!.text].join(' '), from: i, to: j + 1, nominal: true };
    }
  }
  return undefined;
}

function haveModal(tokens: readonly Token[], i: number, to: number): ModalAnchor | undefined {
  const w = at(tokens, i);
  // "does not have to", "don't need to": permission to omit
  if (DO.has(w) || w === "don't" || w === "doesn't" || w === "didn't") {
    const adv = skipAdverbs(tokens, i + 1, to);
    const neg = adv.negated || w.endsWith("n't");
    const k = adv.i;
    if (neg && (HAVE.has(at(tokens, k)) || at(tokens, k) === 'need') && at(tokens, k + 1) === 'to') {
      return { kind: 'permission', strength: 'strict', modal: tokens.slice(i, k + 2).map((t) => t.text).join(' '), from: i, to: k + 2, omission: true };
    }
    return undefined;
  }
  if (!HAVE.has(w)) return undefined;
  if (at(tokens, i + 1) === 'to') {
    // "have to do with" is not a duty
    if (at(tokens, i + 2) === 'do' && at(tokens, i + 3) === 'with') return undefined;
    return { kind: 'obligation', strength: 'strict', modal: `${tokens[i]!.text} to`, from: i, to: i + 2 };
  }
  const det = at(tokens, i + 1);
  if (det !== 'a' && det !== 'an' && det !== 'the' && det !== 'no') return undefined;
  // "has the right to", "has a duty to", "have the right and responsibility to"
  let j = i + 2;
  const nouns: string[] = [];
  while (j < to && ['right', 'duty', 'obligation', 'responsibility', 'and', 'freedom', 'option'].includes(at(tokens, j))) nouns.push(at(tokens, j++));
  if (nouns.length === 0 || at(tokens, j) !== 'to') return undefined;
  const dutyLike = nouns.some((n) => n === 'duty' || n === 'obligation' || n === 'responsibility');
  const rightLike = nouns.some((n) => n === 'right' || n === 'freedom' || n === 'option');
  let kind: NormKind = dutyLike ? 'obligation' : 'permission';
  if (det === 'no') kind = dutyLike ? 'permission' : 'prohibition';
  const modal = tokens.slice(i, j + 1).map((t) => t.text).join(' ');
  const a: ModalAnchor = { kind, strength: 'strict', modal, from: i, to: j + 1 };
  if (det === 'no' && dutyLike) a.omission = true;
  // "the right and responsibility to": a permission and a duty
  if (det !== 'no' && dutyLike && rightLike) {
    a.kind = 'permission';
    a.twin = { kind: 'obligation', strength: 'strict', modal, from: i, to: j + 1 };
  }
  return a;
}

function causative(tokens: readonly Token[], i: number, to: number): ModalAnchor | undefined {
  const rule = CAUSATIVE[at(tokens, i)];
  if (!rule) return undefined;
  // the bearer is a short noun phrase between the verb and "to"/"from"
  for (let j = i + 2; j < Math.min(to, i + 9); j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct') return undefined;
    if (t.lower === rule.prep) {
      const first = at(tokens, i + 1);
      if (first === 'that' || first === 'it' || first === 'this') return undefined;
      const after = skipAdverbs(tokens, j + 1, to);
      return { kind: rule.kind, strength: rule.strength, modal: `${tokens[i]!.text} … ${t.text}`, from: i, to: after.i, bearerTokens: { from: i + 1, to: j }, needsPerson: true };
    }
  }
  return undefined;
}

/** "It is important to …", "It is acceptable to …", "It is not appropriate to …". */
const IMPERSONAL: Record<string, { kind: NormKind; strength: Strength; negated?: NormKind }> = {
  essential: { kind: 'obligation', strength: 'strict' },
  necessary: { kind: 'obligation', strength: 'strict' },
  mandatory: { kind: 'obligation', strength: 'strict' },
  imperative: { kind: 'obligation', strength: 'strict' },
  critical: { kind: 'obligation', strength: 'strict' },
  crucial: { kind: 'obligation', strength: 'strict' },
  vital: { kind: 'obligation', strength: 'strict' },
  required: { kind: 'obligation', strength: 'strict', negated: 'permission' },
  important: { kind: 'obligation', strength: 'advisory' },
  advisable: { kind: 'obligation', strength: 'advisory' },
  acceptable: { kind: 'permission', strength: 'strict', negated: 'prohibition' },
  permissible: { kind: 'permission', strength: 'strict', negated: 'prohibition' },
  appropriate: { kind: 'permission', strength: 'strict', negated: 'prohibition' },
  fine: { kind: 'permission', strength: 'strict', negated: 'prohibition' },
  okay: { kind: 'permission', strength: 'strict', negated: 'prohibition' },
  ok: { kind: 'permission', strength: 'strict', negated: 'prohibition' },
  permitted: { kind: 'permission', strength: 'strict', negated: 'prohibition' },
  allowed: { kind: 'permission', strength: 'strict', negated: 'prohibition' },
  unacceptable: { kind: 'prohibition', strength: 'strict' },
  inappropriate: { kind: 'prohibition', strength: 'strict' },
  prohibited: { kind: 'prohibition', strength: 'strict' },
  forbidden: { kind: 'prohibition', strength: 'strict' },
};

function impersonal(tokens: readonly Token[], i: number, to: number): ModalAnchor | undefined {
  if (at(tokens, i) !== 'it' || !BE.has(at(tokens, i + 1))) return undefined;
  const adv = skipAdverbs(tokens, i + 2, to);
  let j = adv.i;
  if (at(tokens, j) === 'strictly' || at(tokens, j) === 'absolutely' || at(tokens, j) === 'always') j++;
  const rule = IMPERSONAL[at(tokens, j)];
  if (!rule || at(tokens, j + 1) !== 'to') return undefined;
  let kind = rule.kind;
  let omission = false;
  if (adv.negated) {
    if (!rule.negated) return undefined;
    kind = rule.negated;
    omission = rule.kind === 'obligation';
  }
  const after = skipAdverbs(tokens, j + 2, to);
  const a: ModalAnchor = { kind, strength: rule.strength, modal: tokens.slice(i + 1, j + 2).map((t) => t.text).join(' '), from: i + 1, to: after.i, impersonal: true };
  if (omission) a.omission = true;
  return a;
}

/** "We pledge to …", "We commit to …", "We are committed to …": the authors bind themselves (see README). */
function commitment(tokens: readonly Token[], i: number, to: number): ModalAnchor | undefined {
  const w = at(tokens, i);
  let j: number;
  if ((w === 'pledge' || w === 'commit' || w === 'undertake' || w === 'promise') && at(tokens, i + 1) === 'to') j = i + 2;
  else if (BE.has(w) && at(tokens, i + 1) === 'committed' && at(tokens, i + 2) === 'to') j = i + 3;
  else if ((w === 'further' || w === 'also') && at(tokens, i + 1) === 'commit' && at(tokens, i + 2) === 'to') j = i + 3;
  else return undefined;
  const after = skipAdverbs(tokens, j, to);
  return { kind: 'obligation', strength: 'strict', modal: tokens.slice(i, j).map((t) => t.text).join(' '), from: i, to: after.i, needsPerson: true };
}
