import assert from 'node:assert/strict';
import N3 from 'n3';
import { explain, formatExplain, type ExplainResult } from '../../src/graph/explain.js';
import { lowerToGraph } from '../../src/graph/lower.js';
import { mergeTurtleNorms } from '../../src/graph/merge.js';
import { PROV, RDF, RDFS, REGC, SKOS } from '../../src/vocab/index.js';
import { C1, C3, N1, N3_, ORBIS, doc, norms } from './fixtures.js';

const { namedNode, literal, quad } = N3.DataFactory;
const RECORD = 'https://w3id.org/regc/id/record/sft/7';
const CONFLICT = 'https://w3id.org/regc/id/conflict/1';
const graph = lowerToGraph({ documents: [doc], norms });
graph.addQuads([
  quad(namedNode(`${ORBIS}employee`), namedNode(SKOS.prefLabel), literal('employee', 'en')),
  quad(namedNode(`${ORBIS}managerApproval`), namedNode(SKOS.prefLabel), literal('prior written approval of their manager', 'en')),
  // a back end's record, derived from a norm, and a conflict between two norms
  quad(namedNode(RECORD), namedNode(RDF.type), namedNode(PROV.Entity)),
  quad(namedNode(RECORD), namedNode(RDFS.label), literal('SFT record 7')),
  quad(namedNode(RECORD), namedNode(PROV.wasDerivedFrom), namedNode(N1)),
  quad(namedNode(CONFLICT), namedNode(RDF.type), namedNode(REGC.Conflict)),
  quad(namedNode(CONFLICT), namedNode(REGC.involves), namedNode(N1)),
  quad(namedNode(CONFLICT), namedNode(REGC.involves), namedNode(N3_)),
]);

const kindOf = (r: ExplainResult | undefined): string | undefined => r && `${r.type} ${r.iri}`;
const shouldFind = (id: string, expected: string) => it(`finds ${expected.split(' ')[0]} for «${id}»`, () => assert.equal(kindOf(explain(graph, id)), expected));

