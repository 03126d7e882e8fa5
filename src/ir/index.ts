/** The shared IR every stage imports. */
export * from './source.js';
export * from './diagnostic.js';
export * from './codes.js';
export * from './document.js';
export * from './norm.js';
export * from './concept.js';
export * from './ontology.js';
export * from './reasoning.js';
