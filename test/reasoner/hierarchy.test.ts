import assert from 'node:assert/strict';
import N3 from 'n3';
import type { ScopeRelation } from '../../src/ir/index.js';
import { buildHierarchies } from '../../src/reasoner/hierarchy.js';
import type { Hierarchies } from '../../src/reasoner/hierarchy.js';
import { ACTION, ODRL, SKOS } from '../../src/vocab/index.js';
import { CONCEPTS, o } from './fixtures.js';

const { namedNode: nn, quad } = N3.DataFactory;
const PRINT = ODRL.ns + 'print';
const store = new N3.Store([
  quad(nn(o('intern')), nn(SKOS.broader), nn(o('employee'))),
  quad(nn(PRINT), nn(ODRL.includedIn), nn(ODRL.use)),
  quad(nn(o('invoice')), nn(ODRL.partOf), nn(o('supplierData'))),
]);
const h = buildHierarchies({ concepts: CONCEPTS, stores: [store], actions: [ODRL.read, `${ACTION}take-presents`, ODRL.transfer] });

const short = (x: string) => x.replace(/^.*[#/]/, '');
function shouldRelate(view: keyof Hierarchies, a: string, b: string, expected: ScopeRelation) {
  it(`${view}: ${short(a)} is ${expected} with ${short(b)}`, () => assert.equal(h[view].relation(a, b), expected));
}

describe('reasoner/hierarchy', () => {
  describe('relations', () => {
    shouldRelate('role', o('manager'), o('employee'), 'contained');
    shouldRelate('role', o('employee'), o('manager'), 'contains');
    shouldRelate('role', o('salesManager'), o('employee'), 'contained');
    shouldRelate('role', o('manager'), o('salesStaff'), 'overlap'); // a common narrower concept: salesManager
    shouldRelate('role', o('manager'), o('contractor'), 'disjoint');
    shouldRelate('role', o('intern'), o('employee'), 'contained'); // skos:broader read from the store
    shouldRelate('role', o('employee'), o('employee'), 'equal');
    shouldRelate('role', 'text:visitor', 'text:visitor', 'equal');
    shouldRelate('role', 'text:visitor', o('employee'), 'disjoint');
    shouldRelate('action', o('exportData'), ODRL.use, 'contained');
    shouldRelate('action', o('exportData'), o('acceptGift'), 'disjoint');
    shouldRelate('action', ODRL.read, ODRL.use, 'contained'); // ODRL's default: under odrl:use
    shouldRelate('action', PRINT, ODRL.use, 'contained'); // stated by odrl:includedIn
    shouldRelate('action', `${ACTION}take-presents`, ODRL.use, 'contained'); // minted from text
    shouldRelate('action', ODRL.transfer, ODRL.use, 'disjoint');
    shouldRelate('asset', o('customerEmail'), o('record'), 'contained');
    shouldRelate('asset', o('invoice'), o('record'), 'contained'); // odrl:partOf then skos:broader
    shouldRelate('asset', o('customerData'), o('supplierData'), 'disjoint');
    shouldRelate('isA', o('emailMarketing'), o('marketing'), 'contained');
    shouldRelate('partOf', o('invoice'), o('supplierData'), 'contained');
  });

  describe('closures', () => {
    it('lists ancestors reflexively', () =>
      assert.deepEqual([...h.role.ancestors(o('salesManager'))].sort(), [o('employee'), o('manager'), o('salesManager'), o('salesStaff')]));
    it('lists descendants reflexively', () =>
      assert.deepEqual([...h.action.descendants(o('shareData'))].sort(), [o('exportData'), o('shareData')]));
    it('lists the concepts overlapping one', () =>
      assert.deepEqual([...h.role.overlapping(o('manager'))].sort(), [o('employee'), o('manager'), o('salesManager'), o('salesStaff')]));
    it('answers for unknown concepts with themselves only', () => assert.deepEqual([...h.role.ancestors(o('nobody'))], [o('nobody')]));
    it('treats a cycle of broader links as equivalence', () => {
      const c = buildHierarchies({ concepts: [
        { iri: o('a'), scheme: 'role', prefLabel: 'a', altLabels: [], broader: [o('b')] },
        { iri: o('b'), scheme: 'role', prefLabel: 'b', altLabels: [], broader: [o('a')] },
      ] });
      assert.equal(c.role.relation(o('a'), o('b')), 'equal');
    });
    it('keeps the stated edges in a graphology graph', () => assert.ok(h.role.graph.hasEdge(o('manager'), o('employee'))));
  });
});
