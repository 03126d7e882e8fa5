/**
 * `report.html` of a run: one self-contained page (inline CSS and SVG charts, no scripts, a Content Security
 * Policy that forbids them) with the pass rate by case type, red-team variant, section and rule; with a
 * baseline, both models side by side and the four outcomes per case type; every failure with its
 * conversation, reply, failed checks and a link to its rule, whose clause text and file:line the page shows.
 * When the model was trained on some cases (audit feedback), a line gives the held-out and trained-on pass
 * rates apart and those cases' failures carry a badge.
 * Every text taken from the suite, the replies or the rules is escaped.
 */
import type { AuditCase } from '../backends/auditor/schema.js';
import { ID } from '../vocab/index.js';
import { barChart, outcomeChart, OUTCOME_LABEL } from './charts.js';
import type { BarRow } from './charts.js';
import { esc, pct } from './html.js';
import type { CaseResult } from './results.js';
import { resultKey } from './results.js';
import type { RuleInfo } from './suite.js';
import { OUTCOMES, rate } from './summary.js';
import type { RoleSummary, Summary, Tally } from './summary.js';

export interface ReportInput {
  summary: Summary;
  cases: readonly AuditCase[];
  results: ReadonlyMap<string, CaseResult>;
  rules: ReadonlyMap<string, RuleInfo>;
  complete: boolean;
}

