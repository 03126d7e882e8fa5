/**
 * Norms of one clause: sentences → modal phrases (or an imperative, or a list item under a lead-in) →
 * subject, predicate, bearer → conditions, exceptions, references and override phrases → Norm IR.
 */
import type { Clause, Condition, ConceptRef, Diagnostic, Norm, RegulationDocument, Section, SourceFile } from '../ir/index.js';
import { diag } from '../ir/index.js';
import { normIri } from '../vocab/index.js';
import { tokenize, splitSentences, type Token } from './tokens.js';
import type { ConceptIndex } from './concepts.js';
import { findModals, type ModalAnchor } from './modality.js';
import { findSubject, isPersonLike, type Subject } from './subject.js';
import { isGerund } from './lemma.js';
import { readActPhrase, readPredicate, type Predicate } from './predicate.js';
import { bearerFromText, bearerRef, coordinatedPersons, coordinatedRoles, mentionedBefore, passiveAgent, possessor, PERSONAL_BEARER } from './bearer.js';
import { statementKind } from './statements.js';
import { itemBody, leadInMode, type LeadInMode } from './imperatives.js';
import { afterRunInHead, readImperativeSentence, readItemSentence, semicolonParts } from './imperative-reading.js';
import type { Draft, SpanOfTokens } from './drafts.js';
import { coordinatedKind, findCoordinatedNorms, type CoordinatedPhrase } from './coordination.js';
import { restrictedConditions, restrictionEnd } from './restriction.js';
import { isExistential, readExistential } from './existential.js';
import { findConditions, toCondition, type RawCondition } from './conditions.js';
import { findLinks, findOverrides, findReferences, toReference, type FoundReference, type ReferenceResolver } from './references.js';
import { SpanMap } from './spans.js';

/** What the extraction of one clause may read besides the clause. */
export interface ClauseContext {
  doc: RegulationDocument;
  section: Section | undefined;
  concepts: ConceptIndex;
  resolver: ReferenceResolver;
  source: SourceFile | undefined;
  /** The document's default bearer, matched to a role concept. */
  defaultBearer: ConceptRef | undefined;
  /** The last bearer of the section so far, for "it" and "they". */
  lastBearer: ConceptRef | undefined;
  /** IRIs of the clauses that are lead-ins of list or enumeration items. */
  leadInClauses: ReadonlySet<string>;
  /** Lead-in readings by lead-in clause IRI (shared by the items of one list). */
  leadIns: Map<string, { mode: LeadInMode; bearer: ConceptRef | undefined }>;
}

export interface ClauseResult {
  norms: Norm[];
  diagnostics: Diagnostic[];
  /** The last bearer named in the clause (for pronouns of later clauses). */
  lastBearer: ConceptRef | undefined;
}

/** The analysed text of a clause: the clause itself, or a lead-in continued by a list item. */
interface Analysed {
  text: string;
  /** Clause-text offset of an analysed-text offset. */
  toClause(pos: number): number;
  /** For continued lead-ins: the norm text is the item's clause text, not the analysed sentence. */
  continued: boolean;
}

