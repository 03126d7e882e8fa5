/**
 * Norms of sentences without a modal phrase: list items under a lead-in that announces behaviour or options,
 * and imperatives — split at semicolons, after adverbial openers ("When this happens, carry on …"), after a
 * run-in head that sums up the rule, with coordinated imperatives that bring their own deontic words.
 */
import type { ConceptRef, Diagnostic } from '../ir/index.js';
import { diag } from '../ir/index.js';
import type { Token } from './tokens.js';
import type { ConceptIndex } from './concepts.js';
import type { ModalAnchor } from './modality.js';
import { hasVerbReading, isGerund } from './lemma.js';
import { readActPhrase, readPredicate } from './predicate.js';
import { bearerFromText } from './bearer.js';
import { findImperative, type LeadInMode } from './imperatives.js';
import { coordinatedKind, findCoordinatedNorms } from './coordination.js';
import type { Draft, SpanOfTokens } from './drafts.js';

/** Norms of a list item under a lead-in that announces behaviour (unacceptable, encouraged) or options. */
export function readItemSentence(text: string, tokens: readonly Token[], sFrom: number, sTo: number, si: number, mode: LeadInMode, contextBearer: ConceptRef | undefined, concepts: ConceptIndex, drafts: Draft[]): void {
  const sText = text.slice(tokens[sFrom]!.start, tokens[sTo - 1]!.end);
  if (mode.mode === 'prohibited' || mode.mode === 'encouraged') {
    // behaviour lists bind everyone the document covers when it names no default bearer
    const bearer = contextBearer ?? bearerFromText('anyone', concepts);
    const imp = findImperative(sText, tokens, sFrom, sTo);
    const pred = readActPhrase(text, tokens, imp ? imp.predicateFrom : sFrom, sTo, concepts);
    if (!pred) return;
    const prohibited = mode.mode === 'prohibited';
    drafts.push({ kind: prohibited ? 'prohibition' : 'obligation', strength: prohibited ? 'strict' : 'advisory', modal: prohibited ? 'unacceptable' : 'encouraged', bearer, pred, segFrom: sFrom, subjectFrom: sFrom, sentence: si });
    return;
  }
  if (mode.mode === 'options' && contextBearer && !/^\s*(?:if|when|where|while|unless|for|in|as)\b/i.test(sText)) {
    // "the assistant may respond with any combination of the following:" — each item is one of the acts
    const imp = findImperative(sText, tokens, sFrom, sTo);
    const pred = readActPhrase(text, tokens, imp ? imp.predicateFrom : sFrom, sTo, concepts);
    if (pred) drafts.push({ kind: mode.kind, strength: mode.strength, modal: mode.modal, bearer: contextBearer, pred, segFrom: sFrom, subjectFrom: sFrom, sentence: si });
  }
}

