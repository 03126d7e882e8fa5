/**
 * Merging an analyst's `regulations/NAME.norms.ttl` into the graph. Every rule subject of the file (typed
 * `odrl:Permission` / `odrl:Prohibition` / `odrl:Duty` / `regc:Obligation`, or stating `regc:kind`) gets
 * `regc:origin "turtle"`, `prov:wasGeneratedBy regc:turtleInput`, `prov:hadPrimarySource` the file, and the
 * source span of its first appearance, so `explain` and every back end treat it like a compiled norm. Blank
 * nodes become IRIs under the rule they hang from (`<rule>/c1`, `/cond1`, `/exc1`, `/ref1` …); list cells stay.
 */
import N3 from 'n3';
import type { Term } from 'n3';
import type { Diagnostic, NormKind, SourceFile, SourceSpan } from '../ir/index.js';
import { lineStarts } from '../ir/index.js';
import { ID, ODRL, PROV, RDF, REGC, fileIri } from '../vocab/index.js';
import { ACTIVITY, POLICY_LINK, RULE_CLASSES, writeSourceFile } from './lower-norm.js';
import { GraphReader, iri, str, TripleSink } from './rdf.js';
import { writeSpan } from './span.js';
import { turtleError } from './turtle.js';
import { MINTED_STEMS } from './constraint.js';

const { namedNode, quad } = N3.DataFactory;
const KINDS: readonly NormKind[] = ['obligation', 'permission', 'prohibition'];


/** Merges the file's triples into `store`; relative IRIs resolve against the compiled-id base. */
export function mergeTurtleNorms(store: N3.Store, file: SourceFile): Diagnostic[] {
  let quads: N3.Quad[];
  try {
    quads = new N3.Parser({ format: 'text/turtle', baseIRI: ID }).parse(file.text);
  } catch (e) {
    return [turtleError(e, file.text, file.path)];
  }
  const positions = firstPositions(file.text);
  quads = skolemize(quads, store, fileIri(file.path), positions);
  store.addQuads(quads);

  const rules = ruleSubjects(quads);
  if (!rules.length) return [];
  const out = new TripleSink(store);
  const g = new GraphReader(store);
  const source = writeSourceFile(out, file.path, file.sha256);
  const starts = lineStarts(file.text);
  for (const rule of rules) {
    const r = namedNode(rule);
    store.removeQuads(store.getQuads(r, namedNode(REGC.origin), null, null));
    store.removeQuads(store.getQuads(r, namedNode(PROV.wasGeneratedBy), null, null));
    out.add(rule, REGC.origin, str('turtle'));
    out.add(rule, PROV.wasGeneratedBy, iri(ACTIVITY.turtle));
    out.add(rule, PROV.hadPrimarySource, iri(source));
    if (g.value(rule, REGC.line) === undefined) writeSpan(out, rule, spanAt(positions.get(rule), file, starts));
    completeRule(out, g, rule);
  }
  return [];
}

/** What a compiled norm always states and an analyst may leave out: kind ↔ class, provenance, document. */
function completeRule(out: TripleSink, g: GraphReader, rule: string): void {
  const types = g.types(rule);
  let kind = g.values(rule, REGC.kind).find((k): k is NormKind => (KINDS as readonly string[]).includes(k));
  if (!kind) {
    kind = types.includes(ODRL.Prohibition) ? 'prohibition' : types.includes(ODRL.Permission) ? 'permission' : 'obligation';
    out.add(rule, REGC.kind, str(kind));
  }
  if (!RULE_CLASSES[kind].some((c) => types.includes(c))) out.type(rule, ...RULE_CLASSES[kind]);
  const clause = g.iriValue(rule, REGC.clause);
  if (clause && !g.has(rule, PROV.wasDerivedFrom, clause)) out.add(rule, PROV.wasDerivedFrom, iri(clause));
  const document = g.iriValue(rule, REGC.document) ?? (clause && g.iriValue(clause, REGC.document));
  if (document) {
    out.add(rule, REGC.document, iri(document));
    if (g.iriValue(rule, REGC.dutyOf) === undefined) out.add(document, POLICY_LINK[kind], iri(rule));
  }
}

/** Subjects of the file that are rules. */
function ruleSubjects(quads: N3.Quad[]): string[] {
  const classes = new Set(Object.values(RULE_CLASSES).flat());
  const found = new Set<string>();
  for (const q of quads) {
    if (q.subject.termType !== 'NamedNode') continue;
    if (q.predicate.value === RDF.type && classes.has(q.object.value)) found.add(q.subject.value);
    if (q.predicate.value === REGC.kind && (KINDS as readonly string[]).includes(q.object.value)) found.add(q.subject.value);
  }
  return [...found].sort();
}

interface Position {
  line: number;
  column: number;
  /** Line and column just after the `.` that ends the statement the IRI first appears in. */
  endLine: number;
  endColumn: number;
}

/** For every IRI of the text: where it first stands as the subject of a statement (else where it first
 * appears at all), up to the `.` that ends that statement; from n3's lexer. */
