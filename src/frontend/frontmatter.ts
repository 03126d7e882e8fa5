/**
 * Front matter of a regulation file: a YAML (`---`), TOML (`+++`) or JSON (`;;;`-delimited, or a leading `{`
 * object closed by a `}` line) block at the very start, parsed into document metadata with diagnostics that
 * point at the exact line and column inside the file.
 */
import { parseDocument, isMap, isScalar } from 'yaml';
import type { Document as YamlDocument } from 'yaml';
import { parse as parseToml, TomlDate, TomlError } from 'smol-toml';
import { diag } from '../ir/codes.js';
import type { Code } from '../ir/codes.js';
import type { Diagnostic } from '../ir/diagnostic.js';
import type { DocumentMeta } from '../ir/document.js';
import type { SourceFile, SourceSpan } from '../ir/source.js';
import { spanOf } from '../ir/source.js';
import type { FrontendOptions } from './types.js';

export type FrontMatterFormat = 'yaml' | 'toml' | 'json';

export interface FrontMatter {
  format?: FrontMatterFormat;
  /** The whole block, delimiters included. */
  span?: SourceSpan;
  /** Offset of the first character after the block (0 without front matter). */
  bodyStart: number;
  meta: DocumentMeta;
  /** The `id` key, when given and valid. */
  id?: string;
  diagnostics: Diagnostic[];
}

/** The block's delimiters and where its content lies, as offsets into the file's text. */
interface Block {
  format: FrontMatterFormat;
  contentStart: number;
  contentEnd: number;
  bodyStart: number;
}

/** Keys naming the default bearer. */
const BEARER_KEYS = ['bearer', 'default-bearer', 'defaultBearer'];
/** Document ids must make readable clause ids (`docId/sectionId/ordinal`). */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function readFrontMatter(file: SourceFile, starts: readonly number[], opts: FrontendOptions): FrontMatter {
  const text = file.text;
  const span = (a: number, b: number): SourceSpan => spanOf(file.path, starts, a, b);
  const found = findBlock(text);
  if (!found) return { bodyStart: 0, meta: { extra: {} }, diagnostics: [] };
  if ('unclosed' in found) {
    const firstLineEnd = lineEnd(text, 0);
    return {
      bodyStart: 0,
      meta: { extra: {} },
      diagnostics: [diag('RC1003', `front matter opened by "${found.unclosed}" on line 1 is never closed`, span(0, firstLineEnd))],
    };
  }
  const block = found;
  const out: FrontMatter = {
    format: block.format,
    span: span(0, trimEndOffset(text, block.bodyStart)),
    bodyStart: block.bodyStart,
    meta: { extra: {} },
    diagnostics: [],
  };
  const source = text.slice(block.contentStart, block.contentEnd);
  const parsed = parseBlock(block.format, source);
  if ('error' in parsed) {
    const at = block.contentStart + Math.min(parsed.error.at, source.length);
    out.diagnostics.push(diag('RC1003', `malformed ${block.format.toUpperCase()} front matter: ${parsed.error.message}`, span(at, Math.min(at + 1, text.length))));
    return out;
  }
  const value = parsed.value;
  if (value === null || value === undefined) return out;
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
    out.diagnostics.push(diag('RC1003', 'front matter must be a mapping of keys to values', out.span));
    return out;
  }
  const locate = (key: string): { start: number; end: number; raw: string } => {
    const r = parsed.locate(key) ?? { start: 0, end: lineEnd(source, 0) };
    return { start: block.contentStart + r.start, end: block.contentStart + r.end, raw: source.slice(r.start, r.end) };
  };
  const report = (code: Code, key: string, message: string): void => {
    const at = locate(key);
    out.diagnostics.push(diag(code, message, span(at.start, Math.max(at.end, at.start + 1))));
  };
  applyKeys(value as Record<string, unknown>, out, opts, locate, report);
  return out;
}

/** Fills `out.meta` and `out.id` from the parsed mapping, reporting values of the wrong shape. */
function applyKeys(
  obj: Record<string, unknown>,
  out: FrontMatter,
  opts: FrontendOptions,
  locate: (key: string) => { raw: string },
  report: (code: Code, key: string, message: string) => void,
): void {
  const meta = out.meta;
  const textOf = (key: string, v: unknown): string | undefined => {
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (typeof v === 'number' || typeof v === 'bigint') {
      const raw = locate(key).raw.trim().replace(/,$/, '').replace(/^"|"$/g, '');
      return /^[+-]?[0-9][0-9_.eE+-]*$/.test(raw) ? raw : String(v);
    }
    report('RC1007', key, `front matter "${key}" must be a non-empty text`);
    return undefined;
  };
  for (const [key, v] of Object.entries(obj)) {
    switch (key) {
      case 'id': {
        const id = textOf(key, v);
        if (id === undefined) break;
        if (ID_PATTERN.test(id)) out.id = id;
        else report('RC1007', key, `document id "${id}" may hold only letters, digits, ".", "_" and "-"; the file name is used instead`);
        break;
      }
      case 'title':
      case 'jurisdiction':
      case 'version': {
        const t = textOf(key, v);
        if (t !== undefined) meta[key] = t;
        break;
      }
      case 'authority': {
        const t = textOf(key, v);
        if (t === undefined) break;
        meta.authority = t;
        if (!opts.authorities.has(t)) report('RC1004', key, `unknown authority level "${t}"${known(opts)}`);
        break;
      }
      case 'effective': {
        const d = isoDate(v);
        if (d) meta.effective = d;
        else report('RC1007', key, `front matter "effective" must be a date written YYYY-MM-DD, got ${JSON.stringify(plain(v))}`);
        break;
      }
      default:
        if (BEARER_KEYS.includes(key)) {
          const t = textOf(key, v);
          if (t === undefined) break;
          if (meta.defaultBearer !== undefined) report('RC1007', key, `the default bearer is given twice; "${t}" is ignored`);
          else meta.defaultBearer = t;
        } else setOwn(meta.extra, key, plain(v));
    }
  }
}

