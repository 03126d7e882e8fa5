/**
 * The ODRL 2.2 front end: a policy file (Turtle `.ttl`, JSON-LD `.jsonld`) → one RegulationDocument (format
 * `odrl`) whose norms are the policies' rules (origin `odrl`, IRIs the rule IRIs, spans where each rule is
 * stated), plus the file's triples with blank nodes named, and those of them the norms do not carry (`extra`),
 * for the graph. The document id is the file name
 * without its extension; title, authority (`regc:authority`), effective date (`regc:effective`), version and
 * jurisdiction come from the first policy (`dct:` terms), the rest of what it says is kept as metadata.
 * ODRL-namespace terms ODRL does not define are RC1010 with the nearest real term; structural faults RC1009.
 */
import { createHash } from 'node:crypto';
import N3 from 'n3';
import { compareDiagnostics, diag, lineStarts, spanOf, type Diagnostic, type DocumentMeta, type RegulationDocument, type SourceFile } from '../ir/index.js';
import { AUTHORITY, DCT, ELI, ODRL, OWL, REGC, documentIri, fileIri } from '../vocab/index.js';
import { extraTriples } from './odrl-extra.js';
import { PolicyGraph, localName } from './odrl-graph.js';
import { readJsonLd } from './odrl-jsonld.js';
import { POLICY_CLASSES, readRules, type PolicyInfo } from './odrl-rules.js';
import { skolemise } from './odrl-skolem.js';
import type { Range, SourceGraph } from './odrl-source.js';
import { undefinedOdrlTerm } from './odrl-suggest.js';
import { readTurtle } from './odrl-turtle.js';

export interface OdrlOptions {
  /** Names of the known authority levels; a policy naming another is RC1004. */
  authorities: ReadonlySet<string>;
}

export interface OdrlResult {
  document?: RegulationDocument;
  diagnostics: Diagnostic[];
  /** Every triple of the file, blank nodes named as the norms name them (RDF list cells excepted). */
  quads: N3.Quad[];
  /** The triples the norms do not carry (policy metadata, collections, labels, unknown properties): what the
   * graph should receive besides the lowered norms. */
  extra: N3.Quad[];
}

export async function parseOdrl(file: SourceFile, opts: OdrlOptions): Promise<OdrlResult> {
  const id = documentId(file.path);
  const docIri = documentIri(id);
  const base = fileIri(file.path);
  const read: SourceGraph & { anonymous?: Set<string> } = /\.json(ld)?$/i.test(file.path) ? await readJsonLd(file, base) : readTurtle(file, base);
  const diagnostics = [...read.diagnostics];
  if (diagnostics.some((d) => d.severity === 'error') && read.quads.length === 0) return done({ diagnostics, quads: [], extra: [] });

  const starts = lineStarts(file.text);
  diagnostics.push(...undefinedTerms(read, file, starts));
  const listLabel = `odrl${createHash('sha256').update(file.path).digest('hex').slice(0, 8)}l`;
  const firstSeen = new Map<string, number>();
  for (const [id, r] of [...read.stated, ...read.mentions]) firstSeen.set(id, Math.min(r[0], firstSeen.get(id) ?? Infinity));
  const named = skolemise(read.quads, read.stated, firstSeen, read.anonymous ?? new Set(), docIri, listLabel, new Set(POLICY_CLASSES));
  const g = new PolicyGraph(new N3.Store(named.quads), file, named.stated, starts, named.firstSeen);
  const rules = readRules(g, docIri);
  diagnostics.push(...rules.diagnostics);
  if (!rules.policies.length) {
    diagnostics.push(diag('RC1009', `${file.path} states no ODRL policy (a node typed odrl:Set, odrl:Offer, odrl:Agreement, odrl:Policy …)`, g.span()));
    return done({ diagnostics, quads: named.quads, extra: named.quads });
  }
  const first = rules.policies[0]!;
  const meta = metadata(g, first, rules.policies, opts, diagnostics);
  const document: RegulationDocument = {
    id,
    iri: docIri,
    file: file.path,
    format: 'odrl',
    sha256: file.sha256,
    meta,
    metaSpan: g.span(first.iri),
    sections: [],
    norms: rules.norms,
  };
  return done({ document, diagnostics, quads: named.quads, extra: extraTriples(named.quads, rules.rules) });
}

