/** The one narrow interface every back end implements: read the reasoned graph, return files. */
import type { Store } from 'n3';
import type { Ontology } from '../ir/index.js';

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
}

export interface Backend {
  name: string;
  emit(input: BackendInput): OutputFile[] | Promise<OutputFile[]>;
}
