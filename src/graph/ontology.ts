/**
 * Loads the project's ontologies: every `*.ttl` file of a directory, in name order, parsed as Turtle and split
 * into the vocabulary graph and the SHACL shapes graph (a file that states any SHACL triple is a shapes file);
 * then the domain concepts and the authority levels with the closure of their order.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import N3 from 'n3';
import type { Diagnostic, Ontology, SourceFile } from '../ir/index.js';
import { diag } from '../ir/index.js';
import { PREFIXES, RDF, SH } from '../vocab/index.js';
import { readSource } from '../frontend/load.js';
import { extractConcepts } from './ontology-concepts.js';
import { makeOutranks, outranksClosure, outranksCycles, readAuthorities } from './ontology-authority.js';
import { locateTerm, parseTurtleFile } from './ontology-parse.js';

export interface LoadedOntologies {
  /** Absent when a file could not be read or parsed, or the authority order has a cycle. */
  ontology?: Ontology;
  diagnostics: Diagnostic[];
}

/** Reads `dir`; diagnostics and `files` name files as `displayDir/name` (default: `dir`), with `/`. */
export async function loadOntologies(dir: string, displayDir?: string): Promise<LoadedOntologies> {
  const shown = (displayDir ?? dir).split(sep).join('/');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { diagnostics: [diag('RC9001', `ontology directory not found: ${shown}`)] };
  }
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.ttl') && statSync(join(dir, n)).isFile())
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  const diagnostics: Diagnostic[] = [];
  const store = new N3.Store();
  const shapes = new N3.Store();
  const parsed: { file: SourceFile; prefixes: Record<string, string> }[] = [];
  names.forEach((name, i) => {
    const read = readSource(join(dir, name), posix.join(shown, name));
    diagnostics.push(...read.diagnostics);
    if (!read.file) return;
    const result = parseTurtleFile(read.file, `o${i}_`);
    diagnostics.push(...result.diagnostics);
    if (!result.quads) return;
    parsed.push({ file: read.file, prefixes: result.prefixes });
    (isShapes(result.quads) ? shapes : store).addQuads(result.quads);
  });
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };

  const closure = outranksClosure(store);
  const cycles = outranksCycles(closure);
  for (const d of cycles) {
    for (const { file, prefixes } of parsed) {
      const span = d.nodes?.map((n) => locateTerm(file, n, prefixes)).find((s) => s !== undefined);
      if (span) {
        d.span = span;
        break;
      }
    }
  }
  if (cycles.length) return { diagnostics: [...diagnostics, ...cycles] };

  const ontology: Ontology = {
    store,
    shapes,
    concepts: extractConcepts(store),
    authorities: readAuthorities(store),
    outranks: makeOutranks(closure),
    prefixes: domainPrefixes(parsed.map((p) => p.prefixes)),
    files: parsed.map(({ file }) => ({ path: file.path, sha256: file.sha256 })),
  };
  return { ontology, diagnostics };
}

/** A file whose triples use the SHACL vocabulary (a predicate in `sh:`, or a `sh:` class as type). */
function isShapes(quads: readonly N3.Quad[]): boolean {
  return quads.some(
    (q) => q.predicate.value.startsWith(SH.ns) || (q.predicate.value === RDF.type && q.object.value.startsWith(SH.ns)),
  );
}

/** The ontology part of a compiled graph (which holds the ontology's triples): concepts, authority levels and
 * their order, for commands that read `compiled/graph.ttl` instead of `ontologies/`. No shapes, no files. */
export function ontologyFromGraph(store: N3.Store): Ontology {
  return {
    store,
    shapes: new N3.Store(),
    concepts: extractConcepts(store),
    authorities: readAuthorities(store),
    outranks: makeOutranks(outranksClosure(store)),
    prefixes: {},
    files: [],
  };
}

/** Prefixes declared by the ontology files that neither name nor namespace a prefix of `PREFIXES`. */
function domainPrefixes(declared: readonly Record<string, string>[]): Record<string, string> {
  const known = new Set(Object.values(PREFIXES));
  const out: Record<string, string> = {};
  for (const prefixes of declared) {
    for (const [name, ns] of Object.entries(prefixes)) {
      if (!name || name in PREFIXES || name in out || known.has(ns) || Object.values(out).includes(ns)) continue;
      out[name] = ns;
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}
