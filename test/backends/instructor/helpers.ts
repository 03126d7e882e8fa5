// Fixtures for the Instructor tests: a small reasoned graph built from Document and Norm IR (two documents of
// different authority, sections under a title heading, clauses, conflicts decided by the reasoner), Framer-style
// files for it, and the running example (Orbis Systems) compiled once with the Framer's real output.
import type { Clause, Norm, NormKind, Ontology, RegulationDocument, Section, SourceSpan } from '../../../src/ir/index.js';
import { lowerToGraph } from '../../../src/graph/index.js';
import { lowerConflicts, reasonNorms } from '../../../src/reasoner/index.js';
import { clauseIri, documentIri, normIri, sectionIri } from '../../../src/vocab/index.js';
import type { BackendInput, OutputFile } from '../../../src/backends/types.js';
import { compile } from '../../../src/compile.js';
import { emitFramer } from '../../../src/backends/framer/index.js';
import { fixtureOntology } from '../../support/ontology.js';

export const O = 'https://example.org/orbis#';
const span = (file: string, line: number): SourceSpan => ({ file, line, column: 1, endLine: line, endColumn: 40, offset: line * 100, endOffset: line * 100 + 40 });


export const ONTOLOGY: Ontology = fixtureOntology([
    { iri: `${O}employee`, scheme: 'role', prefLabel: 'employee', altLabels: [], broader: [] },
    { iri: `${O}accept`, scheme: 'action', prefLabel: 'accept', altLabels: [], broader: [] },
    { iri: `${O}gift`, scheme: 'asset', prefLabel: 'gift', altLabels: [], broader: [] },
  ]);

/** `{ gifts: ['Employees must not accept gifts.', …] }`: one section per key, one clause per sentence. */
export interface DocSpec {
  id: string;
  title: string;
  authority: string;
  effective: string;
  sections: Record<string, string[]>;
}

export function documentOf(spec: DocSpec): RegulationDocument {
  const file = `regulations/${spec.id}.md`;
  const root: Section = {
    id: 'title', iri: sectionIri(spec.id, 'title'), heading: spec.title, level: 1, path: [spec.title], attributes: {}, span: span(file, 1), clauses: [],
  };
  let line = 2;
  const sections: Section[] = [root];
  Object.entries(spec.sections).forEach(([sid, sentences], i) => {
    const heading = `${i + 1}. ${sid[0]!.toUpperCase()}${sid.slice(1)}`;
    const s: Section = {
      id: sid, iri: sectionIri(spec.id, sid), heading, level: 2, parent: root.iri, path: [spec.title, heading], attributes: {},
      number: String(i + 1), span: span(file, line++), clauses: [],
    };
    s.clauses = sentences.map((text, k): Clause => ({
      iri: clauseIri(spec.id, sid, String(k + 1)), id: `${spec.id}/${sid}/${k + 1}`, sectionIri: s.iri, ordinal: String(k + 1),
      kind: 'sentence', text, span: span(file, line++),
    }));
    sections.push(s);
  });
  return {
    id: spec.id, iri: documentIri(spec.id), file, format: 'markdown', sha256: '00',
    meta: { title: spec.title, authority: spec.authority, effective: spec.effective, extra: {} }, sections, norms: [],
  };
}

/** A norm of clause `doc/section/k` about accepting gifts (the text is the clause's). */
export function normOf(doc: RegulationDocument, section: string, k: number, kind: NormKind, more: Partial<Norm> = {}): Norm {
  const s = doc.sections.find((x) => x.id === section)!;
  const c = s.clauses[k - 1]!;
  return {
    iri: normIri(c.iri, 1), kind, strength: 'strict', bearer: { text: 'employees', concept: `${O}employee` },
    action: { text: 'accept', concept: `${O}accept` }, target: { text: 'gift', concept: `${O}gift` },
    constraints: [], conditions: [], exceptions: [], references: [], overrides: [], duties: [],
    document: doc.iri, section: s.iri, clause: c.iri, origin: 'rules', text: c.text, span: c.span, ...more,
  };
}

export const GLOBAL = documentOf({
  id: 'global', title: 'Global Rules', authority: 'company-policy', effective: '2026-01-01',
  sections: {
    gifts: ['Employees must not accept gifts.', 'Employees must record every gift they accept.', 'Employees may accept gifts of nominal value.'],
    press: ['Employees must not speak to the press.'],
  },
});
export const REGIONAL = documentOf({
  id: 'regional', title: 'Regional Addendum', authority: 'regional-guideline', effective: '2026-03-01',
  sections: { hospitality: ['Employees may accept gifts at industry events.'] },
});

