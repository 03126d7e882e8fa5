/** Fills in the source excerpt of diagnostics that point into a file the compile read. */
import type { Diagnostic, SourceFile } from './ir/index.js';
import { lineStarts } from './ir/index.js';

export function attachExcerpts(diags: Diagnostic[], sources: ReadonlyMap<string, SourceFile>): void {
  const starts = new Map<string, number[]>();
  for (const d of diags) {
    if (d.excerpt !== undefined || !d.span) continue;
    const file = sources.get(d.span.file);
    if (!file) continue;
    let s = starts.get(file.path);
    if (!s) starts.set(file.path, (s = lineStarts(file.text)));
    const from = s[d.span.line - 1];
    if (from === undefined) continue;
    const to = s[d.span.line] ?? file.text.length;
    d.excerpt = file.text.slice(from, to).replace(/\n$/, '');
  }
}
