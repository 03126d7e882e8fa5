/**
 * Speed of rule-based extraction on the largest real text we have: the OpenAI Model Spec (read from
 * ../shared/corpora/ relative to the repository root), with the shipped ontologies. Run:
 * `npx tsx test/extract/perf.ts [runs]`. Prints one JSON line per figure, comparable from run to run: without a
 * default bearer, and with the default bearer "assistant" (imperatives and agentless norms then yield norms).
 */
import { performance } from 'node:perf_hooks';
import { parseMarkdown, readSource } from '../../src/frontend/index.js';
import { loadOntologies } from '../../src/graph/ontology.js';
import { ConceptIndex, extractNorms } from '../../src/extract/index.js';

const runs = Number(process.argv[2] ?? 5);
const corpus = '../shared/corpora/openai-model-spec-2025-12-18.md';

const { ontology } = await loadOntologies('ontologies', 'ontologies');
if (!ontology) throw new Error('ontologies/ did not load');
const t0 = performance.now();
const concepts = new ConceptIndex(ontology.concepts);
const indexMs = performance.now() - t0;
const read = readSource(corpus, 'corpora/openai-model-spec-2025-12-18.md');
if (!read.file) throw new Error(`cannot read ${corpus}`);
const doc = parseMarkdown(read.file, { authorities: new Set(ontology.authorities.map((a) => a.name)) }).document;
if (!doc) throw new Error('the Model Spec did not parse');
const sources = new Map([[read.file.path, read.file]]);
const clauses = doc.sections.reduce((n, s) => n + s.clauses.length, 0);

const ms = (x: number) => Math.round(x * 10) / 10;
console.log(JSON.stringify({ bench: 'concept-index', concepts: ontology.concepts.length, ms: ms(indexMs) }));
// as `regc compile` reads it, and with the default bearer the Model Spec is written for (`--bearer assistant`)
for (const [bench, defaultBearer] of [['extract-model-spec', undefined], ['extract-model-spec-bearer-assistant', 'assistant']] as const) {
  const times: number[] = [];
  let norms = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    norms = extractNorms(doc, { concepts, documents: [doc], sources, ...(defaultBearer ? { defaultBearer } : {}) }).norms.length;
    times.push(performance.now() - t);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(JSON.stringify({ bench, clauses, norms, firstMs: ms(times[0]!), medianMs: ms(sorted[sorted.length >> 1]!), runs }));
}
