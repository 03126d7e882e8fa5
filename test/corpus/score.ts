/**
 * Scores extracted norms against the hand labels of `labels.json`: locates each label in its corpus file,
 * finds the compiled clauses and norms it covers, pairs gold and predicted norms greedily per clause, and
 * computes detection precision/recall and kind/bearer accuracy (definitions in README.md).
 */
import type { Clause, Norm, NormKind, RegulationDocument } from '../../src/ir/index.js';

export interface GoldNorm {
  kind: NormKind;
  /** Lower-case head noun, e.g. `assistant`, `community leader`, `we`. */
  bearer: string;
}

export interface Label {
  file: string;
  /** 1-based line where the clause starts. */
  line: number;
  /** The clause text as it appears in the corpus, whitespace-normalised. */
  text: string;
  norms: GoldNorm[];
  note?: string;
}

/** A label with its place in the source: `[offset, endOffset)` of the decoded text. */
export interface LocatedLabel extends Label {
  index: number;
  offset: number;
  endOffset: number;
}

/** Where a label's text is in the source, starting on its line; undefined when it is not there. */
export function locateLabel(source: string, label: Label): { offset: number; endOffset: number } | undefined {
  const lines = source.split('\n');
  if (label.line < 1 || label.line > lines.length) return undefined;
  let lineStart = 0;
  for (let i = 0; i < label.line - 1; i++) lineStart += lines[i]!.length + 1;
  const lineEnd = lineStart + lines[label.line - 1]!.length;
  const words = label.text.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(words.join('\\s+'), 'g');
  re.lastIndex = lineStart;
  const m = re.exec(source);
  if (!m || m.index > lineEnd) return undefined;
  return { offset: m.index, endOffset: m.index + m[0].length };
}

/** Text reduced to lower-case letters and digits after dropping Markdown syntax, for comparing clause texts
 * that a front end may have stripped of links, emphasis and footnote markers. */
export function skeleton(text: string): string {
  return text
    .replace(/\[\^[^\]]*\]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** How a compiled clause's text relates to a label's text. */
export type MatchQuality = 'exact' | 'clause-contains-label' | 'label-contains-clause' | 'span-only';

export function matchQuality(clauseText: string, labelText: string): MatchQuality {
  const c = skeleton(clauseText);
  // A Model Spec cross-reference `[?](#id)` is shown with the heading it points to: any text matches it.
  const parts = labelText.split(/\[\?\]\([^)]*\)/).map(skeleton);
  const l = parts.join('');
  const pattern = parts.join('[a-z0-9]*');
  if (new RegExp(`^${pattern}$`).test(c)) return 'exact';
  if (l && new RegExp(pattern).test(c)) return 'clause-contains-label';
  if (c && l.includes(c)) return 'label-contains-clause';
  return 'span-only';
}

const SYNONYMS: Record<string, string> = {
  model: 'assistant',
  'ai assistant': 'assistant',
  ai: 'assistant',
  chatgpt: 'assistant',
  'end user': 'user',
  leader: 'community leader',
  'community member': 'member',
  contributor: 'member',
  participant: 'member',
  us: 'we',
  openai: 'we',
};

const DETERMINERS = new Set(['the', 'a', 'an', 'all', 'any', 'every', 'each', 'our', 'its', 'their', 'your', 'this', 'these', 'those', 'such']);

