/**
 * Reads an ODRL policy written in JSON-LD (W3C JSON-LD 1.1) into triples with the `jsonld` package, offline,
 * and finds where each node is stated. Node objects without an `@id` would become blank nodes that cannot be
 * traced back to their text, so each gets a placeholder IRI made from its position before conversion; the
 * placeholders are listed in `anonymous` and are named for good by the skolemiser like blank nodes. A document
 * without `@context` is read with the ODRL context. Invalid JSON or JSON-LD is RC1009 at its position.
 */
import jsonld from 'jsonld';
import N3 from 'n3';
import { diag, lineStarts, spanOf, type Diagnostic, type SourceFile } from '../ir/index.js';
import { ODRL } from '../vocab/index.js';
import { TAKES_IRI, TAKES_TERM, odrlContext, offlineLoader } from './odrl-context.js';
import { parseJson, type Json, type JsonPositions } from './odrl-json.js';
import type { Range, SourceGraph } from './odrl-source.js';

export interface JsonLdGraph extends SourceGraph {
  /** Placeholder IRIs of node objects written without an `@id`: to be named like blank nodes. */
  anonymous: Set<string>;
}

export async function readJsonLd(file: SourceFile, baseIRI: string): Promise<JsonLdGraph> {
  const empty = (d: Diagnostic): JsonLdGraph => ({ quads: [], stated: new Map(), mentions: new Map(), anonymous: new Set(), diagnostics: [d] });
  const starts = lineStarts(file.text);
  const parsed = parseJson(file.text);
  if ('error' in parsed) {
    return empty(diag('RC1009', `not valid JSON: ${parsed.error}`, spanOf(file.path, starts, parsed.offset, Math.min(parsed.offset + 1, file.text.length))));
  }
  const walker = new Walker(parsed.positions, baseIRI);
  walker.collectContexts(parsed.value, false);
  walker.walk(parsed.value);

  let raw: unknown;
  try {
    raw = await jsonld.toRDF(parsed.value as jsonld.JsonLdDocument, {
      base: baseIRI,
      expandContext: { '@context': odrlContext() },
      documentLoader: offlineLoader,
    } as jsonld.Options.ToRdf);
  } catch (e) {
    const message = ((e as Error).message ?? String(e)).replace(/\s+/g, ' ');
    const at = walker.contextRange ?? [0, Math.min(1, file.text.length)];
    return empty(diag('RC1009', `invalid JSON-LD: ${message}`, spanOf(file.path, starts, at[0], at[1])));
  }
  return { quads: toN3(raw as RawQuad[]), stated: walker.stated, mentions: walker.mentions, anonymous: walker.anonymous, diagnostics: [] };
}

interface RawTerm {
  termType: string;
  value: string;
  datatype?: { value: string };
  language?: string;
}
interface RawQuad {
  subject: RawTerm;
  predicate: RawTerm;
  object: RawTerm;
}

function toN3(raw: readonly RawQuad[]): N3.Quad[] {
  const { namedNode, blankNode, literal, quad } = N3.DataFactory;
  const term = (t: RawTerm) => {
    if (t.termType === 'BlankNode') return blankNode(t.value.replace(/^_:/, ''));
    if (t.termType === 'Literal') return literal(t.value, t.language ? t.language : namedNode(t.datatype?.value ?? ''));
    return namedNode(t.value);
  };
  return raw.map((q) => quad(term(q.subject) as N3.Quad_Subject, namedNode(q.predicate.value), term(q.object) as N3.Quad_Object));
}

