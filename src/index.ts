/** The regc library: re-exports only. The stages, each as a namespace, and the calls most programs need. */
export * from './ir/index.js';
export * as vocab from './vocab/index.js';

export { compile, classifyInput } from './compile.js';
export type { CompileOptions, CompileResult, InputKind } from './compile.js';

export * as frontend from './frontend/index.js';
export * as extract from './extract/index.js';
export * as graph from './graph/index.js';
export * as reasoner from './reasoner/index.js';
export * as backends from './backends/index.js';
export * as auditor from './auditor/index.js';
export * as llm from './llm/index.js';

export { readSource, parseMarkdown, parseText } from './frontend/index.js';
export { parseOdrl } from './frontend/odrl.js';
export { ConceptIndex, extractNorms } from './extract/index.js';
export { loadOntologies, lowerToGraph, readNorms, readDocuments, serializeTurtle, parseTurtle, runQuery, explain } from './graph/index.js';
export { reason, evaluate, evaluateSituationText, loadReasoned } from './reasoner/index.js';
export { runAudit } from './auditor/index.js';
