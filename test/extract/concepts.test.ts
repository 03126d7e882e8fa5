import assert from 'node:assert/strict';
import type { ConceptScheme } from '../../src/ir/index.js';
import { ConceptIndex } from '../../src/extract/index.js';
import { CONCEPTS, concepts, ORBIS } from './helpers.js';

describe('extract/concepts', () => {
  const matches = (text: string, local: string | undefined, scheme?: ConceptScheme) =>
    it(`${JSON.stringify(text)}${scheme ? ` (${scheme})` : ''} → ${local ?? 'nothing'}`, () =>
      assert.equal(concepts().match(text, scheme)?.iri, local && ORBIS + local));
  matches('Employees', 'employee');
  matches('staff members', 'employee');
  matches('accepting', 'accept');
  matches('accepts', 'accept');
  matches('accepted', 'accept');
  matches('gave', 'offer');
  matches('the Ethics Office', 'ethicsOffice');
  matches('with prior written approval of their manager', 'managerApproval');
  matches('prior written approval of the manager', 'managerApproval');
  matches("the manager's approval", 'managerApproval');
  matches('trading on material non-public information', 'insiderInformation', 'asset');
  matches('speaking to the press', 'speakToPress');
  matches('retaliation against anyone', 'retaliate');
  matches('cash equivalents', 'cash');
  matches('managers', 'manager', 'role');
  matches('managers', undefined, 'asset');
  matches('nothing here', undefined);
  it('the longest label wins: "manager approval" over "manager"', () => assert.equal(concepts().match('get manager approval')?.iri, ORBIS + 'managerApproval'));
  it('mentions lists each concept once, in text order', () =>
    assert.deepEqual(concepts().mentions('Managers must report gifts and other gifts to managers').map((c) => c.iri.replace(ORBIS, '')), ['manager', 'report', 'gift']));
  it('an empty index matches nothing', () => assert.equal(new ConceptIndex([]).match('employee'), undefined));
  it('sorts concepts by IRI and finds them by IRI', () => {
    const idx = new ConceptIndex([...CONCEPTS].reverse());
    assert.equal(idx.concepts[0]!.iri, [...CONCEPTS].map((c) => c.iri).sort()[0]);
    assert.equal(idx.get(ORBIS + 'gift')?.prefLabel, 'gift');
  });
  it('prefers the preferred label when two concepts share a label', () => {
    const idx = new ConceptIndex([
      { iri: ORBIS + 'a', scheme: 'asset', prefLabel: 'token', altLabels: [], broader: [] },
      { iri: ORBIS + 'b', scheme: 'asset', prefLabel: 'coin', altLabels: ['token'], broader: [] },
    ]);
    assert.equal(idx.match('a token')?.iri, ORBIS + 'a');
  });
});

describe('extract/concepts: preferences', () => {
  const odrlUse = { iri: 'http://www.w3.org/ns/odrl/2/use', scheme: 'action' as const, prefLabel: 'use', altLabels: [], broader: [] };
  const odrlTransfer = { iri: 'http://www.w3.org/ns/odrl/2/transfer', scheme: 'action' as const, prefLabel: 'transfer', altLabels: [], broader: [] };
  const idx = new ConceptIndex([
    odrlUse,
    odrlTransfer,
    { iri: ORBIS + 'use', scheme: 'action', prefLabel: 'utilise', altLabels: ['use'], broader: [odrlUse.iri] },
    { iri: ORBIS + 'transfer', scheme: 'action', prefLabel: 'transfer', altLabels: [], broader: [] },
  ]);
  it('a narrower concept wins over the one it is included in, even by an alternative label', () => assert.equal(idx.match('use')?.iri, ORBIS + 'use'));
  it("the domain's concept wins over ODRL's action of the same label", () => assert.equal(idx.match('transfer')?.iri, ORBIS + 'transfer'));
});