function firstPositions(text: string): Map<string, Position> {
  const anywhere = new Map<string, Position>();
  const asSubject = new Map<string, Position>();
  const prefixes: Record<string, string> = {};
  let base = ID;
  const tokens = new N3.Lexer().tokenize(text) as Array<{ type: string; value: string; prefix: string; line: number; start: number; end: number }>;
  const open: Position[] = [];
  let depth = 0;
  let statementStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.type === '@prefix' || t.type === 'PREFIX') && tokens[i + 1]?.type === 'prefix' && tokens[i + 2]?.type === 'IRI') {
      prefixes[tokens[i + 1]!.value] = resolve(tokens[i + 2]!.value, base);
      i += t.type === '@prefix' ? 3 : 2; // `@prefix` ends with a `.`
      statementStart = true;
      continue;
    }
    if ((t.type === '@base' || t.type === 'BASE') && tokens[i + 1]?.type === 'IRI') {
      base = resolve(tokens[i + 1]!.value, base);
      i += t.type === '@base' ? 2 : 1;
      statementStart = true;
      continue;
    }
    if (t.type === '[' || t.type === '(') depth++;
    else if (t.type === ']' || t.type === ')') depth--;
    else if (t.type === '.' && depth === 0) {
      for (const p of open) {
        p.endLine = t.line;
        p.endColumn = t.end + 1;
      }
      open.length = 0;
      statementStart = true;
      continue;
    }
    const subject = statementStart;
    statementStart = false;
    let value: string | undefined;
    if (t.type === 'IRI') value = resolve(t.value, base);
    else if (t.type === 'prefixed' && prefixes[t.prefix] !== undefined) value = prefixes[t.prefix] + t.value;
    if (value === undefined) continue;
    for (const [map, wanted] of [[anywhere, true], [asSubject, subject]] as const) {
      if (!wanted || map.has(value)) continue;
      const p = { line: t.line, column: t.start + 1, endLine: t.line, endColumn: t.end + 1 };
      map.set(value, p);
      open.push(p);
    }
  }
  for (const [value, p] of anywhere) if (!asSubject.has(value)) asSubject.set(value, p);
  return asSubject;
}

function resolve(value: string, base: string): string {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) return value;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

function spanAt(p: Position | undefined, file: SourceFile, starts: number[]): SourceSpan {
  const at = p ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const offset = (starts[at.line - 1] ?? 0) + at.column - 1;
  const endOffset = (starts[at.endLine - 1] ?? 0) + at.endColumn - 1;
  return { file: file.path, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn, offset, endOffset };
}

/**
 * Names every blank node that is not an RDF list cell: under the first named subject it hangs from, with the
 * stem of the property pointing to it (`<rule>/c1`), or under the file (`<file>#b1`) when nothing names it.
 */
function skolemize(quads: N3.Quad[], store: N3.Store, fileNode: string, positions: Map<string, Position>): N3.Quad[] {
  const bySubject = new Map<string, N3.Quad[]>();
  for (const q of quads) {
    const key = q.subject.termType === 'BlankNode' ? '_:' + q.subject.value : q.subject.value;
    const list = bySubject.get(key);
    if (list) list.push(q);
    else bySubject.set(key, [q]);
  }
  const isCell = (b: string): boolean => (bySubject.get('_:' + b) ?? []).some((q) => q.predicate.value === RDF.first);
  const names = new Map<string, string>();
  const taken = new Set<string>([...bySubject.keys()].filter((k) => !k.startsWith('_:')));
  const counters = new Map<string, number>();
  const mint = (owner: string, stem: string): string => {
    let k = counters.get(`${owner} ${stem}`) ?? 0;
    let name: string;
    do name = stem === '#b' ? `${owner}#b${++k}` : `${owner}/${stem}${++k}`;
    while (taken.has(name) || store.countQuads(namedNode(name), null, null, null) > 0);
    counters.set(`${owner} ${stem}`, k);
    taken.add(name);
    return name;
  };
  const visit = (owner: string, subjectKey: string): void => {
    for (const q of bySubject.get(subjectKey) ?? []) nameObject(owner, q.predicate.value, q.object);
  };
  const nameObject = (owner: string, predicate: string, o: Term): void => {
    if (o.termType !== 'BlankNode' || names.has(o.value)) return;
    if (isCell(o.value)) {
      names.set(o.value, '');
      // the members of a list are named after the property that points to the list, in list order
      let cell: Term | undefined = o;
      while (cell && cell.termType === 'BlankNode' && isCell(cell.value)) {
        names.set(cell.value, '');
        const qs: N3.Quad[] = bySubject.get('_:' + cell.value) ?? [];
        const first = qs.find((q) => q.predicate.value === RDF.first)?.object;
        if (first) nameObject(owner, predicate, first);
        cell = qs.find((q) => q.predicate.value === RDF.rest)?.object;
      }
      return;
    }
    const name = mint(owner, MINTED_STEMS[predicate] ?? 'b');
    names.set(o.value, name);
    visit(name, '_:' + o.value);
  };
  const named = [...bySubject.keys()].filter((k) => !k.startsWith('_:'));
  named.sort((a, b) => (positions.get(a)?.line ?? 0) - (positions.get(b)?.line ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  for (const s of named) visit(s, s);
  for (const key of bySubject.keys()) {
    if (key.startsWith('_:') && !names.has(key.slice(2))) {
      const name = mint(fileNode, '#b');
      names.set(key.slice(2), name);
      visit(name, key);
    }
  }
  const rename = <T extends Term>(t: T): T => {
    if (t.termType !== 'BlankNode') return t;
    const name = names.get(t.value);
    return (name ? namedNode(name) : t) as unknown as T;
  };
  return quads.map((q) => quad(rename(q.subject), q.predicate, rename(q.object), q.graph));
}
