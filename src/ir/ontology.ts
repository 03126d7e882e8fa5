/** The loaded ontologies as every stage sees them: the vocabulary graph, the SHACL shapes, domain concepts and
 * authority levels with their order. Built by `src/graph/ontology.ts` from the `*.ttl` files of `ontologies/`. */
import type { Store } from 'n3';
import type { AuthorityLevel, Concept } from './concept.js';

export interface Ontology {
  /** Every triple of the ontology files except SHACL shapes (vocabulary, ODRL facts, concepts, authorities). */
  store: Store;
  /** The triples of files that define SHACL shapes. */
  shapes: Store;
  /** Concepts of the role/action/asset/context schemes and ODRL's own actions, sorted by IRI then scheme. */
  concepts: Concept[];
  /** Authority levels, highest rank first (ties by IRI). */
  authorities: AuthorityLevel[];
  /** Whether level `a` outranks level `b` under the transitive closure of `regc:outranks`. Each argument is
   * an authority IRI or its name (`company-policy`); unknown levels outrank nothing. */
  outranks(a: string, b: string): boolean;
  /** Prefixes the ontology files declare that the project's own `PREFIXES` lack (e.g. a domain's `orbis:`),
   * by name; the first file declaring a name wins. */
  prefixes: Record<string, string>;
  /** The files read, sorted by path (display path, forward slashes), with the sha256 of their bytes. */
  files: { path: string; sha256: string }[];
}
