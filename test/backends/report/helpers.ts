// Fixtures for the report tests: a hand-made reasoned graph whose every text carries markup and ampersands (two
// documents of different authority, a clause with no norm, a document-level rule, a norm of no document, a
// conflict decided by lex superior and one left unresolved), and the running example compiled once.
import N3 from 'n3';
import type { Clause, Diagnostic, Norm, NormKind, Ontology, RegulationDocument, Section, SourceSpan } from '../../../src/ir/index.js';
import { diag } from '../../../src/ir/index.js';
import { lowerToGraph } from '../../../src/graph/index.js';
import { lowerConflicts, reasonNorms } from '../../../src/reasoner/index.js';
import { RDFS, clauseIri, documentIri, normIri, sectionIri } from '../../../src/vocab/index.js';
import type { OutputFile } from '../../../src/backends/types.js';
import { compile } from '../../../src/compile.js';
import { reportModel } from '../../../src/backends/report/model.js';
import type { ReportModel } from '../../../src/backends/report/model.js';
import { fixtureOntology } from '../../support/ontology.js';

export const O = 'https://example.org/orbis#';
/** Text an attacker (or a careless author) could put in a regulation. */
export const EVIL = '<script>alert("x")</script> & <b>co</b>';
/** How EVIL reads once escaped. */
export const EVIL_ESCAPED = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;co&lt;/b&gt;';

const span = (file: string, line: number, column = 1): SourceSpan => ({ file, line, column, endLine: line, endColumn: column + 40, offset: line * 100 + column, endOffset: line * 100 + column + 40 });


export const ONTOLOGY: Ontology = fixtureOntology([
    { iri: `${O}employee`, scheme: 'role', prefLabel: 'employee', altLabels: [], broader: [] },
    { iri: `${O}accept`, scheme: 'action', prefLabel: 'accept', altLabels: [], broader: [] },
    { iri: `${O}gift`, scheme: 'asset', prefLabel: 'gift', altLabels: [], broader: [] },
    { iri: `${O}managerApproval`, scheme: 'context', prefLabel: 'manager approval', altLabels: [], broader: [] },
  ]);

/** A document with one section per key and one clause per sentence. */
function documentOf(id: string, title: string, authority: string, effective: string, sections: Record<string, string[]>): RegulationDocument {
  const file = `regulations/${id}.md`;
  let line = 1;
  const out: Section[] = Object.entries(sections).map(([sid, sentences], i) => {
    const s: Section = {
      id: sid, iri: sectionIri(id, sid), heading: `${i + 1}. ${sid} ${EVIL}`, level: 2, path: [title, sid], attributes: {}, span: span(file, line++), clauses: [],
    };
    s.clauses = sentences.map((text, k): Clause => ({
      iri: clauseIri(id, sid, String(k + 1)), id: `${id}/${sid}/${k + 1}`, sectionIri: s.iri, ordinal: String(k + 1), kind: 'sentence', text, span: span(file, line++, 3),
    }));
    return s;
  });
  return { id, iri: documentIri(id), file, format: 'markdown', sha256: '00', meta: { title, authority, effective, extra: { owner: EVIL } }, sections: out, norms: [] };
}

export const GLOBAL = documentOf('global', `Global Rules ${EVIL}`, 'company-policy', '2026-01-01', {
  gifts: [`Employees must not accept gifts ${EVIL}.`, 'Gifts build goodwill.', 'Employees may accept modest gifts.'],
});
export const REGIONAL = documentOf('regional', 'Regional Addendum', 'regional-guideline', '2026-03-01', {
  events: [`Employees may accept gifts at events ${EVIL}.`, 'Employees should accept gifts when offered.'],
});

function normOf(doc: RegulationDocument, section: string, k: number, kind: NormKind, more: Partial<Norm> = {}): Norm {
  const s = doc.sections.find((x) => x.id === section)!;
  const c = s.clauses[k - 1]!;
  return {
    iri: normIri(c.iri, 1), kind, strength: 'strict', modal: kind === 'permission' ? 'may' : 'must not',
    bearer: { text: `employees ${EVIL}`, concept: `${O}employee` }, action: { text: 'accept', concept: `${O}accept` }, target: { text: 'gifts', concept: `${O}gift` },
    constraints: [], conditions: [], exceptions: [], references: [], overrides: [], duties: [],
    document: doc.iri, section: s.iri, clause: c.iri, origin: 'rules', text: c.text, span: c.span, ...more,
  };
}

const approval = { type: 'atomic' as const, leftOperand: `${O}managerApproval`, operator: 'eq' as const, rightOperand: [{ kind: 'boolean' as const, value: true }] };

/** The norms: a prohibition; a regional permission it defeats (lex superior); a permission of the same document
 * it stays in conflict with (neither scope is narrower, same date: unresolved); a rule of no clause; a norm of no
 * document. */
