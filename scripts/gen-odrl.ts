/**
 * Derives the ODRL 2.2 facts the project states in its own files from the W3C vocabulary
 * (`../shared/vocabularies/ODRL22.ttl`): `ontologies/odrl-core.ttl` (types, class and property hierarchy,
 * the action hierarchy `odrl:includedIn` / `odrl:implies`, deprecations and their replacements — triples
 * about IRIs only, no labels or definitions) and `src/vocab/odrl-terms.ts` (the local names ODRL defines).
 * Run: `npx tsx scripts/gen-odrl.ts` from the repository root.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import N3 from 'n3';
import { ODRL, OWL, RDF, RDFS, SKOS, XSD } from '../src/vocab/index.js';

/** Predicates whose IRI-valued statements are kept. */
const KEPT = new Set([
  RDF.type, RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range, ODRL.includedIn, ODRL.implies,
  OWL.ns + 'disjointWith', OWL.ns + 'sameAs', SKOS.exactMatch, SKOS.ns + 'broaderTransitive',
]);
/** Types that only organise the vocabulary document, dropped. */
const DROPPED_TYPES = new Set([SKOS.Concept, SKOS.ns + 'Collection', SKOS.ConceptScheme, OWL.ns + 'AnnotationProperty']);
const DEPRECATED = OWL.deprecated;

export interface OdrlFacts {
  /** [subject, predicate, object] IRIs, plus `owl:deprecated true` as the object `true`. */
  triples: [string, string, string | true][];
  /** Local names of the terms ODRL defines in its own namespace. */
  terms: string[];
  /** The subset of `terms` that ODRL 2.2 marks deprecated. */
  deprecated: string[];
  prefixes: Record<string, string>;
}

