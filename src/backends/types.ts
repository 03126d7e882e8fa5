/** The one narrow interface every back end implements: read the reasoned graph, return files. */
import type { Store } from 'n3';
import type { Diagnostic, Ontology } from '../ir/index.js';
import type { FeedbackRecord } from './auditor/schema.js';

/** A file a back end produces, relative to the output directory. */
export interface OutputFile {
  path: string;
  content: string;
}

/** What every back end may read: the reasoned graph (ontology included) and a few compile settings. */
export interface BackendInput {
  graph: Store;
  ontology: Ontology;
  /** Fixed seed for anything chosen among alternatives. */
  seed: number;
  /** Files of the back ends that ran before this one (e.g. the Framer's data, which the Instructor configures). */
  emitted?: readonly OutputFile[];
  /** Failures of earlier audits as Framer data (`framer/feedback.jsonl` of the previous output, which `regc audit`
   * writes), read by the driver before the output is replaced; the Auditor back end carries them forward. */
  feedback?: readonly FeedbackRecord[];
  /** Diagnostics of the compile so far (front ends, extraction, graph, reasoner, earlier back ends), sorted; the
   * report lists them. */
  diagnostics?: readonly Diagnostic[];
}

/** What a back end may return instead of bare files: figures for `manifest.json` and diagnostics. */
export interface BackendOutput {
  files: OutputFile[];
  /** Figures about the output (e.g. `system_prompt_tokens`), listed in the manifest under the back end's name. */
  metrics?: Record<string, number | string>;
  diagnostics?: Diagnostic[];
}

export interface Backend {
  name: string;
  emit(input: BackendInput): OutputFile[] | BackendOutput | Promise<OutputFile[] | BackendOutput>;
}
