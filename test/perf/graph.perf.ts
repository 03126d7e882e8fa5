/**
 * Cost of the graph stage on compiled graphs of growing size: lowering the synthetic corpus, writing Turtle
 * (and checking that writing what was read gives the same bytes), parsing it, loading it for SPARQL (from the
 * store and from Turtle, as `regc query` does), one SELECT, reading the norms back, and one explain.
 * Prints one JSON line per size. Run: npx tsx test/perf/graph.perf.ts [norms …]
 */
import { performance } from 'node:perf_hooks';
import { explain } from '../../src/graph/explain.js';
import { lowerToGraph } from '../../src/graph/lower.js';
import { readNorms } from '../../src/graph/raise.js';
import { openGraph, runQuery } from '../../src/graph/sparql.js';
import { parseTurtle, serializeTurtle } from '../../src/graph/turtle.js';
import { generateCorpus } from './generate.js';

const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
for (const n of sizes.length ? sizes : [500, 2_000, 8_000]) {
  const corpus = generateCorpus(n, 1);
  const time = <T>(f: () => T): [T, number] => {
    const t = performance.now();
    const r = f();
    return [r, Math.round(performance.now() - t)];
  };
  const [store, lowerMs] = time(() => lowerToGraph({ documents: corpus.documents, norms: corpus.norms }));
  const [text, serializeMs] = time(() => serializeTurtle(store));
  const [parsed, parseMs] = time(() => parseTurtle(text, 'graph.ttl'));
  const [again, reserializeMs] = time(() => serializeTurtle(parsed.store!));
  const [, sparqlLoadStoreMs] = time(() => openGraph(store));
  const [opened, sparqlLoadTurtleMs] = time(() => openGraph(text));
  const t = performance.now();
  const r = await runQuery(opened.graph!, 'SELECT ?k (COUNT(?n) AS ?c) WHERE { ?n regc:kind ?k } GROUP BY ?k');
  const selectMs = Math.round(performance.now() - t);
  const [norms, readNormsMs] = time(() => readNorms(store));
  const [, explainMs] = time(() => explain(store, corpus.norms[corpus.norms.length - 1]!.iri));
  const line = {
    bench: 'graph', norms: norms.length, triples: store.size, turtleMiB: Math.round((text.length / 2 ** 20) * 10) / 10, stable: again === text,
    lowerMs, serializeMs, parseMs, reserializeMs, sparqlLoadStoreMs, sparqlLoadTurtleMs, selectMs, selectRows: r.kind === 'select' ? r.rows.length : -1,
    readNormsMs, explainMs, rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