/** Openers of an adverbial clause or phrase that may precede an imperative ("When this happens, carry on …"). */
const ADVERBIAL_OPENERS = new Set(['when', 'whenever', 'if', 'once', 'where', 'while', 'before', 'after', 'unless', 'until', 'in', 'for', 'during', 'with', 'at', 'on', 'upon', 'as', 'to', 'by', 'throughout', 'within']);
const STRONG_OPENERS = /^\s*(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?:please\s+)?(?:do\s+not|don['’]t|never|avoid|refrain\s+from|abstain\s+from)\b/i;

/** Norms of an imperative sentence (or part of one): "Do not …", "Report …", "When X, carry on …". */
export function readImperativeSentence(
  text: string,
  tokens: readonly Token[],
  sFrom: number,
  sTo: number,
  si: number,
  contextBearer: ConceptRef | undefined,
  concepts: ConceptIndex,
  drafts: Draft[],
  diagnostics: Diagnostic[],
  spanOfTokens: SpanOfTokens,
): void {
  const textFrom = (i: number) => text.slice(tokens[i]!.start, tokens[sTo - 1]!.end);
  // an adverbial opener ("When this happens,", "In voice mode,") before the imperative: up to two of them.
  // With nobody to address, only "Do not …", "Never …", "Avoid …" are rules (without a bearer: RC2001); a
  // plain verb is prose.
  let from = sFrom;
  const at = (i: number) => (contextBearer || STRONG_OPENERS.test(textFrom(i)) ? findImperative(textFrom(i), tokens, i, sTo) : undefined);
  let imp = at(from);
  for (let skips = 0; !imp && skips < 2 && ADVERBIAL_OPENERS.has(tokens[from]?.lower ?? ''); skips++) {
    const comma = topLevelComma(tokens, from + 1, sTo);
    if (comma === undefined || comma + 1 >= sTo) break;
    from = comma + 1;
    imp = at(from);
  }
  if (!imp) return;
  if (!contextBearer) {
    diagnostics.push(diag('RC2001', `the imperative "${imp.modal}" states a norm but the document names no default bearer`, spanOfTokens(from, imp.predicateFrom)));
    return;
  }
  // "don't condescend and don't treat teens as adults": a coordinated imperative with its own deontic words
  const coords = findCoordinatedNorms(tokens, imp.predicateFrom + 1, sTo, imp.kind === 'obligation');
  const first = coords[0]?.at ?? sTo;
  const pred = imp.actPhrase ? readActPhrase(text, tokens, imp.predicateFrom, first, concepts) : readPredicate(text, tokens, imp.predicateFrom, first, concepts);
  if (!pred) return;
  const subjectFrom = imp.predicateFrom;
  drafts.push({ kind: imp.kind, strength: imp.strength, modal: imp.modal, bearer: contextBearer, pred, segFrom: sFrom, subjectFrom, sentence: si });
  coords.forEach((c, k) => {
    const end = coords[k + 1]?.at ?? sTo;
    const p = c.actPhrase && !isGerund(tokens[c.predicateFrom]?.lower ?? '') ? readActPhrase(text, tokens, c.predicateFrom, end, concepts) : readPredicate(text, tokens, c.predicateFrom, end, concepts);
    if (p) drafts.push({ kind: coordinatedKind(imp!.kind, c.change), strength: imp!.strength, modal: c.words || imp!.modal, bearer: contextBearer, pred: p, segFrom: c.at, subjectFrom, sentence: si });
  });
}

/** The first comma at bracket depth 0 in tokens [from, to). */
function topLevelComma(tokens: readonly Token[], from: number, to: number): number | undefined {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!.text;
    if (t === '(' || t === '[') depth++;
    else if (t === ')' || t === ']') depth = Math.max(0, depth - 1);
    else if (t === ',' && depth === 0) return i;
  }
  return undefined;
}

/** Tokens [from, to) split at semicolons of bracket depth 0. */
export function semicolonParts(tokens: readonly Token[], from: number, to: number): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!.text;
    if (t === '(' || t === '[') depth++;
    else if (t === ')' || t === ']') depth = Math.max(0, depth - 1);
    else if (t === ';' && depth === 0) {
      if (i > start) out.push({ from: start, to: i });
      start = i + 1;
    }
  }
  if (start < to) out.push({ from: start, to });
  return out;
}

/**
 * Where a clause's text starts after a run-in head ("Treat teens like teens: Speak with warmth …"): a short
 * imperative without a modal, ending in a colon and followed by a capitalised sentence, sums up the rule that
 * the rest spells out; the norms are read from the rest.
 */
export function afterRunInHead(text: string, tokens: readonly Token[], from: number, to: number, anchors: readonly ModalAnchor[]): number {
  for (let i = from; i < Math.min(to - 1, from + 9); i++) {
    if (tokens[i]!.text !== ':') continue;
    const words = tokens.slice(from, i).filter((t) => t.kind === 'word').length;
    if (words < 1 || words > 6 || anchors.some((a) => a.from < i) || !/^\p{Lu}/u.test(tokens[i + 1]!.text)) return from;
    // a topic label ("Self-harm:", "Root:") is not a rule summary: what follows it may be anything
    const imperative = findImperative(text.slice(tokens[from]!.start, tokens[i]!.end), tokens, from, i) || (words >= 3 && hasVerbReading(tokens[from]!.lower));
    return imperative ? i + 1 : from;
  }
  return from;
}
