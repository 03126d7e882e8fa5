/**
 * The driver: runs the stages in order — ontologies, front ends, extraction, analyst review, lowering to the
 * graph, validation, reasoning, back ends — collects every stage's diagnostics, and hands the files to the
 * writer only when no error was found.
 */
import { readdir } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Quad, Store } from 'n3';
import { compareDiagnostics, diag } from './ir/index.js';
import type { Diagnostic, Norm, Ontology, RegulationDocument, SourceFile } from './ir/index.js';
import { readSource, parseMarkdown, parseText } from './frontend/index.js';
import { parseOdrl } from './frontend/odrl.js';
import { ConceptIndex, extractNorms, parseReview, applyReviews } from './extract/index.js';
import type { Review } from './extract/index.js';
import { loadOntologies, lowerToGraph, mergeTurtleNorms, validateGraph } from './graph/index.js';
import { reason } from './reasoner/index.js';
import type { Principle } from './ir/index.js';
import { runBackends } from './backends/index.js';
import type { OutputFile } from './backends/types.js';
import { attachExcerpts } from './excerpt.js';
import { writeOutputs } from './writer.js';
import { readFeedback } from './auditor/feedback.js';

export interface CompileOptions {
  regulations: string;
  ontologies: string;
  out: string;
  /** Unresolved conflicts become errors. */
  strict?: boolean;
  /** Order of precedence principles; the reasoner's default when absent. */
  order?: Principle[];
  /** Directory paths in diagnostics and outputs are relative to (default: the process's working dir). */
  cwd?: string;
  /** Bearer of imperatives and passive rules in documents whose front matter names none. */
  defaultBearer?: string;
  /** Compile without writing anything (for `--dump` and checks). */
  dryRun?: boolean;
}

export interface CompileResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  documents: RegulationDocument[];
  norms: Norm[];
  graph?: Store;
  ontology?: Ontology;
  files: OutputFile[];
  /** Wall time of each stage in milliseconds (not written to any output: outputs stay byte-stable). */
  timings: Record<string, number>;
}

/** What a file in the regulations directory is, by its name. */
export type InputKind = 'markdown' | 'text' | 'odrl' | 'review' | 'turtle-norms' | 'skip' | 'unknown';

export function classifyInput(name: string): InputKind {
  const lower = name.toLowerCase();
  if (lower === 'readme.md' || lower.startsWith('.')) return 'skip';
  if (lower.endsWith('.review.yaml') || lower.endsWith('.review.yml')) return 'review';
  if (lower.endsWith('.norms.ttl')) return 'turtle-norms';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.txt')) return 'text';
  if (lower.endsWith('.ttl') || lower.endsWith('.jsonld')) return 'odrl';
  return 'unknown';
}