function singular(word: string): string {
  if (word.length <= 3 || /(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** A bearer phrase as a lower-case head noun phrase: determiners dropped, cut before a comma, an apposition
 * ("as …") or a post-modifier, last word singular, then the synonym table (README.md); conjuncts ("users and
 * developers") are normalised one by one and joined with "and". */
export function normaliseBearer(text: string | undefined): string {
  if (!text) return '';
  let t = text.toLowerCase().replace(/['’]s\b/g, '').replace(/[*_`"“”’']/g, ' ').replace(/\s+/g, ' ').trim();
  t = t.split(/,|;|\(| as | who | which | that | of | for | in | at | responsible /)[0]!.trim();
  const conjuncts = t.split(/ and | or /);
  if (conjuncts.length > 1) return conjuncts.map(normaliseBearer).filter(Boolean).join(' and ');
  const words = t.split(' ').filter((w) => w && !DETERMINERS.has(w)).map((w) => w.replace(/[^a-z0-9-]/g, '')).filter(Boolean);
  if (!words.length) return '';
  words[words.length - 1] = singular(words[words.length - 1]!);
  const phrase = words.join(' ');
  return SYNONYMS[phrase] ?? phrase;
}

/** Whether a predicted bearer (normalised) names the gold bearer: equal, or one is the other's head noun; a
 * coordinated bearer ("user and developer") names each of its conjuncts. */
export function bearerMatches(predicted: string, gold: string): boolean {
  if (!predicted || !gold) return false;
  return predicted
    .split(/ and | or /)
    .some((p) => p === gold || p.endsWith(' ' + gold) || gold.endsWith(' ' + p));
}

export interface PredictedNorm {
  kind: NormKind;
  bearer: string;
  bearerText: string;
  iri: string;
  text: string;
}

export interface Pair {
  gold: GoldNorm;
  predicted: PredictedNorm;
}

export interface LabelResult {
  label: LocatedLabel;
  clauses: { id: string; quality: MatchQuality }[];
  predicted: PredictedNorm[];
  /** Gold–predicted pairs of the strict match (same kind, bearer matches). */
  strict: Pair[];
  /** Gold–predicted pairs of the lenient match (any kind and bearer, agreeing pairs first). */
  lenient: Pair[];
  missed: GoldNorm[];
  falseAlarms: PredictedNorm[];
}

/** Greedy pairing: for each tier in turn, each gold norm in order takes the first unused predicted norm the
 * tier accepts. */
export function pairGreedy(
  gold: readonly GoldNorm[],
  predicted: readonly PredictedNorm[],
  tiers: ((g: GoldNorm, p: PredictedNorm) => boolean)[],
): { pairs: Pair[]; unpairedGold: GoldNorm[]; unpairedPredicted: PredictedNorm[] } {
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: { gi: number; pair: Pair }[] = [];
  for (const accept of tiers) {
    gold.forEach((g, gi) => {
      if (usedG.has(gi)) return;
      const pi = predicted.findIndex((p, k) => !usedP.has(k) && accept(g, p));
      if (pi < 0) return;
      usedG.add(gi);
      usedP.add(pi);
      pairs.push({ gi, pair: { gold: g, predicted: predicted[pi]! } });
    });
  }
  pairs.sort((a, b) => a.gi - b.gi);
  return {
    pairs: pairs.map((p) => p.pair),
    unpairedGold: gold.filter((_, i) => !usedG.has(i)),
    unpairedPredicted: predicted.filter((_, i) => !usedP.has(i)),
  };
}

const sameKind = (g: GoldNorm, p: PredictedNorm) => g.kind === p.kind;
const sameBearer = (g: GoldNorm, p: PredictedNorm) => bearerMatches(p.bearer, g.bearer);
const strictTier = (g: GoldNorm, p: PredictedNorm) => sameKind(g, p) && sameBearer(g, p);
const LENIENT_TIERS = [strictTier, sameKind, sameBearer, () => true];

export function toPredicted(n: Norm): PredictedNorm {
  return { kind: n.kind, bearer: normaliseBearer(n.bearer.text), bearerText: n.bearer.text, iri: n.iri, text: n.text };
}

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/**
 * Scores the labels of one corpus file against its compiled document and norms. A clause covers a label when
 * their spans overlap; a norm belongs to the label its span overlaps most (ties: the earlier label), among
 * the labels its clause covers. Norms of unlabelled text are not scored.
 */
export function scoreFile(labels: readonly LocatedLabel[], doc: RegulationDocument, norms: readonly Norm[]): LabelResult[] {
  const clauses: Clause[] = doc.sections.flatMap((s) => s.clauses);
  const clauseById = new Map(clauses.map((c) => [c.iri, c]));
  const covering = labels.map((l) =>
    clauses.filter((c) => overlap(c.span.offset, c.span.endOffset, l.offset, l.endOffset) > 0),
  );
  const assigned: Norm[][] = labels.map(() => []);
  for (const n of norms) {
    if (n.span.file !== doc.file) continue;
    const clause = n.clause ? clauseById.get(n.clause) : undefined;
    let best = -1;
    let bestOverlap = 0;
    labels.forEach((l, i) => {
      if (clause && !covering[i]!.includes(clause)) return;
      const o = overlap(n.span.offset, n.span.endOffset, l.offset, l.endOffset);
      if (o > bestOverlap) {
        best = i;
        bestOverlap = o;
      }
    });
    if (best >= 0) assigned[best]!.push(n);
  }
  return labels.map((label, i) => {
    const predicted = assigned[i]!.map(toPredicted);
    const strict = pairGreedy(label.norms, predicted, [strictTier]);
    const lenient = pairGreedy(label.norms, predicted, LENIENT_TIERS);
    return {
      label,
      clauses: covering[i]!.map((c) => ({ id: c.id, quality: matchQuality(c.text, label.text) })),
      predicted,
      strict: strict.pairs,
      lenient: lenient.pairs,
      missed: strict.unpairedGold,
      falseAlarms: strict.unpairedPredicted,
    };
  });
}

export interface Metrics {
  detection: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number };
  presence: { precision: number; recall: number; tp: number; fp: number; fn: number };
  kindAccuracy: { accuracy: number; correct: number; n: number };
  bearerAccuracy: { accuracy: number; correct: number; n: number };
  labels: number;
  /** Labels no compiled clause covers (e.g. text the front end rightly leaves out, like commentary). */
  unmatchedLabels: number;
  /** Gold norms of those labels: misses a front end caused. */
  unmatchedGoldNorms: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 10000) / 10000);

/** Totals over all labels (README.md, "Metrics"). */
export function metrics(results: readonly LabelResult[]): Metrics {
  let tp = 0, fp = 0, fn = 0, ltp = 0, lfp = 0, lfn = 0, kindOk = 0, bearerOk = 0;
  for (const r of results) {
    tp += r.strict.length;
    fp += r.predicted.length - r.strict.length;
    fn += r.label.norms.length - r.strict.length;
    ltp += r.lenient.length;
    lfp += r.predicted.length - r.lenient.length;
    lfn += r.label.norms.length - r.lenient.length;
    for (const p of r.lenient) {
      if (sameKind(p.gold, p.predicted)) kindOk++;
      if (sameBearer(p.gold, p.predicted)) bearerOk++;
    }
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    detection: { precision, recall, f1: ratio(2 * tp, 2 * tp + fp + fn), tp, fp, fn },
    presence: { precision: ratio(ltp, ltp + lfp), recall: ratio(ltp, ltp + lfn), tp: ltp, fp: lfp, fn: lfn },
    kindAccuracy: { accuracy: ratio(kindOk, ltp), correct: kindOk, n: ltp },
    bearerAccuracy: { accuracy: ratio(bearerOk, ltp), correct: bearerOk, n: ltp },
    labels: results.length,
    unmatchedLabels: results.filter((r) => r.clauses.length === 0).length,
    unmatchedGoldNorms: results.filter((r) => r.clauses.length === 0).reduce((k, r) => k + r.label.norms.length, 0),
  };
}

/** One compiled corpus file as `evaluate` needs it. */
export interface CorpusInput {
  file: string;
  text: string;
  document?: RegulationDocument;
  norms: readonly Norm[];
}

export interface Evaluation {
  results: LabelResult[];
  /** Labels whose text is not found at their line (a fault of `labels.json`). */
  unlocated: Label[];
  /** Labels of files that did not compile. */
  uncompiled: Label[];
}

/** Locates every label in its corpus file and scores it against that file's compiled document and norms. */
export function evaluate(labels: readonly Label[], corpora: readonly CorpusInput[]): Evaluation {
  const results: LabelResult[] = [];
  const unlocated: Label[] = [];
  const uncompiled: Label[] = [];
  for (const c of corpora) {
    const located: LocatedLabel[] = [];
    labels.forEach((l, index) => {
      if (l.file !== c.file) return;
      const at = locateLabel(c.text, l);
      if (!at) unlocated.push(l);
      else located.push({ ...l, index, ...at });
    });
    if (!c.document) uncompiled.push(...located);
    else results.push(...scoreFile(located, c.document, c.norms));
  }
  results.sort((a, b) => a.label.index - b.label.index);
  return { results, unlocated, uncompiled };
}