function done(r: OdrlResult): OdrlResult {
  r.diagnostics.sort(compareDiagnostics);
  return r;
}

/** The file name without directory and extension (`regulations/data-sharing.ttl` → `data-sharing`). */
export function documentId(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.[^.]+$/, '');
}

/** RC1010 for each ODRL-namespace IRI ODRL does not define, at its first mention. */
function undefinedTerms(read: SourceGraph, file: SourceFile, starts: number[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  const check = (t: N3.Term) => {
    const iri = t.termType === 'NamedNode' ? t.value : t.termType === 'Literal' ? (t as N3.Literal).datatype.value : undefined;
    if (iri === undefined || seen.has(iri)) return;
    seen.add(iri);
    const bad = undefinedOdrlTerm(iri);
    if (!bad) return;
    const r: Range = read.mentions.get(iri) ?? [0, Math.min(1, file.text.length)];
    const d = diag('RC1010', `odrl:${bad.term} is not a term of ODRL 2.2; did you mean odrl:${bad.suggestion}?`, spanOf(file.path, starts, r[0], r[1]), { nodes: [iri] });
    d.data = { term: bad.term, suggestion: bad.suggestion };
    out.push(d);
  };
  for (const q of read.quads) {
    check(q.subject);
    check(q.predicate);
    check(q.object);
  }
  return out;
}

/** Document metadata from the first policy; the list of all policies is kept under `policies`. */
function metadata(g: PolicyGraph, p: PolicyInfo, all: PolicyInfo[], opts: OdrlOptions, out: Diagnostic[]): DocumentMeta {
  const literal = (pred: string) => g.objects(p.iri, pred).find((t) => t.termType === 'Literal')?.value;
  const value = (pred: string) => {
    const t = g.object(p.iri, pred);
    return t === undefined ? undefined : t.termType === 'Literal' ? t.value : localName(t.value);
  };
  const meta: DocumentMeta = { extra: {} };
  const title = literal(DCT.title);
  if (title !== undefined) meta.title = title;
  const authority = g.object(p.iri, REGC.authority);
  if (authority) {
    const name = authority.termType === 'NamedNode' && authority.value.startsWith(AUTHORITY) ? decodeURIComponent(authority.value.slice(AUTHORITY.length)) : authority.value;
    if (opts.authorities.has(name)) meta.authority = name;
    else out.push(diag('RC1004', `unknown authority level "${name}" (known: ${[...opts.authorities].sort().join(', ') || 'none'})`, g.span(p.iri), { nodes: [p.iri] }));
  }
  const effective = literal(REGC.effective);
  if (effective !== undefined) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(effective)) meta.effective = effective;
    else out.push(diag('RC1007', `regc:effective "${effective}" is not a date (YYYY-MM-DD)`, g.span(p.iri), { nodes: [p.iri] }));
  }
  const version = literal(DCT.hasVersion) ?? literal(OWL.versionInfo);
  if (version !== undefined) meta.version = version;
  const jurisdiction = value(DCT.spatial) ?? value(DCT.coverage) ?? value(ELI.jurisdiction);
  if (jurisdiction !== undefined) meta.jurisdiction = jurisdiction;
  meta.extra.policies = all.map((x) => x.iri);
  const description = literal(DCT.description);
  if (description !== undefined) meta.extra.description = description;
  const source = g.object(p.iri, DCT.source);
  if (source) meta.extra.source = source.value;
  for (const [key, pred] of [['profile', ODRL.profile], ['inheritFrom', ODRL.inheritFrom]] as const) {
    const values = g.objects(p.iri, pred).map((t) => t.value);
    if (values.length) meta.extra[key] = values;
  }
  if (p.conflict) meta.extra.conflict = p.conflict;
  return meta;
}
