/** Small helpers shared by the front-end tests: parse a string, find sections and clauses, check spans. */
import assert from 'node:assert/strict';
import type { Clause, Diagnostic, RegulationDocument, Section, SourceFile } from '../../src/ir/index.js';
import { parseMarkdown } from '../../src/frontend/markdown.js';
import { parseText } from '../../src/frontend/text.js';
import type { ParseResult } from '../../src/frontend/types.js';

export const AUTHORITIES: ReadonlySet<string> = new Set([
  'law', 'company-policy', 'regional-guideline', 'root', 'system', 'developer', 'user', 'guideline',
]);

export const file = (text: string, path = 'regulations/policy.md'): SourceFile => ({ path, text, sha256: '0'.repeat(64) });

export const md = (text: string, path = 'regulations/policy.md'): ParseResult => parseMarkdown(file(text, path), { authorities: AUTHORITIES });
export const txt = (text: string, path = 'regulations/policy.txt'): ParseResult => parseText(file(text, path), { authorities: AUTHORITIES });

export function doc(r: ParseResult): RegulationDocument {
  assert.ok(r.document, 'a document');
  return r.document;
}

export const allClauses = (d: RegulationDocument): Clause[] => d.sections.flatMap((s) => s.clauses);

export function section(d: RegulationDocument, id: string): Section {
  const s = d.sections.find((x) => x.id === id);
  assert.ok(s, `section ${id} among ${d.sections.map((x) => x.id).join(', ')}`);
  return s;
}

export function clause(d: RegulationDocument, id: string): Clause {
  const c = allClauses(d).find((x) => x.id === id);
  assert.ok(c, `clause ${id} among ${allClauses(d).map((x) => x.id).join(', ')}`);
  return c;
}

/** Code, line and column of each diagnostic, for comparing as data. */
export const codes = (ds: Diagnostic[]): Array<[string, number | undefined, number | undefined]> =>
  ds.map((d) => [d.code, d.span?.line, d.span?.column]);

/** The source text a span covers. */
export const sliceOf = (text: string, c: { span: { offset: number; endOffset: number } }): string => text.slice(c.span.offset, c.span.endOffset);

/** Markdown inline syntax and white space removed, so a span's slice compares with clause text. */
export function bare(s: string, titles: ReadonlyMap<string, string> = new Map()): string {
  return s
    .replace(/\[\?\]\(#([^)\s]+)\)/g, (_, a: string) => titles.get(a) ?? '?')
    .replace(/\[\^[^\]\s]+\]/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\]\([^)]*\)/g, '')
    .replace(/\]\[[^\]]*\]/g, '')
    .replace(/<[^>\n]+>/g, '')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/[*_`[\]\\~]/g, '')
    .replace(/\s+/g, '');
}

/** Every clause's span slices the source to its text (modulo markup and white space). */
export function assertSpansSliceToText(text: string, d: RegulationDocument): number {
  const titles = new Map(d.sections.map((s) => [s.id, s.heading]));
  let n = 0;
  for (const c of allClauses(d)) {
    assert.equal(bare(sliceOf(text, c), titles), bare(c.text), `span of ${c.id} (${c.span.line}:${c.span.column})`);
    n++;
  }
  return n;
}
