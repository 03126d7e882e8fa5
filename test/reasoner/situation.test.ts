import assert from 'node:assert/strict';
import type { Situation } from '../../src/ir/index.js';
import { parseSituation } from '../../src/reasoner/situation.js';
import { ACTION, CURRENCY, ODRL, REGC } from '../../src/vocab/index.js';
import { CONCEPTS, o } from './fixtures.js';

const parse = (json: unknown) => parseSituation(typeof json === 'string' ? json : JSON.stringify(json, null, 2), 'situations/s.json', CONCEPTS);
/** One row: a situation file's JSON and the situation it resolves to. */
function shouldParse(name: string, json: unknown, expected: Situation) {
  it(name, () => assert.deepEqual(parse(json), { situation: expected, diagnostics: [] }));
}
/** One row: an invalid situation and the line of each RC4003 it gets. */
function shouldReject(name: string, json: unknown, lines: number[]) {
  it(`${name}: RC4003`, () => {
    const r = parse(json);
    assert.equal(r.situation, undefined);
    assert.deepEqual(r.diagnostics.map((d) => [d.code, d.span?.line]), lines.map((l) => ['RC4003', l]));
  });
}

describe('reasoner/situation', () => {
  shouldParse('labels of concepts', { actor: 'sales staff', action: 'accept gift', target: 'cash gift' }, {
    actor: [o('salesStaff')], action: o('acceptGift'), target: o('cashGift'), facts: {},
  });
  shouldParse('compact IRIs with the file\'s prefixes and the project\'s', { prefixes: { orbis: o('') }, actor: ['orbis:manager', 'orbis:salesStaff'], action: 'odrl:use' }, {
    actor: [o('manager'), o('salesStaff')], action: ODRL.use, facts: {},
  });
  shouldParse('facts: numbers with units, booleans, dates, concepts', {
    id: 'gift-80', actor: 'employee', action: 'accept gift', date: '2024-05-01',
    facts: { 'regc:monetaryValue': { value: 80, unit: 'EUR' }, 'manager approval': true, 'odrl:purpose': ['email marketing', 'research'] },
  }, {
    id: 'gift-80', actor: [o('employee')], action: o('acceptGift'),
    facts: {
      [ODRL.dateTime]: [{ kind: 'date', value: '2024-05-01' }],
      [REGC.monetaryValue]: [{ kind: 'number', value: 80 }],
      [o('managerApproval')]: [{ kind: 'boolean', value: true }],
      [ODRL.purpose]: [{ kind: 'iri', value: o('emailMarketing') }, { kind: 'iri', value: o('research') }],
    },
    units: { [REGC.monetaryValue]: o('EUR') },
  });
  shouldParse('an ISO currency code no concept names is the vocabulary\'s currency', { actor: 'employee', action: 'accept gift', facts: { 'regc:monetaryValue': { value: 150, unit: 'usd' } } }, {
    actor: [o('employee')], action: o('acceptGift'), facts: { [REGC.monetaryValue]: [{ kind: 'number', value: 150 }] }, units: { [REGC.monetaryValue]: CURRENCY.USD },
  });
  shouldParse('terms no concept matches', { actor: 'Visitors', action: 'take presents' }, { actor: ['text:visitor'], action: `${ACTION}take-presents`, facts: {} });
  shouldParse('typed values', { actor: 'employee', action: 'accept gift', facts: { 'odrl:count': { kind: 'number', value: '3' } } }, {
    actor: [o('employee')], action: o('acceptGift'), facts: { [ODRL.count]: [{ kind: 'number', value: 3 }] },
  });

  shouldReject('not JSON', '{ "actor": ', [1]);
  shouldReject('no action', { actor: 'employee' }, [1]);
  shouldReject('an unknown field', { actor: 'employee', action: 'accept gift', colour: 'blue' }, [1]);
  shouldReject('a fact no concept names', { actor: 'employee', action: 'accept gift', facts: { 'moon phase': 'full' } }, [5]);
  shouldReject('a bad date', { actor: 'employee', action: 'accept gift', date: 'yesterday' }, [4]);
});
