/**
 * How a norm reads in questions and answers: its bearer (singular, plural, first person), verb phrase and
 * target, modal, conditions and exceptions, a canonical one-sentence statement, and where it is written (a
 * citation by document title, section and paragraph, with the clause id `regc explain` accepts).
 */
import type { Condition, Norm } from '../../ir/index.js';
import type { FramerView, NormEntry } from './view.js';
import { capitalise, decapitalise, isProper, listJoin, plural, quote, thirdPerson, withArticle, withDefinite } from './phrase.js';

export interface Citation {
  title: string;
  /** "Section 3.1 Value Limits" or 'the section "Purpose"'. */
  section?: string;
  /** "paragraph (1)", "item (a)", "sentence 2". */
  part?: string;
  clauseId?: string;
  file: string;
  line: number;
}

export interface Wording {
  entry: NormEntry;
  /** "an employee", "the Ethics Office". */
  bearerOne: string;
  /** "employees", "the Ethics Office". */
  bearerMany: string;
  /** Whether the bearer is an organisational unit (a proper name) rather than a class of people. */
  bearerIsUnit: boolean;
  /** Base form: "accept", "speak to the press". */
  verb: string;
  /** Noun phrase with an indefinite article, or '' when the norm has no target. */
  target: string;
  /** "must not", "must", "may", "should", "need not". */
  modal: string;
  /** The norm permits leaving the act undone ("need not"). */
  omissive: boolean;
  /** "if their manager has given prior written approval", "while a blackout period is in effect". */
  conditions: string[];
  /** "unless the Ethics Office has given prior approval". */
  exceptions: string[];
  /** Modifiers of the target stated as constraints ("worth more than USD 100"). */
  modifiers: string[];
  cite: Citation;
}

const memo = new WeakMap<NormEntry, Wording>();

/** The verb phrase of an action: the text of the sentence when it starts with the concept's verb, else the label. */
export function verbOf(view: FramerView, n: Norm, action = n.action.concept): string {
  const text = n.action.text.trim();
  if (!action) return text.toLowerCase() === text ? text : text[0]!.toLowerCase() + text.slice(1);
  const label = view.label(action);
  if (action !== n.action.concept) return label;
  const head = label.split(/\s+/)[0]!.toLowerCase();
  return text && text.toLowerCase().startsWith(head) && !/[A-Z]/.test(text.slice(1)) ? text.toLowerCase() : label;
}

/** The label of a target key (concept IRI or `text:` key), or of the norm's own target text. */
export function targetLabel(view: FramerView, key: string | undefined, n?: Norm): string {
  if (key === undefined) return '';
  if (n?.target && (key === n.target.concept || (!n.target.concept && key.startsWith('text:')))) {
    return n.target.concept ? view.label(n.target.concept) : n.target.text.trim();
  }
  return view.label(key);
}

const PREPOSITION = /^(on|in|to|from|of|with|for|about|into|onto|at|by|under|over)$/i;
const OWN_DETERMINER = /^(the|their|its|your|our|his|her)$/i;

/** A target as a noun phrase: a concept's label with an article, or a text target as the sentence writes it
 * (with the preposition or possessive before it: "on behalf of Orbis", "their teams"). */
export function targetPhrase(view: FramerView, key: string | undefined, n: Norm | undefined, article: 'one' | 'the'): string {
  if (key === undefined) return '';
  const own = n?.target && !n.target.concept && key.startsWith('text:') ? n.target.text.trim() : undefined;
  if (own) {
    const at = n!.text.toLowerCase().indexOf(own.toLowerCase());
    const before = at > 0 ? /(\S+)\s+$/.exec(n!.text.slice(0, at))?.[1] : undefined;
    if (before && (PREPOSITION.test(before) || OWN_DETERMINER.test(before))) return `${before.toLowerCase()} ${own}`;
    return article === 'one' ? withArticle(own) : withDefinite(own);
  }
  const label = targetLabel(view, key, n);
  return article === 'one' ? withArticle(label) : withDefinite(label);
}

export function modalOf(n: Norm): { modal: string; omissive: boolean } {
  const written = (n.modal ?? '').toLowerCase();
  if (n.kind === 'permission' && /need not|not required|not obliged|not have to/.test(written)) return { modal: 'need not', omissive: true };
  const advisory = n.strength === 'advisory';
  if (n.kind === 'prohibition') return { modal: advisory ? 'should not' : 'must not', omissive: false };
  if (n.kind === 'obligation') return { modal: advisory ? 'should' : 'must', omissive: false };
  return { modal: 'may', omissive: false };
}

function conditionText(c: Condition): string {
  const text = c.text.trim().replace(/[.;,]$/, '');
  return c.marker === 'constraint' ? text : `${c.marker} ${text}`;
}

