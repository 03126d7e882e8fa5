import assert from 'node:assert/strict';
import type { DeonticStatus, Principle, Situation, Value } from '../../src/ir/index.js';
import { evaluate } from '../../src/reasoner/evaluate.js';
import { reasonNorms } from '../../src/reasoner/index.js';
import { ODRL, REGC } from '../../src/vocab/index.js';
import { amount, bool, document, fact, iri, KNOWLEDGE, nid, norm, num, o, purpose } from './fixtures.js';

// A small rulebook: gifts (company policy), data sharing (law against company policy), contractors.
const norms = [
  norm('g1', 'prohibition', { when: [amount('gt', 50)] }),
  norm('g2', 'permission', { when: [amount('gt', 50), fact('managerApproval')] }),
  norm('g3', 'obligation', { action: 'reportGift' }),
  norm('d1', 'prohibition', { doc: 'law', action: 'shareData', target: 'customerData' }),
  norm('d2', 'permission', { bearer: 'salesStaff', action: 'shareData', target: 'customerData', when: [purpose('isA', 'marketing')] }),
  norm('c1', 'prohibition', { bearer: 'contractor', action: 'exportData', vague: ['if the data is confidential'] }),
  norm('o1', 'permission', { bearer: 'contractor', action: 'offerGift' }),
  norm('o2', 'prohibition', { bearer: 'contractor', action: 'offerGift', doc: 'annex' }),
];
const docs = [
  document('policy', { authority: 'company-policy', effective: '2024-01-01' }),
  document('law', { authority: 'law', effective: '2020-01-01' }),
  document('annex', { authority: 'company-policy', effective: '2024-01-01' }),
];
const { reasoned } = reasonNorms(norms, docs, KNOWLEDGE);

interface Expect {
  status: DeonticStatus;
  deciding?: string | null;
  defeated?: string[];
  chain?: Principle[];
  missing?: string[];
}
const money = (v: number): Record<string, Value[]> => ({ [REGC.monetaryValue]: [num(v)] });
/** One row: a situation and the answer expected (fields left out are not checked). */
function shouldEvaluate(name: string, s: Partial<Situation> & { actor: string[]; action: string }, expected: Expect) {
  it(`${name}: ${expected.status}`, () => {
    const e = evaluate({ facts: {}, ...s }, reasoned);
    const got: Expect = { status: e.status };
    if ('deciding' in expected) got.deciding = e.deciding?.iri ?? null;
    if (expected.defeated) got.defeated = e.defeated.map((d) => d.iri);
    if (expected.chain) got.chain = e.chain.map((c) => c.principle);
    if (expected.missing) got.missing = e.missing;
    assert.deepEqual(got, expected);
  });
}
const employee = [o('employee')];

describe('reasoner/evaluate', () => {
  shouldEvaluate('a gift of 30 EUR', { actor: employee, action: o('acceptGift'), facts: money(30) }, { status: 'not-regulated', deciding: null });
  shouldEvaluate('a gift of 80 EUR, approval not stated', { actor: employee, action: o('acceptGift'), facts: money(80) }, { status: 'needs-more-information', deciding: null, missing: [o('managerApproval')] });
  shouldEvaluate('a gift of 80 EUR with approval', { actor: employee, action: o('acceptGift'), facts: { ...money(80), [o('managerApproval')]: [bool(true)] } }, { status: 'permitted', deciding: nid('g2'), defeated: [nid('g1')], chain: ['lex-specialis'] });
  shouldEvaluate('a gift of 80 EUR without approval', { actor: employee, action: o('acceptGift'), facts: { ...money(80), [o('managerApproval')]: [bool(false)] } }, { status: 'prohibited', deciding: nid('g1'), defeated: [] });
  shouldEvaluate('a gift of unstated value', { actor: employee, action: o('acceptGift') }, { status: 'needs-more-information', missing: [o('managerApproval'), REGC.monetaryValue] });
  shouldEvaluate('a manager is an employee', { actor: [o('manager')], action: o('acceptGift'), facts: { ...money(80), [o('managerApproval')]: [bool(false)] } }, { status: 'prohibited', deciding: nid('g1') });
  shouldEvaluate('reporting a gift', { actor: employee, action: o('reportGift') }, { status: 'obligatory', deciding: nid('g3') });
  shouldEvaluate('sales staff sharing customer data for marketing', { actor: [o('salesStaff')], action: o('shareData'), target: o('customerData'), facts: { [ODRL.purpose]: [iri(o('emailMarketing'))] } }, {
    status: 'prohibited', deciding: nid('d1', 'law'), defeated: [nid('d2')], chain: ['lex-superior'],
  });
  shouldEvaluate('sharing customer emails (part of customer data)', { actor: employee, action: o('shareData'), target: o('customerEmail') }, { status: 'prohibited', deciding: nid('d1', 'law') });
  shouldEvaluate('exporting customer data (a kind of sharing)', { actor: employee, action: o('exportData'), target: o('customerData') }, { status: 'prohibited', deciding: nid('d1', 'law') });
  shouldEvaluate('sharing supplier data', { actor: employee, action: o('shareData'), target: o('supplierData') }, { status: 'not-regulated' });
  shouldEvaluate('sharing without saying what', { actor: employee, action: o('shareData') }, { status: 'needs-more-information', missing: [ODRL.target] });
  shouldEvaluate('a contractor exporting data', { actor: [o('contractor')], action: o('exportData') }, { status: 'needs-more-information', missing: ['if the data is confidential'] });
  shouldEvaluate('a contractor accepting a gift', { actor: [o('contractor')], action: o('acceptGift'), facts: money(500) }, { status: 'not-regulated' });
  shouldEvaluate('a contractor offering a gift (unresolved)', { actor: [o('contractor')], action: o('offerGift') }, { status: 'conflict', deciding: null });
  shouldEvaluate('a stranger', { actor: ['text:visitor'], action: o('acceptGift'), facts: money(80) }, { status: 'not-regulated' });

  it('cites the deciding norm with its source', () => {
    const e = evaluate({ actor: employee, action: o('reportGift'), facts: {} }, reasoned);
    assert.deepEqual(e.deciding, { iri: nid('g3'), kind: 'obligation', strength: 'strict', source: { file: 'regulations/policy.md', line: 10, column: 1 }, text: 'g3: obligation' });
  });
  it('lists the unresolved conflicts', () => {
    const e = evaluate({ actor: [o('contractor')], action: o('offerGift'), facts: {} }, reasoned);
    assert.deepEqual(e.conflicts, reasoned.conflicts.filter((c) => c.norms.includes(nid('o1'))).map((c) => c.id));
  });
  it('lists the norms the answer turns on', () => {
    const e = evaluate({ actor: employee, action: o('acceptGift'), facts: money(80) }, reasoned);
    assert.deepEqual(e.undetermined.map((n) => n.iri), [nid('g2')]);
    assert.deepEqual(e.applicable.map((n) => n.iri), [nid('g1')]);
  });
  it('keeps the situation id', () => assert.equal(evaluate({ id: 's1', actor: employee, action: o('reportGift'), facts: {} }, reasoned).situation, 's1'));
});
