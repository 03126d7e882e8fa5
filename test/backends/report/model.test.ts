import assert from 'node:assert/strict';
import type { ReportModel } from '../../../src/backends/report/model.js';
import { clauseIri, documentIri, sectionIri } from '../../../src/vocab/index.js';
import { EVIL, MODEST_PERMISSION, NORMS, PROHIBITION, REGIONAL_PERMISSION, RULE, STRAY, fixtureModel } from './helpers.js';

const model = fixtureModel();

/** Where the model puts a norm: under a clause, a section, a document, or with the norms of no document. */
function placeOf(m: ReportModel, iri: string): string {
  for (const d of m.documents) {
    if (d.norms.some((n) => n.norm.iri === iri)) return `document ${d.document.id}`;
    for (const s of d.sections) {
      if (s.norms.some((n) => n.norm.iri === iri)) return `section ${s.section.id}`;
      for (const c of s.clauses) if (c.norms.some((n) => n.norm.iri === iri)) return `clause ${c.clause.id}`;
    }
  }
  return m.otherNorms.some((n) => n.norm.iri === iri) ? 'no document' : 'nowhere';
}
const shouldPlace = (iri: string, place: string) => it(`puts ${iri} under ${place}`, () => assert.equal(placeOf(model, iri), place));
const normView = (iri: string) => model.documents.flatMap((d) => [...d.norms, ...d.sections.flatMap((s) => [...s.norms, ...s.clauses.flatMap((c) => c.norms)])]).concat(model.otherNorms).find((n) => n.norm.iri === iri)!;

describe('backends/report/model', () => {
  shouldPlace(PROHIBITION, 'clause global/gifts/1');
  shouldPlace(MODEST_PERMISSION, 'clause global/gifts/3');
  shouldPlace(REGIONAL_PERMISSION, 'clause regional/events/1');
  shouldPlace(RULE, 'document global');
  shouldPlace(STRAY, 'no document');

  it('keeps every clause, also those no norm was read from', () =>
    assert.deepEqual(model.documents[0]!.sections[0]!.clauses.map((c) => [c.clause.id, c.norms.length]), [['global/gifts/1', 1], ['global/gifts/2', 0], ['global/gifts/3', 1]]));
  it('orders documents by IRI and norms by IRI', () => {
    assert.deepEqual(model.documents.map((d) => d.document.id), ['global', 'regional']);
    assert.deepEqual(model.norms.map((n) => n.iri), [...NORMS.map((n) => n.iri)].sort());
  });
  it('takes an analyst\'s note from the norm\'s rdfs:comment', () => assert.equal(normView(RULE).note, `Stated by the analyst ${EVIL}`));
  it('lists the conflicts of each norm', () => {
    assert.equal(normView(PROHIBITION).conflicts.length, 2);
    assert.deepEqual(normView(MODEST_PERMISSION).conflicts, model.conflicts.filter((c) => c.conflict.norms.includes(MODEST_PERMISSION)).map((c) => c.conflict.id));
    assert.deepEqual(normView(STRAY).conflicts, []);
  });
  it('reads both conflicts, one decided by lex superior, one unresolved', () =>
    assert.deepEqual(model.conflicts.map((c) => [c.conflict.norms, c.conflict.resolution?.principle ?? null]).sort(), [
      [[PROHIBITION, MODEST_PERMISSION], null],
      [[PROHIBITION, REGIONAL_PERMISSION], 'lex-superior'],
    ]));
  it('explains each side of a conflict: document, authority, effective date, section path', () => {
    const c = model.conflicts.find((x) => x.conflict.norms.includes(REGIONAL_PERMISSION))!;
    const side = c.sides.find((s) => s.iri === REGIONAL_PERMISSION)!;
    assert.equal(side.norm?.kind, 'permission');
    assert.deepEqual([side.explained?.document?.title, side.explained?.authority, side.explained?.document?.effective, side.explained?.sectionPath], [
      'Regional Addendum', 'regional-guideline', '2026-03-01', ['Regional Addendum', 'events'],
    ]);
  });
  it('keeps the reasoner\'s evidence without the two IRIs it starts with', () => {
    for (const c of model.conflicts) assert.match(c.evidence ?? '', /^bearer \w+, action \w+, target \w+, context \w+; scope \w+; strict/);
  });
  it('anchors every document, section, clause, norm and conflict', () => {
    const expected = [
      documentIri('global'), documentIri('regional'), sectionIri('global', 'gifts'), sectionIri('regional', 'events'),
      clauseIri('global', 'gifts', '1'), clauseIri('global', 'gifts', '2'), clauseIri('global', 'gifts', '3'), clauseIri('regional', 'events', '1'), clauseIri('regional', 'events', '2'),
      ...NORMS.map((n) => n.iri), ...model.conflicts.map((c) => c.conflict.id),
    ];
    assert.deepEqual([...model.anchored].sort(), expected.sort());
  });
  it('sorts diagnostics: the compile as a whole first, then by file and position', () => assert.deepEqual(model.diagnostics.map((d) => d.code), ['RC5003', 'RC2001']));
});
