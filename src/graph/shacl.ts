/**
 * Validates a graph against SHACL shapes (W3C SHACL core, with shacl-engine): a sh:Violation becomes an RC3002
 * error, a sh:Warning an RC3005 warning (sh:Info: RC3005 at severity info). Each diagnostic names the focus
 * node and points at the source of the node (its own regc:sourceFile/line/column, that of what it was
 * prov:wasDerivedFrom, or that of the node it belongs to: `<norm>/c1` → `<norm>`, a constraint → its rule).
 */
import type * as RDF from '@rdfjs/types';
import N3 from 'n3';
import { Validator, type ValidationResult } from 'shacl-engine';
import type { Diagnostic, Severity, SourceSpan } from '../ir/index.js';
import { compareDiagnostics, diag } from '../ir/index.js';
import { ID, ODRL, PREFIXES, PROV, REGC, SH } from '../vocab/index.js';

const { namedNode } = N3.DataFactory;

/** Validators by shapes store: building one reads all shapes, so repeated validations reuse it. */
const validators = new WeakMap<N3.Store, { size: number; validator: Validator }>();

function validatorFor(shapes: N3.Store): Validator {
  const cached = validators.get(shapes);
  if (cached && cached.size === shapes.size) return cached.validator;
  const validator = new Validator(shapes, { factory: N3.DataFactory });
  validators.set(shapes, { size: shapes.size, validator });
  return validator;
}

export async function validateGraph(data: N3.Store, shapes: N3.Store): Promise<Diagnostic[]> {
  if (shapes.size === 0) return [];
  const report = await validatorFor(shapes).validate({ dataset: data });
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const r of report.results) {
    const d = toDiagnostic(data, r);
    if (!d) continue;
    const key = `${d.code}\u0000${d.nodes?.join(' ')}\u0000${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out.sort((a, b) => compareDiagnostics(a, b) || cmp(a.nodes?.[0] ?? '', b.nodes?.[0] ?? ''));
}

function toDiagnostic(data: N3.Store, r: ValidationResult): Diagnostic | undefined {
  const focus = r.focusNode.term ?? r.focusNode.terms[0];
  if (!focus) return undefined;
  const severity: Severity = r.severity.value === SH.Violation ? 'error' : r.severity.value === SH.Warning ? 'warning' : 'info';
  const path = r.path?.length === 1 && r.path[0]!.predicates.length === 1 ? compact(r.path[0]!.predicates[0]!) : undefined;
  const values = (r.value?.terms ?? []).filter((t) => !t.equals(focus));
  const text = r.message.map((m) => m.value).join(' ') || local(r.constraintComponent.value);
  const message = `${compact(focus)}${path ? ` ${path}` : ''}: ${text}${values.length ? ` (value ${values.map(compact).join(', ')})` : ''}`;
  const code = severity === 'error' ? 'RC3002' : 'RC3005';
  return diag(code, message, spanOf(data, focus), { severity, nodes: [focus.value] });
}

/** Properties by which a node is part of another (a norm's constraint, condition, reference …). */
const PART_OF_OWNER = [ODRL.constraint, ODRL.refinement, REGC.condition, REGC.exception, REGC.reference, REGC.overridePhrase, REGC.resolution];

/** The source span of a node or of what it was derived from; failing that, of the node it belongs to: the
 * compiled node its IRI is minted under (`<norm>/c1` → `<norm>`) or the subject that links to it by one of
 * `PART_OF_OWNER`, up to three levels up. */
function spanOf(data: N3.Store, node: RDF.Term): SourceSpan | undefined {
  let level: RDF.Term[] = [node];
  const seen = new Set<string>();
  for (let depth = 0; depth < 4 && level.length; depth++) {
    const next: RDF.Term[] = [];
    for (const c of level) {
      if (seen.has(c.value)) continue;
      seen.add(c.value);
      const own = spanStatedOn(data, c);
      if (own) return own;
      const sources = data.getObjects(c, namedNode(PROV.wasDerivedFrom), null).sort((a, b) => cmp(a.value, b.value));
      for (const s of sources) {
        const derived = spanStatedOn(data, s);
        if (derived) return derived;
      }
      next.push(...ownersOf(data, c));
    }
    level = next;
  }
  return undefined;
}

function ownersOf(data: N3.Store, node: RDF.Term): RDF.Term[] {
  const owners: RDF.Term[] = [];
  if (node.termType === 'NamedNode' && node.value.startsWith(ID)) {
    const cut = node.value.lastIndexOf('/');
    if (cut > ID.length) owners.push(namedNode(node.value.slice(0, cut)));
  }
  const linked = PART_OF_OWNER.flatMap((p) => data.getSubjects(namedNode(p), node as N3.Quad_Object, null));
  return [...owners, ...linked.sort((a, b) => cmp(a.value, b.value))];
}

function spanStatedOn(data: N3.Store, node: RDF.Term): SourceSpan | undefined {
  if (node.termType !== 'NamedNode' && node.termType !== 'BlankNode') return undefined;
  const one = (p: string) => data.getObjects(node, namedNode(p), null).find((o) => o.termType === 'Literal')?.value;
  const int = (p: string) => {
    const v = one(p);
    const n = v === undefined ? NaN : Number(v);
    return Number.isInteger(n) ? n : undefined;
  };
  const file = one(REGC.sourceFile);
  const line = int(REGC.line);
  if (file === undefined || line === undefined) return undefined;
  const column = int(REGC.column) ?? 1;
  const offset = int(REGC.offset) ?? 0;
  return {
    file,
    line,
    column,
    endLine: int(REGC.endLine) ?? line,
    endColumn: int(REGC.endColumn) ?? column,
    offset,
    endOffset: int(REGC.endOffset) ?? offset,
  };
}

const NAMESPACES = Object.entries(PREFIXES).sort((a, b) => b[1].length - a[1].length);

/** A term as a reader writes it: a prefixed name where a prefix fits (`id:orbis-conduct/gifts/3/n1`, the
 * form `regc explain` accepts), `<iri>` otherwise, or a quoted literal. */
function compact(t: { termType: string; value: string }): string {
  if (t.termType === 'Literal') return JSON.stringify(t.value);
  if (t.termType === 'BlankNode') return `_:${t.value}`;
  for (const [prefix, ns] of NAMESPACES) {
    if (t.value.startsWith(ns) && /^[\w.~%/-]*$/.test(t.value.slice(ns.length))) return `${prefix}:${t.value.slice(ns.length)}`;
  }
  return `<${t.value}>`;
}

const local = (iri: string): string => iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
