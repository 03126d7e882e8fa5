/**
 * Sentence boundaries with exact offsets: compromise's sentence tokenizer, checked against the text it was
 * given, then guarded against the abbreviations of legal and policy writing ("Art. 6", "Sec. 3", "No. 5",
 * "cf.", "e.g.") after which it would wrongly cut.
 */
import nlp from 'compromise';

/** Abbreviations that are followed by what they abbreviate for: a sentence never ends on them. */
const NEVER_FINAL = new Set([
  'art', 'arts', 'sec', 'secs', 'subsec', 'para', 'paras', 'subpara', 'no', 'nos', 'nr', 'p', 'pp', 'fig', 'ch',
  'chap', 'cl', 'reg', 'regs', 'r', 's', 'ss', 'cf', 'vs', 'v', 'viz', 'e.g', 'i.e', 'eg', 'ie', 'approx', 'ca',
  'incl', 'esp', 'resp', 'ref', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'ibid', 'op', 'ed', 'vol', 'c', '§', 'u.s',
]);

/** Text in which a sentence could end before the last character. */
const INNER_BOUNDARY = /[.!?…]["'”’)\]]*\s+\S/;

/** compromise's rule-based sentence splitter (`world.methods.one.tokenize.splitSentences`): the sentence step of
 * its tokenizer without the word-level analysis, which the front end does not need. It returns consecutive
 * pieces of its input, so offsets are running sums of their lengths. */
type Splitter = (text: string, world: unknown) => string[];
const world = nlp.world() as { methods: { one: { tokenize: { splitSentences: Splitter } } } };
const compromiseSplit: Splitter = world.methods.one.tokenize.splitSentences;

/**
 * The sentences of `text` as `[start, end)` ranges, trimmed of surrounding white space, in order. Newlines
 * count as spaces (a paragraph's soft line breaks do not end sentences).
 */
export function splitSentences(text: string): Array<[number, number]> {
  const whole = trimmed(text, 0, text.length);
  if (!whole) return [];
  if (!INNER_BOUNDARY.test(text)) return [whole];
  const flat = text.replace(/\s/g, ' ');
  const pieces = compromiseSplit(flat, world);
  if (pieces.join('') !== flat) return [whole];
  const found: Array<[number, number]> = [];
  let at = 0;
  for (const piece of pieces) {
    const r = trimmed(text, at, at + piece.length);
    if (r) found.push(r);
    at += piece.length;
  }
  return found.length ? mergeFalseBreaks(text, found) : [whole];
}

/** A paragraph label ("1.", "b)", "(iv)") standing alone. */
const LABEL_ONLY = /^\(?(?:\d{1,3}|[a-z]|[ivx]{1,4}|[IVX]{1,4})[.)]$/;
/** A sentence that ends with the label of the next one: "The rules are: 1." */
const TRAILING_LABEL = /[.:;!?]["'”’)\]]*\s+(\(?(?:\d{1,3}|[a-z]|[ivx]{1,4}|[IVX]{1,4})[.)])$/;

/** A sentence numbered by a label: "b. Refuse cash." */
const STARTS_WITH_LABEL = /^\(?(?:\d{1,3}|[a-z]|[ivx]{1,4}|[IVX]{1,4})[.)]\s/;

/** Joins sentences that were cut after an abbreviation or before a lower-case continuation, and gives a
 * numbered label the splitter left at the end of one sentence to the sentence it numbers. */
function mergeFalseBreaks(text: string, ranges: Array<[number, number]>): Array<[number, number]> {
  for (let i = 0; i + 1 < ranges.length; i++) {
    const m = TRAILING_LABEL.exec(text.slice(ranges[i]![0], ranges[i]![1]));
    if (!m) continue;
    const labelStart = ranges[i]![1] - m[1]!.length;
    const rest = trimmed(text, ranges[i]![0], labelStart)!;
    if (endsWithAbbreviation(text.slice(rest[0], rest[1]))) continue;
    ranges[i + 1]![0] = labelStart;
    ranges[i]![1] = rest[1];
  }
  const out: Array<[number, number]> = [];
  let pendingLabel: number | undefined;
  for (const r of ranges) {
    if (LABEL_ONLY.test(text.slice(r[0], r[1]))) {
      const prev = out[out.length - 1];
      // "Sec. 2." is a number after an abbreviation, not the label of what follows
      if (prev && pendingLabel === undefined && endsWithAbbreviation(text.slice(prev[0], prev[1]))) prev[1] = r[1];
      else pendingLabel ??= r[0];
      continue;
    }
    if (pendingLabel !== undefined) {
      r[0] = pendingLabel;
      pendingLabel = undefined;
    }
    const prev = out[out.length - 1];
    if (prev && falseBreak(text.slice(prev[0], prev[1]), text.slice(r[0], r[1]))) prev[1] = r[1];
    else out.push([r[0], r[1]]);
  }
  if (pendingLabel !== undefined) {
    const last = out[out.length - 1];
    if (last) last[1] = ranges[ranges.length - 1]![1];
    else out.push([pendingLabel, ranges[ranges.length - 1]![1]]);
  }
  return out;
}

function endsWithAbbreviation(sentence: string): boolean {
  const last = /(?:^|[\s(\[“"'])([^\s(\[“"']+)\.$/.exec(sentence)?.[1]?.toLowerCase();
  return last !== undefined && NEVER_FINAL.has(last);
}

function falseBreak(before: string, after: string): boolean {
  if (endsWithAbbreviation(before)) return true;
  if (STARTS_WITH_LABEL.test(after)) return false;
  if (!before.endsWith('.')) return /^[a-z]/.test(after) && !/[!?]["'”’)\]]*$/.test(before);
  const last = /(?:^|[\s(\[“"'])([^\s(\[“"']+)\.$/.exec(before)?.[1]?.toLowerCase();
  if (last === 'etc' || last === 'al') return !/^[A-Z]/.test(after);
  // a sentence cannot start in lower case
  return /^[a-z]/.test(after);
}

function trimmed(text: string, a: number, b: number): [number, number] | undefined {
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return a < b ? [a, b] : undefined;
}
