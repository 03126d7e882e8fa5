/**
 * Measures the rule-based extractor on the hand-labelled corpus clauses: prints one JSON object per line
 * (detection precision/recall, kind and bearer accuracy, norm counts per corpus) and, with `--errors`, every
 * miss, false alarm and wrong kind/bearer. Run: `npx tsx test/corpus/measure.ts [--errors] [--no-default-bearer]`;
 * `--no-default-bearer` compiles the Model Spec without the caller-given default bearer "assistant".
 */
import { compileCorpora } from './compile-corpus.js';
import { readLabels } from './corpora.js';
import { bearerMatches, evaluate, metrics } from './score.js';
import type { LabelResult } from './score.js';

const showErrors = process.argv.includes('--errors');
const defaultBearers = !process.argv.includes('--no-default-bearer');
const print = (o: object) => process.stdout.write(JSON.stringify(o) + '\n');
// Piped into `head`: stop quietly when the reader goes away.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
const where = (r: LabelResult) => `${r.label.file}:${r.label.line}`;

const labels = readLabels();
const { ontologyDiagnostics, corpora } = await compileCorpora(undefined, { defaultBearers });
const evaluation = evaluate(labels, corpora);
const all = metrics(evaluation.results);

print({ metric: 'norm-detection', defaultBearers, ...all.detection });
print({ metric: 'norm-presence', ...all.presence });
print({ metric: 'kind-accuracy', ...all.kindAccuracy });
print({ metric: 'bearer-accuracy', ...all.bearerAccuracy });
print({
  metric: 'label-match',
  labels: labels.length,
  scored: all.labels,
  unmatched: all.unmatchedLabels,
  unmatchedGoldNorms: all.unmatchedGoldNorms,
  unlocated: evaluation.unlocated.length,
  uncompiled: evaluation.uncompiled.length,
});
for (const c of corpora) {
  const m = metrics(evaluation.results.filter((r) => r.label.file === c.file));
  print({ metric: 'norm-detection', corpus: c.file, ...m.detection });
}
for (const c of corpora) {
  const byKind: Record<string, number> = { obligation: 0, permission: 0, prohibition: 0 };
  for (const n of c.norms) byKind[n.kind] = (byKind[n.kind] ?? 0) + 1;
  const clauses = c.document?.sections.reduce((k, s) => k + s.clauses.length, 0) ?? 0;
  const diags = [...ontologyDiagnostics, ...c.diagnostics];
  print({
    metric: 'norm-count',
    corpus: c.file,
    norms: c.norms.length,
    clauses,
    byKind,
    errors: diags.filter((d) => d.severity === 'error').length,
    warnings: diags.filter((d) => d.severity === 'warning').length,
  });
}

if (showErrors) {
  for (const l of evaluation.unlocated) print({ error: 'unlocated-label', at: `${l.file}:${l.line}`, text: l.text });
  for (const l of evaluation.uncompiled) print({ error: 'file-not-compiled', at: `${l.file}:${l.line}` });
  for (const r of evaluation.results) {
    const at = where(r);
    const predicted = r.predicted.map((p) => ({ kind: p.kind, bearer: p.bearer, bearerText: p.bearerText }));
    if (r.clauses.length === 0) print({ error: 'unmatched-label', at, text: r.label.text });
    for (const g of r.missed) print({ error: 'miss', at, gold: g, predicted, text: r.label.text });
    for (const p of r.falseAlarms) {
      print({ error: 'false-alarm', at, predicted: { kind: p.kind, bearer: p.bearer, bearerText: p.bearerText }, gold: r.label.norms, text: r.label.text });
    }
    for (const p of r.lenient) {
      if (p.gold.kind !== p.predicted.kind) print({ error: 'wrong-kind', at, gold: p.gold.kind, predicted: p.predicted.kind, text: r.label.text });
    }
    for (const p of r.lenient) {
      if (!bearerMatches(p.predicted.bearer, p.gold.bearer)) {
        print({ error: 'wrong-bearer', at, gold: p.gold.bearer, predicted: p.predicted.bearer, bearerText: p.predicted.bearerText, text: r.label.text });
      }
    }
  }
}
