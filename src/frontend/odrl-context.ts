/**
 * The ODRL 2.2 JSON-LD context, built offline from what ODRL 2.2 states about its terms (ODRL Vocabulary &
 * Expression 2.2 §3 "JSON-LD"): every term name of the vocabulary stands for its IRI in the ODRL namespace;
 * `uid` is `@id` and `type` is `@type`; properties whose values are parties, assets, rules, constraints or
 * policies take IRIs; `action`, `leftOperand`, `operator` and `conflict` take vocabulary terms; the operands
 * of a logical constraint are an ordered list. Nothing is fetched: a document loader answers the context's
 * published URL with this context and refuses every other remote document. One addition to the published
 * context: `@vocab` is the ODRL namespace, so a mistyped term (`"perm1ssion"`) becomes an ODRL-namespace IRI
 * that RC1010 reports with the nearest real term, where plain JSON-LD would drop it without a word.
 */
import type { RemoteDocument } from 'jsonld/jsonld-spec.js';
import { ODRL, ODRL_CONTEXT_URLS, PREFIXES } from '../vocab/index.js';
import { ODRL_TERMS } from '../vocab/odrl-terms.js';

/** Properties whose values are nodes named by IRI (parties, assets, rules, constraints, policies, units). */
export const TAKES_IRI = [
  'assignee', 'assigner', 'assigneeOf', 'assignerOf', 'attributedParty', 'attributingParty', 'compensatedParty',
  'compensatingParty', 'consentedParty', 'consentingParty', 'contractedParty', 'contractingParty', 'informedParty',
  'informingParty', 'payeeParty', 'trackedParty', 'trackingParty', 'target', 'output', 'hasPolicy', 'partOf',
  'source', 'profile', 'inheritFrom', 'permission', 'prohibition', 'obligation', 'duty', 'consequence', 'remedy',
  'constraint', 'refinement', 'rightOperandReference', 'dataType', 'unit',
];
/** Properties whose values are terms of the vocabulary (`"action": "read"`). */
export const TAKES_TERM = ['action', 'leftOperand', 'operator', 'conflict', 'includedIn', 'implies', 'function', 'relation'];
/** Logical constraint operands: an ordered list of constraints. */
const TAKES_LIST = ['and', 'or', 'xone', 'andSequence'];

export type ContextDefinition = Record<string, string | Record<string, string>>;

/** The context: prefixes, keyword aliases, every ODRL term, and the coercions above. */
export function odrlContext(): ContextDefinition {
  return structuredClone(CONTEXT);
}

const CONTEXT: ContextDefinition = build();

function build(): ContextDefinition {
  const ctx: ContextDefinition = {};
  for (const [prefix, ns] of Object.entries(PREFIXES)) ctx[prefix] = ns;
  // an undefined bare term is read in the ODRL namespace (and reported as undefined there) instead of being
  // dropped silently, as plain JSON-LD would
  ctx['@vocab'] = ODRL.ns;
  for (const term of [...ODRL_TERMS].sort()) ctx[term] = `odrl:${term}`;
  for (const term of TAKES_IRI) ctx[term] = { '@type': '@id', '@id': `odrl:${term}` };
  for (const term of TAKES_TERM) ctx[term] = { '@type': '@vocab', '@id': `odrl:${term}` };
  for (const term of TAKES_LIST) ctx[term] = { '@type': '@id', '@id': `odrl:${term}`, '@container': '@list' };
  ctx.uid = '@id';
  ctx.type = '@type';
  return ctx;
}

/** Whether a URL is where the ODRL context is published. */
export const isOdrlContextUrl = (url: string): boolean => ODRL_CONTEXT_URLS.includes(url);

/** A JSON-LD document loader that knows only the ODRL context. */
export async function offlineLoader(url: string): Promise<RemoteDocument> {
  if (isOdrlContextUrl(url)) return { contextUrl: undefined, documentUrl: url, document: { '@context': odrlContext() } };
  throw new Error(`remote document ${url} is not available offline`);
}

/** The terms of the ODRL context (for telling a defined term from a mistyped one). */
export function odrlContextTerms(): ReadonlySet<string> {
  return new Set(Object.keys(odrlContext()));
}

