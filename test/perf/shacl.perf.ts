/**
 * Cost of SHACL validation on every compile: builds a synthetic compiled graph (documents, sections, clauses,
 * norms with constraints, conditions and references, conflicts) of about N triples, then times building the
 * validator from ontologies/shapes.ttl and validating the graph. Prints one JSON line per size: the first validation in the process and the median of three more.
 * Run: npx tsx test/perf/shacl.perf.ts [triples …]
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import N3 from 'n3';
import { Validator } from 'shacl-engine';
import { validateGraph } from '../../src/graph/shacl.js';
import { DCT, ODRL, PROV, RDF, REGC, XSD, documentIri } from '../../src/vocab/index.js';

const { namedNode: n, literal: l, quad: q } = N3.DataFactory;
const int = (x: number) => l(String(x), n(XSD.integer));

/** A graph of roughly `target` triples, shaped like the compiler's output (about 30 triples per norm). */
export function syntheticGraph(target: number): N3.Store {
  const store = new N3.Store();
  const add = (s: string, p: string, o: N3.Quad_Object) => store.addQuad(q(n(s), n(p), o));
  let d = 0;
  while (store.size < target) {
    const doc = documentIri(`doc-${d++}`);
    add(doc, RDF.type, n(REGC.Document));
    add(doc, RDF.type, n(ODRL.Set));
    add(doc, DCT.title, l(`Document ${d}`));
    add(doc, REGC.sourceFile, l(`regulations/doc-${d}.md`));
    add(doc, REGC.sourceSha256, l('0'.repeat(64)));
    for (let s = 0; s < 5; s++) {
      const sec = `${doc}/s${s}`;
      add(sec, RDF.type, n(REGC.Section));
      add(sec, DCT.isPartOf, n(doc));
      add(sec, REGC.heading, l(`Section ${s}`));
      for (let c = 1; c <= 4; c++) {
        const clause = `${sec}/${c}`;
        const line = s * 10 + c;
        add(clause, RDF.type, n(REGC.Clause));
        add(clause, REGC.text, l('Employees must not accept gifts worth more than USD 100 unless approved.'));
        add(clause, REGC.sourceFile, l(`regulations/doc-${d}.md`));
        for (const [p, v] of [[REGC.line, line], [REGC.column, 1], [REGC.offset, line * 80], [REGC.endOffset, line * 80 + 70]] as const) add(clause, p, int(v));
        add(clause, REGC.section, n(sec));
        add(clause, REGC.document, n(doc));
        const norm = `${clause}/n1`;
        add(doc, ODRL.prohibition, n(norm));
        add(norm, RDF.type, n(ODRL.Prohibition));
        add(norm, REGC.kind, l('prohibition'));
        add(norm, REGC.strength, n(REGC.strict));
        add(norm, REGC.origin, l('rules'));
        add(norm, ODRL.assignee, n('https://example.org/orbis#employee'));
        add(norm, ODRL.action, n('https://example.org/orbis#accept'));
        add(norm, ODRL.target, n('https://example.org/orbis#gift'));
        add(norm, PROV.wasDerivedFrom, n(clause));
        add(norm, ODRL.constraint, n(`${norm}/c1`));
        add(`${norm}/c1`, ODRL.leftOperand, n(REGC.monetaryValue));
        add(`${norm}/c1`, ODRL.operator, n(ODRL.gt));
        add(`${norm}/c1`, ODRL.rightOperand, int(100));
        add(norm, REGC.exception, n(`${norm}/exc1`));
        add(`${norm}/exc1`, RDF.type, n(REGC.Exception));
        add(`${norm}/exc1`, REGC.marker, l('unless'));
        add(`${norm}/exc1`, REGC.conditionText, l('approved'));
        add(norm, REGC.reference, n(`${norm}/ref1`));
        add(`${norm}/ref1`, RDF.type, n(REGC.Reference));
        add(`${norm}/ref1`, REGC.referenceKind, l('section'));
        add(`${norm}/ref1`, REGC.referenceLabel, l('3.2'));
        add(`${norm}/ref1`, REGC.text, l('Section 3.2'));
      }
    }
  }
  return store;
}

if (process.argv[1]?.endsWith('shacl.perf.ts')) await main();

async function main(): Promise<void> {
  const shapes = new N3.Store(new N3.Parser().parse(readFileSync('ontologies/shapes.ttl', 'utf8')));
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
  for (const size of sizes.length ? sizes : [20_000, 100_000]) {
    const data = syntheticGraph(size);
    let t = performance.now();
    new Validator(shapes, { factory: N3.DataFactory });
    const buildValidatorMs = performance.now() - t;
    const runs: number[] = [];
    let diagnostics = 0;
    for (let i = 0; i < 4; i++) {
      t = performance.now();
      diagnostics = (await validateGraph(data, shapes)).length;
      runs.push(performance.now() - t);
    }
    const [first, ...warm] = runs;
    const median = warm.sort((a, b) => a - b)[1]!;
    const line = { bench: 'shacl', triples: data.size, buildValidatorMs: round(buildValidatorMs), firstValidateMs: round(first!), warmValidateMs: round(median), diagnostics, rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20) };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
