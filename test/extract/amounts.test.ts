import assert from 'node:assert/strict';
import { dateAfterMarker, findAmounts, findDates } from '../../src/extract/amounts.js';
import { CURRENCY, ODRL, REGC } from '../../src/vocab/index.js';

describe('extract/amounts', () => {
  const amount = (text: string, operator: string, value: number, currency: keyof typeof CURRENCY, phrase: string) =>
    it(`${JSON.stringify(text)} → ${operator} ${value} ${currency}`, () => {
      const [f] = findAmounts(text);
      assert.ok(f, 'no amount found');
      assert.deepEqual(f.constraint, { type: 'atomic', leftOperand: REGC.monetaryValue, operator, rightOperand: [{ kind: 'number', value }], unit: CURRENCY[currency] });
      assert.equal(text.slice(f.start, f.end), phrase);
    });
  amount('gifts worth more than USD 100', 'gt', 100, 'USD', 'more than USD 100');
  amount('expenses exceeding $250', 'gt', 250, 'USD', 'exceeding $250');
  amount('a gift of more than 100 dollars', 'gt', 100, 'USD', 'more than 100 dollars');
  amount('gifts under EUR 50', 'lt', 50, 'EUR', 'under EUR 50');
  amount('meals below €40', 'lt', 40, 'EUR', 'below €40');
  amount('up to GBP 1,000', 'lteq', 1000, 'GBP', 'up to GBP 1,000');
  amount('not exceeding CHF 200', 'lteq', 200, 'CHF', 'not exceeding CHF 200');
  amount('at least USD 5', 'gteq', 5, 'USD', 'at least USD 5');
  amount('USD 1,000.00 or more', 'gteq', 1000, 'USD', 'USD 1,000.00 or more');
  amount('a budget of $1.5 million', 'eq', 1500000, 'USD', '$1.5 million');
  amount('a fee of 20 euros', 'eq', 20, 'EUR', '20 euros');
  it('finds nothing in plain numbers', () => assert.deepEqual(findAmounts('within 5 days, see Section 3.2'), []));
  it('finds several amounts', () => assert.equal(findAmounts('between USD 10 and USD 20').length, 2));

  const date = (text: string, operator: string, value: string) =>
    it(`${JSON.stringify(text)} → ${operator} ${value}`, () =>
      assert.deepEqual(findDates(text)[0]?.constraint, { type: 'atomic', leftOperand: ODRL.dateTime, operator, rightOperand: [{ kind: 'date', value }] }));
  date('before 1 January 2027', 'lt', '2027-01-01');
  date('after March 31, 2026', 'gt', '2026-03-31');
  date('on or after 2026-09-01', 'gteq', '2026-09-01');
  date('no later than 30 June 2026', 'lteq', '2026-06-30');
  date('from 1st May 2026', 'gteq', '2026-05-01');
  it('rejects impossible dates', () => assert.deepEqual(findDates('before 41 January 2027'), []));
  it('a date after a condition marker', () => assert.equal(dateAfterMarker('before', '1 May 2026')?.constraint.operator, 'lt'));
});
