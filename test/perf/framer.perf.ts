/**
 * Cost of the Framer back end on synthetic reasoned graphs: builds the graph of N synthetic norms (with the
 * concept schemes and the shipped authority levels), reasons over it, then times `emitFramer` alone and
 * counts the records it writes. Prints one JSON line per size: wall and CPU seconds (the CPU figure does not
 * depend on how busy the machine is), records and records/s. Target: ≤ 15 s at 10,000 norms.
 * Run: npx tsx test/perf/framer.perf.ts [norms …]
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import N3 from 'n3';
import { emitFramer } from '../../src/backends/framer/index.js';
import { lowerToGraph, ontologyFromGraph, parseTurtle } from '../../src/graph/index.js';
import { reason } from '../../src/reasoner/index.js';
import { RDF, REGC, SKOS } from '../../src/vocab/index.js';
import { generateCorpus, SYN } from './generate.js';

const { namedNode, literal, quad } = N3.DataFactory;
const SCHEME = { role: REGC.RoleScheme, action: REGC.ActionScheme, asset: REGC.AssetScheme, context: REGC.ContextScheme } as const;

/** The synthetic concepts as SKOS schemes, plus the shipped authority levels. */
function ontologyStore(concepts: ReturnType<typeof generateCorpus>['concepts']): N3.Store {
  const store = parseTurtle(readFileSync('ontologies/authority.ttl', 'utf8'), 'ontologies/authority.ttl').store!;
  for (const [scheme, cls] of Object.entries(SCHEME)) {
    store.addQuad(quad(namedNode(`${SYN}${scheme}s`), namedNode(RDF.type), namedNode(SKOS.ConceptScheme)));
    store.addQuad(quad(namedNode(`${SYN}${scheme}s`), namedNode(RDF.type), namedNode(cls)));
  }
  for (const c of concepts) {
    const s = namedNode(c.iri);
    store.addQuad(quad(s, namedNode(RDF.type), namedNode(SKOS.Concept)));
    store.addQuad(quad(s, namedNode(SKOS.inScheme), namedNode(`${SYN}${c.scheme}s`)));
    store.addQuad(quad(s, namedNode(SKOS.prefLabel), literal(c.prefLabel, 'en')));
    for (const b of c.broader) store.addQuad(quad(s, namedNode(SKOS.broader), namedNode(b)));
  }
  return store;
}

const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
for (const n of sizes.length ? sizes : [10_000]) {
  const corpus = generateCorpus(n, 1);
  const ontology = ontologyFromGraph(ontologyStore(corpus.concepts));
  const graph = lowerToGraph({ documents: corpus.documents, norms: corpus.norms });
  graph.addQuads(ontology.store.getQuads(null, null, null, null));
  reason(graph, ontology);
  const t = performance.now();
  const cpu = process.cpuUsage();
  const out = await emitFramer({ graph, ontology, seed: 20240306 });
  const seconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const records = Object.values(out.coverage.summary.records).reduce((a, b) => a + b, 0);
  const bytes = out.files.reduce((a, f) => a + Buffer.byteLength(f.content), 0);
  process.stdout.write(JSON.stringify({
    bench: 'framer', norms: n, seconds: Math.round(seconds * 100) / 100, cpu_seconds: Math.round(cpuSeconds * 100) / 100, records, records_per_second: Math.round(records / seconds),
    ...out.coverage.summary.records, mib: Math.round(bytes / 2 ** 20), target_seconds: 15, ok: seconds <= 15,
    rss_mib: Math.round(process.memoryUsage().rss / 2 ** 20),
  }) + '\n');
}
