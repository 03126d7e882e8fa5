/**
 * English phrasing of the graph's terms: articles, plurals, verb forms (third person, gerund, base) and the
 * person of pronouns in condition texts. Small heuristics over concept labels, no NLP model: labels are short
 * noun or verb phrases written by analysts.
 */

const MASS = /(information|data|cash|software|hospitality|entertainment|travel|training|feedback|content|advice|equipment|employment|code|language|money|evidence|pre-clearance|clearance|approval|insurance|research|furniture)$/i;
const VOWEL_SOUND = /^(?:[aeio]|u(?!ni|se|sa|su|ro|ti|ku)|hon|hour|heir)/i;
/** Acronyms read letter by letter whose first letter sounds with a vowel: "an NDA", "an HR team". */
const VOWEL_ACRONYM = /^[AEFHILMNORSX][A-Z0-9]*(\s|$)/;

/** Whether a noun phrase names an organisational unit or other proper name (capitalised, not a sentence start). */
export const isProper = (np: string): boolean => /^[A-Z]/.test(np) && !/^(A|An|The)\s/.test(np);

/** Whether a noun phrase reads without an indefinite article (mass nouns, plurals, proper names). */
export function isBare(np: string): boolean {
  const last = np.trim().split(/\s+/).pop() ?? '';
  if (isProper(np)) return true;
  if (MASS.test(last)) return true;
  return /[^s']s$/.test(last) && !/(ss|us|is)$/.test(last);
}

/** "a gift", "an item", "cash", "the Ethics Office", "Communications". */
export function withArticle(np: string): string {
  const t = np.trim();
  if (!t) return t;
  if (/^(a|an|the|any|every|each|all|some|no|their|its|his|her|my|your|our)\s/i.test(t)) return t;
  if (isProper(t)) return t.includes(' ') ? `the ${t}` : t;
  if (isBare(t)) return t;
  if (/^\S+ of (the|a|an|their|its|his|her|your|our|this|that)\s/i.test(t)) return `the ${t}`;
  return (VOWEL_SOUND.test(t) || VOWEL_ACRONYM.test(t) ? 'an ' : 'a ') + t;
}

/** "the gift", "the cash", "the Ethics Office". */
export function withDefinite(np: string): string {
  const t = np.trim();
  if (!t) return t;
  if (/^(a|an|the|any|every|each|all|some|no|their|its|my|your|our)\s/i.test(t)) return t.replace(/^(a|an|any|every|each|all|some)\s/i, 'the ');
  if (isProper(t)) return t.includes(' ') ? `the ${t}` : t;
  return `the ${t}`;
}

const IRREGULAR_PLURAL: Record<string, string> = {
  person: 'people', staff: 'staff', personnel: 'personnel', child: 'children', man: 'men', woman: 'women',
};

/** Plural of a noun phrase's head (its last word): "employee" → "employees", "party" → "parties". */
export function plural(np: string): string {
  const t = np.trim();
  if (isProper(t)) return withDefinite(t);
  const m = /^(.*?)(\S+)$/.exec(t);
  if (!m) return t;
  const [, head, last] = m as unknown as [string, string, string];
  const lower = last.toLowerCase();
  let p: string;
  if (IRREGULAR_PLURAL[lower]) p = IRREGULAR_PLURAL[lower]!;
  else if (/[^aeiou]y$/i.test(last)) p = last.slice(0, -1) + 'ies';
  else if (/(s|x|z|ch|sh)$/i.test(last)) p = /[^s]s$/.test(last) && !/(ss|us|is)$/.test(last) ? last : last + 'es';
  else p = last + 's';
  return head + p;
}

const IRREGULAR_THIRD: Record<string, string> = { be: 'is', have: 'has', do: 'does', go: 'goes' };
const IRREGULAR_GERUND: Record<string, string> = {
  be: 'being', see: 'seeing', refer: 'referring', tip: 'tipping', stop: 'stopping', ship: 'shipping',
  plan: 'planning', submit: 'submitting', permit: 'permitting', commit: 'committing', admit: 'admitting',
  transfer: 'transferring', log: 'logging', get: 'getting', put: 'putting', set: 'setting', run: 'running',
  sit: 'sitting', chat: 'chatting', lie: 'lying', die: 'dying', tie: 'tying',
};

const splitVerb = (vp: string): [string, string] => {
  const m = /^(\S+)(.*)$/.exec(vp.trim());
  return m ? [m[1]!, m[2]!] : ['', ''];
};

/** "accept cash" → "accepts cash", "hand over" → "hands over", "identify themselves" → "identifies themselves". */
export function thirdPerson(vp: string): string {
  const [verb, rest] = splitVerb(vp);
  const lower = verb.toLowerCase();
  let v: string;
  if (IRREGULAR_THIRD[lower]) v = IRREGULAR_THIRD[lower]!;
  else if (/[^aeiou]y$/i.test(verb)) v = verb.slice(0, -1) + 'ies';
  else if (/(s|x|z|ch|sh|o)$/i.test(verb)) v = verb + 'es';
  else v = verb + 's';
  return v + rest;
}

/** "accept" → "accepting", "use" → "using", "tip off" → "tipping off". */
export function gerund(vp: string): string {
  const [verb, rest] = splitVerb(vp);
  const lower = verb.toLowerCase();
  let v: string;
  if (IRREGULAR_GERUND[lower]) v = IRREGULAR_GERUND[lower]!;
  else if (/ie$/.test(lower)) v = verb.slice(0, -2) + 'ying';
  else if (/[^aeiouy]e$/i.test(verb) && verb.length > 2) v = verb.slice(0, -1) + 'ing';
  else v = verb + 'ing';
  return v + rest;
}

/** "themselves" → "myself" etc.: a verb phrase said by the actor about themselves. */
export function firstPersonObject(vp: string): string {
  return vp.replace(/\bthemselves\b/g, 'myself').replace(/\btheir\b/g, 'my').replace(/\bthem\b/g, 'me');
}

/** A clause about "they"/"you" as the actor says it: "they possess" → "I possess", "your manager" → "my manager". */
export function toFirstPerson(clause: string): string {
  return clause
    .replace(/\b(they|you) are\b/gi, 'I am')
    .replace(/\b(they|you) were\b/gi, 'I was')
    .replace(/\b(they|you)\b/gi, 'I')
    .replace(/\b(their|your)\b/gi, 'my')
    .replace(/\b(them)\b/gi, 'me')
    .replace(/\b(themselves|yourself|yourselves)\b/gi, 'myself');
}

/** A clause about "you" as a third party tells it: "you have" → "they have". */
export function toThirdPerson(clause: string): string {
  return clause.replace(/\byou\b/g, 'they').replace(/\bYou\b/g, 'They').replace(/\byour\b/g, 'their').replace(/\bYour\b/g, 'Their');
}

const AUX = /\b(is|are|was|were|has|have|had|can|could|will|would|does|do|did|may|must|should)\b/;

/** The negation of a simple clause: "the host attends" is not negated by grammar here, only clauses with an
 * auxiliary are ("the Ethics Office has given …" → "the Ethics Office has not given …"); others take
 * "it is not the case that …". */
export function negateClause(clause: string): string {
  const t = clause.trim();
  if (/^there (is|are) /i.test(t)) return t.replace(/^there (is|are) (a |an |any )?/i, 'there $1 no ');
  const m = AUX.exec(t);
  if (m && m.index > 0 && !/\b(not|never|no)\b/.test(t)) {
    const at = m.index + m[0].length;
    return `${t.slice(0, at)} not${t.slice(at)}`;
  }
  return `it is not the case that ${t}`;
}

export const capitalise = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
export const decapitalise = (s: string): string => (s && !/^[A-Z]{2}|^[A-Z][a-z]*[A-Z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** A sentence: capitalised, one final full stop. */
export function sentence(s: string): string {
  const t = s.trim().replace(/[\s;:,]+$/, '');
  if (!t) return t;
  return capitalise(/[.!?]$/.test(t) ? t : t + '.');
}

/** "a", "a and b", "a, b and c". */
export function listJoin(items: readonly string[], conj = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conj} ${items[items.length - 1]}`;
}

/** A quotation of source text, trimmed of list punctuation and its full stop (plain ASCII quotes). */
export const quote = (text: string): string => `"${text.trim().replace(/[;,.]$/, '')}"`;