/** Failures listed in full; beyond this the page says how many more there are. */
const MAX_FAILURES = 2000;

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:24px;color:#1d2330;background:#fff}
h1{font-size:24px;margin:0 0 8px}h2{font-size:19px;margin:32px 0 8px;border-bottom:1px solid #d7dbe3;padding-bottom:4px}
h3{font-size:15px;margin:16px 0 6px}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:8px 0}dl.facts dt{color:#596174}dl.facts dd{margin:0}
.big{font-size:34px;font-weight:600}.muted{color:#596174}.warn{color:#9a5b00}
table{border-collapse:collapse;margin:8px 0;width:100%}th,td{border-bottom:1px solid #e6e9ef;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f4f6f9;font-weight:600}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
svg.chart{display:block;margin:8px 0;max-width:100%;height:auto}
svg .label,svg .note,svg .axis{font:12px system-ui,sans-serif;fill:#1d2330}svg .axis{fill:#596174}
svg .grid{stroke:#e6e9ef}svg .bar.aligned{fill:#2f6fdb}svg .bar.baseline{fill:#a9b3c4}
svg .both_pass{fill:#2e9d5b}svg .only_aligned{fill:#2f6fdb}svg .only_baseline{fill:#d98b2b}svg .both_fail{fill:#c8424b}
.legend span{display:inline-block;margin-right:16px}.swatch{display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:middle}
article.failure{border:1px solid #e6e9ef;border-left:4px solid #c8424b;border-radius:4px;padding:8px 12px;margin:12px 0}
article.failure header{display:flex;flex-wrap:wrap;gap:4px 16px;font-size:13px}
pre{white-space:pre-wrap;word-wrap:break-word;background:#f7f8fa;border-radius:4px;padding:6px 8px;margin:4px 0;font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace}
.role{font-weight:600;color:#596174;text-transform:uppercase;font-size:11px}
ul.checks{margin:4px 0;padding-left:20px}li.fail{color:#a1262f}li.pass{color:#2e7d4f}
.rule{border-top:1px solid #e6e9ef;padding:8px 0}.rule blockquote{margin:4px 0 4px 0;padding-left:10px;border-left:3px solid #d7dbe3}
.badge{display:inline-block;border-radius:3px;padding:0 6px;font-size:11px;font-weight:600;text-transform:uppercase}.badge.trained{background:#fbe9c8;color:#7a4a00}
code{font:12.5px ui-monospace,SFMono-Regular,Menlo,monospace}
`;

const tallyNote = (t: Tally | undefined): string => (t ? `${t.passed}/${t.cases}` : '');

function rowsOf(aligned: Record<string, Tally>, baseline: Record<string, Tally> | undefined, label: (k: string) => string = (k) => k): BarRow[] {
  const keys = [...new Set([...Object.keys(aligned), ...Object.keys(baseline ?? {})])].sort();
  return keys.map((k) => {
    const row: BarRow = { label: label(k), value: aligned[k] ? rate(aligned[k]!) : 0, note: tallyNote(aligned[k]) };
    if (baseline) row.baseline = baseline[k] ? rate(baseline[k]!) : 0;
    return row;
  });
}

function rateTable(caption: string, aligned: Record<string, Tally>, baseline: Record<string, Tally> | undefined, cell: (k: string) => string = esc): string {
  const keys = [...new Set([...Object.keys(aligned), ...Object.keys(baseline ?? {})])].sort();
  const head = `<tr><th>${esc(caption)}</th><th class="num">cases</th><th class="num">passed</th><th class="num">pass rate</th>${baseline ? '<th class="num">baseline passed</th><th class="num">baseline pass rate</th>' : ''}</tr>`;
  const body = keys.map((k) => {
    const a = aligned[k] ?? { cases: 0, passed: 0 };
    const b = baseline?.[k];
    return `<tr><td>${cell(k)}</td><td class="num">${a.cases}</td><td class="num">${a.passed}</td><td class="num">${pct(rate(a))}</td>${baseline ? `<td class="num">${b ? b.passed : 0}</td><td class="num">${b ? pct(rate(b)) : '–'}</td>` : ''}</tr>`;
  });
  return `<table>${head}${body.join('')}</table>`;
}

export function renderReport(input: ReportInput): string {
  const { summary, cases, results, rules } = input;
  const base: RoleSummary | null = summary.baseline;
  const byId = new Map(cases.map((c) => [c.id, c]));

  // rules: every norm a case tests, with an anchor
  const normIris = [...new Set(cases.flatMap((c) => c.norms))].sort();
  const anchor = new Map(normIris.map((iri, i) => [iri, `rule-${i + 1}`]));
  const citeOf = new Map<string, NonNullable<AuditCase['cite']>>();
  for (const c of cases) if (c.cite && c.norms[0] && !citeOf.has(c.norms[0])) citeOf.set(c.norms[0], c.cite);
  /** The id `regc explain` accepts: the clause id and the norm's suffix (`orbis-conduct/gifts/3/n1`). */
  const ruleName = (iri: string): string => {
    const cite = citeOf.get(iri);
    if (cite && iri.startsWith(cite.clause + '/')) return `${cite.id}/${iri.slice(cite.clause.length + 1)}`;
    return iri.startsWith(ID) ? decodeURIComponent(iri.slice(ID.length)) : iri;
  };
  const ruleLink = (iri: string): string => `<a href="#${anchor.get(iri)}">${esc(ruleName(iri))}</a>`;

  const out: string[] = [];
  out.push('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">');
  out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<title>regc audit: ${esc(summary.run)}</title><style>${CSS}</style></head><body>`);

  // the run
  out.push(`<h1>Audit of ${esc(summary.model)}</h1>`);
  out.push(`<p class="big" id="pass-rate" data-pass-rate="${summary.pass_rate}">${pct(summary.pass_rate)} <span class="muted" style="font-size:16px">of ${summary.cases} graded cases passed (${summary.passed})</span></p>`);
  if (summary.trained.cases) {
    const h = summary.held_out;
    const t = summary.trained;
    out.push(`<p id="held-out" data-held-out-pass-rate="${h.pass_rate}" data-trained-pass-rate="${t.pass_rate}">Held out: ${pct(h.pass_rate)} of ${h.cases} cases passed (${h.passed}); trained on: ${pct(t.pass_rate)} of ${t.cases} cases passed (${t.passed}). <span class="muted">Trained-on cases are audit failures merged into the training data: their pass rate measures retention, the held-out one generalisation.</span></p>`);
  }
  if (!input.complete) out.push('<p class="warn" id="incomplete">This run is incomplete: some cases were not answered or graded yet. Run the same audit again to continue it.</p>');
  out.push('<dl class="facts">');
  const fact = (k: string, v: string) => out.push(`<dt>${esc(k)}</dt><dd>${v}</dd>`);
  fact('run', `<code>${esc(summary.run)}</code>`);
  fact('model', esc(summary.model));
  if (base) fact('baseline', `${esc(base.model)}: ${pct(base.pass_rate)} (${base.passed} of ${base.cases})`);
  fact('judge', summary.judge_model ? esc(summary.judge_model) : 'none (deterministic checks only)');
  fact('suite', `${summary.suite.cases} cases, sha256 <code>${esc(summary.suite.sha256.slice(0, 16))}</code>`);
  fact('graded by', Object.entries(summary.graded_by).map(([k, v]) => `${esc(k)}: ${v}`).join(', ') || '–');
  if (summary.errors || base?.errors) fact('failed requests', `${summary.errors}${base ? ` (baseline ${base.errors})` : ''}`);
  out.push('</dl>');
  if (base) out.push('<p class="legend"><span><i class="swatch" style="background:#2f6fdb"></i>aligned (audited) model</span><span><i class="swatch" style="background:#a9b3c4"></i>baseline model</span></p>');

  // rates
  const sectionOf = (title: string, id: string, key: keyof RoleSummary['counts'], caption: string, label?: (k: string) => string, cell?: (k: string) => string) => {
    out.push(`<section id="${id}"><h2>${esc(title)}</h2>`);
    out.push(barChart(title, rowsOf(summary.counts[key], base?.counts[key], label)));
    out.push(rateTable(caption, summary.counts[key], base?.counts[key], cell));
    out.push('</section>');
  };
  sectionOf('Pass rate by case type', 'by-type', 'by_type', 'case type');
  sectionOf('Pass rate by red-team variant', 'by-variant', 'by_variant', 'variant');
  sectionOf('Pass rate by section', 'by-section', 'by_section', 'section');
  sectionOf('Pass rate by rule', 'by-rule', 'by_norm', 'rule', ruleName, ruleLink);

  // the four outcomes
  if (summary.outcomes) {
    const o = summary.outcomes;
    out.push('<section id="outcomes"><h2>Aligned and baseline side by side</h2>');
    out.push('<p class="muted">Each case graded for both models falls into one of four outcomes.</p>');
    const rows = [{ label: 'all cases', counts: o.total }, ...Object.entries(o.by_type).map(([k, v]) => ({ label: k, counts: v }))];
    out.push(outcomeChart('Outcomes by case type', rows));
    out.push(`<table><tr><th>case type</th>${OUTCOMES.map((k) => `<th class="num">${esc(OUTCOME_LABEL[k])}</th>`).join('')}</tr>`);
    for (const r of rows) out.push(`<tr data-outcomes="${esc(r.label)}"><td>${esc(r.label)}</td>${OUTCOMES.map((k) => `<td class="num" data-outcome="${k}">${r.counts[k]}</td>`).join('')}</tr>`);
    out.push('</table></section>');
  }

  // failures
  const failures = cases.filter((c) => results.get(resultKey('aligned', c.id))?.grade?.pass === false);
  out.push(`<section id="failures"><h2>Failures (${failures.length})</h2>`);
  if (!failures.length) out.push('<p>No failures.</p>');
  for (const c of failures.slice(0, MAX_FAILURES)) {
    const r = results.get(resultKey('aligned', c.id))!;
    const b = base ? results.get(resultKey('baseline', c.id)) : undefined;
    out.push(`<article class="failure" id="${esc(c.id.replace(':', '-'))}" data-case="${esc(c.id)}"><header>`);
    out.push(`<code>${esc(c.id)}</code><span>${esc(c.type)}</span><span>${esc(c.variant)}</span><span>${esc(c.section)}</span>`);
    if (r.trained) out.push('<span class="badge trained" title="this case\'s failure was merged into the training data">trained on</span>');
    if (b?.grade) out.push(`<span class="muted">baseline ${b.grade.pass ? 'passed' : 'failed'}</span>`);
    out.push('</header>');
    out.push(`<p>Rule${c.norms.length > 1 ? 's' : ''}: ${c.norms.map(ruleLink).join(', ')}</p>`);
    if (c.cite) out.push(`<blockquote class="clause">${esc(c.cite.text)} <span class="muted">— ${esc(c.cite.section)}, ${esc(c.cite.document)} (${esc(c.cite.file)}:${c.cite.line}:${c.cite.column})</span></blockquote>`);
    for (const m of c.messages) out.push(`<div class="role">${esc(m.role)}</div><pre>${esc(m.content)}</pre>`);
    out.push(`<div class="role">reply of ${esc(r.model)}</div><pre class="reply">${esc(r.reply ?? '')}</pre>`);
    out.push('<ul class="checks">');
    const expected = (k: string): string => {
      const check = c.checks.find((x) => x.kind === k);
      if (!check) return '';
      if (check.kind === 'refusal') return check.expected ? 'a refusal' : 'no refusal';
      if (check.kind === 'verdict') return check.expected;
      if (check.kind === 'choice') return `${check.expected} named first (of ${check.options.join(', ')})`;
      return `one of ${check.any.map((s) => `“${s}”`).join(', ')}`;
    };
    for (const k of r.grade!.checks) out.push(`<li class="${k.pass ? 'pass' : 'fail'}">${esc(k.kind)}: found ${esc(k.found)}; expected ${esc(expected(k.kind))}</li>`);
    if (r.grade!.judge) out.push(`<li class="${r.grade!.judge.pass ? 'pass' : 'fail'}">judge: ${esc(r.grade!.judge.reason || (r.grade!.judge.pass ? 'pass' : 'fail'))}</li>`);
    out.push('</ul>');
    out.push(`<details><summary>expected</summary><pre>${esc(c.expected.answer)}</pre><p class="muted">Rubric: ${esc(c.rubric)}</p></details>`);
    out.push('</article>');
  }
  if (failures.length > MAX_FAILURES) out.push(`<p class="muted">${failures.length - MAX_FAILURES} more failures are in results.jsonl.</p>`);
  out.push('</section>');

  // the rules
  out.push('<section id="rules"><h2>Rules</h2>');
  for (const iri of normIris) {
    const r = rules.get(iri);
    const t = summary.counts.by_norm[iri];
    const cited = citeOf.get(iri);
    out.push(`<div class="rule" id="${anchor.get(iri)}" data-norm="${esc(iri)}">`);
    out.push(`<h3>${esc(ruleName(iri))}${r ? ` <span class="muted">${esc(r.kind)}</span>` : ''}</h3>`);
    const text = r?.text ?? cited?.text;
    if (text) out.push(`<blockquote>${esc(text)}</blockquote>`);
    const where = r ? `${r.file}:${r.line}:${r.column}` : cited ? `${cited.file}:${cited.line}:${cited.column}` : '';
    const section = r?.section.length ? r.section.join(' › ') : cited?.section;
    out.push(`<p class="muted">${where ? `${esc(where)} · ` : ''}${section ? `${esc(section)} · ` : ''}<code>${esc(iri)}</code></p>`);
    if (t) out.push(`<p>Pass rate ${pct(rate(t))} (${t.passed}/${t.cases})${base?.counts.by_norm[iri] ? `; baseline ${pct(rate(base.counts.by_norm[iri]!))}` : ''}</p>`);
    out.push('</div>');
  }
  out.push('</section>');
  out.push(`<footer class="muted"><p>Generated by regc from ${byId.size} cases. Results: results.jsonl; summary: summary.json.</p></footer>`);
  out.push('</body></html>\n');
  return out.join('\n');
}
