/**
 * Heading attribute blocks `{#id key=value key="quoted value" .class}` at the end of a heading (the
 * attribute syntax of Pandoc and Python-Markdown's attr_list, as the OpenAI Model Spec writes it).
 */

/** One `key=value` pair; offsets are relative to the text given to `parseAttributeBlock`. */
export interface AttributeEntry {
  key: string;
  value: string;
  start: number;
  end: number;
}

export type ParsedAttributes =
  | { ok: true; id?: { value: string; start: number; end: number }; entries: AttributeEntry[]; classes: string[] }
  | { ok: false; reason: string; start: number; end: number };

/** Where a trailing `{…}` block sits in a heading's text, offsets relative to that text. */
export interface AttributeBlock {
  /** Offset of `{`. */
  start: number;
  /** Offset just after `}`. */
  end: number;
  /** The text between the braces. */
  inner: string;
}

/**
 * The attribute block ending `heading`, if it has one. A trailing `{…}` counts as an attribute block when its
 * content starts with `#` or `.` or contains `=`; other braces ("Rules for {placeholders}") are heading text.
 */
export function findAttributeBlock(heading: string): AttributeBlock | undefined {
  const m = /\{([^{}\n]*)\}[ \t]*$/.exec(heading);
  if (!m) return undefined;
  const inner = m[1]!;
  const t = inner.trim();
  if (!(t.startsWith('#') || t.startsWith('.') || t.includes('='))) return undefined;
  return { start: m.index, end: m.index + 1 + inner.length + 1, inner };
}

const NAME = /[A-Za-z0-9_:.-]/;
const KEY_START = /[A-Za-z_]/;

/** Parses the text between the braces; `base` is added to every offset (e.g. 1 for the `{`). */
export function parseAttributeBlock(inner: string, base = 0): ParsedAttributes {
  let id: { value: string; start: number; end: number } | undefined;
  const entries: AttributeEntry[] = [];
  const classes: string[] = [];
  const fail = (reason: string, start: number, end = start + 1): ParsedAttributes => ({ ok: false, reason, start: base + start, end: base + Math.max(end, start + 1) });
  let i = 0;
  const n = inner.length;
  const name = (from: number): number => {
    let j = from;
    while (j < n && NAME.test(inner[j]!)) j++;
    return j;
  };
  while (i < n) {
    const c = inner[i]!;
    if (c === ' ' || c === '\t') { i++; continue; }
    const tokenStart = i;
    if (c === '#' || c === '.') {
      const end = name(i + 1);
      if (end === i + 1) return fail(`"${c}" must be followed by a name`, i);
      if (end < n && inner[end] !== ' ' && inner[end] !== '\t') return fail(`unexpected "${inner[end]}" in "${inner.slice(i, end + 1)}"`, end);
      const value = inner.slice(i + 1, end);
      if (c === '#') {
        if (id) return fail(`a heading has one id; "#${value}" is a second`, i, end);
        id = { value, start: base + i, end: base + end };
      } else classes.push(value);
      i = end;
      continue;
    }
    if (!KEY_START.test(c)) return fail(`unexpected "${c}"`, i);
    const keyEnd = name(i);
    const key = inner.slice(i, keyEnd);
    if (inner[keyEnd] !== '=') return fail(`"${key}" needs a value: write ${key}=value`, tokenStart, keyEnd);
    let j = keyEnd + 1;
    let value: string;
    const q = inner[j];
    if (q === '"' || q === "'") {
      const close = inner.indexOf(q, j + 1);
      if (close < 0) return fail(`the value of "${key}" opens a quote that is never closed`, j, n);
      value = inner.slice(j + 1, close);
      j = close + 1;
    } else {
      const start = j;
      while (j < n && inner[j] !== ' ' && inner[j] !== '\t') {
        if (inner[j] === '"' || inner[j] === "'" || inner[j] === '=') return fail(`unexpected "${inner[j]}" in the value of "${key}"`, j);
        j++;
      }
      value = inner.slice(start, j);
      if (value === '') return fail(`"${key}=" has no value`, tokenStart, j);
    }
    if (j < n && inner[j] !== ' ' && inner[j] !== '\t') return fail(`unexpected "${inner[j]}" after the value of "${key}"`, j);
    if (entries.some((e) => e.key === key) || (key === 'class' && classes.length > 0)) return fail(`"${key}" is given twice`, tokenStart, j);
    entries.push({ key, value, start: base + tokenStart, end: base + j });
    i = j;
  }
  return id ? { ok: true, id, entries, classes } : { ok: true, entries, classes };
}