/** Walks the parsed JSON: local contexts, node positions, placeholder ids, IRIs mentioned. */
class Walker {
  readonly stated = new Map<string, Range>();
  readonly mentions = new Map<string, Range>();
  readonly anonymous = new Set<string>();
  private readonly described = new Set<string>();
  /** The first `@context` in the document, where a context error is reported. */
  contextRange: Range | undefined;
  private readonly prefixes = new Map<string, string>(Object.entries(odrlContext()).filter((e): e is [string, string] => typeof e[1] === 'string' && /[/#]$/.test(e[1])));
  private readonly terms = new Map<string, string>(); // bare term → IRI, for ODRL terms and local definitions
  private readonly idKeys = new Set(['@id', 'uid']);
  private readonly typeKeys = new Set(['@type', 'type']);

  constructor(private readonly pos: JsonPositions, private readonly base: string) {
    for (const [k, v] of Object.entries(odrlContext())) {
      if (k.startsWith('@') || k === 'uid' || k === 'type') continue;
      const id = typeof v === 'string' ? v : v['@id'];
      if (id) this.terms.set(k, this.expand(id));
    }
  }

  /** Reads every `@context` object: prefixes, local terms and aliases of `@id` / `@type`. */
  collectContexts(v: Json, inContext: boolean): void {
    if (Array.isArray(v)) return v.forEach((x) => this.collectContexts(x, inContext));
    if (!v || typeof v !== 'object') return;
    if (inContext) {
      for (const [k, def] of Object.entries(v)) {
        if (k.startsWith('@')) continue;
        if (def === '@id') this.idKeys.add(k);
        else if (def === '@type') this.typeKeys.add(k);
        else if (typeof def === 'string') {
          if (/[/#:]$/.test(def)) this.prefixes.set(k, def);
          this.terms.set(k, this.expand(def));
        } else if (def && typeof def === 'object' && !Array.isArray(def) && typeof def['@id'] === 'string') {
          this.terms.set(k, this.expand(def['@id']));
        }
      }
      return;
    }
    for (const [k, x] of Object.entries(v)) {
      if (k === '@context') {
        this.contextRange ??= this.pos.members.get(v)?.get(k)?.value;
        this.collectContexts(x, true);
      } else this.collectContexts(x, false);
    }
  }

  walk(v: Json, key?: string, range?: Range): void {
    if (Array.isArray(v)) {
      const el = this.pos.elements.get(v) ?? [];
      return v.forEach((x, i) => this.walk(x, key, el[i]));
    }
    if (typeof v === 'string') {
      if (range && key !== undefined && (this.typeKeys.has(key) || TAKES_TERM.includes(key))) this.mention(this.vocabIri(v), range);
      else if (range && key !== undefined && TAKES_IRI.includes(key)) this.mention(this.expand(v), range);
      else if (range && /^odrl:/.test(v)) this.mention(this.expand(v), range);
      return;
    }
    if (!v || typeof v !== 'object') return;
    const where = this.pos.of.get(v);
    const members = this.pos.members.get(v) ?? new Map<string, { key: Range; value: Range }>();
    const keys = Object.keys(v);
    const isNode = !keys.some((k) => ['@value', '@list', '@set', '@graph', '@language'].includes(k)) && keys.some((k) => k !== '@context');
    if (isNode && where) {
      const idKey = keys.find((k) => this.idKeys.has(k));
      const id = idKey !== undefined ? v[idKey] : undefined;
      if (typeof id === 'string' && !id.startsWith('_:')) {
        // the first object that says something about the node, else the first that names it
        const iri = this.expand(id);
        const full = keys.some((k) => !this.idKeys.has(k) && k !== '@context');
        if (!this.stated.has(iri) || (full && !this.described.has(iri))) this.stated.set(iri, where);
        if (full) this.described.add(iri);
      } else if (id === undefined) {
        const placeholder = `${this.base}#.node${where[0]}`;
        (v as Record<string, Json>)['@id'] = placeholder;
        this.anonymous.add(placeholder);
        this.stated.set(placeholder, where);
      }
    }
    for (const k of keys) {
      if (k === '@context' || k === '@id') continue;
      const m = members.get(k);
      if (m && !k.startsWith('@') && !this.idKeys.has(k) && !this.typeKeys.has(k)) this.mention(this.vocabIri(k), m.key);
      this.walk(v[k]!, k, m?.value);
    }
  }

  private mention(iri: string, range: Range): void {
    if (!this.mentions.has(iri)) this.mentions.set(iri, range);
  }

  /** A key or a vocabulary-typed value as an IRI: a term, a compact or absolute IRI, else an ODRL-namespace IRI. */
  private vocabIri(s: string): string {
    const term = this.terms.get(s);
    if (term !== undefined) return term;
    if (s.includes(':')) return this.expand(s);
    return ODRL.ns + s;
  }

  /** A compact IRI with a known prefix, an absolute IRI as it is, a relative one resolved against the base. */
  private expand(id: string): string {
    const m = /^([A-Za-z][\w.-]*):(.*)$/.exec(id);
    if (m && this.prefixes.has(m[1]!) && !m[2]!.startsWith('//')) return this.prefixes.get(m[1]!)! + m[2]!;
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(id)) return id;
    try {
      return new URL(id, this.base).href;
    } catch {
      return id;
    }
  }
}