export const NORMS: Norm[] = [
  normOf(GLOBAL, 'gifts', 1, 'prohibition'),
  normOf(GLOBAL, 'gifts', 2, 'obligation', { action: { text: 'record', concept: `${O}record` } }),
  normOf(GLOBAL, 'press', 1, 'prohibition', { action: { text: 'speak to the press', concept: `${O}speak` }, target: undefined as never }),
  normOf(REGIONAL, 'hospitality', 1, 'permission', { conditions: [{ marker: 'when', text: 'at industry events', concepts: [] }] }),
];

/** The reasoned fixture graph: the regional permission loses to the global prohibition (lex superior). */
export function fixtureInput(emitted: OutputFile[] = []): BackendInput {
  const norms = NORMS.map((n) => {
    const copy = { ...n };
    if (copy.target === undefined) delete copy.target;
    return copy;
  });
  const graph = lowerToGraph({ documents: [GLOBAL, REGIONAL], norms });
  const r = reasonNorms(norms, [GLOBAL, REGIONAL], { concepts: ONTOLOGY.concepts, outranks: ONTOLOGY.outranks });
  lowerConflicts(graph, r.conflicts);
  return { graph, ontology: ONTOLOGY, seed: 7, emitted };
}

export const sys = { role: 'system', content: '{{system}}' };
export const user = (content: string) => ({ role: 'user', content });
export const assistant = (content: string) => ({ role: 'assistant', content });

/** Framer-style files about the fixture norms: each whole file holds records of every split, marked by `split`. */
export function framerFiles(): OutputFile[] {
  const prov = (n: Norm) => ({ norms: [n.iri], clauses: [n.clause], documents: [n.document], conflicts: [], concepts: [] });
  const [gift, , , hospitality] = NORMS as [Norm, Norm, Norm, Norm];
  const sft = (id: string, split: string, n: Norm) => ({ id, split, form: 'may', messages: [sys, user(`May I? ${id}`), assistant(`No. ${id}`)], provenance: prov(n) });
  const pref = (id: string, split: string, n: Norm) => ({
    id, split, error: 'ignores-rule', prompt: [sys, user(`Can I? ${id}`)], chosen: [assistant('No, cite it.')], rejected: [assistant('Sure.')], source: 'sft:x', provenance: prov(n),
  });
  const kto = (id: string, split: string, n: Norm, label: boolean) => ({ id, split, prompt: [sys, user(`Can I? ${id}`)], completion: [assistant(label ? 'No.' : 'Yes.')], label, source: 'x', provenance: prov(n) });
  const records = {
    sft: [sft('sft:1', 'train', gift), sft('sft:2', 'train', hospitality), sft('sft:3', 'validation', gift), sft('sft:4', 'heldout', gift)],
    preferences: [pref('pref:1', 'train', gift), pref('pref:2', 'train', hospitality), pref('pref:3', 'validation', gift), pref('pref:4', 'heldout', gift)],
    kto: [kto('kto:1', 'train', gift, true), kto('kto:2', 'train', gift, false), kto('kto:3', 'train', hospitality, false), kto('kto:4', 'heldout', gift, true)],
  };
  const jsonl = (xs: unknown[]) => xs.map((x) => JSON.stringify(x) + '\n').join('');
  const out: OutputFile[] = [];
  for (const [name, xs] of Object.entries(records)) out.push({ path: `framer/${name}.jsonl`, content: jsonl(xs) });
  return out;
}

let example: Promise<{ input: BackendInput; framer: OutputFile[] }> | undefined;

/** The running example's reasoned graph and the Framer's files for it, compiled once per test run. */
export function runningExample(): Promise<{ input: BackendInput; framer: OutputFile[] }> {
  example ??= (async () => {
    const r = await compile({ regulations: 'regulations', ontologies: 'ontologies', out: 'compiled', dryRun: true });
    if (!r.graph || !r.ontology) throw new Error(`the running example does not compile: ${r.diagnostics.map((d) => d.code).join(', ')}`);
    const input: BackendInput = { graph: r.graph, ontology: r.ontology, seed: 20240306 };
    const framer = (await emitFramer(input)).files;
    return { input: { ...input, emitted: framer }, framer };
  })();
  return example;
}