export function extractClause(clause: Clause, ctx: ClauseContext): ClauseResult {
  const diagnostics: Diagnostic[] = [];
  // "Employees must not—" is completed by its items, which carry the norms
  if (ctx.leadInClauses.has(clause.iri) && leadInMode(clause.text).mode === 'continue') return { norms: [], diagnostics, lastBearer: ctx.lastBearer };
  const spans = new SpanMap(clause, ctx.source);
  const lead = clause.leadIn ? leadInOf(clause.leadIn, ctx) : undefined;
  const contextBearer = lead?.bearer ?? ctx.defaultBearer;
  const analysed = analysedText(clause, lead?.mode);
  const { text } = analysed;
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens);
  const drafts: Draft[] = [];
  const perSentence: { conds: RawCondition[]; refs: FoundReference[]; overrides: ReturnType<typeof findOverrides>; from: number; to: number; firstSeg: number }[] = [];
  let lastBearer = ctx.lastBearer;
  const spanOfTokens = (from: number, to: number) =>
    spans.span(analysed.toClause(tokens[from]!.start), analysed.toClause(tokens[Math.max(from, to - 1)]!.end));

  sentences.forEach((s, si) => {
    const sText = text.slice(tokens[s.from]!.start, tokens[s.to - 1]!.end);
    const refs = findReferences(sText).map((r) => ({ ...r, start: r.start + tokens[s.from]!.start, end: r.end + tokens[s.from]!.start }));
    // "subject to manager approval", "in addition to its duties": no reference, so a condition or plain prose
    const overrides = findOverrides(sText)
      .map((o) => ({ ...o, start: o.start + tokens[s.from]!.start, end: o.end + tokens[s.from]!.start }))
      .filter((o) => (o.kind !== 'subject-to' && o.kind !== 'in-addition-to') || refs.some((r) => r.start >= o.start && r.end <= o.end));
    const inOverride = (i: number) => overrides.some((o) => tokens[i]!.start >= o.start && tokens[i]!.end <= o.end);
    const info = { conds: [] as RawCondition[], refs, overrides, from: s.from, to: s.to, firstSeg: s.from };
    perSentence.push(info);
    if (statementKind(sText)) return;
    const before = drafts.length;
    const anchors = findModals(tokens, s.from, s.to).filter((a) => !inOverride(a.from));
    const itemMode = lead?.mode.mode === 'prohibited' || lead?.mode.mode === 'encouraged' || lead?.mode.mode === 'options';
    let modalFrom = s.from;
    if (itemMode) {
      if (anchors.length === 0 && (si === 0 || !lead)) readItemSentence(text, tokens, s.from, s.to, si, lead!.mode, contextBearer, ctx.concepts, drafts);
    } else if ((si === 0 || !lead) && lead?.mode.mode !== 'examples') {
      // the parts before the first modal phrase, split at semicolons, may be imperatives ("Avoid X; aim to Y")
      const from = si === 0 ? afterRunInHead(text, tokens, s.from, s.to, anchors) : s.from;
      for (const part of semicolonParts(tokens, from, s.to)) {
        if (anchors.some((a) => a.from < part.to)) break;
        readImperativeSentence(text, tokens, part.from, part.to, si, contextBearer, ctx.concepts, drafts, diagnostics, spanOfTokens);
        modalFrom = part.to;
      }
    }
    if (anchors.length > 0) readModalSentence(text, tokens, modalFrom, s.to, anchors, si, ctx, contextBearer, lastBearer, drafts, diagnostics, spanOfTokens);
    const mine = drafts.slice(before);
    if (mine.length > 0) {
      const b = mine[mine.length - 1]!.bearer;
      if (b.concept || PERSONAL_BEARER.test(b.text)) lastBearer = b;
      info.firstSeg = mine[0]!.subjectFrom;
      const stops = new Set(mine.slice(1).map((d) => d.segFrom));
      info.conds = findConditions(text, tokens, s.from, s.to, info.firstSeg, stops, inOverride, ctx.concepts);
    }
  });

  // references in the clause: found in the sentences, and Markdown links in the source (or the text)
  const refResults = new Map<FoundReference, ReturnType<typeof toReference>>();
  const resolveAll = (list: FoundReference[], spanOf: (r: FoundReference) => ReturnType<SpanMap['span']>) => {
    for (const r of list) {
      const resolved = ctx.resolver.resolve(r, ctx.doc, ctx.section);
      const ref = toReference(r, resolved);
      ref.span = spanOf(r);
      refResults.set(r, ref);
      if (!resolved) diagnostics.push(diag('RC2002', `cannot resolve the reference "${r.text}"`, ref.span, { nodes: [clause.iri] }));
    }
  };
  for (const ps of perSentence) resolveAll(ps.refs, (r) => spans.span(analysed.toClause(r.start), analysed.toClause(r.end)));
  const src = spans.sourceText();
  const links = src ? findLinks(src.text) : findLinks(clause.text);
  resolveAll(links, (r) => (src ? spans.sourceSpan(src.offset + r.start, src.offset + r.end) : spans.span(r.start, r.end)));
  const clauseLinks = links.map((r) => refResults.get(r)!);

  const norms: Norm[] = drafts.map((d, k) => {
    const ps = perSentence[d.sentence]!;
    const sentenceDrafts = drafts.filter((x) => x.sentence === d.sentence);
    const idx = sentenceDrafts.indexOf(d);
    // norms that share a part of the sentence (twins, coordinated roles, both readings of "may only") share its conditions
    const next = sentenceDrafts.slice(idx + 1).find((x) => x.segFrom > d.segFrom);
    const mineConds = ps.conds.filter((c) => c.markerFrom < ps.firstSeg || (c.markerFrom >= d.segFrom && (!next || c.markerFrom < next.segFrom)) || (idx === 0 && c.markerFrom < d.segFrom));
    const raws = d.restriction ? restrictedConditions(d.restriction, mineConds, tokens) : { conditions: mineConds.filter((c) => !c.exception), exceptions: mineConds.filter((c) => c.exception) };
    const toIr = (raw: RawCondition): Condition => {
      const c = toCondition(raw, text, tokens, ctx.concepts);
      c.span = spans.span(analysed.toClause(raw.start), analysed.toClause(raw.end));
      return c;
    };
    const conditions = raws.conditions.map(toIr);
    const exceptions = raws.exceptions.map(toIr);
    const sentenceSpan = analysed.continued ? clause.span : spanOfTokens(ps.from, ps.to);
    const norm: Norm = {
      iri: normIri(clause.iri, k + 1),
      kind: d.kind,
      strength: d.strength,
      modal: d.modal,
      bearer: d.bearer,
      action: d.pred.action,
      constraints: conditions.flatMap((c) => (c.constraint ? [c.constraint] : [])),
      conditions,
      exceptions,
      references: [...ps.refs.map((r) => refResults.get(r)!), ...clauseLinks],
      overrides: ps.overrides.map((o) => ({
        kind: o.kind,
        text: o.text,
        references: ps.refs.filter((r) => r.start >= o.start && r.end <= o.end).map((r) => refResults.get(r)!),
      })),
      duties: [],
      document: ctx.doc.iri,
      section: clause.sectionIri,
      clause: clause.iri,
      origin: 'rules',
      text: analysed.continued || sentences.length === 1 ? clause.text : text.slice(tokens[ps.from]!.start, tokens[ps.to - 1]!.end),
      span: sentences.length === 1 && !analysed.continued ? clause.span : sentenceSpan,
    };
    if (d.pred.target) norm.target = d.pred.target;
    if (ctx.concepts.concepts.length > 0 && !norm.action.concept && !norm.target?.concept) {
      diagnostics.push(diag('RC2003', `no concept of the ontology matches the act "${norm.action.text}"${norm.target ? ` or its target "${norm.target.text}"` : ''}`, norm.span, { nodes: [norm.iri] }));
    }
    return norm;
  });
  return { norms, diagnostics, lastBearer };
}

