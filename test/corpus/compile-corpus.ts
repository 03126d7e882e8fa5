/**
 * Compiles the real-regulation corpora (`../shared/corpora/`, relative to the repository root) with the
 * project's front end and rule-based extractor, the way the driver does, without writing anything. The Model
 * Spec names no default bearer in front matter (it has none), so it is compiled with the caller-given default
 * bearer "assistant", as `regc compile --bearer assistant` would.
 */
import { join } from 'node:path';
import type { Diagnostic, Norm, RegulationDocument } from '../../src/ir/index.js';
import { readSource, parseMarkdown } from '../../src/frontend/index.js';
import { ConceptIndex, extractNorms } from '../../src/extract/index.js';
import { loadOntologies } from '../../src/graph/ontology.js';
import { CORPORA, CORPUS_FILES, REPO_ROOT } from './corpora.js';

export interface CompiledCorpus {
  file: string;
  /** Path as spans carry it: `../shared/corpora/<file>`. */
  path: string;
  /** The decoded text the spans' offsets index into. */
  text: string;
  document?: RegulationDocument;
  norms: Norm[];
  diagnostics: Diagnostic[];
}

export interface CompiledCorpora {
  /** What loading `ontologies/` reported. */
  ontologyDiagnostics: Diagnostic[];
  corpora: CompiledCorpus[];
}

/**
 * The caller-given default bearer (`ExtractContext.defaultBearer`, the CLI's `--bearer`) of corpus files whose
 * text is addressed to one party but whose front matter cannot name it: the Model Spec is written about "the
 * assistant". The Contributor Covenant gets none: its rules bind different parties section by section.
 */
export const DEFAULT_BEARERS: Readonly<Record<string, string>> = { 'openai-model-spec-2025-12-18.md': 'assistant' };

export interface CompileOptions {
  /** Apply `DEFAULT_BEARERS` (default true); false measures the extractor without them. */
  defaultBearers?: boolean;
}

/** Front end and extraction for every corpus file, with the ontologies of `ontologies/` loaded once. */
export async function compileCorpora(files: readonly string[] = CORPUS_FILES, options: CompileOptions = {}): Promise<CompiledCorpora> {
  const loaded = await loadOntologies(join(REPO_ROOT, 'ontologies'), 'ontologies');
  const concepts = new ConceptIndex(loaded.ontology?.concepts ?? []);
  const authorities = new Set((loaded.ontology?.authorities ?? []).map((a) => a.name));
  const out: CompiledCorpus[] = [];
  const documents: RegulationDocument[] = [];
  for (const file of files) {
    const path = `${CORPORA}/${file}`;
    const read = readSource(join(REPO_ROOT, path), path);
    const diagnostics: Diagnostic[] = [...read.diagnostics];
    if (!read.file) {
      out.push({ file, path, text: '', norms: [], diagnostics });
      continue;
    }
    const parsed = parseMarkdown(read.file, { authorities });
    diagnostics.push(...parsed.diagnostics);
    if (parsed.document) documents.push(parsed.document);
    out.push({ file, path, text: read.file.text, document: parsed.document, norms: [], diagnostics });
  }
  for (const c of out) {
    if (!c.document) continue;
    const defaultBearer = options.defaultBearers === false ? undefined : DEFAULT_BEARERS[c.file];
    const x = extractNorms(c.document, { concepts, documents, ...(defaultBearer ? { defaultBearer } : {}) });
    c.norms = x.norms;
    c.diagnostics.push(...x.diagnostics);
  }
  return { ontologyDiagnostics: loaded.diagnostics, corpora: out };
}
