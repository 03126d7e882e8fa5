/**
 * The precedence principles, one small named function each (DESIGN.md "Precedence"): explicit overrides
 * (LegalRuleML `Override`; "notwithstanding", "subject to", "except as provided in", graph `regc:overrides`),
 * lex superior (authority levels ordered by `regc:outranks`), lex specialis (strictly narrower scope), lex
 * posterior (later effective date), and the ODRL 2.2 conflict strategy of a policy (§2.7.1: perm, prohibit,
 * invalid). Each answers a winner with its explanation and basis, or null when it does not decide.
 */
import type { Conflict, Norm, Principle } from '../ir/index.js';
import { authorityIri } from '../vocab/index.js';
import type { NormInfo } from './info.js';

export interface PrecedenceEnv {
  norms: ReadonlyMap<string, Norm>;
  infos: ReadonlyMap<string, NormInfo>;
  /** The order of authority levels (names or IRIs), transitively closed. */
  outranks(a: string, b: string): boolean;
  /** `regc:overrides` edges stated in the graph, subject → objects (norms, clauses, sections, documents). */
  overrides: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface Verdict {
  winner: string;
  explanation: string;
  basis: string[];
}

/** The evidence points both ways: a precedence cycle of two. */
export interface Contradiction {
  contradiction: true;
  explanation: string;
  basis: string[];
}

export type Decision = Verdict | Contradiction | null;

export type PrincipleCheck = (c: Conflict, a: Norm, b: Norm, env: PrecedenceEnv) => Decision;

const short = (n: Norm) => `"${n.text || n.iri}"`;
const containersOf = (env: PrecedenceEnv, n: Norm) => env.infos.get(n.iri)?.containers ?? new Set([n.iri]);

/** Why `x` beats `y`, or loses to it, by what the text or the graph says: IRIs of override phrase nodes
 * (`<norm>/ovrK`, as the graph names them) and of the nodes stating `regc:overrides`. */
function claims(x: Norm, y: Norm, env: PrecedenceEnv): { wins: string[]; loses: string[] } {
  const wins: string[] = [];
  const loses: string[] = [];
  const ys = containersOf(env, y);
  x.overrides.forEach((o, i) => {
    if (!o.references.some((r) => r.resolved !== undefined && ys.has(r.resolved))) return;
    const node = `${x.iri}/ovr${i + 1}`;
    if (o.kind === 'notwithstanding') wins.push(node);
    else if (o.kind === 'subject-to' || o.kind === 'except-as-provided') loses.push(node);
  });
  for (const s of containersOf(env, x)) {
    for (const t of env.overrides.get(s) ?? []) if (ys.has(t)) wins.push(s);
  }
  return { wins, loses };
}

/** The override phrases (or `regc:overrides` statements) behind a basis, as text for the explanation. */
function phrases(x: Norm, y: Norm, basis: string[]): string {
  const texts = new Map<string, string>();
  for (const n of [x, y]) n.overrides.forEach((o, i) => texts.set(`${n.iri}/ovr${i + 1}`, `"${o.text}"`));
  return basis.map((b) => texts.get(b) ?? `${b} overrides it`).join('; ');
}

export const explicit: PrincipleCheck = (_c, a, b, env) => {
  if (!a.overrides.length && !b.overrides.length && !env.overrides.size) return null;
  const ca = claims(a, b, env);
  const cb = claims(b, a, env);
  const forA = [...new Set([...ca.wins, ...cb.loses])].sort();
  const forB = [...new Set([...cb.wins, ...ca.loses])].sort();
  if (forA.length && forB.length) {
    return { contradiction: true, explanation: `explicit overrides point both ways between ${short(a)} and ${short(b)}`, basis: [...forA, ...forB] };
  }
  if (forA.length) return { winner: a.iri, explanation: `${short(a)} prevails as the text states: ${phrases(a, b, forA)}`, basis: forA };
  if (forB.length) return { winner: b.iri, explanation: `${short(b)} prevails as the text states: ${phrases(a, b, forB)}`, basis: forB };
  return null;
};

const levelIris = new Map<string, string>();
const levelIri = (name: string) => levelIris.get(name) ?? (levelIris.set(name, authorityIri(name)), levelIris.get(name)!);

export const lexSuperior: PrincipleCheck = (_c, a, b, env) => {
  const la = env.infos.get(a.iri)?.authority;
  const lb = env.infos.get(b.iri)?.authority;
  if (!la || !lb || la === lb) return null;
  const basis = [levelIri(la), levelIri(lb)];
  if (env.outranks(la, lb)) return { winner: a.iri, explanation: `authority ${la} outranks ${lb}`, basis };
  if (env.outranks(lb, la)) return { winner: b.iri, explanation: `authority ${lb} outranks ${la}`, basis: basis.reverse() };
  return null;
};

export const lexSpecialis: PrincipleCheck = (c, a, b) => {
  const rel = c.evidence.specificity.scope;
  if (rel !== 'contained' && rel !== 'contains') return null;
  const dims = (['bearer', 'action', 'target'] as const).filter((d) => c.evidence[d] !== 'equal');
  const where = [...dims, ...(c.evidence.specificity.context !== 'equal' ? ['context'] : [])].join(', ');
  const [winner, other] = rel === 'contained' ? [a, b] : [b, a];
  return { winner: winner.iri, explanation: `${short(winner)} has the narrower scope than ${short(other)} (${where})`, basis: [] };
};

export const lexPosterior: PrincipleCheck = (_c, a, b, env) => {
  const ia = env.infos.get(a.iri);
  const ib = env.infos.get(b.iri);
  const da = ia?.effective;
  const db = ib?.effective;
  if (!da || !db || da === db) return null;
  const [winner, later, earlier, docs] = da > db ? [a, da, db, [ia!.document, ib!.document]] : [b, db, da, [ib!.document, ia!.document]];
  return { winner: winner.iri, explanation: `${short(winner)} is the later norm: effective ${later}, the other ${earlier}`, basis: docs };
};

export const odrlStrategy: PrincipleCheck = (c, a, b) => {
  const sa = a.policy?.conflict;
  const sb = b.policy?.conflict;
  if (!sa || sa !== sb || c.kind === 'incompatible-refinements' || sa === 'invalid') return null;
  const prohibition = a.kind === 'prohibition' ? a : b;
  const other = prohibition === a ? b : a;
  const winner = sa === 'prohibit' ? prohibition : other;
  const policies = [...new Set([a.policy!.iri, b.policy!.iri])].sort();
  return { winner: winner.iri, explanation: `the policy's conflict strategy is ${sa}`, basis: policies };
};

export const PRINCIPLES: Record<Principle, PrincipleCheck> = {
  explicit,
  'lex-superior': lexSuperior,
  'lex-specialis': lexSpecialis,
  'lex-posterior': lexPosterior,
  'odrl-strategy': odrlStrategy,
};

/** Explicit first, then hierarchy, specificity and time, then the ODRL policy's strategy (DESIGN.md). */
export const DEFAULT_ORDER: readonly Principle[] = ['explicit', 'lex-superior', 'lex-specialis', 'lex-posterior', 'odrl-strategy'];
