/** Shared loading for the running-example tests: the shipped ontologies and regulations, parsed once. */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import N3 from 'n3';
import type { Concept, ConceptScheme, Ontology, RegulationDocument } from '../../src/ir/index.js';
import { loadOntologies } from '../../src/graph/ontology.js';
import { readSource } from '../../src/frontend/load.js';
import { parseMarkdown } from '../../src/frontend/markdown.js';
import { ORBIS, ORBIS_DOCUMENTS, type OrbisDocument } from './expected.js';

export const ORBIS_ONTOLOGIES = ['orbis-roles', 'orbis-actions', 'orbis-assets', 'orbis-contexts'] as const;

export const regulationPath = (doc: string, ext = 'md'): string => `regulations/${doc}.${ext}`;
export const readText = (path: string): string => readFileSync(path, 'utf8');

/** The front matter of a regulation, as YAML data. */
export function frontMatter(doc: OrbisDocument): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(readText(regulationPath(doc)));
  if (!m) throw new Error(`${doc} has no front matter`);
  return parseYaml(m[1]!) as Record<string, unknown>;
}

/** The triples of one Orbis ontology file. */
export function orbisTriples(name: (typeof ORBIS_ONTOLOGIES)[number]): N3.Quad[] {
  return new N3.Parser().parse(readText(`ontologies/${name}.ttl`));
}

let loaded: { ontology: Ontology; documents: Map<OrbisDocument, RegulationDocument> } | undefined;

/** The shipped ontologies (all of `ontologies/`) and the four documents as the Markdown front end reads them. */
export async function shipped(): Promise<{ ontology: Ontology; documents: Map<OrbisDocument, RegulationDocument> }> {
  if (loaded) return loaded;
  const { ontology, diagnostics } = await loadOntologies('ontologies');
  if (!ontology) throw new Error(`ontologies do not load: ${diagnostics.map((d) => d.code).join(', ')}`);
  const authorities = new Set(ontology.authorities.map((a) => a.name));
  const documents = new Map<OrbisDocument, RegulationDocument>();
  for (const id of ORBIS_DOCUMENTS) {
    const read = readSource(regulationPath(id), regulationPath(id));
    const parsed = parseMarkdown(read.file!, { authorities });
    if (!parsed.document) throw new Error(`${id} does not parse`);
    documents.set(id, parsed.document);
  }
  loaded = { ontology, documents };
  return loaded;
}

/** The Orbis concepts of the loaded ontology, by IRI. */
export function orbisConcepts(ontology: Ontology): Map<string, Concept> {
  return new Map(ontology.concepts.filter((c) => c.iri.startsWith(ORBIS)).map((c) => [c.iri, c]));
}

/** The scheme of an Orbis concept, or undefined if the ontologies do not define it. */
export const schemeOf = (concepts: Map<string, Concept>, iri: string): ConceptScheme | undefined => concepts.get(iri)?.scheme;

export const local = (iri: string): string => (iri.startsWith(ORBIS) ? `orbis:${iri.slice(ORBIS.length)}` : iri);
