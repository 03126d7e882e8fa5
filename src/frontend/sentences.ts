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

/**
 * The sentences of `text` as `[start, end)` ranges, trimmed of surrounding white space, in order. Newlines
 * count as spaces (a paragraph's soft line breaks do not end sentences).
 */
export function splitSentences(text: string): Array<[number, number]> {
  const whole = trimmed(text, 0, text.length);
  if (!whole) return [];
  if (!INNER_BOUNDARY.test(text)) return [whole];
  const flat = text.replace(/\s/g, ' ');
  const found: Array<[number, number]> = [];
  let cursor = 0;
  for (const s of nlp.tokenize(flat).json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>) {
    let start = s.offset.start;
    let end = start + s.offset.length;
    if (flat.slice(start, end) !== s.text) {
      const at = flat.indexOf(s.text, cursor);
      if (at < 0) continue;
      start = at;
      end = at + s.text.length;
    }
    const r = trimmed(text, Math.max(start, cursor), end);
    if (r) {
      found.push(r);
      cursor = r[1];
    }
  }
  if (found.length === 0) return [whole];
  // text the tokenizer left between or after sentences (it drops stray symbols) joins the sentence before it
  found[0]![0] = whole[0];
  found[found.length - 1]![1] = whole[1];
  for (let i = 0; i + 1 < found.length; i++) {
    const gapEnd = trimmed(text, found[i]![1], found[i + 1]![0]);
    if (gapEnd) found[i]![1] = gapEnd[1];
  }
  return mergeFalseBreaks(text, found);
}

/** Joins sentences that were cut after an abbreviation or before a lower-case continuation. */
function mergeFalseBreaks(text: string, ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const r of ranges) {
    const prev = out[out.length - 1];
    if (prev && falseBreak(text.slice(prev[0], prev[1]), text.slice(r[0], r[1]))) prev[1] = r[1];
    else out.push([r[0], r[1]]);
  }
  return out;
}

function falseBreak(before: string, after: string): boolean {
  if (!before.endsWith('.')) return /^[a-z]/.test(after) && !/[!?]["'”’)\]]*$/.test(before);
  const last = /(?:^|[\s(\[“"'])([^\s(\[“"']+)\.$/.exec(before)?.[1]?.toLowerCase();
  if (last !== undefined && NEVER_FINAL.has(last)) return true;
  if (last === 'etc' || last === 'al') return !/^[A-Z]/.test(after);
  // a sentence cannot start in lower case
  return /^[a-z]/.test(after);
}

function trimmed(text: string, a: number, b: number): [number, number] | undefined {
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return a < b ? [a, b] : undefined;
}
