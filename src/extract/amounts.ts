/**
 * Amounts of money and calendar dates in condition text, as ODRL-style atomic constraints: "worth more than
 * USD 100" → monetaryValue gt 100 (unit USD), "under EUR 50" → lt, "up to $250" → lteq; "before 1 January
 * 2027" → dateTime lt 2027-01-01. Currencies are QUDT currency units (ISO 4217 codes).
 */
import type { AtomicConstraint, Operator } from '../ir/index.js';
import { CURRENCY, ODRL, REGC } from '../vocab/index.js';

export interface Found {
  constraint: AtomicConstraint;
  /** Offsets of the whole phrase (comparator included) in the searched text. */
  start: number;
  end: number;
}

const CODES: Record<string, keyof typeof CURRENCY> = {
  usd: 'USD', eur: 'EUR', gbp: 'GBP', chf: 'CHF', jpy: 'JPY', cad: 'CAD', aud: 'AUD', inr: 'INR', cny: 'CNY',
  sek: 'SEK', nok: 'NOK', dkk: 'DKK', sgd: 'SGD', hkd: 'HKD', brl: 'BRL', zar: 'ZAR',
  $: 'USD', us$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY',
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', yen: 'JPY', francs: 'CHF',
};

/** Comparators, longest first; the operator says how the amount limits the value. */
const COMPARATORS: [string, Operator][] = [
  ['not more than', 'lteq'], ['no more than', 'lteq'], ['not exceeding', 'lteq'], ['not to exceed', 'lteq'],
  ['not less than', 'gteq'], ['no less than', 'gteq'], ['in excess of', 'gt'], ['greater than', 'gt'],
  ['higher than', 'gt'], ['more than', 'gt'], ['exceeding', 'gt'], ['exceeds', 'gt'], ['exceed', 'gt'],
  ['above', 'gt'], ['over', 'gt'], ['at least', 'gteq'], ['a minimum of', 'gteq'], ['minimum of', 'gteq'],
  ['less than', 'lt'], ['lower than', 'lt'], ['fewer than', 'lt'], ['below', 'lt'], ['under', 'lt'],
  ['up to', 'lteq'], ['at most', 'lteq'], ['a maximum of', 'lteq'], ['maximum of', 'lteq'], ['equal to', 'eq'],
  ['exactly', 'eq'],
];
const COMPARATOR = COMPARATORS.map(([w]) => w.replace(/ /g, '\\s+')).join('|');
const CODE = 'usd|eur|gbp|chf|jpy|cad|aud|inr|cny|sek|nok|dkk|sgd|hkd|brl|zar|us\\$|\\$|€|£|¥';
const NUMBER = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const SCALE = '(?:\\s*(k|thousand|million|m|bn|billion)\\b)?';
const WORD_UNIT = 'dollars?|euros?|pounds?|yen|francs|usd|eur|gbp|chf|jpy|cad|aud|inr|cny';
// comparator? (code number | number word-unit) (or more|or less)?
const AMOUNT = new RegExp(
  `(?:\\b(${COMPARATOR})\\s+)?(?:(?<![\\p{L}\\d])(${CODE})\\s?(${NUMBER})${SCALE}|(${NUMBER})${SCALE}\\s*(${WORD_UNIT})\\b)(\\s+or\\s+(?:more|less|above|below))?`,
  'giu',
);
const SCALES: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

/** Every amount of money in the text. */
export function findAmounts(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const [, cmp, code1, num1, scale1, num2, scale2, word, suffix] = m;
    const code = CODES[(code1 ?? word ?? '').toLowerCase()];
    const numText = num1 ?? num2;
    if (!code || !numText) continue;
    let value = Number(numText.replace(/,/g, ''));
    const scale = (scale1 ?? scale2)?.toLowerCase();
    if (scale) value *= SCALES[scale] ?? 1;
    let operator: Operator = 'eq';
    if (cmp) operator = COMPARATORS.find(([w]) => w === cmp.toLowerCase().replace(/\s+/g, ' '))![1];
    else if (suffix) operator = /more|above/i.test(suffix) ? 'gteq' : 'lteq';
    out.push({
      constraint: { type: 'atomic', leftOperand: REGC.monetaryValue, operator, rightOperand: [{ kind: 'number', value }], unit: CURRENCY[code] },
      start: m.index!,
      end: m.index! + m[0].length,
    });
  }
  return out;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december)';
const DATE_COMPARATORS: [string, Operator][] = [
  ['on or before', 'lteq'], ['on or after', 'gteq'], ['no later than', 'lteq'], ['not later than', 'lteq'],
  ['prior to', 'lt'], ['before', 'lt'], ['until', 'lteq'], ['by', 'lteq'], ['after', 'gt'], ['from', 'gteq'],
  ['as of', 'gteq'], ['starting', 'gteq'], ['since', 'gteq'], ['on', 'eq'],
];
const DATE_CMP = DATE_COMPARATORS.map(([w]) => w.replace(/ /g, '\\s+')).join('|');
const DATE = new RegExp(
  `\\b(${DATE_CMP})\\s+(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}))\\b`,
  'giu',
);

/** Every comparison with a calendar date in the text ("before 1 January 2027"). */
export function findDates(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(DATE)) {
    const [, cmp, y1, mo1, d1, d2, mon2, y2, mon3, d3, y3] = m;
    let y: string, mo: number, d: number;
    if (y1) [y, mo, d] = [y1, Number(mo1), Number(d1)];
    else if (y2) [y, mo, d] = [y2, MONTHS.indexOf(mon2!.toLowerCase()) + 1, Number(d2)];
    else [y, mo, d] = [y3!, MONTHS.indexOf(mon3!.toLowerCase()) + 1, Number(d3)];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    const operator = DATE_COMPARATORS.find(([w]) => w === cmp!.toLowerCase().replace(/\s+/g, ' '))![1];
    const value = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    out.push({
      constraint: { type: 'atomic', leftOperand: ODRL.dateTime, operator, rightOperand: [{ kind: 'date', value }] },
      start: m.index!,
      end: m.index! + m[0].length,
    });
  }
  return out;
}

/** The date comparison a condition marker implies when the condition text is just a date ("before" + "1 May 2026"). */
export function dateAfterMarker(marker: 'before' | 'after', text: string): Found | undefined {
  return findDates(`${marker} ${text}`)[0];
}
