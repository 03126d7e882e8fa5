/**
 * Norms of one clause: sentences → modal phrases (or an imperative, or a list item under a lead-in) →
 * subject, predicate, bearer → conditions, exceptions, references and override phrases → Norm IR.
 */
import type { Clause, Condition, ConceptRef, Diagnostic, Norm, NormKind, RegulationDocument, Section, SourceFile, Strength } from '../ir/index.js';
import { diag } from '../ir/index.js';
import { normIri } from '../vocab/index.js';
import { tokenize, splitSentences, type Token } from './tokens.js';
import type { ConceptIndex } from './concepts.js';
import { findModals, type ModalAnchor } from './modality.js';
import { findSubject, isPersonLike, type Subject } from './subject.js';
import { hasVerbReading, isGerund } from './lemma.js';
import { readActPhrase, readPredicate, type Predicate } from './predicate.js';
import { bearerFromText, bearerRef, passiveAgent } from './bearer.js';
import { statementKind } from './statements.js';
import { findImperative, itemBody, leadInMode, type LeadInMode } from './imperatives.js';
import { coordinatedKind, findCoordinatedNorms, type CoordinatedPhrase } from './coordination.js';
import { restrictedConditions, restrictionEnd, type Restriction } from './restriction.js';
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

/** A norm before it is numbered: its parts and where in the analysed text it lives. */
interface Draft {
  kind: NormKind;
  strength: Strength;
  modal: string;
  bearer: ConceptRef;
  pred: Predicate;
  /** Token where the norm's part of the sentence starts (conditions from there on are its own). */
  segFrom: number;
  /** Token where the norm's subject starts: conditions before the first subject apply to every norm. */
  subjectFrom: number;
  sentence: number;
  /** One of the two readings of "may only X" (see restriction.ts). */
  restriction?: Restriction;
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
      if (anchors.length === 0 && (si === 0 || !lead)) readItemSentence(text, tokens, s.from, s.to, si, lead!.mode, contextBearer, ctx, drafts);
    } else if ((si === 0 || !lead) && lead?.mode.mode !== 'examples') {
      // the parts before the first modal phrase, split at semicolons, may be imperatives ("Avoid X; aim to Y")
      const from = si === 0 ? afterRunInHead(text, tokens, s.from, s.to, anchors) : s.from;
      for (const part of semicolonParts(tokens, from, s.to)) {
        if (anchors.some((a) => a.from < part.to)) break;
        readImperativeSentence(text, tokens, part.from, part.to, si, contextBearer, ctx, drafts, diagnostics, spanOfTokens);
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
const PERSONAL_BEARER = /^(?:the\s+)?(?:employee|staff|member|user|developer|assistant|model|manager|leader|contractor|person|people|we|you)s?\b/i;

const LIST_GLUE = new Set([',', 'and', 'or', 'the', 'a', 'an', 'all', 'any', 'each', 'every', 'our', 'their', 'its', 'both', 'either', 'and/or']);

/** The roles of a coordinated subject ("Users and developers", "employees, contractors and managers"), if it is one. */
function coordinatedRoles(text: string, tokens: readonly Token[], from: number, to: number, concepts: ConceptIndex): ConceptRef[] | undefined {
  const hits = concepts.scan(tokens, from, to, 'role');
  if (hits.length < 2) return undefined;
  let i = from;
  for (const h of hits) {
    for (; i < h.from; i++) if (!LIST_GLUE.has(tokens[i]!.lower)) return undefined;
    i = h.to;
  }
  for (; i < to; i++) if (!LIST_GLUE.has(tokens[i]!.lower)) return undefined;
  const out: ConceptRef[] = [];
  for (const h of hits) {
    if (out.some((r) => r.concept === h.concept.iri)) continue;
    out.push({ text: text.slice(tokens[h.from]!.start, tokens[h.to - 1]!.end), concept: h.concept.iri });
  }
  return out.length > 1 ? out : undefined;
}

/** The person a thing belongs to, named by a possessive in the noun phrase ("the assistant's responses"). */
function possessor(text: string, tokens: readonly Token[], from: number, to: number, concepts: ConceptIndex): ConceptRef | undefined {
  for (let i = from; i < to - 1; i++) {
    if (!/['’]s?$/.test(tokens[i]!.text) || tokens[i]!.kind !== 'word') continue;
    if (!isPersonLike(tokens, from, i + 1, concepts)) return undefined;
    const ref = bearerRef(text, tokens, from, i + 1, concepts);
    return { ...ref, text: ref.text.replace(/['’]s?$/, '') };
  }
  return undefined;
}

/**
 * The people of a coordinated subject that the ontology does not know as roles ("Users and developers" with
 * no role for developers): each conjunct a short noun phrase whose head names people.
 */
function coordinatedPersons(text: string, tokens: readonly Token[], from: number, to: number, concepts: ConceptIndex): ConceptRef[] | undefined {
  const parts: { from: number; to: number }[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && !CONJUNCT_GLUE.has(tokens[i]!.lower)) continue;
    if (i > start) parts.push({ from: start, to: i });
    start = i + 1;
  }
  if (parts.length < 2) return undefined;
  const out: ConceptRef[] = [];
  for (const p of parts) {
    let a = p.from;
    while (a < p.to && LIST_GLUE.has(tokens[a]!.lower)) a++;
    if (a >= p.to || p.to - a > 3 || tokens.slice(a, p.to).some((t) => t.kind !== 'word') || !isPersonLike(tokens, a, p.to, concepts)) return undefined;
    const ref = bearerRef(text, tokens, a, p.to, concepts);
    if (!out.some((r) => r.text.toLowerCase() === ref.text.toLowerCase())) out.push(ref);
  }
  return out.length > 1 ? out : undefined;
}
const CONJUNCT_GLUE = new Set([',', 'and', 'or', 'and/or']);

/** The first person or role named as a noun phrase earlier in the sentence ("If the assistant …, it must …"). */
function mentionedBefore(text: string, tokens: readonly Token[], from: number, to: number, concepts: ConceptIndex, topic: ConceptRef | undefined): ConceptRef | undefined {
  const introduced = (i: number) => /^(the|a|an|this|that|our|your|their|its|any|every|each)$/.test(tokens[i - 1]?.lower ?? '');
  const isHead = (end: number) => end >= to || tokens[end]!.kind !== 'word' || !/^[a-z]/.test(tokens[end]!.lower) || /^(is|are|was|were|has|have|does|do|delegates?|asks?|requests?|wants?|needs?|should|must|may|can|will)$/.test(tokens[end]!.lower);
  const hits = concepts.scan(tokens, from, to, 'role').filter((h) => introduced(h.from) && isHead(h.to));
  // the topic of the passage, if the sentence mentions it, else the first person named
  const hit = hits.find((h) => h.concept.iri === topic?.concept) ?? hits[0];
  if (hit) return { text: text.slice(tokens[hit.from]!.start, tokens[hit.to - 1]!.end), concept: hit.concept.iri };
  for (let i = from; i < to; i++) {
    if (tokens[i]!.kind === 'word' && introduced(i) && isHead(i + 1) && PERSONAL_BEARER.test(tokens[i]!.lower) && isPersonLike(tokens, i, i + 1, concepts)) return { text: tokens[i]!.text };
  }
  return undefined;
}

type SpanOfTokens = (from: number, to: number) => ReturnType<SpanMap['span']>;

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

/** Norms of a list item under a lead-in that announces behaviour (unacceptable, encouraged) or options. */
function readItemSentence(text: string, tokens: readonly Token[], sFrom: number, sTo: number, si: number, mode: LeadInMode, contextBearer: ConceptRef | undefined, ctx: ClauseContext, drafts: Draft[]): void {
  const sText = text.slice(tokens[sFrom]!.start, tokens[sTo - 1]!.end);
  if (mode.mode === 'prohibited' || mode.mode === 'encouraged') {
    // behaviour lists bind everyone the document covers when it names no default bearer
    const bearer = contextBearer ?? bearerFromText('anyone', ctx.concepts);
    const imp = findImperative(sText, tokens, sFrom, sTo);
    const pred = readActPhrase(text, tokens, imp ? imp.predicateFrom : sFrom, sTo, ctx.concepts);
    if (!pred) return;
    const prohibited = mode.mode === 'prohibited';
    drafts.push({ kind: prohibited ? 'prohibition' : 'obligation', strength: prohibited ? 'strict' : 'advisory', modal: prohibited ? 'unacceptable' : 'encouraged', bearer, pred, segFrom: sFrom, subjectFrom: sFrom, sentence: si });
    return;
  }
  if (mode.mode === 'options' && contextBearer && !/^\s*(?:if|when|where|while|unless|for|in|as)\b/i.test(sText)) {
    // "the assistant may respond with any combination of the following:" — each item is one of the acts
    const imp = findImperative(sText, tokens, sFrom, sTo);
    const pred = readActPhrase(text, tokens, imp ? imp.predicateFrom : sFrom, sTo, ctx.concepts);
    if (pred) drafts.push({ kind: mode.kind, strength: mode.strength, modal: mode.modal, bearer: contextBearer, pred, segFrom: sFrom, subjectFrom: sFrom, sentence: si });
  }
}

/** Openers of an adverbial clause or phrase that may precede an imperative ("When this happens, carry on …"). */
const ADVERBIAL_OPENERS = new Set(['when', 'whenever', 'if', 'once', 'where', 'while', 'before', 'after', 'unless', 'until', 'in', 'for', 'during', 'with', 'at', 'on', 'upon', 'as', 'to', 'by', 'throughout', 'within']);
const STRONG_OPENERS = /^\s*(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?:please\s+)?(?:do\s+not|don['’]t|never|avoid|refrain\s+from|abstain\s+from)\b/i;

/** Norms of an imperative sentence (or part of one): "Do not …", "Report …", "When X, carry on …". */
function readImperativeSentence(
  text: string,
  tokens: readonly Token[],
  sFrom: number,
  sTo: number,
  si: number,
  contextBearer: ConceptRef | undefined,
  ctx: ClauseContext,
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
  const pred = imp.actPhrase ? readActPhrase(text, tokens, imp.predicateFrom, first, ctx.concepts) : readPredicate(text, tokens, imp.predicateFrom, first, ctx.concepts);
  if (!pred) return;
  const subjectFrom = imp.predicateFrom;
  drafts.push({ kind: imp.kind, strength: imp.strength, modal: imp.modal, bearer: contextBearer, pred, segFrom: sFrom, subjectFrom, sentence: si });
  coords.forEach((c, k) => {
    const end = coords[k + 1]?.at ?? sTo;
    const p = c.actPhrase && !isGerund(tokens[c.predicateFrom]?.lower ?? '') ? readActPhrase(text, tokens, c.predicateFrom, end, ctx.concepts) : readPredicate(text, tokens, c.predicateFrom, end, ctx.concepts);
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
function semicolonParts(tokens: readonly Token[], from: number, to: number): { from: number; to: number }[] {
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
function afterRunInHead(text: string, tokens: readonly Token[], from: number, to: number, anchors: readonly ModalAnchor[]): number {
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
