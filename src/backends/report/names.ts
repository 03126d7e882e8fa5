/**
 * Names of graph terms for people: a concept's `skos:prefLabel` (from the ontology, else from the graph), and
 * compact IRIs with the project's prefixes, those the ontology files declare (`orbis:`), and for a namespace of
 * the ontology's concepts that neither covers, a prefix named after its last path segment.
 */
import type { Store } from 'n3';
import type { Ontology } from '../../ir/index.js';
import { PREFIXES } from '../../vocab/index.js';
import { compactIri } from '../../graph/index.js';
import { prefLabel } from '../../graph/explain.js';
import { GraphReader } from '../../graph/rdf.js';

export class Namer {
  readonly prefixes: Record<string, string>;
  private readonly labels = new Map<string, string>();
  private readonly reader: GraphReader;

  constructor(ontology: Pick<Ontology, 'concepts' | 'prefixes'>, graph: Store) {
    this.reader = new GraphReader(graph);
    for (const c of ontology.concepts) if (!this.labels.has(c.iri)) this.labels.set(c.iri, c.prefLabel);
    const declared = { ...PREFIXES, ...ontology.prefixes };
    this.prefixes = { ...declared, ...conceptPrefixes(ontology.concepts.map((c) => c.iri), declared) };
  }

  /** The concept's preferred label, if the ontology or the graph gives one. */
  label(iri: string): string | undefined {
    if (!this.labels.has(iri)) {
      const found = prefLabel(this.reader, iri);
      if (found !== undefined) this.labels.set(iri, found);
    }
    return this.labels.get(iri);
  }

  /** `orbis:employee`, `regc:monetaryValue`, or the full IRI in angle brackets. */
  compact(iri: string): string {
    return compactIri(iri, this.prefixes);
  }

  /** The label where there is one, else the compact IRI. */
  name(iri: string): string {
    return this.label(iri) ?? this.compact(iri);
  }
}

/** A prefix for each namespace (up to the last `#` or `/`) of the IRIs that the given prefixes do not cover. */
export function conceptPrefixes(iris: readonly string[], given: Record<string, string> = PREFIXES): Record<string, string> {
  const known = new Set(Object.values(given));
  const taken = new Set(Object.keys(given));
  const spaces = [...new Set(iris.map(namespaceOf).filter((ns): ns is string => ns !== undefined && !known.has(ns)))].sort();
  const out: Record<string, string> = {};
  for (const ns of spaces) {
    const segment = /([A-Za-z][A-Za-z0-9]*)[^A-Za-z0-9]*$/.exec(ns.slice(0, -1).replace(/^[a-z]+:\/\//, ''))?.[1]?.toLowerCase() ?? 'ns';
    let name = segment;
    for (let k = 2; taken.has(name); k++) name = `${segment}${k}`;
    taken.add(name);
    out[name] = ns;
  }
  return out;
}

function namespaceOf(iri: string): string | undefined {
  const cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
  return cut > 0 && cut < iri.length - 1 ? iri.slice(0, cut + 1) : undefined;
}