describe('graph/explain', () => {
  describe('every accepted form of id', () => {
    shouldFind(N1, `norm ${N1}`);
    shouldFind(`<${N1}>`, `norm ${N1}`);
    shouldFind('id:orbis-conduct/gifts/1/n1', `norm ${N1}`);
    shouldFind('orbis-conduct/gifts/1/n1', `norm ${N1}`);
    shouldFind(' orbis-conduct/gifts/3/n1 ', `norm ${N3_}`);
    shouldFind(C1, `clause ${C1}`);
    shouldFind('id:orbis-conduct/gifts/1', `clause ${C1}`);
    shouldFind('orbis-conduct/gifts/3', `clause ${C3}`);
    shouldFind(RECORD, `derived ${RECORD}`);
    shouldFind('id:record/sft/7', `derived ${RECORD}`);
    shouldFind(CONFLICT, `derived ${CONFLICT}`);
    for (const id of ['orbis-conduct/gifts/9', 'orbis-conduct/gifts/1/n7', 'nope:thing', 'https://example.org/unknown', '']) {
      it(`finds nothing for «${id}»`, () => assert.equal(explain(graph, id), undefined));
    }
  });

  describe('a norm', () => {
    const r = explain(graph, 'orbis-conduct/gifts/3/n1');
    it('kind, strength, modal', () => assert.deepEqual(r?.type === 'norm' && [r.kind, r.strength, r.modal], ['permission', 'strict', 'may']));
    it('bearer, action, target: text and concept', () =>
      assert.deepEqual(r?.type === 'norm' && [r.bearer, r.action, r.target], [
        { text: 'managers', concept: `${ORBIS}manager` }, { text: 'approve', concept: `${ORBIS}approve` }, { text: 'travel', concept: `${ORBIS}travel` },
      ]));
    it('conditions with the prefLabels of the concepts they mention', () =>
      assert.deepEqual(r?.type === 'norm' && r.conditions, [
        { marker: 'if', text: 'prior written approval exists', concepts: [{ iri: `${ORBIS}managerApproval`, label: 'prior written approval of their manager' }, { iri: `${ORBIS}writtenForm` }] },
        { marker: 'provided that', text: 'the trip is booked through the travel desk', concepts: [] },
      ]));
    it('clause text and file:line:column', () =>
      assert.deepEqual(r?.type === 'norm' && [r.clause?.id, r.clause?.text, r.clause?.source?.location, r.source?.location], [
        'orbis-conduct/gifts/3', 'Notwithstanding Section 3.2, managers may approve travel if prior written approval exists.',
        'regulations/orbis-conduct.md:17:1', 'regulations/orbis-conduct.md:17:1',
      ]));
    it('section path, authority in force and document metadata', () =>
      assert.deepEqual(r?.type === 'norm' && [r.sectionPath, r.authority, r.document], [
        ['Orbis Code of Conduct', 'Gifts and hospitality'], 'law',
        { iri: doc.iri, id: 'orbis-conduct', title: 'Orbis Code of Conduct', authority: 'company-policy', effective: '2024-01-01', version: '1.2', jurisdiction: 'EU', file: 'regulations/orbis-conduct.md' },
      ]));
    it('origin and provenance', () =>
      assert.deepEqual(r?.type === 'norm' && r.provenance, { origin: 'odrl', generatedBy: [REGC.odrlImport], derivedFrom: [C3] }));
    it('a bearer concept with a prefLabel shows it', () => {
      const n = explain(graph, N1);
      assert.deepEqual(n?.type === 'norm' && n.bearer, { text: 'employees', concept: `${ORBIS}employee`, label: 'employee' });
    });
  });

  describe('a clause', () => {
    const r = explain(graph, 'orbis-conduct/gifts/3');
    it('text, span, section path, document', () =>
      assert.deepEqual(r?.type === 'clause' && [r.id, r.source?.location, r.sectionPath, r.document?.title], [
        'orbis-conduct/gifts/3', 'regulations/orbis-conduct.md:17:1', ['Orbis Code of Conduct', 'Gifts and hospitality'], 'Orbis Code of Conduct',
      ]));
    it('its norms', () => assert.deepEqual(r?.type === 'clause' && r.norms.map((n) => [n.iri, n.kind]), [[N3_, 'permission'], [`${C3}/n2`, 'obligation']]));
  });

  describe('records and conflicts follow the derivation chain', () => {
    it('record → norm → clause', () => {
      const r = explain(graph, RECORD);
      assert.ok(r?.type === 'derived');
      assert.equal(r.label, 'SFT record 7');
      assert.deepEqual(r.sources.map((s) => [s.type, s.iri, s.via]), [['norm', N1, [RECORD]]]);
      const n = r.sources[0]!;
      assert.equal(n.type === 'norm' && n.clause?.source?.location, 'regulations/orbis-conduct.md:12:1');
    });
    it('a conflict explains both norms', () => {
      const r = explain(graph, CONFLICT);
      assert.deepEqual(r?.type === 'derived' && r.sources.map((s) => s.iri), [N1, N3_]);
    });
    it('a derivation cycle ends', () => {
      const g = new N3.Store([
        quad(namedNode('urn:a'), namedNode(PROV.wasDerivedFrom), namedNode('urn:b')),
        quad(namedNode('urn:b'), namedNode(PROV.wasDerivedFrom), namedNode('urn:a')),
      ]);
      assert.equal(explain(g, 'urn:a'), undefined);
    });
  });

  it('a norm stated in Turtle is explained with its file and line', () => {
    const g = lowerToGraph({ documents: [doc], norms });
    mergeTurtleNorms(g, {
      path: 'regulations/orbis-conduct.norms.ttl',
      sha256: '0'.repeat(64),
      text: '@prefix odrl: <http://www.w3.org/ns/odrl/2/> .\n@prefix regc: <https://w3id.org/regc/ns#> .\n\n'
        + '<orbis-conduct/gifts/1/t1> a odrl:Prohibition ;\n  odrl:action odrl:use ;\n  regc:clause <orbis-conduct/gifts/1> .\n',
    });
    const r = explain(g, 'orbis-conduct/gifts/1/t1');
    assert.deepEqual(r?.type === 'norm' && [r.source?.location, r.clause?.id, r.provenance.origin, r.provenance.primarySource], [
      'regulations/orbis-conduct.norms.ttl:4:1', 'orbis-conduct/gifts/1', 'turtle', 'regulations/orbis-conduct.norms.ttl',
    ]);
  });

  describe('formatExplain', () => {
    const text = formatExplain(explain(graph, 'orbis-conduct/gifts/1/n1')!);
    const shouldShow = (line: string) => it(`shows «${line}»`, () => assert.ok(text.split('\n').includes(line), text));
    shouldShow('norm id:orbis-conduct/gifts/1/n1: prohibition (strict, "must not")');
    shouldShow('  bearer        employees → <https://example.org/orbis#employee> "employee"');
    shouldShow('  source        regulations/orbis-conduct.md:12:1');
    shouldShow('  section       Orbis Code of Conduct › Gifts and hospitality');
    shouldShow('  authority     law');
    shouldShow('  document      Orbis Code of Conduct (company-policy; effective 2024-01-01; version 1.2; EU)');
    shouldShow('  origin        rules (regc:ruleExtraction)');
    it('a record shows its chain, indented', () => {
      const lines = formatExplain(explain(graph, RECORD)!).split('\n');
      assert.deepEqual(lines.slice(0, 1), ['id:record/sft/7 "SFT record 7" (prov:Entity)']);
      assert.ok(lines.includes('  norm id:orbis-conduct/gifts/1/n1: prohibition (strict, "must not")'), lines.join('\n'));
    });
    it('a clause lists its norms', () => {
      const lines = formatExplain(explain(graph, 'orbis-conduct/gifts/3')!).split('\n');
      assert.equal(lines[0], 'clause orbis-conduct/gifts/3');
      assert.ok(lines.includes('  norm          id:orbis-conduct/gifts/3/n2 obligation: managers may approve travel'), lines.join('\n'));
    });
  });
});
