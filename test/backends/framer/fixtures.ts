// Shared fixtures for the Framer tests: a small Orbis ontology in Turtle and a builder of one-line norms, made
// into a reasoned graph; and the running example (regulations/, ontologies/) compiled without writing.
import { readFileSync } from 'node:fs';
import type N3 from 'n3';
import type { Constraint, Norm, NormKind, Ontology, RegulationDocument, Situation, Value } from '../../../src/ir/index.js';
import { compile } from '../../../src/compile.js';
import { lowerToGraph, ontologyFromGraph, parseTurtle } from '../../../src/graph/index.js';
import { reason } from '../../../src/reasoner/index.js';
import { clauseIri, CURRENCY, documentIri, normIri, REGC, sectionIri } from '../../../src/vocab/index.js';
import { makeCtx } from '../../../src/backends/framer/context.js';
import type { Ctx } from '../../../src/backends/framer/context.js';
import { readView } from '../../../src/backends/framer/view.js';

export const O = 'https://example.org/orbis#';
export const o = (local: string): string => O + local;

/** employee > manager, contractor apart; accept, offer under odrl:use; gift > cashGift; facts ethicsApproval,
 * openTender; law > company-policy > regional-guideline (the shipped authority levels). */
export const TTL = `
@prefix orbis: <${O}> .
@prefix regc: <https://w3id.org/regc/ns#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix odrl: <http://www.w3.org/ns/odrl/2/> .
orbis:roles a skos:ConceptScheme, regc:RoleScheme .
orbis:actions a skos:ConceptScheme, regc:ActionScheme .
orbis:assets a skos:ConceptScheme, regc:AssetScheme .
orbis:contexts a skos:ConceptScheme, regc:ContextScheme .
orbis:employee a skos:Concept ; skos:inScheme orbis:roles ; skos:prefLabel "employee"@en .
orbis:manager a skos:Concept ; skos:inScheme orbis:roles ; skos:broader orbis:employee ; skos:prefLabel "manager"@en .
orbis:contractor a skos:Concept ; skos:inScheme orbis:roles ; skos:prefLabel "contractor"@en .
orbis:ethicsOffice a skos:Concept ; skos:inScheme orbis:roles ; skos:prefLabel "Ethics Office"@en .
orbis:accept a skos:Concept ; skos:inScheme orbis:actions ; odrl:includedIn odrl:use ; skos:prefLabel "accept"@en .
orbis:offer a skos:Concept ; skos:inScheme orbis:actions ; odrl:includedIn odrl:use ; skos:prefLabel "offer"@en .
orbis:gift a skos:Concept ; skos:inScheme orbis:assets ; skos:prefLabel "gift"@en .
orbis:cashGift a skos:Concept ; skos:inScheme orbis:assets ; skos:broader orbis:gift ; skos:prefLabel "cash gift"@en .
orbis:data a skos:Concept ; skos:inScheme orbis:assets ; skos:prefLabel "customer data"@en .
orbis:ethicsApproval a skos:Concept ; skos:inScheme orbis:contexts ; skos:prefLabel "Ethics Office approval"@en ;
  skos:definition "The Ethics Office has approved the act before it takes place."@en .
orbis:openTender a skos:Concept ; skos:inScheme orbis:contexts ; skos:prefLabel "open tender"@en .
`;

export const USD = CURRENCY.USD;
export const num = (value: number): Value => ({ kind: 'number', value });
export const bool = (value: boolean): Value => ({ kind: 'boolean', value });
/** An amount in USD: `amount('gt', 100)`. */
export const amount = (operator: 'lt' | 'lteq' | 'gt' | 'gteq', value: number): Constraint => ({ type: 'atomic', leftOperand: REGC.monetaryValue, operator, rightOperand: [num(value)], unit: USD });
export const fact = (local: string, value = true): Constraint => ({ type: 'atomic', leftOperand: o(local), operator: 'eq', rightOperand: [bool(value)] });

export interface Spec {
  bearer?: string;
  action?: string;
  target?: string;
  /** Conditions, with their text. */
  when?: [string, Constraint][];
  unless?: [string, Constraint][];
  doc?: string;
  text?: string;
  advisory?: boolean;
}

