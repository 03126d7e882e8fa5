/**
 * The subject of a modal phrase: the noun phrase before it (after it when inverted), trimmed to its core
 * ("All employees who receive gifts" → "employees"), classified as a named bearer, a pronoun to resolve, a
 * coordinated continuation of the previous norm, or a subject that makes the sentence non-normative.
 */
import type { Token } from './tokens.js';
import type { ModalAnchor } from './modality.js';
import type { ConceptIndex } from './concepts.js';
import { isActorNoun, isInfinitive, nounSingular } from './lemma.js';

export type SubjectKind =
  | 'np' // a noun phrase naming the bearer (or, for passives and nominal norms, the target/act)
  | 'inherit' // "… and must not …": the previous norm's subject
  | 'pronoun' // it, they, he, she: resolved from context
  | 'you' // the reader: the document's default bearer
  | 'none' // no subject at all
  | 'skip'; // the modal sits in a subordinate clause, or the subject is not an agent ("this", "there")

export interface Subject {
  kind: SubjectKind;
  /** Core noun phrase, tokens [from, to). */
  from: number;
  to: number;
  /** Where the subject region starts (commas and conjunctions before it belong to the previous part). */
  regionFrom: number;
  /** "No employee may …", "No one shall …": the modal is negated by the subject. */
  negativeQuantifier?: boolean;
  /** For inverted modals: where the predicate starts. */
  predicateFrom?: number;
  /** The antecedent of a non-restrictive relative clause ("fenced code blocks (which must …)"). */
  relative?: boolean;
}

const BOUNDARY_PUNCT = new Set([',', ';', ':', '—', '–', '(', ')', '[', ']', '"', '“', '”']);
const COORDINATORS = new Set(['and', 'or', 'but', 'nor', 'then', 'so', 'yet']);
const SUBORDINATORS = new Set([
  'if', 'when', 'whenever', 'which', 'that', 'who', 'whom', 'whose', 'what', 'whatever', 'whether', 'how', 'why',
  'because', 'although', 'though', 'since', 'as', 'while', 'where', 'wherever', 'unless', 'than', 'once', 'until',
  'whereas', 'so', 'lest', 'whoever', 'before', 'after', 'even',
]);
/**
 * Concessive subordinators: a modal in their clause is asserted, not hypothetical ("While the assistant should
 * display big-picture thinking, it should never overstep" states two norms).
 */
export const CONCESSIVE = new Set(['while', 'whilst', 'although', 'though', 'whereas']);
const DETERMINERS = new Set(['all', 'any', 'each', 'every', 'the', 'a', 'an', 'our', 'your', 'their', 'its', 'his', 'her', 'such', 'both', 'some', 'other', 'these', 'those']);
const RELATIVE = new Set(['who', 'whom', 'whose', 'that', 'which', 'where', 'when', 'whether', 'as']);
/** Quantifiers that take "of": "some of the models", "all of our staff". */
const QUANTIFIERS = new Set(['some', 'all', 'any', 'each', 'none', 'one', 'many', 'most', 'several', 'both', 'either', 'neither', 'few']);
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'you', 'i']);
const NP_STARTERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'their', 'its', 'our', 'your', 'his', 'her', 'my']);
const PREPOSITIONS = new Set(['of', 'in', 'at', 'on', 'for', 'with', 'from', 'under', 'within', 'across', 'outside', 'inside', 'by', 'to', 'about', 'over', 'into', 'through', 'than', 'like', 'such', 'as', 'including', 'via', 'during', 'without', 'against', 'toward', 'towards', 'between', 'among']);
/** Subjects that are not agents: the sentence describes, it does not regulate. */
const NON_AGENTS = new Set(['this', 'that', 'these', 'those', 'there', 'here', 'which', 'what', 'i', 'one', 'something', 'nothing', 'anything', 'everything', 'such']);
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'them', 'him']);
/** Verbs that report a clause ("Note that employees must …"). */
const REPORTING = new Set(['note', 'ensure', 'means', 'mean', 'say', 'says', 'states', 'state', 'require', 'requires', 'believe', 'believes', 'recognize', 'recognise', 'agree', 'agrees', 'provided', 'given', 'so', 'such', 'clear', 'expect', 'expects', 'think', 'remember', 'understand', 'acknowledge']);
/** Nouns for people that compromise does not mark as such. */
const PERSON_NOUNS = new Set([
  'employee', 'staff', 'member', 'contractor', 'worker', 'personnel', 'person', 'people', 'individual', 'anyone',
  'everyone', 'someone', 'nobody', 'one', 'user', 'developer', 'assistant', 'model', 'leader', 'manager',
  'director', 'officer', 'contributor', 'maintainer', 'reviewer', 'participant', 'moderator', 'administrator',
  'partner', 'supplier', 'vendor', 'customer', 'client', 'team', 'committee', 'board', 'office', 'department',
  'company', 'organization', 'organisation', 'we', 'you', 'they', 'representative', 'spokesperson', 'agent',
  'consultant', 'intern', 'volunteer', 'executive', 'supervisor', 'auditor', 'operator', 'provider', 'party',
  'controller', 'processor', 'buyer', 'seller', 'author', 'owner', 'holder', 'trainee', 'chatbot',
]);

