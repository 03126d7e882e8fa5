/**
 * Deterministic, readable Turtle (W3C RDF 1.1 Turtle) for a store, and parsing Turtle into one with
 * diagnostics. Layout: `@base` for compiled ids, only the prefixes used (in `PREFIXES` order), subjects in
 * natural IRI order, `a` first then predicates and objects sorted, blank nodes used once written inline
 * (`[ … ]`, RDF lists as `( … )`), other blank nodes labelled in an order that depends on content only.
 */
import N3 from 'n3';
import type { Term } from 'n3';
import { diag, lineStarts, type Diagnostic } from '../ir/index.js';
import { ID, PREFIXES, RDF, XSD } from '../vocab/index.js';
import { naturalCompare } from './rdf.js';

export interface TurtleOptions {
  /** Prefixes to abbreviate with, in output order (default `PREFIXES`); only those used are written. */
  prefixes?: Record<string, string>;
  /** Base IRI for relative IRIs (default the compiled-id base); `false` writes every IRI in full. */
  base?: string | false;
}

interface Node {
  term: Term;
  preds: Map<string, Term[]>;
}

const INDENT = '    ';

export function serializeTurtle(store: N3.Store, options: TurtleOptions = {}): string {
  return new TurtleWriter(store, options).write();
}

class TurtleWriter {
  private readonly prefixes: [string, string][];
  private readonly base: string | undefined;
  private readonly used = new Set<string>();
  private usedBase = false;
  private readonly nodes = new Map<string, Node>();
  private readonly refs = new Map<string, number>();
  private readonly inline = new Set<string>();
  private readonly labels = new Map<string, string>();
  private readonly iriCache = new Map<string, string>();

  constructor(store: N3.Store, options: TurtleOptions) {
    this.prefixes = Object.entries(options.prefixes ?? PREFIXES);
    this.base = options.base === false ? undefined : (options.base ?? ID);
    for (const q of store.getQuads(null, null, null, null)) {
      const key = termKey(q.subject);
      let node = this.nodes.get(key);
      if (!node) this.nodes.set(key, (node = { term: q.subject, preds: new Map() }));
      const objects = node.preds.get(q.predicate.value);
      if (objects) objects.push(q.object);
      else node.preds.set(q.predicate.value, [q.object]);
      if (q.object.termType === 'BlankNode') this.refs.set(q.object.value, (this.refs.get(q.object.value) ?? 0) + 1);
    }
    this.planBlankNodes();
  }

  write(): string {
    const iris: string[] = [];
    const anonymous: string[] = [];
    for (const [key, node] of this.nodes) {
      if (node.term.termType === 'BlankNode') {
        if (!this.inline.has(node.term.value) && !this.labels.has(node.term.value)) anonymous.push(key);
      } else iris.push(key);
    }
    iris.sort((a, b) => naturalCompare(this.nodes.get(a)!.term.value, this.nodes.get(b)!.term.value));
    const labelled = [...this.labels]
      .sort((a, b) => naturalCompare(a[1], b[1]))
      .map(([v]) => '_:' + v)
      .filter((key) => this.nodes.has(key));
    const blocks: string[] = [];
    for (const key of iris) blocks.push(this.block(this.nodes.get(key)!));
    for (const key of labelled) blocks.push(this.block(this.nodes.get(key)!));
    const anon = anonymous.map((key) => `[${this.predicateList(this.nodes.get(key)!, 1, true)}\n] .`).sort(naturalCompare);
    blocks.push(...anon);
    const header: string[] = [];
    if (this.usedBase) header.push(`@base <${this.base}> .`);
    for (const [name, ns] of this.prefixes) if (this.used.has(name)) header.push(`@prefix ${name}: <${ns}> .`);
    const head = header.length ? header.join('\n') + '\n\n' : '';
    return blocks.length ? head + blocks.join('\n\n') + '\n' : head;
  }

  /** Which blank nodes are written inline (used once as an object, not in a cycle) and labels for the rest. */
  private planBlankNodes(): void {
    const parent = new Map<string, string>();
    for (const node of this.nodes.values()) {
      for (const objects of node.preds.values()) {
        for (const o of objects) {
          if (o.termType === 'BlankNode' && this.refs.get(o.value) === 1) parent.set(o.value, termKey(node.term));
        }
      }
    }
    for (const b of parent.keys()) this.inline.add(b);
    // a cycle of blank nodes each used once has no root to hang from: break it by labelling one of them
    for (const b of [...parent.keys()].sort()) {
      const seen = new Set<string>();
      let cur: string | undefined = b;
      while (cur !== undefined && this.inline.has(cur) && !seen.has(cur)) {
        seen.add(cur);
        const p: string | undefined = parent.get(cur);
        cur = p?.startsWith('_:') ? p.slice(2) : undefined;
      }
      if (cur !== undefined && seen.has(cur)) this.inline.delete(cur);
    }
    // blank nodes used twice or more (or cut from a cycle): labels in the order of their content
    const needLabel: string[] = [];
    for (const node of this.nodes.values()) {
      const v = node.term.value;
      if (node.term.termType === 'BlankNode' && !this.inline.has(v) && (this.refs.get(v) ?? 0) > 0) needLabel.push(v);
    }
    for (const [v, n] of this.refs) if (n > 0 && !this.inline.has(v) && !this.nodes.has('_:' + v)) needLabel.push(v);
    const signature = new Map(needLabel.map((v) => [v, this.signature(v)]));
    needLabel.sort((a, b) => naturalCompare(signature.get(a)!, signature.get(b)!) || (a < b ? -1 : a > b ? 1 : 0));
    needLabel.forEach((v, i) => this.labels.set(v, `b${i + 1}`));
  }

