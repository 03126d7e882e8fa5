import assert from 'node:assert/strict';
import { summaryView } from '../../../src/backends/report/view-summary.js';
import { summarize } from '../../../src/backends/report/summary.js';
import { EVIL, fixtureModel, visibleText } from './helpers.js';

const model = fixtureModel();
const text = visibleText(summaryView(summarize(model), model).html);
const shouldShow = (part: string) => it(`shows "${part}"`, () => assert.ok(text.includes(part), text));

describe('backends/report/view-summary', () => {
  shouldShow('document authority effective norms obligations permissions prohibitions strict advisory');
  shouldShow(`Global Rules ${EVIL} global company-policy 2026-01-01 3 1 1 1 3 0`);
  shouldShow('Regional Addendum regional regional-guideline 2026-03-01 1 0 1 0 1 0');
  shouldShow('all 2 documents 5 1 3 1 5 0');
  shouldShow('Norms by kind obligation 1 permission 3 prohibition 1');
  shouldShow('Norms by origin rules 3 model, reviewed 0 analyst review 0 Turtle 1 ODRL 1');
  shouldShow('Conflicts (2) by status definite 0 possible 2');
  shouldShow('Conflicts by resolution explicit 0 lex superior 1 lex specialis 0 lex posterior 0 ODRL conflict strategy 0 unresolved 1');
  shouldShow('Diagnostics (2) by severity error 0 warning 2 info 0');
});