/** One role (concept IRI or `text:` key) as a noun phrase. */
export function roleOne(view: FramerView, role: string): string {
  return withArticle(view.label(role));
}
export function roleMany(view: FramerView, role: string): string {
  const l = view.label(role);
  return isProper(l) ? withDefinite(l) : plural(l);
}

export function wording(view: FramerView, e: NormEntry): Wording {
  const hit = memo.get(e);
  if (hit) return hit;
  const n = e.norm;
  const bearerKey = e.scoped.bearer;
  const bearerLabel = n.bearer.concept ? view.label(n.bearer.concept) : n.bearer.text.trim() || view.label(bearerKey);
  const { modal, omissive } = modalOf(n);
  const w: Wording = {
    entry: e,
    bearerOne: withArticle(bearerLabel),
    bearerMany: isProper(bearerLabel) ? withDefinite(bearerLabel) : plural(bearerLabel.replace(/^(the|all|every|any)\s+/i, '')),
    bearerIsUnit: isProper(bearerLabel),
    verb: verbOf(view, n),
    target: targetPhrase(view, e.scoped.target, n, 'one'),
    modal,
    omissive,
    conditions: n.conditions.filter((c) => c.marker !== 'constraint').map(conditionText),
    exceptions: n.exceptions.map(conditionText),
    modifiers: n.conditions.filter((c) => c.marker === 'constraint').map(conditionText),
    cite: citation(e),
  };
  memo.set(e, w);
  return w;
}

export function citation(e: NormEntry): Citation {
  const n = e.norm;
  const c: Citation = { title: e.doc?.meta.title ?? e.doc?.id ?? n.document, file: n.span.file, line: n.span.line };
  const s = e.section;
  if (s) {
    const heading = s.heading.replace(/^\s*[\dA-Z]+(\.\d+)*\.?\s+/, '').trim();
    c.section = s.number ? `Section ${s.number.replace(/\.$/, '')}${heading ? ' ' + heading : ''}` : `the section "${s.heading}"`;
  }
  const cl = e.clause;
  if (cl) {
    c.clauseId = cl.id;
    const label = cl.label?.trim();
    if (label && /^\(\d+\)$/.test(label)) c.part = `paragraph ${label}`;
    else if (label) c.part = `item ${label.replace(/\.$/, '')}`;
    else if (cl.kind !== 'paragraph' || (s && s.clauses.length > 1)) c.part = `${cl.kind === 'list-item' || cl.kind === 'enumeration-item' ? 'item' : 'sentence'} ${cl.ordinal}`;
  }
  return c;
}

/** "Global Business Conduct Guidelines, Section 3.1 Value Limits, paragraph (1) [orbis-conduct/gift-limits/1]". */
export function citeLong(c: Citation): string {
  const parts = [c.title, c.section, c.part].filter(Boolean).join(', ');
  return c.clauseId ? `${parts} [${c.clauseId}]` : parts;
}

/** The clause id (what `regc explain` accepts), or the long citation when the norm has no clause. */
export const sourceRef = (c: Citation): string => c.clauseId ?? citeLong(c);

/** A document title as a noun phrase: "the Global Business Conduct Guidelines", "the EMEA addendum". */
export const docName = (title: string): string => (/^the\s/i.test(title) ? 'the' + title.slice(3) : `the ${title}`);

/** "Section 3.1 Value Limits, paragraph (1) of the Global Business Conduct Guidelines". */
export function citeShort(c: Citation): string {
  const where = [c.section, c.part].filter(Boolean).join(', ');
  return where ? `${where} of ${docName(c.title)}` : docName(c.title);
}

/** "accept a gift", "speak to the press": the act, with the target and its stated modifiers. */
export function actPhrase(w: Wording, opts: { target?: string; modifiers?: boolean } = {}): string {
  const target = opts.target ?? w.target;
  const mods = opts.modifiers === false ? [] : w.modifiers;
  return [w.verb, target, ...mods].filter(Boolean).join(' ');
}

/** "Employees must not accept a gift worth more than USD 100, unless the Ethics Office has given prior approval." */
export function statement(w: Wording): string {
  const head = `${capitalise(w.bearerMany)} ${w.modal} ${actPhrase(w)}`;
  const tail = [...w.conditions, ...w.exceptions];
  return `${head}${tail.length ? ', ' + tail.join(', ') : ''}.`;
}

/** The rule, quoted, with where it is written. */
export function quoted(w: Wording): string {
  return `${citeShort(w.cite)}: ${quote(w.entry.norm.text)}`;
}

/** "employees must not accept a gift …" as a clause ("the rule that …"). */
export function ruleClause(w: Wording): string {
  const body = statement(w).replace(/\.$/, '');
  if (/^The\s/.test(body)) return 't' + body.slice(1);
  return w.bearerIsUnit ? body : decapitalise(body);
}

/** The third-person present of the act, for narratives ("accepts a gift"). */
export const actThird = (w: Wording, target?: string): string => thirdPerson(actPhrase(w, target === undefined ? {} : { target }));

export { listJoin };
