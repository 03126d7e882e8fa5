/** Concepts of the domain ontology, as the extractor and the reasoner see them. */

export type ConceptScheme = 'role' | 'action' | 'asset' | 'context';

export interface Concept {
  iri: string;
  scheme: ConceptScheme;
  prefLabel: string;
  altLabels: string[];
  /** Broader concepts (`skos:broader`, `odrl:includedIn`, `odrl:partOf`, `rdfs:subClassOf`). */
  broader: string[];
}

/** Authority levels, highest rank first. */
export interface AuthorityLevel {
  iri: string;
  /** Local name used in front matter and heading attributes (`root`, `company-policy`). */
  name: string;
  label: string;
  /** Larger outranks smaller. */
  rank: number;
}