  /** A blank node's outgoing triples with other blank nodes elided, to order labels by content. */
  private signature(v: string): string {
    const node = this.nodes.get('_:' + v);
    if (!node) return '';
    const parts: string[] = [];
    for (const [p, objects] of node.preds) {
      for (const o of objects) parts.push(`${p} ${o.termType === 'BlankNode' ? '_' : this.term(o, 0)}`);
    }
    return parts.sort().join(' ; ');
  }

  private block(node: Node): string {
    return this.subject(node.term) + this.predicateList(node, 1, false) + ' .';
  }

  /** ` a C ;\n    p o, o ;\n    q o` for a subject, indented at `depth`. */
  private predicateList(node: Node, depth: number, leadingBreak: boolean): string {
    const pad = INDENT.repeat(depth);
    const preds = [...node.preds.keys()].sort((a, b) => (a === RDF.type ? -1 : b === RDF.type ? 1 : naturalCompare(a, b)));
    const lines = preds.map((p) => {
      const objects = [...new Set(node.preds.get(p)!.map((o) => this.term(o, depth)))].sort(naturalCompare);
      const verb = p === RDF.type ? 'a' : this.iri(p);
      const flat = objects.join(', ');
      // long lists of short objects go one per line; inline blank nodes stay `], [`
      const long = objects.length > 1 && flat.length > 100 && !flat.includes('\n');
      return `${verb} ${long ? objects.join(`,\n${pad}${INDENT}`) : flat}`;
    });
    if (leadingBreak) return `\n${pad}` + lines.join(` ;\n${pad}`);
    // the first predicate follows the subject on its line
    return ' ' + lines.join(` ;\n${pad}`);
  }

  private subject(t: Term): string {
    return t.termType === 'BlankNode' ? '_:' + (this.labels.get(t.value) ?? t.value) : this.term(t, 0);
  }

  private term(t: Term, depth: number): string {
    switch (t.termType) {
      case 'NamedNode':
        return t.value === RDF.nil ? '()' : this.iri(t.value);
      case 'Literal':
        return this.literal(t as N3.Literal);
      case 'BlankNode': {
        if (!this.inline.has(t.value)) return '_:' + (this.labels.get(t.value) ?? t.value);
        const list = this.listItems(t);
        if (list) return `(${list.map((i) => ' ' + this.term(i, depth)).join('')} )`;
        const node = this.nodes.get('_:' + t.value);
        if (!node) return '[]';
        return `[${this.predicateList(node, depth + 1, true)}\n${INDENT.repeat(depth)}]`;
      }
      default: {
        // a quoted triple (RDF-star)
        const q = t as unknown as N3.Quad;
        if (q.subject && q.predicate && q.object) return `<< ${this.term(q.subject, depth)} ${this.term(q.predicate, depth)} ${this.term(q.object, depth)} >>`;
        return '?' + t.value;
      }
    }
  }

  /** The members of a well-formed list starting at an inline blank node, else undefined. */
  private listItems(head: Term): Term[] | undefined {
    const items: Term[] = [];
    let cell: Term = head;
    for (;;) {
      if (cell.termType === 'NamedNode' && cell.value === RDF.nil) return items;
      if (cell.termType !== 'BlankNode' || !this.inline.has(cell.value)) return undefined;
      const node = this.nodes.get('_:' + cell.value);
      if (!node || node.preds.size !== 2) return undefined;
      const first = node.preds.get(RDF.first);
      const rest = node.preds.get(RDF.rest);
      if (first?.length !== 1 || rest?.length !== 1) return undefined;
      items.push(first[0]!);
      cell = rest[0]!;
      if (items.length > this.nodes.size) return undefined;
    }
  }

  private iri(value: string): string {
    const cached = this.iriCache.get(value);
    if (cached !== undefined) {
      this.noteUse(cached);
      return cached;
    }
    const written = this.abbreviate(value);
    this.iriCache.set(value, written);
    this.noteUse(written);
    return written;
  }

  private noteUse(written: string): void {
    if (written.startsWith('<')) {
      if (!/^<[a-zA-Z][a-zA-Z0-9+.-]*:/.test(written)) this.usedBase = true;
    } else this.used.add(written.slice(0, written.indexOf(':')));
  }

