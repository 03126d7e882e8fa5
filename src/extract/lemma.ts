/**
 * Word forms through compromise's lexicon and inflection rules: lemmas of verbs and nouns, the forms a
 * label word can take in running text, and the few word classes the rules ask about. Results are cached per
 * word; only single words ever reach compromise, so the cost is paid once per distinct word.
 */
import nlp from 'compromise';

interface Transform {
  verb: {
    toInfinitive(word: string, model: unknown, tense: string): string;
    conjugate(word: string, model: unknown): Record<string, string>;
  };
  noun: { toPlural(word: string, model: unknown): string; toSingular(word: string, model: unknown): string };
}

const model = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model();
const transform = (nlp as unknown as { world(): { methods: { two: { transform: Transform } } } }).world().methods.two
  .transform;
const lexicon = model.one.lexicon;

/** The lexicon tags of a lower-case word (empty when compromise does not list it). */
export function lexTags(word: string): readonly string[] {
  const t = lexicon[word];
  return t === undefined ? [] : typeof t === 'string' ? [t] : t;
}

const verbLemmas = new Map<string, string>();
/** Infinitive of a verb form: "accepting", "accepts", "accepted" → "accept"; "taken", "known" → "take", "know". */
export function verbLemma(word: string): string {
  const w = word.toLowerCase();
  let out = verbLemmas.get(w);
  if (out === undefined) verbLemmas.set(w, (out = lemmaUncached(w)));
  return out;
}

