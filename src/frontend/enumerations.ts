/**
 * Inline enumerations inside one sentence: "Employees must not— (a) accept cash; (b) solicit gifts; or (c) …"
 * → the lead-in text and one item per marker. Markers run (a), (b), (c) …, (i), (ii), (iii) … or (1), (2),
 * (3) …, start at the first value of their series, and must be at least two.
 */

export interface EnumerationItem {
  /** The marker's value: "a", "ii", "3". */
  marker: string;
  /** The marker as written: "(a)". */
  label: string;
  /** The item's text range in the sentence, without marker and trailing "; or". */
  start: number;
  end: number;
}

export interface Enumeration {
  /** End of the lead-in text (trimmed), which starts at 0. */
  leadEnd: number;
  items: EnumerationItem[];
}

type Series = 'letter' | 'roman' | 'number';

const MARKER = /(?<=^|[\s—–:;,-])\(([a-z]|[ivx]{1,5}|\d{1,2})\)(?=\s)/g;
const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];
/** Separators and conjunctions that end an item: "; or", ", and", "." */
const ITEM_TAIL = /(?:[\s,;]+(?:and\/or|and|or))?[\s,;.:]*$/;

export function findEnumeration(sentence: string): Enumeration | undefined {
  const marks = [...sentence.matchAll(MARKER)].map((m) => ({ value: m[1]!, start: m.index, end: m.index + m[0].length }));
  for (let s = 0; s < marks.length; s++) {
    const series = seriesStarting(marks[s]!.value);
    if (!series) continue;
    const chosen = [marks[s]!];
    let expected = next(series, marks[s]!.value);
    for (let k = s + 1; k < marks.length && expected !== undefined; k++) {
      if (marks[k]!.value !== expected) continue;
      chosen.push(marks[k]!);
      expected = next(series, expected);
    }
    if (chosen.length < 2) continue;
    const lead = sentence.slice(0, chosen[0]!.start);
    if (!/\p{L}/u.test(lead)) continue;
    const items: EnumerationItem[] = [];
    for (let k = 0; k < chosen.length; k++) {
      const m = chosen[k]!;
      let start = m.end;
      let end = k + 1 < chosen.length ? chosen[k + 1]!.start : sentence.length;
      while (start < end && /\s/.test(sentence[start]!)) start++;
      end = start + sentence.slice(start, end).replace(ITEM_TAIL, '').length;
      if (end > start) items.push({ marker: m.value, label: `(${m.value})`, start, end });
    }
    if (items.length < 2) continue;
    let leadEnd = lead.length;
    while (leadEnd > 0 && /\s/.test(sentence[leadEnd - 1]!)) leadEnd--;
    return { leadEnd, items };
  }
  return undefined;
}

function seriesStarting(value: string): Series | undefined {
  if (value === 'a') return 'letter';
  if (value === 'i') return 'roman';
  if (value === '1') return 'number';
  return undefined;
}

function next(series: Series, value: string): string | undefined {
  if (series === 'number') return String(Number(value) + 1);
  if (series === 'letter') return value === 'z' ? undefined : String.fromCharCode(value.charCodeAt(0) + 1);
  const i = ROMANS.indexOf(value);
  return i >= 0 && i + 1 < ROMANS.length ? ROMANS[i + 1] : undefined;
}