  private abbreviate(value: string): string {
    // compiled ids are written relative to the base, all alike (`<orbis-conduct/gifts/3/n1>`)
    if (this.base && value.startsWith(this.base) && isSafeRelative(value.slice(this.base.length))) {
      return `<${escapeIri(value.slice(this.base.length))}>`;
    }
    let best: [string, string] | undefined;
    for (const entry of this.prefixes) {
      const ns = entry[1];
      if (value.startsWith(ns) && (!best || ns.length > best[1].length) && isLocalName(value.slice(ns.length))) best = entry;
    }
    if (best) return `${best[0]}:${value.slice(best[1].length)}`;
    return `<${escapeIri(value)}>`;
  }

  private literal(l: N3.Literal): string {
    const v = l.value;
    if (l.language) return `${quote(v)}@${l.language}`;
    const dt = l.datatype.value;
    if (dt === XSD.string) return quote(v);
    if (dt === XSD.integer && /^[+-]?\d+$/.test(v)) return v;
    if (dt === XSD.decimal && /^[+-]?\d*\.\d+$/.test(v)) return v;
    if (dt === XSD.double && /^[+-]?(\d+\.\d*|\.?\d+)[eE][+-]?\d+$/.test(v)) return v;
    if (dt === XSD.boolean && (v === 'true' || v === 'false')) return v;
    return `${quote(v)}^^${this.iri(dt)}`;
  }
}

const termKey = (t: Term): string => (t.termType === 'BlankNode' ? '_:' + t.value : t.value);

/** A Turtle PN_LOCAL we are sure of (ASCII subset): letters, digits, `_`, `-`, `%hh`, inner dots. */
const isLocalName = (s: string): boolean =>
  s === '' || /^(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})(?:(?:[A-Za-z0-9_.-]|%[0-9A-Fa-f]{2})*(?:[A-Za-z0-9_-]|%[0-9A-Fa-f]{2}))?$/.test(s);

/** A relative reference that resolves back to exactly base + s: no scheme, no dot segments, no `//`. */
function isSafeRelative(s: string): boolean {
  if (s === '' || /^[/?#.]/.test(s) || /^[^/?#]*:/.test(s)) return false;
  const path = s.split(/[?#]/, 1)[0]!;
  return !path.split('/').some((seg) => seg === '.' || seg === '..');
}

function escapeIri(s: string): string {
  return s.replace(/[\u0000-\u0020<>"{}|^`\\]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0'));
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

function quote(s: string): string {
  return '"' + s.replace(/[\\"\u0000-\u001f\u007f]/g, (c) => ESCAPES[c] ?? '\\u' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')) + '"';
}

// ---------------------------------------------------------------- parsing

export interface ParsedTurtle {
  store?: N3.Store;
  diagnostics: Diagnostic[];
  /** The prefixes the text declared. */
  prefixes: Record<string, string>;
}

/** Parses Turtle; a syntax error gives RC3001 at its line (and column where the parser knows it). */
export function parseTurtle(text: string, file: string, options: { baseIRI?: string } = {}): ParsedTurtle {
  const prefixes: Record<string, string> = {};
  try {
    const parser = new N3.Parser({ format: 'text/turtle', ...(options.baseIRI ? { baseIRI: options.baseIRI } : {}) });
    const quads = parser.parse(text, null, (prefix, ns) => {
      prefixes[prefix] = ns.value;
    });
    const store = new N3.Store();
    store.addQuads(quads);
    return { store, diagnostics: [], prefixes };
  } catch (e) {
    return { diagnostics: [turtleError(e, text, file)], prefixes };
  }
}

interface LexToken {
  line: number;
  start?: number;
  end?: number;
}

/** RC3001 for an n3 parse error, placed at the offending token. */
export function turtleError(e: unknown, text: string, file: string): Diagnostic {
  const err = e as Error & { context?: { line?: number; token?: LexToken; previousToken?: LexToken } };
  const starts = lineStarts(text);
  const line = Math.min(Math.max(err.context?.line ?? 1, 1), starts.length);
  const token = err.context?.token;
  const prev = err.context?.previousToken;
  let column = 1;
  if (token && token.line === line && token.start !== undefined) column = token.start + 1;
  else if (prev && prev.line === line && prev.end !== undefined) {
    // just after the last good token, past the blanks that follow it
    const lineText = text.slice(starts[line - 1]!, line < starts.length ? starts[line]! - 1 : text.length);
    let c = prev.end;
    while (c < lineText.length && /\s/.test(lineText[c]!)) c++;
    column = c + 1;
  }
  const lineEnd = line < starts.length ? starts[line]! - 1 : text.length;
  const offset = Math.min(starts[line - 1]! + column - 1, lineEnd);
  const message = (err.message ?? String(e)).replace(/\s+/g, ' ').trim();
  return diag('RC3001', `invalid Turtle: ${message}`, {
    file,
    line,
    column,
    endLine: line,
    endColumn: column + Math.max(lineEnd - offset, 0),
    offset,
    endOffset: lineEnd,
  }, { excerpt: text.slice(starts[line - 1]!, lineEnd) });
}