function startsNegative(tokens: readonly Token[], from: number, to: number): { negative: boolean; skip: number; anyone: boolean } {
  const w = tokens[from]?.lower;
  if (from >= to || !w) return { negative: false, skip: 0, anyone: false };
  if (w === 'no' && tokens[from + 1]?.lower === 'one') return { negative: true, skip: 2, anyone: true };
  if (w === 'nobody' || w === 'no-one' || w === 'none') return { negative: true, skip: w === 'none' && tokens[from + 1]?.lower === 'of' ? 2 : 1, anyone: true };
  if (w === 'no' || w === 'neither') return { negative: true, skip: 1, anyone: false };
  return { negative: false, skip: 0, anyone: false };
}

/** The core of a noun phrase [from, to): determiners and relative clauses trimmed away. */
export function coreNp(tokens: readonly Token[], from: number, to: number): { from: number; to: number } {
  let a = from;
  if (QUANTIFIERS.has(tokens[a]?.lower ?? '') && tokens[a + 1]?.lower === 'of' && a + 2 < to) a += 2;
  while (a < to && DETERMINERS.has(tokens[a]!.lower)) a++;
  let b = a;
  const listComma = (k: number) => tokens[k]!.text === ',' && tokens.slice(k + 1, to).some((t) => t.lower === 'and' || t.lower === 'or') && !tokens.slice(k + 1, to).some((t) => RELATIVE.has(t.lower));
  while (b < to && !(b > a && RELATIVE.has(tokens[b]!.lower)) && !(b > a && tokens[b]!.kind === 'punct' && tokens[b]!.text !== '-' && tokens[b]!.text !== '/' && tokens[b]!.text !== "'" && tokens[b]!.text !== '’' && !listComma(b))) b++;
  return { from: a, to: b };
}

/** Index of the head word of a noun phrase: the last word before a preposition or relative clause, else the last word. */
export function headIndex(tokens: readonly Token[], from: number, to: number): number | undefined {
  let end = to;
  for (let i = from + 1; i < to; i++) {
    if (PREPOSITIONS.has(tokens[i]!.lower) || RELATIVE.has(tokens[i]!.lower) || (tokens[i]!.kind === 'punct' && tokens[i]!.text !== '-' && tokens[i]!.text !== "'")) {
      end = i;
      break;
    }
  }
  for (let i = end - 1; i >= from; i--) if (tokens[i]!.kind === 'word') return i;
  return undefined;
}

