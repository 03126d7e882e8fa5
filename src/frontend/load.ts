/**
 * Reads a source file: raw bytes → sha256, binary and UTF-8 checks (RFC 3629), BOM removal and line-ending
 * normalisation. Offsets of every later span index the normalised text; lines and columns are those of the
 * file as an editor shows it (a CRLF or a lone CR ends a line just as LF does).
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { diag } from '../ir/codes.js';
import type { Diagnostic } from '../ir/diagnostic.js';
import type { SourceFile, SourceSpan } from '../ir/source.js';

export interface ReadResult {
  file?: SourceFile;
  diagnostics: Diagnostic[];
}

/** Reads `absPath` from disk; diagnostics and the file carry `displayPath`. */
export function readSource(absPath: string, displayPath: string): ReadResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absPath);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? 'read error';
    return { diagnostics: [diag('RC1011', `cannot read ${displayPath} (${reason})`, pointSpan(displayPath, 1, 1, 0))] };
  }
  return decodeSource(bytes, displayPath);
}

/** Checks and decodes the bytes of a file; the part of `readSource` that does not touch the disk. */
export function decodeSource(bytes: Uint8Array, displayPath: string): ReadResult {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const binary = binaryEvidence(bytes);
  if (binary !== undefined) {
    const at = locateByte(bytes, binary.at);
    return { diagnostics: [diag('RC1002', `${displayPath} is binary (${binary.why}), not text`, pointSpan(displayPath, at.line, at.column, at.offset))] };
  }
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const at = locateByte(bytes, bad < 0 ? 0 : bad);
    const hex = bad < 0 ? '' : ` (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')})`;
    return { diagnostics: [diag('RC1001', `${displayPath} is not valid UTF-8${hex} at line ${at.line}, column ${at.column}`, pointSpan(displayPath, at.line, at.column, at.offset))] };
  }
  return { file: { path: displayPath, text: normaliseText(decoded), sha256 }, diagnostics: [] };
}

/** Strips a leading byte order mark and turns CRLF and lone CR into LF. */
export function normaliseText(decoded: string): string {
  const noBom = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  return noBom.indexOf('\r') < 0 ? noBom : noBom.replace(/\r\n?/g, '\n');
}

/** How much of the start of a file is looked at for control characters. */
const SAMPLE = 8192;
/** Share of control characters above which a file counts as binary. */
const CONTROL_SHARE = 0.3;

/** Why the bytes look binary, and the first byte that says so; undefined for text. */
function binaryEvidence(bytes: Uint8Array): { why: string; at: number } | undefined {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { why: 'contains NUL bytes', at: nul };
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  let first = -1;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    // tab, LF, VT, FF, CR and ESC occur in text; DEL and the other C0 controls do not
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) || b === 0x7f) {
      control++;
      if (first < 0) first = i;
    }
  }
  if (n > 0 && control / n > CONTROL_SHARE) return { why: 'mostly control characters', at: first };
  return undefined;
}

/** Index of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629 §4), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Line, column and text offset of a byte, counting as the decoded, normalised text would. */
function locateByte(bytes: Uint8Array, at: number): { line: number; column: number; offset: number } {
  const valid = firstInvalidUtf8(bytes);
  const end = valid >= 0 && valid < at ? valid : at;
  const before = normaliseText(new TextDecoder('utf-8').decode(bytes.subarray(0, end)));
  const lastNl = before.lastIndexOf('\n');
  const line = before.split('\n').length;
  return { line, column: before.length - (lastNl + 1) + 1, offset: before.length };
}

function pointSpan(file: string, line: number, column: number, offset: number): SourceSpan {
  return { file, line, column, endLine: line, endColumn: column + 1, offset, endOffset: offset + 1 };
}
