/** Tokens and sentences of a clause text, each with its character offsets into that text. */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** As written. */
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  kind: TokenKind;
  /** Offset of the first character in the analysed text. */
  start: number;
  /** Offset after the last character. */
  end: number;
}

// Numbers with thousands separators or decimals first, then words (with inner apostrophes, hyphens and
// dots, so "non-public", "don't", "e.g" and "3.2" stay whole), then any other single character.
const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)*|[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:[-.][\p{L}\p{N}]+)*|\S/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const start = m.index!;
    const kind: TokenKind = /^\d/.test(t) ? 'number' : /^[\p{L}\p{N}]/u.test(t) ? 'word' : 'punct';
    out.push({ text: t, lower: t.toLowerCase().replace(/’/g, "'"), kind, start, end: start + t.length });
  }
  return out;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'cf', 'vs', 'sec', 'art', 'no', 'nos', 'para', 'mr', 'mrs', 'ms', 'dr', 'inc', 'ltd',
  'co', 'corp', 'u.s', 'u.k', 'e.u', 'approx', 'incl', 'fig', 'p', 'pp', 'st', 'jr', 'sr',
]);

/** A sentence as a half-open range of token indices. */
export interface SentenceRange {
  from: number;
  to: number;
}

/** Splits tokens into sentences at `.`, `!` or `?` followed by an upper-case word, a number or the end. */
export function splitSentences(tokens: readonly Token[]): SentenceRange[] {
  const out: SentenceRange[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text !== '.' && t.text !== '!' && t.text !== '?') continue;
    const prev = tokens[i - 1];
    if (t.text === '.' && prev && prev.end === t.start && ABBREVIATIONS.has(prev.lower)) continue;
    // closing quotes and brackets belong to the sentence they close
    let j = i + 1;
    while (j < tokens.length && /^["'”’)\]]$/.test(tokens[j]!.text)) j++;
    const next = tokens[j];
    if (next && !/^[\p{Lu}\d"“(\[*]/u.test(next.text)) continue;
    out.push({ from, to: j });
    from = j;
    i = j - 1;
  }
  if (from < tokens.length) out.push({ from, to: tokens.length });
  return out;
}

/** The text of tokens [from, to) as written, including the characters between them. */
export function sliceText(text: string, tokens: readonly Token[], from: number, to: number): string {
  if (to <= from) return '';
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}