function toInfinitive(w: string, tense: string): string | undefined {
  try {
    const r = transform.verb.toInfinitive(w, model, tense);
    return r && r !== w && /^[a-z][a-z'-]*$/.test(r) ? r : undefined;
  } catch {
    return undefined;
  }
}

function conjugated(inf: string, tense: string): string | undefined {
  try {
    return transform.verb.conjugate(inf, model)[tense];
  } catch {
    return undefined;
  }
}

function lemmaUncached(w: string): string {
  const tags = lexTags(w);
  if (tags.includes('Infinitive') || w.length <= 3 || !/^[a-z][a-z'-]*$/.test(w)) return w;
  // the tense the spelling or the lexicon suggests
  let tense: string | undefined;
  if (tags.includes('Gerund') || w.endsWith('ing')) tense = 'Gerund';
  else if (tags.includes('Participle')) tense = 'Participle';
  else if (tags.includes('PastTense') || w.endsWith('ed')) tense = 'PastTense';
  else if (tags.includes('PresentTense') || (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))) tense = 'PresentTense';
  if (tense) {
    const r = toInfinitive(w, tense);
    // "proceed", "exceed", "succeed" are base forms: a past tense must conjugate back to the word
    if (r && !(tense === 'PastTense' && !tags.includes('PastTense') && conjugated(r, 'PastTense') !== w)) return r;
  }
  // irregular participles and past forms the lexicon does not list: accepted only if they conjugate back
  if (!/(?:n|t|d|k|g)$/.test(w)) return w;
  for (const t of ['Participle', 'PastTense']) {
    const r = toInfinitive(w, t);
    if (r && conjugated(r, t) === w) return r;
  }
  const m = /^(over|under|with|out|re|mis|fore|up)(.{3,})$/.exec(w);
  if (m) {
    const rest = lemmaUncached(m[2]!);
    if (rest !== m[2]) return m[1] + rest;
  }
  return w;
}

const nounSingulars = new Map<string, string>();
/** Singular of a noun: "employees" → "employee", "analyses" → "analysis". */
export function nounSingular(word: string): string {
  const w = word.toLowerCase();
  let out = nounSingulars.get(w);
  if (out !== undefined) return out;
  out = w;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
    try {
      const r = transform.noun.toSingular(w, model);
      if (r && /^[a-z][a-z'-]*$/.test(r)) out = r;
    } catch {
      out = w;
    }
  }
  nounSingulars.set(w, out);
  return out;
}

const forms = new Map<string, readonly string[]>();
/** Every form a label word may take in text: itself, plural/singular, and verb conjugations. */
export function wordForms(word: string): readonly string[] {
  const w = word.toLowerCase();
  let out = forms.get(w);
  if (out) return out;
  const set = new Set<string>([w]);
  if (/^[a-z][a-z'-]*$/.test(w) && w.length > 1) {
    try {
      set.add(transform.noun.toPlural(w, model));
      set.add(nounSingular(w));
      for (const [tense, f] of Object.entries(transform.verb.conjugate(w, model))) {
        if (tense !== 'FutureTense' && f && !f.includes(' ')) set.add(f);
      }
    } catch {
      // an inflection rule failed on an unusual word: the word itself still matches
    }
  }
  out = [...set].filter((f) => f.length > 0).sort();
  forms.set(w, out);
  return out;
}

const participles = new Map<string, boolean>();
/** Nouns derived from a verb, by the regular English suffixes: "retaliate" → "retaliation", "approve" → "approval". */
export function nominalForms(verb: string): string[] {
  const v = verb.toLowerCase();
  if (!/^[a-z]{3,}$/.test(v)) return [];
  const stem = v.replace(/e$/, '');
  const out = new Set<string>([`${stem}ion`, `${stem}ation`, `${v}ment`, `${stem}al`, `${stem}ance`, `${stem}ence`]);
  if (v.endsWith('y')) out.add(`${v.slice(0, -1)}ication`);
  if (v.endsWith('ize') || v.endsWith('ise')) out.add(`${stem}ation`);
  if (v.endsWith('ibe')) out.add(`${v.slice(0, -3)}iption`);
  if (v.endsWith('ose')) out.add(`${v.slice(0, -3)}osure`);
  if (v.endsWith('ive')) out.add(`${v.slice(0, -2)}pt`);
  return [...out].flatMap((n) => [n, `${n}s`]).sort();
}

/** A past participle (or a past form that can be one): "reported", "given", "sent", "known", "overridden". */
export function isParticiple(word: string): boolean {
  const w = word.toLowerCase();
  let out = participles.get(w);
  if (out !== undefined) return out;
  out = participleUncached(w);
  participles.set(w, out);
  return out;
}

function participleUncached(w: string): boolean {
  const tags = lexTags(w);
  if (tags.includes('Participle') || tags.includes('PastTense')) return true;
  if (w.length > 3 && w.endsWith('ed')) return true;
  if (!/^[a-z]+$/.test(w) || w.length < 3) return false;
  try {
    const inf = transform.verb.toInfinitive(w, model, 'Participle');
    if (inf !== w && transform.verb.conjugate(inf, model)['Participle'] === w) return true;
    const inf2 = transform.verb.toInfinitive(w, model, 'PastTense');
    if (inf2 !== w && transform.verb.conjugate(inf2, model)['PastTense'] === w) return true;
  } catch {
    return false;
  }
  // prefixed irregular verbs: "overridden", "undertaken", "withheld"
  const m = /^(over|under|with|out|re|mis|fore|up|be)(.{3,})$/.exec(w);
  return m ? isParticiple(m[2]!) : false;
}

/** A word compromise lists as a verb's base form ("report", "disclose", "avoid"). */
export function isInfinitive(word: string): boolean {
  const tags = lexTags(word.toLowerCase());
  return tags.includes('Infinitive') || tags.includes('Imperative');
}

/**
 * Whether a word the lexicon lists only as a noun also has a verb reading: its past form is a known past
 * tense ("treat" → "treated"), as it is not for "body" or "self-harm".
 */
export function hasVerbReading(word: string): boolean {
  const w = word.toLowerCase();
  if (isInfinitive(w)) return true;
  if (!/^[a-z]{3,}$/.test(w)) return false;
  const past = conjugated(w, 'PastTense');
  return past !== undefined && past !== w && lexTags(past).includes('PastTense');
}

/** A gerund ("accepting", "publishing"). */
export function isGerund(word: string): boolean {
  const w = word.toLowerCase();
  if (NOT_GERUNDS.has(w)) return false;
  return lexTags(w).includes('Gerund') || (w.length > 5 && w.endsWith('ing'));
}
const NOT_GERUNDS = new Set(['during', 'nothing', 'anything', 'something', 'everything', 'thing', 'things', 'morning', 'evening', 'ceiling', 'building', 'meeting', 'training', 'setting', 'settings', 'funding', 'pricing', 'wording', 'according', 'regarding', 'following', 'including', 'notwithstanding', 'pending']);

/** A noun compromise marks as denoting people ("employee", "leader", "journalist"). */
export function isActorNoun(word: string): boolean {
  return lexTags(word.toLowerCase()).includes('Actor');
}

/** Whether compromise reads the sentence as starting with an imperative verb ("Report concerns promptly."). */
export function startsImperative(sentence: string): boolean {
  const doc = nlp(sentence);
  const first = doc.terms().first();
  return first.has('#Imperative') || (first.has('#Infinitive') && !first.has('#Noun'));
}
