/** A small hand-made ontology for back-end tests: the given concepts and two authority levels,
 * company-policy outranking regional-guideline. */
import N3 from 'n3';
import type { Concept, Ontology } from '../../src/ir/index.js';
import { authorityIri } from '../../src/vocab/index.js';

export const FIXTURE_LEVELS = [
  { iri: authorityIri('company-policy'), name: 'company-policy', label: 'company policy', rank: 2 },
  { iri: authorityIri('regional-guideline'), name: 'regional-guideline', label: 'regional guideline', rank: 1 },
];

export function fixtureOntology(concepts: Concept[]): Ontology {
  const rank = (x: string) => FIXTURE_LEVELS.find((l) => l.name === x || l.iri === x)?.rank ?? 0;
  return {
    store: new N3.Store(),
    shapes: new N3.Store(),
    prefixes: {},
    concepts,
    authorities: FIXTURE_LEVELS,
    outranks: (a, b) => rank(a) > rank(b) && rank(b) > 0,
    files: [],
  };
}