/** A term of the vocabulary: an IRI in the ODRL namespace with a local name, or an action ODRL adopts. */
function isTerm(store: N3.Store, iri: string): boolean {
  if (iri.startsWith(ODRL.ns)) {
    const local = iri.slice(ODRL.ns.length);
    return local !== '' && !local.includes('#');
  }
  return store.has(N3.DataFactory.quad(N3.DataFactory.namedNode(iri), N3.DataFactory.namedNode(RDF.type), N3.DataFactory.namedNode(ODRL.Action)));
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function deriveOdrlFacts(turtle: string): OdrlFacts {
  const prefixes: Record<string, string> = {};
  const quads = new N3.Parser({ format: 'text/turtle' }).parse(turtle, null, (p, iri) => {
    prefixes[p] = typeof iri === 'string' ? iri : iri.value;
  });
  const store = new N3.Store(quads);
  const seen = new Set<string>();
  const triples: OdrlFacts['triples'] = [];
  const terms = new Set<string>();
  const deprecated = new Set<string>();
  for (const q of store.getQuads(null, null, null, null)) {
    if (q.subject.termType !== 'NamedNode' || !isTerm(store, q.subject.value)) continue;
    const s = q.subject.value;
    if (s.startsWith(ODRL.ns)) terms.add(s.slice(ODRL.ns.length));
    const p = q.predicate.value;
    if (p === DEPRECATED && q.object.termType === 'Literal' && q.object.value === 'true') {
      if (s.startsWith(ODRL.ns)) deprecated.add(s.slice(ODRL.ns.length));
      push(s, p, true);
      continue;
    }
    if (!KEPT.has(p) || q.object.termType !== 'NamedNode') continue;
    if (p === RDF.type && DROPPED_TYPES.has(q.object.value)) continue;
    push(s, p, q.object.value);
  }
  function push(s: string, p: string, o: string | true): void {
    const key = `${s} ${p} ${o}`;
    if (seen.has(key)) return;
    seen.add(key);
    triples.push([s, p, o]);
  }
  const rank = (p: string) => (p === RDF.type ? 0 : 1);
  triples.sort((a, b) => cmp(a[0], b[0]) || rank(a[1]) - rank(b[1]) || cmp(a[1], b[1]) || cmp(String(a[2]), String(b[2])));
  return { triples, terms: [...terms].sort(cmp), deprecated: [...deprecated].sort(cmp), prefixes };
}

/** Turtle of the facts, one subject per block, predicates and objects sorted. */
export function renderOdrlCore(facts: OdrlFacts, sourceCommit: string): string {
  const used = new Map<string, string>();
  const wanted: Record<string, string> = { rdf: RDF.ns, rdfs: RDFS.ns, owl: OWL.ns, xsd: XSD.ns, skos: SKOS.ns, odrl: ODRL.ns };
  for (const [k, v] of Object.entries(facts.prefixes)) if (k !== '' && !Object.values(wanted).includes(v)) wanted[k] = v;
  const name = (iri: string): string => {
    let best: [string, string] | undefined;
    for (const [p, ns] of Object.entries(wanted)) {
      const local = iri.slice(ns.length);
      if (iri.startsWith(ns) && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(local) && (!best || ns.length > best[1].length)) best = [p, ns];
    }
    if (!best) return `<${iri}>`;
    used.set(best[0], best[1]);
    return `${best[0]}:${iri.slice(best[1].length)}`;
  };
  const blocks: string[] = [];
  let i = 0;
  while (i < facts.triples.length) {
    const s = facts.triples[i]![0];
    const byPred = new Map<string, string[]>();
    for (; i < facts.triples.length && facts.triples[i]![0] === s; i++) {
      const [, p, o] = facts.triples[i]!;
      const objects = byPred.get(p) ?? [];
      objects.push(o === true ? 'true' : name(o));
      byPred.set(p, objects);
    }
    const lines = [...byPred].map(([p, os]) => `    ${p === RDF.type ? 'a' : name(p)} ${os.join(', ')}`);
    blocks.push(`${name(s)}\n${lines.join(' ;\n')} .`);
  }
  const header = [
    '# ODRL 2.2 facts the reasoner relies on: term types, the class and property hierarchy, the action hierarchy',
    '# (odrl:includedIn, odrl:implies), operators and left operands as named individuals, deprecated terms and',
    '# their replacements. Triples about IRIs only.',
    `# Derived by scripts/gen-odrl.ts from the W3C ODRL 2.2 vocabulary (w3c/poe vocab/ODRL22.ttl, commit ${sourceCommit.slice(0, 12)}).`,
    '# Do not edit by hand: re-run the script.',
    '',
  ];
  const prefixLines = [...used].sort((a, b) => cmp(a[0], b[0])).map(([p, ns]) => `@prefix ${p}: <${ns}> .`);
  return [...header, ...prefixLines, '', blocks.join('\n\n'), ''].join('\n');
}

export function renderOdrlTerms(facts: OdrlFacts, sourceCommit: string): string {
  const list = (xs: string[]): string => {
    const lines: string[] = [];
    let line = ' ';
    for (const x of xs) {
      const item = ` '${x}',`;
      if (line.length + item.length > 110) {
        lines.push(line);
        line = ' ';
      }
      line += item;
    }
    if (line.trim()) lines.push(line);
    return lines.join('\n');
  };
  return [
    '/**',
    ' * The local names of every term ODRL 2.2 defines in its namespace (classes, properties, actions, operators,',
    ' * left operands, conflict strategies, deprecated terms), for telling a mistyped ODRL term from a real one.',
    ` * Generated by scripts/gen-odrl.ts from the W3C ODRL 2.2 vocabulary (commit ${sourceCommit.slice(0, 12)}); do not edit.`,
    ' */',
    '',
    'export const ODRL_TERMS: ReadonlySet<string> = new Set([',
    list(facts.terms),
    ']);',
    '',
    '/** Terms ODRL 2.2 still defines but marks deprecated. */',
    'export const ODRL_DEPRECATED_TERMS: ReadonlySet<string> = new Set([',
    list(facts.deprecated),
    ']);',
    '',
  ].join('\n');
}

/** Paths of the source vocabulary and the generated files, relative to the repository root. */
export function paths(root: string): { source: string; commit: string; core: string; terms: string } {
  return {
    source: join(root, '..', 'shared', 'vocabularies', 'ODRL22.ttl'),
    commit: join(root, '..', 'shared', 'vocabularies', 'ODRL22.SOURCE_COMMIT'),
    core: join(root, 'ontologies', 'odrl-core.ttl'),
    terms: join(root, 'src', 'vocab', 'odrl-terms.ts'),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const p = paths(root);
  const facts = deriveOdrlFacts(readFileSync(p.source, 'utf8'));
  const commit = readFileSync(p.commit, 'utf8').trim();
  writeFileSync(p.core, renderOdrlCore(facts, commit));
  writeFileSync(p.terms, renderOdrlTerms(facts, commit));
  process.stdout.write(`${facts.triples.length} triples, ${facts.terms.length} terms (${facts.deprecated.length} deprecated)\n`);
}