export async function compile(opts: CompileOptions): Promise<CompileResult> {
  const cwd = opts.cwd ?? process.cwd();
  const display = (p: string) => relative(cwd, p).split(sep).join('/') || '.';
  const diagnostics: Diagnostic[] = [];
  const timings: Record<string, number> = {};
  let mark = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    timings[stage] = Math.round((now - mark) * 10) / 10;
    mark = now;
  };
  const sources = new Map<string, SourceFile>();
  const result = (extra: Partial<CompileResult> = {}): CompileResult => {
    attachExcerpts(diagnostics, sources);
    diagnostics.sort(compareDiagnostics);
    return {
      ok: !diagnostics.some((d) => d.severity === 'error'),
      diagnostics,
      documents: [],
      norms: [],
      files: [],
      timings,
      ...extra,
    };
  };

  const regDir = resolve(cwd, opts.regulations);
  const ontDir = resolve(cwd, opts.ontologies);
  for (const dir of [regDir, ontDir]) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      diagnostics.push(diag('RC9001', `directory not found: ${display(dir)}`));
    }
  }
  if (diagnostics.length) return result();

  // 1. ontologies
  const loaded = await loadOntologies(ontDir, display(ontDir));
  diagnostics.push(...loaded.diagnostics);
  const ontology = loaded.ontology;
  if (!ontology) return result();
  const authorities = new Set(ontology.authorities.map((a) => a.name));

  lap('ontologies');

  // 2. front ends
  const documents: RegulationDocument[] = [];
  const reviews: Review[] = [];
  const turtleNorms: SourceFile[] = [];
  const odrlExtra: Quad[] = [];
  for (const name of (await readdir(regDir)).sort()) {
    const kind = classifyInput(name);
    if (kind === 'skip') continue;
    const abs = join(regDir, name);
    if (!statSync(abs).isFile()) continue;
    if (kind === 'unknown') {
      diagnostics.push(diag('RC1008', `not a regulation file (.md, .txt, .ttl, .jsonld, .review.yaml, .norms.ttl): ${name}`, undefined));
      continue;
    }
    const read = readSource(abs, display(abs));
    diagnostics.push(...read.diagnostics);
    const file = read.file;
    if (!file) continue;
    sources.set(file.path, file);
    if (kind === 'review') {
      const r = parseReview(file);
      diagnostics.push(...r.diagnostics);
      if (r.review) reviews.push(r.review);
    } else if (kind === 'turtle-norms') {
      turtleNorms.push(file);
    } else {
      let parsed: { document?: RegulationDocument; diagnostics: Diagnostic[] };
      if (kind === 'odrl') {
        const odrl = await parseOdrl(file, { authorities });
        // What a policy states beyond its rules (titles, collections, other terms) joins the graph as is.
        odrlExtra.push(...odrl.extra);
        parsed = odrl;
      } else {
        parsed = kind === 'markdown' ? parseMarkdown(file, { authorities }) : parseText(file, { authorities });
      }
      diagnostics.push(...parsed.diagnostics);
      if (parsed.document) documents.push(parsed.document);
    }
  }
  const seen = new Map<string, RegulationDocument>();
  for (const d of documents) {
    const prior = seen.get(d.id);
    if (prior) {
      diagnostics.push(diag('RC1005', `document id "${d.id}" is also the id of ${prior.file}`, d.metaSpan));
    } else seen.set(d.id, d);
  }

  lap('frontend');

  // 3. extraction and analyst review
  const concepts = new ConceptIndex(ontology.concepts);
  let norms: Norm[] = [];
  for (const doc of documents) {
    if (doc.format === 'odrl') {
      norms.push(...doc.norms);
      continue;
    }
    const x = extractNorms(doc, { concepts, documents, sources, ...(opts.defaultBearer ? { defaultBearer: opts.defaultBearer } : {}) });
    diagnostics.push(...x.diagnostics);
    norms.push(...x.norms);
  }
  const reviewed = applyReviews(norms, documents, reviews, concepts);
  diagnostics.push(...reviewed.diagnostics);
  norms = reviewed.norms;

  lap('extract');

  // 4. the graph: ontology + compiled documents and norms + analyst Turtle
  const graph = lowerToGraph({ documents, norms });
  graph.addQuads(ontology.store.getQuads(null, null, null, null));
  graph.addQuads(odrlExtra);
  for (const file of turtleNorms) diagnostics.push(...mergeTurtleNorms(graph, file));
  lap('graph');
  diagnostics.push(...(await validateGraph(graph, ontology.shapes)));
  lap('shacl');

  // 5. reasoning
  const reasoned = reason(graph, ontology, { strict: opts.strict ?? false, ...(opts.order ? { order: opts.order } : {}) });
  diagnostics.push(...reasoned.diagnostics);

  lap('reasoner');

  // 6. back ends
  if (diagnostics.some((d) => d.severity === 'error')) return result({ documents, norms, graph, ontology });
  const inputs = [...ontology.files, ...[...sources.values()].map((f) => ({ path: f.path, sha256: f.sha256 }))];
  attachExcerpts(diagnostics, sources);
  // Failures of earlier audits (`framer/feedback.jsonl` of the previous output) are read before the output is
  // replaced, and carried into the new training data.
  const outDir = resolve(cwd, opts.out);
  const carried = readFeedback(outDir, display(outDir));
  diagnostics.push(...carried.diagnostics);
  const emitted = await runBackends({ graph, ontology, seed: 20240306, feedback: carried.records }, { inputs, diagnostics }, timings);
  diagnostics.push(...emitted.diagnostics);
  const final = result({ documents, norms, graph, ontology, files: emitted.files });
  if (final.ok && !opts.dryRun) {
    try {
      mark = performance.now();
      await writeOutputs(outDir, final.files, ['auditor/results', 'runs']);
      lap('write');
    } catch (e) {
      final.diagnostics.push(diag('RC9002', `cannot write ${display(resolve(cwd, opts.out))}: ${(e as Error).message}`));
      final.ok = false;
    }
  }
  return final;
}