/** Reads (and caches) how a lead-in governs its items, and the bearer its subject names. */
function leadInOf(leadIn: NonNullable<Clause['leadIn']>, ctx: ClauseContext): { mode: LeadInMode; bearer: ConceptRef | undefined } {
  const cached = ctx.leadIns.get(leadIn.clause);
  if (cached) return cached;
  const mode = leadInMode(leadIn.text);
  let bearer: ConceptRef | undefined;
  const tokens = tokenize(leadIn.text);
  const anchors = findModals(tokens, 0, tokens.length);
  if (anchors[0]) {
    const s = findSubject(tokens, anchors[0], 0, 0, tokens.length);
    if (s.kind === 'np' && !anchors[0].impersonal && !anchors[0].nominal) bearer = bearerRef(leadIn.text, tokens, s.from, s.to, ctx.concepts);
    else if (s.kind === 'you') bearer = ctx.defaultBearer;
  }
  const out = { mode, bearer };
  ctx.leadIns.set(leadIn.clause, out);
  return out;
}

function analysedText(clause: Clause, mode: LeadInMode | undefined): Analysed {
  if (mode?.mode === 'continue') {
    const body = itemBody(clause.text);
    const bodyStart = Math.max(0, clause.text.indexOf(body));
    const prefix = mode.text.length + 1;
    return {
      text: `${mode.text} ${body}`,
      toClause: (pos) => (pos < prefix ? 0 : Math.min(clause.text.length, bodyStart + pos - prefix)),
      continued: true,
    };
  }
  return { text: clause.text, toClause: (pos) => pos, continued: false };
}