function known(opts: FrontendOptions): string {
  const names = [...opts.authorities].sort();
  return names.length ? ` (known: ${names.join(', ')})` : '';
}

/** A calendar date `YYYY-MM-DD` from a string or a TOML local date; undefined for anything else. */
export function isoDate(v: unknown): string | undefined {
  let s: string;
  if (v instanceof TomlDate) {
    if (!v.isDate()) return undefined;
    s = v.toISOString();
  } else if (typeof v === 'string') s = v.trim();
  else return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? s : undefined;
}

/** Metadata kept verbatim, except that dates become their ISO text so the value is plain JSON data. */
function plain(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) setOwn(o, k, plain(x));
    return o;
  }
  return v;
}

/** Sets a key as an own property, even `__proto__`, which plain assignment would treat as the prototype. */
function setOwn(o: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

const OPENERS: Record<string, FrontMatterFormat> = { '---': 'yaml', '+++': 'toml', ';;;': 'json' };

/** Where the front matter block is, if the text starts with one. */
function findBlock(text: string): Block | { unclosed: string } | undefined {
  const firstEnd = lineEnd(text, 0);
  const first = text.slice(0, firstEnd).trimEnd();
  const format = OPENERS[first];
  if (format) {
    const contentStart = Math.min(firstEnd + 1, text.length);
    for (let at = contentStart; at < text.length; ) {
      const end = lineEnd(text, at);
      const line = text.slice(at, end).trimEnd();
      if (line === first || (format === 'yaml' && line === '...')) {
        return { format, contentStart, contentEnd: at, bodyStart: Math.min(end + 1, text.length) };
      }
      at = end + 1;
    }
    return { unclosed: first };
  }
  if (first.startsWith('{')) {
    if (first.endsWith('}') && parsesAsJson(first)) return { format: 'json', contentStart: 0, contentEnd: firstEnd, bodyStart: Math.min(firstEnd + 1, text.length) };
    for (let at = 0; at < text.length; ) {
      const end = lineEnd(text, at);
      if (text.slice(at, end).trimEnd() === '}') return { format: 'json', contentStart: 0, contentEnd: end, bodyStart: Math.min(end + 1, text.length) };
      at = end + 1;
    }
    return { unclosed: '{' };
  }
  return undefined;
}

type Located = { start: number; end: number };
type Parsed =
  | { value: unknown; locate: (key: string) => Located | undefined }
  | { error: { message: string; at: number } };

function parseBlock(format: FrontMatterFormat, source: string): Parsed {
  if (format === 'toml') {
    try {
      return { value: parseToml(source), locate: (key) => locateToml(source, key) };
    } catch (e) {
      if (e instanceof TomlError) {
        const starts = [0];
        for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
        const at = (starts[e.line - 1] ?? 0) + Math.max(0, e.column - 1);
        return { error: { message: firstLine(e.message).replace(/^Invalid TOML document:\s*/, ''), at } };
      }
      return { error: { message: String(e), at: 0 } };
    }
  }
  const doc = parseDocument(source, format === 'json' ? { schema: 'json' } : {});
  if (format === 'json') {
    try {
      const value: unknown = JSON.parse(source);
      return { value, locate: (key) => locateYaml(doc, key) };
    } catch (e) {
      const at = doc.errors[0]?.pos[0] ?? 0;
      return { error: { message: firstLine((e as Error).message), at } };
    }
  }
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    return { error: { message: firstLine(err.message).replace(/ at line \d+, column \d+:?$/, ''), at: err.pos[0] } };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }), locate: (key) => locateYaml(doc, key) };
  } catch (e) {
    return { error: { message: firstLine((e as Error).message), at: 0 } };
  }
}

/** The range of a top-level key's value (or of the key) in a YAML or JSON document. */
function locateYaml(doc: YamlDocument, key: string): Located | undefined {
  if (!isMap(doc.contents)) return undefined;
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || String(pair.key.value) !== key) continue;
    const node = (pair.value ?? pair.key) as { range?: [number, number, number] | null };
    const keyRange = (pair.key as { range?: [number, number, number] | null }).range;
    const r = node.range ?? keyRange;
    return r ? { start: r[0], end: r[1] } : undefined;
  }
  return undefined;
}

/** The range of a top-level key's value in a TOML document (before the first table header). */
function locateToml(source: string, key: string): Located | undefined {
  const quoted = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`^[ \\t]*(?:${quoted}|"${quoted}"|'${quoted}')[ \\t]*=[ \\t]*`, 'gm');
  const m = re.exec(source);
  if (!m) return undefined;
  const start = m.index + m[0].length;
  let end = lineEnd(source, start);
  const hash = source.slice(start, end).search(/[ \t]#/);
  if (hash >= 0) end = start + hash;
  return { start, end };
}

function parsesAsJson(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

function trimEndOffset(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}