export const NORMS: Norm[] = [
  normOf(GLOBAL, 'gifts', 1, 'prohibition', {
    exceptions: [{ marker: 'unless', text: `the manager approves ${EVIL}`, concepts: [`${O}managerApproval`], constraint: approval }],
    references: [{ kind: 'section', text: `Section 1 ${EVIL}`, label: '1', resolved: sectionIri('regional', 'events') }],
  }),
  normOf(REGIONAL, 'events', 1, 'permission', { conditions: [{ marker: 'when', text: `at events ${EVIL}`, concepts: [] }] }),
  normOf(GLOBAL, 'gifts', 3, 'permission', { conditions: [{ marker: 'if', text: 'the gift is modest', concepts: [] }] }),
  normOf(GLOBAL, 'gifts', 2, 'obligation', {
    iri: `${documentIri('global')}/rule-${1}`, clause: undefined as never, section: undefined as never, origin: 'turtle', text: `A rule of no clause ${EVIL}`,
    action: { text: 'declare' }, target: undefined as never,
  }),
  normOf(REGIONAL, 'events', 2, 'permission', {
    iri: `${documentIri('elsewhere')}/n1`, document: documentIri('elsewhere'), clause: undefined as never, section: undefined as never, origin: 'odrl',
    text: 'A permission of a document the graph does not hold.', action: { text: 'share' }, target: undefined as never,
  }),
];

export const [PROHIBITION, REGIONAL_PERMISSION, MODEST_PERMISSION, RULE, STRAY] = NORMS.map((n) => n.iri) as [string, string, string, string, string];

/** Diagnostics as the driver hands them: one with a place and nodes, one about the whole compile. */
export const DIAGNOSTICS: Diagnostic[] = [
  diag('RC2001', `modal sentence with no bearer: ${EVIL}`, span('regulations/global.md', 3, 7), { nodes: [NORMS[0]!.iri, 'https://example.org/elsewhere'] }),
  diag('RC5003', 'no Framer data'),
];

const clean = (n: Norm): Norm => Object.fromEntries(Object.entries(n).filter(([, v]) => v !== undefined)) as unknown as Norm;

/** The hand-made reasoned graph, a fresh store each call (the note of the rule is its `rdfs:comment`). */
export function fixtureGraph(): N3.Store {
  const norms = NORMS.map(clean);
  const docs = [GLOBAL, REGIONAL];
  const graph = lowerToGraph({ documents: docs, norms });
  const r = reasonNorms(norms, docs, { concepts: ONTOLOGY.concepts, outranks: ONTOLOGY.outranks });
  lowerConflicts(graph, r.conflicts);
  const { namedNode, literal } = N3.DataFactory;
  graph.addQuad(namedNode(RULE), namedNode(RDFS.comment), literal(`Stated by the analyst ${EVIL}`));
  return graph;
}

let example: Promise<{ graph: N3.Store; ontology: Ontology; diagnostics: Diagnostic[]; files: OutputFile[]; report: string }> | undefined;

/** The running example (Orbis Systems), compiled once per test run without writing anything. */
export function runningExample(): Promise<{ graph: N3.Store; ontology: Ontology; diagnostics: Diagnostic[]; files: OutputFile[]; report: string }> {
  example ??= (async () => {
    const r = await compile({ regulations: 'regulations', ontologies: 'ontologies', out: 'compiled', dryRun: true });
    const report = r.files.find((f) => f.path === 'report.html')?.content;
    if (!r.graph || !r.ontology || report === undefined) throw new Error(`the running example does not compile: ${r.diagnostics.map((d) => d.code).join(', ')}`);
    return { graph: r.graph, ontology: r.ontology, diagnostics: r.diagnostics, files: r.files, report };
  })();
  return example;
}

/** Every value of an attribute in the HTML (`ids(html, 'id')`), unescaped. */
export function attributeValues(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => unescape(m[1]!));
}

/** The text a reader sees: style and script dropped, a space where a block or cell ends, other tags dropped,
 * entities decoded, whitespace collapsed (as a browser's `innerText`, on one line). */
export function visibleText(html: string): string {
  return unescape(
    html
      .replace(/<style>[\s\S]*?<\/style>|<script>[\s\S]*?<\/script>/g, ' ')
      .replace(/<\/(p|div|li|dt|dd|td|th|h\d|caption|blockquote|header|tr)>|<br>/g, ' ')
      .replace(/<[^>]*>/g, ''),
  ).replace(/\s+/g, ' ').trim();
}

export function unescape(s: string): string {
  return s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
}

/** The report model of the hand-made graph, with the fixture diagnostics. */
export function fixtureModel(): ReportModel {
  return reportModel(fixtureGraph(), ONTOLOGY, DIAGNOSTICS);
}
