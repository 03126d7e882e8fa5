/** Prints diagnostics like a compiler: `file:line:column: severity CODE: message`, the source line, a caret. */
import pc from 'picocolors';
import type { Diagnostic } from '../ir/index.js';

export interface FormatOptions {
  color: boolean;
}

export function formatDiagnostic(d: Diagnostic, opts: FormatOptions): string {
  const c = opts.color ? pc : pc.createColors(false);
  const where = d.span ? `${d.span.file}:${d.span.line}:${d.span.column}: ` : '';
  const sev = d.severity === 'error' ? c.red(c.bold('error')) : d.severity === 'warning' ? c.yellow(c.bold('warning')) : c.cyan('info');
  const lines = [`${c.bold(where)}${sev} ${c.dim(d.code)}: ${d.message}`];
  if (d.excerpt !== undefined && d.span) {
    const first = d.excerpt.split('\n')[0] ?? '';
    const gutter = String(d.span.line);
    lines.push(`${c.dim(gutter + ' |')} ${first}`);
    const width = d.span.endLine === d.span.line ? Math.max(1, d.span.endColumn - d.span.column) : Math.max(1, first.length - d.span.column + 1);
    lines.push(`${' '.repeat(gutter.length)} ${c.dim('|')} ${' '.repeat(Math.max(0, d.span.column - 1))}${c.red('^'.repeat(Math.min(width, 120)))}`);
  }
  return lines.join('\n');
}

export function formatSummary(diags: readonly Diagnostic[], opts: FormatOptions): string {
  const c = opts.color ? pc : pc.createColors(false);
  const n = (s: string) => diags.filter((d) => d.severity === s).length;
  const e = n('error');
  const w = n('warning');
  const text = `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`;
  return e ? c.red(text) : w ? c.yellow(text) : c.green(text);
}