/** Verbs of states and events: "may understand", "can see", "will contain" are not permissions or duties. */
const NOT_ACTS = new Set([
  'understand', 'encounter', 'get', 'become', 'seem', 'appear', 'contain', 'lead', 'cause', 'occur', 'happen', 'exist',
  'vary', 'differ', 'feel', 'know', 'notice', 'realize', 'realise', 'wish', 'want', 'need', 'lack', 'fail', 'forget',
  'misunderstand', 'face', 'experience', 'align', 'conflict', 'result', 'arise', 'depend', 'look', 'sound',
  'mean', 'involve', 'require', 'reflect', 'see', 'hear', 'find', 'think', 'believe', 'expect', 'prefer', 'like',
  'come', 'go', 'end', 'fall', 'remain', 'stay', 'tend', 'struggle', 'suffer', 'worry', 'wonder', 'work', 'turn',
  'make', 'have', 'help', 'harm', 'mislead', 'amplify', 'undermine', 'benefit', 'affect', 'impact', 'apply', 'hold',
]);
/** Norms of a sentence with modal phrases. */
function readModalSentence(
  text: string,
  tokens: readonly Token[],
  sFrom: number,
  sTo: number,
  anchors: ModalAnchor[],
  si: number,
  ctx: ClauseContext,
  contextBearer: ConceptRef | undefined,
  lastBearer: ConceptRef | undefined,
  drafts: Draft[],
  diagnostics: Diagnostic[],
  spanOfTokens: SpanOfTokens,
): void {
  const subjects: Subject[] = [];
  anchors.forEach((a, k) => {
    const prev = anchors[k - 1];
    // a twin reading of the same phrase has the same subject
    if (prev && prev.twin === a) subjects.push({ ...subjects[k - 1]!, kind: 'inherit' });
    else subjects.push(findSubject(tokens, a, k, k === 0 ? sFrom : prev!.to, sTo));
  });
  const nextRegion = (k: number) => {
    for (let m = k + 1; m < anchors.length; m++) if (anchors[m - 1]!.twin !== anchors[m]) return subjects[m]!.regionFrom;
    return sTo;
  };
  let prevBearer: ConceptRef | undefined;
  let prevSubject: Subject | undefined;
  anchors.forEach((a, k) => {
    let subj = subjects[k]!;
    if (subj.kind === 'inherit' && prevSubject) subj = { ...prevSubject, regionFrom: subj.regionFrom };
    if (subj.kind === 'skip') {
      // "there shouldn't be a disclaimer": whoever the context makes responsible must not provide one
      if (!contextBearer || !isExistential(tokens, subj.from, subj.to, a)) return;
      const ex = readExistential(text, tokens, a, nextRegion(k), ctx.concepts);
      if (ex) drafts.push({ kind: ex.kind, strength: a.strength, modal: a.modal, bearer: contextBearer, pred: ex.pred, segFrom: k === 0 ? sFrom : subj.regionFrom, subjectFrom: Math.min(a.from, subj.regionFrom), sentence: si });
      return;
    }
    if (subj.kind !== 'inherit') prevSubject = subj;
    const segEnd = nextRegion(k);
    const segFrom = k === 0 ? sFrom : subj.regionFrom;
    let kind = a.kind;
    let modal = a.modal;
    if (subj.negativeQuantifier) {
      if (/\b(required|obligated|obliged|expected|bound|have to|has to|need)\b/i.test(a.modal) && kind === 'obligation') kind = 'permission';
      else kind = 'prohibition';
      modal = `no … ${modal}`;
    }
    // the act
    let pred: Predicate | undefined;
    let coords: CoordinatedPhrase[] = [];
    if (a.nominal) {
      if (subj.kind !== 'np') return;
      pred = readActPhrase(text, tokens, subj.from, subj.to, ctx.concepts);
    } else {
      const p = subj.predicateFrom ?? a.to;
      const end = Math.max(segEnd, p + 1);
      // "should refuse …, but comply with …", "should answer and never guess": further norms of the subject
      coords = findCoordinatedNorms(tokens, p + 1, end, kind !== 'prohibition' && !a.omission);
      const first = coords[0]?.at ?? end;
      pred = a.actPhrase && !isGerund(tokens[p]?.lower ?? '') ? readActPhrase(text, tokens, p, first, ctx.concepts) : readPredicate(text, tokens, p, first, ctx.concepts);
    }
    if (!pred) return;
    if (pred.passive && a.activeOnly) return;
    // "… may respond with any combination of the following:": the items state the acts, not the lead-in
    if (pred.target && /\bfollowing$/i.test(pred.target.text) && tokens[sTo - 1]?.text === ':') return;
    // "may"/"can"/"will" with a state or an event describe what happens, they do not permit it
    if (a.needsPerson && /^(may|can|will|won't)\b/i.test(a.modal) && (pred.copula || NOT_ACTS.has(pred.action.text.split(' ')[0]!.toLowerCase()))) return;
    // the bearer
    let bearer: ConceptRef | undefined;
    const fromContext = a.nominal || a.impersonal || pred.passive || (pred.copula && subj.kind === 'np' && !isPersonLike(tokens, subj.from, subj.to, ctx.concepts));
    // "The assistant may be interrupted by the user": what may happen to a person, not a permission
    if (pred.passive && !a.nominal && a.needsPerson && subj.kind === 'np' && isPersonLike(tokens, subj.from, subj.to, ctx.concepts)) return;
    const agent = pred.passive && !a.nominal ? passiveAgent(text, tokens, pred.verbTo, segEnd, pred.action.text, ctx.concepts) : undefined;
    if (pred.passive && !a.nominal && !agent && subj.kind === 'np' && isPersonLike(tokens, subj.from, subj.to, ctx.concepts)) {
      // "The assistant should be grounded in practicality": a state of the (personal) subject
      pred = { ...pred, passive: false, copula: true, action: { text: `be ${text.slice(tokens[pred.verbFrom]!.start, tokens[pred.verbTo - 1]!.end)}` } };
      if (a.needsPerson) return;
      bearer = bearerRef(text, tokens, subj.from, subj.to, ctx.concepts);
    } else if (pred.passive && !a.nominal) {
      if (subj.kind === 'np' && !pred.target) {
        const t = bearerRef(text, tokens, subj.from, subj.to, ctx.concepts);
        const asset = ctx.concepts.bestIn(tokens, subj.from, subj.to, 'asset');
        pred.target = asset ? { text: t.text, concept: asset.concept.iri } : { text: t.text };
      }
      bearer = agent ?? contextBearer;
      if (!bearer && a.needsPerson) return;
    } else if (fromContext) {
      if (pred.copula && subj.kind === 'np' && !pred.target) pred.target = { text: text.slice(tokens[subj.from]!.start, tokens[subj.to - 1]!.end) };
      bearer = contextBearer ?? (a.impersonal ? mentionedBefore(text, tokens, sFrom, sTo, ctx.concepts, lastBearer) : undefined);
    } else if (subj.kind === 'np') {
      if (subj.negativeQuantifier && subj.to - subj.from <= 2 && /^(no|nobody|none|no-one)$/.test(tokens[subj.from]!.lower)) bearer = bearerFromText('anyone', ctx.concepts);
      else {
        const personal = isPersonLike(tokens, subj.from, subj.to, ctx.concepts);
        if (a.needsPerson && !personal) return;
        // things bear no duties: "The assistant's responses should reflect …" binds the assistant, "Every
        // scope must include a shutdown timer" whoever the context makes responsible
        bearer = personal ? undefined : possessor(text, tokens, subj.from, subj.to, ctx.concepts) ?? contextBearer;
        // a relative clause about a thing, with nobody in context to see to it, is a description
        if (!bearer && subj.relative) return;
        bearer ??= bearerRef(text, tokens, subj.from, subj.to, ctx.concepts);
        if (bearer.text.toLowerCase() === 'we' && ctx.defaultBearer === undefined) bearer = { ...bearer, text: 'we' };
      }
    } else if (subj.kind === 'you') {
      bearer = ctx.defaultBearer ?? contextBearer;
      if (!bearer && a.needsPerson) return;
      bearer ??= { text: tokens[subj.from]!.text.toLowerCase() };
    } else if (subj.kind === 'pronoun') {
      bearer = prevBearer ?? mentionedBefore(text, tokens, sFrom, subj.from, ctx.concepts, lastBearer) ?? lastBearer ?? contextBearer;
      if (!bearer && (a.needsPerson || tokens[subj.from]!.lower === 'it')) return;
    } else {
      bearer = prevBearer ?? contextBearer;
    }
    if (!bearer) {
      if (a.needsPerson) return;
      diagnostics.push(diag('RC2001', `"${a.modal}" states a norm but no bearer can be found (no subject, no default bearer)`, spanOfTokens(a.from, a.to)));
      return;
    }
    prevBearer = bearer;
    // "Users and developers can …": one norm per role, so that each bearer has its concept
    const bearers = subj.kind === 'np' && !fromContext && !pred.passive ? coordinatedRoles(text, tokens, subj.from, subj.to, ctx.concepts) ?? coordinatedPersons(text, tokens, subj.from, subj.to, ctx.concepts) ?? [bearer] : [bearer];
    const subjectFrom = Math.min(a.from, subj.regionFrom);
    // ("can only be supplied by OpenAI" restricts who acts, not the act: a permission of the agent)
    if (a.only && kind === 'permission' && !agent) {
      // "may only X": the permission of X and the prohibition of the alternatives
      const from = pred.verbFrom;
      const to = restrictionEnd(tokens, from, coords[0]?.at ?? segEnd);
      for (const b of bearers) {
        drafts.push({ kind, strength: a.strength, modal, bearer: b, pred, segFrom, subjectFrom, sentence: si, restriction: { reading: 'permission', from, to } });
        drafts.push({ kind: 'prohibition', strength: a.strength, modal, bearer: b, pred, segFrom, subjectFrom, sentence: si, restriction: { reading: 'prohibition', from, to } });
      }
    } else for (const b of bearers) drafts.push({ kind, strength: a.strength, modal, bearer: b, pred, segFrom, subjectFrom, sentence: si });
    coords.forEach((c, m) => {
      const end = coords[m + 1]?.at ?? segEnd;
      const p = c.actPhrase && !isGerund(tokens[c.predicateFrom]?.lower ?? '') ? readActPhrase(text, tokens, c.predicateFrom, end, ctx.concepts) : readPredicate(text, tokens, c.predicateFrom, end, ctx.concepts);
      if (!p || p.passive !== pred!.passive) return;
      const cModal = c.words ? `${modal} … ${c.words}` : modal;
      for (const b of bearers) drafts.push({ kind: coordinatedKind(kind, c.change), strength: a.strength, modal: cModal, bearer: b, pred: p, segFrom: c.at, subjectFrom, sentence: si });
    });
  });
}