/** The head word of a noun phrase, lower case, without a possessive ending. */
export function headWord(tokens: readonly Token[], from: number, to: number): string | undefined {
  const i = headIndex(tokens, from, to);
  return i === undefined ? undefined : tokens[i]!.lower.replace(/['’]s?$/, '');
}

/** Whether a noun phrase names a person or role: a role concept, a people-noun, or a personal pronoun. */
export function isPersonLike(tokens: readonly Token[], from: number, to: number, concepts: ConceptIndex): boolean {
  const core = coreNp(tokens, from, to);
  const headAt = headIndex(tokens, core.from, core.to);
  if (headAt !== undefined && concepts.scan(tokens, core.from, core.to, 'role').some((h) => h.from <= headAt && headAt < h.to)) return true;
  const head = headWord(tokens, core.from, core.to);
  if (!head) return false;
  const sing = nounSingular(head);
  return PERSON_NOUNS.has(head) || PERSON_NOUNS.has(sing) || isActorNoun(head) || isActorNoun(sing);
}

/**
 * The subject of anchor k of a sentence whose tokens are [sFrom, sTo); `left` is where the previous part
 * ends (the previous anchor's end for k > 0, else the sentence start after introductory phrases).
 */
export function findSubject(tokens: readonly Token[], anchor: ModalAnchor, k: number, left: number, sTo: number): Subject {
  if (anchor.bearerTokens) {
    return { kind: 'np', ...coreNp(tokens, anchor.bearerTokens.from, anchor.bearerTokens.to), regionFrom: anchor.from };
  }
  if (anchor.inverted) return invertedSubject(tokens, anchor, sTo);
  // a relative pronoun right before the modal: "… that can be called", "… which may store data"
  let r = anchor.from - 1;
  while (r >= left && /ly$/.test(tokens[r]!.lower) && tokens[r]!.lower.length > 4) r--;
  if (r >= left && (tokens[r]!.lower === 'that' || tokens[r]!.lower === 'which' || tokens[r]!.lower === 'who')) {
    // a non-restrictive relative ("fenced code blocks (which must include a language …)") asserts a norm
    // about its antecedent; a restrictive one ("a program that can be called") only describes
    const antecedent = tokens[r]!.lower !== 'that' && !anchor.needsPerson && r === anchor.from - 1 ? nonRestrictiveAntecedent(tokens, r, left) : undefined;
    if (antecedent) return { kind: 'np', ...antecedent, regionFrom: r, relative: true };
    return { kind: 'skip', from: r, to: anchor.from, regionFrom: r };
  }
  // walk back from the modal to a boundary, over parentheticals
  let j = anchor.from - 1;
  while (j >= left) {
    const t = tokens[j]!;
    if (t.text === ')' && j < anchor.from - 1) {
      let depth = 0;
      let q = j;
      for (; q >= left; q--) {
        if (tokens[q]!.text === ')') depth++;
        else if (tokens[q]!.text === '(' && --depth === 0) break;
      }
      if (q >= left) {
        j = q - 1;
        continue;
      }
    }
    if (t.text === ')' && j === anchor.from - 1) {
      // "Customization (except as …) should never …": the subject is before the parenthesis
      let depth = 0;
      let q = j;
      for (; q >= left; q--) {
        if (tokens[q]!.text === ')') depth++;
        else if (tokens[q]!.text === '(' && --depth === 0) break;
      }
      if (q > left) {
        const inner = findSubject(tokens, { ...anchor, from: q }, k, left, sTo);
        return inner;
      }
    }
    if (t.kind === 'punct' && BOUNDARY_PUNCT.has(t.text)) break;
    if (k > 0 && COORDINATORS.has(t.lower)) break;
    // "While the assistant should …": the concessive clause's modal is a norm, its subject follows ("While
    // language models can generate …" states an ability: "can", "may" and "will" stay in the clause)
    if (CONCESSIVE.has(t.lower) && j + 1 < anchor.from && !anchor.needsPerson) break;
    // a clause embedded after "that", "which", "if" …: its own subject, then the modal ("… that it should …")
    if (SUBORDINATORS.has(t.lower) && j + 1 < anchor.from) {
      const n = tokens[j + 1]!.lower;
      if ((SUBJECT_PRONOUNS.has(n) || NP_STARTERS.has(n)) && anchor.from - j <= 6) return { kind: 'skip', from: j, to: anchor.from, regionFrom: j };
    }
    j--;
  }
  let from = j + 1;
  const to = anchor.from;
  // "and must not …": the same subject as before
  if (k > 0) {
    let onlyAdverbs = true;
    for (let i = from; i < to; i++) if (!/ly$/.test(tokens[i]!.lower) && !['also', 'always', 'then', 'still'].includes(tokens[i]!.lower)) onlyAdverbs = false;
    if (onlyAdverbs) return { kind: 'inherit', from, to: from, regionFrom: Math.max(left, j) };
  }
  // a list of subjects: "Employees, contractors, and officers must"
  if (k === 0 && from < to && (tokens[from]!.lower === 'and' || tokens[from]!.lower === 'or') && tokens[j]?.text === ',') {
    let p = j; // the comma
    for (;;) {
      let q = p - 1;
      while (q >= left && tokens[q]!.text !== ',' && !(tokens[q]!.kind === 'punct' && BOUNDARY_PUNCT.has(tokens[q]!.text))) q--;
      const chunk = p - (q + 1);
      if (chunk < 1 || chunk > 4 || SUBORDINATORS.has(tokens[q + 1]!.lower)) break;
      from = q + 1;
      if (q < left || tokens[q]!.text !== ',') break;
      p = q;
    }
  }
  if (from >= to) return { kind: 'none', from, to, regionFrom: from };
  // ", and is required to …": the subject is elided; too far to recover safely
  if (k === 0 && COORDINATORS.has(tokens[from]!.lower) && tokens[j]?.text === ',') {
    let onlyAdverbs = true;
    for (let i = from + 1; i < to; i++) if (!/ly$/.test(tokens[i]!.lower)) onlyAdverbs = false;
    if (onlyAdverbs) return { kind: 'skip', from, to, regionFrom: from };
    from++;
  }
  // a pronoun inside the phrase is the subject of an embedded clause: "the information they need to …"
  for (let i = from + 1; i < to; i++) {
    if (RELATIVE.has(tokens[i]!.lower)) break; // "Employees who believe they …": the pronoun is the relative clause's
    if (SUBJECT_PRONOUNS.has(tokens[i]!.lower) && tokens[i]!.lower !== 'it') return { kind: 'skip', from, to, regionFrom: from };
  }
  // "Sometimes the assistant …", "by default the assistant …": a sentence adverbial before the subject
  from = afterAdverbials(tokens, from, to);
  if (from >= to) return { kind: 'none', from, to, regionFrom: from };
  const first = tokens[from]!.lower;
  if (SUBORDINATORS.has(first)) {
    return { kind: 'skip', from, to, regionFrom: from };
  }
  // "Note that employees must …": the subject starts after the complementiser
  for (let i = to - 1; i > from; i--) {
    if (tokens[i]!.lower === 'that' && REPORTING.has(tokens[i - 1]!.lower)) {
      from = i + 1;
      break;
    }
  }
  return classify(tokens, from, to, from);
}

/** The antecedent noun phrase of a relative pronoun at r after "(" or ",": up to four words before it. */
function nonRestrictiveAntecedent(tokens: readonly Token[], r: number, left: number): { from: number; to: number } | undefined {
  const open = tokens[r - 1]?.text;
  if (open !== '(' && open !== ',') return undefined;
  const to = r - 1;
  let from = to;
  while (from - 1 >= left && to - from < 4 && tokens[from - 1]!.kind === 'word' && !COORDINATORS.has(tokens[from - 1]!.lower) && !PREPOSITIONS.has(tokens[from - 1]!.lower) && !SUBORDINATORS.has(tokens[from - 1]!.lower)) {
    from--;
    if (DETERMINERS.has(tokens[from]!.lower)) break; // "the managers, who …"
  }
  if (from >= to) return undefined;
  const core = coreNp(tokens, from, to);
  return core.to > core.from ? core : undefined;
}

/** Sentence adverbials that may stand before a subject. */
const SENTENCE_ADVERBS = new Set(['sometimes', 'often', 'usually', 'generally', 'typically', 'normally', 'ordinarily', 'occasionally', 'also', 'then', 'instead', 'however', 'therefore', 'thus', 'now', 'still', 'likewise', 'similarly', 'additionally', 'further', 'furthermore', 'moreover', 'finally', 'first', 'second', 'again', 'ideally']);
const ADVERBIAL_PHRASES: readonly string[][] = [['by', 'default'], ['in', 'general'], ['in', 'particular'], ['in', 'practice'], ['of', 'course'], ['at', 'times'], ['in', 'turn'], ['in', 'addition']];

/** Tokens [from, to) without leading sentence adverbials, when a subject remains after them. */
function afterAdverbials(tokens: readonly Token[], from: number, to: number): number {
  let i = from;
  for (;;) {
    const phrase = ADVERBIAL_PHRASES.find((p) => p.every((w, k) => tokens[i + k]?.lower === w));
    if (phrase) i += phrase.length;
    else if (SENTENCE_ADVERBS.has(tokens[i]?.lower ?? '')) i++;
    else break;
    if (tokens[i]?.text === ',') i++;
  }
  return i < to ? i : from;
}

function classify(tokens: readonly Token[], from: number, to: number, regionFrom: number): Subject {
  const neg = startsNegative(tokens, from, to);
  if (neg.anyone) return { kind: 'np', from, to: from + neg.skip, regionFrom, negativeQuantifier: true };
  const core = coreNp(tokens, from + neg.skip, to);
  if (core.from >= core.to) return { kind: from + neg.skip < to ? 'skip' : 'none', from, to, regionFrom };
  const firstCore = tokens[core.from]!.lower;
  const single = core.to - core.from === 1;
  const s: Subject = { kind: 'np', from: core.from, to: core.to, regionFrom };
  if (neg.negative) s.negativeQuantifier = true;
  if (single && PRONOUNS.has(firstCore)) s.kind = 'pronoun';
  else if (single && firstCore === 'you') s.kind = 'you';
  else if (NON_AGENTS.has(firstCore) && (single || firstCore === 'i')) s.kind = 'skip';
  else if (tokens[from]!.lower === 'this' || tokens[from]!.lower === 'that' || tokens[from]!.lower === 'these' || tokens[from]!.lower === 'those') {
    // "this policy", "these rules": a document speaking about itself, unless it names people
    if (!/^(employee|staff|member|user|developer|people|person|individual|contractor|manager|leader)s?$/.test(headOrEmpty(tokens, core.from, core.to))) s.kind = 'skip';
  }
  return s;
}

function headOrEmpty(tokens: readonly Token[], from: number, to: number): string {
  return headWord(tokens, from, to) ?? '';
}

/** "Under no circumstances may employees accept …": the subject runs from the modal to the verb. */
function invertedSubject(tokens: readonly Token[], anchor: ModalAnchor, sTo: number): Subject {
  const from = anchor.to;
  let j = from;
  const limit = Math.min(sTo, from + 7);
  if (PRONOUNS.has(tokens[from]?.lower ?? '') || tokens[from]?.lower === 'you' || tokens[from]?.lower === 'we') j = from + 1;
  else while (j < limit) {
    const w = tokens[j]!.lower;
    if (j > from && (w === 'be' || w === 'not' || w === 'never' || (isInfinitive(w) && !PERSON_NOUNS.has(w)))) break;
    if (tokens[j]!.kind === 'punct') break;
    j++;
    // a person noun ends the subject: "may employees accept …"
    const w2 = tokens[j - 1]!.lower;
    if (PERSON_NOUNS.has(nounSingular(w2)) || isActorNoun(w2)) break;
  }
  if (j === from || j >= limit) return { kind: 'none', from, to: from, regionFrom: anchor.from };
  const s = classify(tokens, from, j, anchor.from);
  s.predicateFrom = j;
  while (s.predicateFrom < sTo && (tokens[s.predicateFrom]!.lower === 'not' || tokens[s.predicateFrom]!.lower === 'never')) s.predicateFrom++;
  return s;
}