/** A norm of the fixture document `doc` (default `policy`), clause `<doc>/rules/<name>`. */
export function norm(name: string, kind: NormKind, spec: Spec = {}): Norm {
  const doc = spec.doc ?? 'policy';
  const clause = clauseIri(doc, 'rules', name);
  const n: Norm = {
    iri: normIri(clause, 1), kind, strength: spec.advisory ? 'advisory' : 'strict', modal: kind === 'prohibition' ? 'must not' : kind === 'obligation' ? 'must' : 'may',
    bearer: { text: spec.bearer ?? 'employee', concept: o(spec.bearer ?? 'employee') },
    action: { text: spec.action ?? 'accept', concept: o(spec.action ?? 'accept') },
    constraints: [],
    conditions: (spec.when ?? []).map(([text, constraint]) => ({ marker: /^worth/.test(text) ? ('constraint' as const) : ('if' as const), text, concepts: [], constraint })),
    exceptions: (spec.unless ?? []).map(([text, constraint]) => ({ marker: 'unless' as const, text, concepts: [], constraint })),
    references: [], overrides: [], duties: [],
    document: documentIri(doc), section: sectionIri(doc, 'rules'), clause, origin: 'rules',
    text: spec.text ?? `${name} (${kind})`,
    span: { file: `regulations/${doc}.md`, line: 10, column: 1, endLine: 10, endColumn: 20, offset: 100, endOffset: 120 },
  };
  for (const [, c] of spec.when ?? []) n.constraints.push(c);
  if (spec.target) n.target = { text: spec.target, concept: o(spec.target) };
  return n;
}

/** A document whose one section `rules` holds a clause per norm. */
export function document(id: string, norms: Norm[], meta: { authority?: string; effective?: string; title?: string } = {}): RegulationDocument {
  const file = `regulations/${id}.md`;
  const span = { file, line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 };
  return {
    id, iri: documentIri(id), file, format: 'markdown', sha256: '00',
    meta: { title: meta.title ?? `The ${id} rules`, authority: meta.authority ?? 'company-policy', effective: meta.effective ?? '2026-01-01', extra: {} },
    sections: [{
      id: 'rules', iri: sectionIri(id, 'rules'), heading: '2. Rules', number: '2', level: 2, path: ['2. Rules'], attributes: {}, span,
      clauses: norms.filter((n) => n.document === documentIri(id)).map((n, i) => ({
        iri: n.clause!, id: `${id}/rules/${n.clause!.split('/').pop()}`, sectionIri: sectionIri(id, 'rules'), ordinal: n.clause!.split('/').pop()!,
        kind: 'paragraph' as const, label: `(${i + 1})`, text: n.text, span: { ...span, line: 10 + i },
      })),
    }],
    norms: [],
  };
}

export interface Built {
  graph: N3.Store;
  ontology: Ontology;
}

/** The reasoned graph of these norms (documents made from their `document`s). */
export function build(norms: Norm[], docs: Record<string, { authority?: string; effective?: string }> = {}): Built {
  const store = parseTurtle(TTL, 'fixture.ttl').store;
  if (!store) throw new Error('fixture Turtle does not parse');
  const auth = parseTurtle(readFileSync('ontologies/authority.ttl', 'utf8'), 'authority.ttl').store!;
  store.addQuads(auth.getQuads(null, null, null, null));
  const ontology = ontologyFromGraph(store);
  const ids = [...new Set(norms.map((n) => n.document.split('/').pop()!))].sort();
  const documents = ids.map((id) => document(id, norms, docs[id] ?? {}));
  const graph = lowerToGraph({ documents, norms });
  graph.addQuads(ontology.store.getQuads(null, null, null, null));
  reason(graph, ontology);
  return { graph, ontology };
}

export const ctxOf = (b: Built, seed = 7): Ctx => makeCtx(readView(b.graph, b.ontology, seed));

/** A situation of the fixture ontology: `situation('employee', 'accept', 'gift', { [REGC.monetaryValue]: 150 })`. */
export function situation(actor: string, action: string, target: string | undefined, facts: Record<string, number | boolean> = {}): Situation {
  const s: Situation = { actor: [o(actor)], action: o(action), facts: {} };
  if (target) s.target = o(target);
  const units: Record<string, string> = {};
  for (const [k, v] of Object.entries(facts)) {
    const lo = k.includes(':') ? k : o(k);
    s.facts[lo] = [typeof v === 'number' ? num(v) : bool(v)];
    if (lo === REGC.monetaryValue) units[lo] = USD;
  }
  if (Object.keys(units).length) s.units = units;
  return s;
}

let example: Promise<Built> | undefined;

/** The running example, compiled once per test run (nothing written). */
export function runningExample(): Promise<Built> {
  example ??= compile({ regulations: 'regulations', ontologies: 'ontologies', out: 'compiled', dryRun: true }).then((r) => {
    if (!r.graph || !r.ontology) throw new Error(`the running example does not compile: ${r.diagnostics.map((d) => d.code).join(', ')}`);
    return { graph: r.graph, ontology: r.ontology };
  });
  return example;
}
