/** The domain concepts of the ontology: every SKOS concept of a scheme typed regc:RoleScheme / ActionScheme /
 * AssetScheme / ContextScheme, with its English labels and broader concepts, plus ODRL 2.2's own
 * (non-deprecated) actions as concepts of the action scheme. */
import N3 from 'n3';
import type { Concept, ConceptScheme } from '../ir/index.js';
import { ODRL, OWL, RDF, RDFS, REGC, SKOS } from '../vocab/index.js';

const { namedNode } = N3.DataFactory;

/** The class that marks a scheme, and the kind of concepts it holds. */
export const SCHEME_CLASSES: readonly [string, ConceptScheme][] = [
  [REGC.RoleScheme, 'role'],
  [REGC.ActionScheme, 'action'],
  [REGC.AssetScheme, 'asset'],
  [REGC.ContextScheme, 'context'],
];

/** Properties whose objects count as broader concepts. */
const BROADER = [SKOS.broader, ODRL.includedIn, ODRL.partOf, RDFS.subClassOf];

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function extractConcepts(store: N3.Store): Concept[] {
  const out = new Map<string, Concept>();
  for (const [cls, scheme] of SCHEME_CLASSES) {
    for (const schemeNode of store.getSubjects(namedNode(RDF.type), namedNode(cls), null)) {
      for (const iri of membersOf(store, schemeNode)) {
        const key = `${iri} ${scheme}`;
        if (!out.has(key)) out.set(key, schemeConcept(store, iri, scheme));
      }
    }
  }
  for (const action of store.getSubjects(namedNode(RDF.type), namedNode(ODRL.Action), null)) {
    if (action.termType !== 'NamedNode' || !action.value.startsWith(ODRL.ns)) continue;
    if (isDeprecated(store, action)) continue;
    const key = `${action.value} action`;
    if (!out.has(key)) out.set(key, odrlAction(store, action.value));
  }
  return [...out.values()].sort((a, b) => cmp(a.iri, b.iri) || cmp(a.scheme, b.scheme));
}

/** Concepts of a scheme: `skos:inScheme`, `skos:topConceptOf` and `skos:hasTopConcept`. */
function membersOf(store: N3.Store, scheme: N3.Term): string[] {
  const members = new Set<string>();
  for (const s of store.getSubjects(namedNode(SKOS.inScheme), scheme, null)) if (s.termType === 'NamedNode') members.add(s.value);
  for (const s of store.getSubjects(namedNode(SKOS.topConceptOf), scheme, null)) if (s.termType === 'NamedNode') members.add(s.value);
  for (const o of store.getObjects(scheme, namedNode(SKOS.hasTopConcept), null)) if (o.termType === 'NamedNode') members.add(o.value);
  return [...members];
}

function schemeConcept(store: N3.Store, iri: string, scheme: ConceptScheme): Concept {
  const node = namedNode(iri);
  const prefLabel = englishLabels(store, node, SKOS.prefLabel, true)[0] ?? localName(iri);
  const alt = new Set([...englishLabels(store, node, SKOS.altLabel, false), ...englishLabels(store, node, SKOS.hiddenLabel, false)]);
  alt.delete(prefLabel);
  return { iri, scheme, prefLabel, altLabels: [...alt].sort(cmp), broader: broaderOf(store, node) };
}

/** An ODRL action: its local name is its label; a camel-case name also gets its words as an alternative. */
function odrlAction(store: N3.Store, iri: string): Concept {
  const prefLabel = iri.slice(ODRL.ns.length);
  const words = prefLabel.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return { iri, scheme: 'action', prefLabel, altLabels: words !== prefLabel ? [words] : [], broader: broaderOf(store, namedNode(iri)) };
}

function broaderOf(store: N3.Store, node: N3.NamedNode): string[] {
  const broader = new Set<string>();
  for (const p of BROADER) {
    for (const o of store.getObjects(node, namedNode(p), null)) if (o.termType === 'NamedNode' && o.value !== node.value) broader.add(o.value);
  }
  return [...broader].sort(cmp);
}

/** Labels in English (`@en`, `@en-GB` …) first, then untagged ones; with `fallback`, other languages when
 * there is nothing else. Each group is sorted so the first label is stable. */
function englishLabels(store: N3.Store, node: N3.Term, predicate: string, fallback: boolean): string[] {
  const en: string[] = [];
  const plain: string[] = [];
  const other: string[] = [];
  for (const o of store.getObjects(node, namedNode(predicate), null)) {
    if (o.termType !== 'Literal') continue;
    const lang = o.language.toLowerCase();
    (lang === 'en' || lang.startsWith('en-') ? en : lang === '' ? plain : other).push(o.value);
  }
  en.sort(cmp);
  plain.sort(cmp);
  other.sort(cmp);
  return en.length || plain.length || !fallback ? [...en, ...plain] : other;
}

function isDeprecated(store: N3.Store, node: N3.Term): boolean {
  return store.getObjects(node, namedNode(OWL.deprecated), null).some((o) => o.termType === 'Literal' && o.value === 'true');
}

/** The part of an IRI after its last `#` or `/`, decoded when it is percent-encoded. */
export function localName(iri: string): string {
  const cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
  const local = iri.slice(cut + 1);
  try {
    return decodeURIComponent(local);
  } catch {
    return local;
  }
}
