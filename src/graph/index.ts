/** The knowledge graph stage: Norm IR ↔ RDF, Turtle, SPARQL, explain, ontologies and SHACL validation. */
export { lowerToGraph, type LowerInput } from './lower.js';
export { readDocuments, readNorms } from './raise.js';
export { serializeTurtle, parseTurtle, type TurtleOptions, type ParsedTurtle } from './turtle.js';
export { mergeTurtleNorms } from './merge.js';
export { runQuery, openGraph, type QueryResult, type QueryOptions, type SparqlTerm, type SparqlGraph } from './sparql.js';
export { formatTable, formatJson, formatCsv, compactIri } from './sparql-format.js';
export {
  explain,
  formatExplain,
  type ExplainResult,
  type NormExplanation,
  type ClauseExplanation,
  type DerivedExplanation,
} from './explain.js';
export { explainRecord, findRecord, isRecordId, type FoundRecord } from './explain-record.js';
export { loadOntologies, ontologyFromGraph, type LoadedOntologies } from './ontology.js';
export { validateGraph } from './shacl.js';
