import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markTrained, readTrainedCases } from '../../src/auditor/trained.js';
import { resultKey } from '../../src/auditor/results.js';
import type { CaseResult, Role } from '../../src/auditor/results.js';

/** A compiled directory whose `framer/coverage.json` holds `text` (none when undefined). */
function compiledWithCoverage(text: string | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'regc-trained-'));
  if (text !== undefined) {
    mkdirSync(join(dir, 'framer'), { recursive: true });
    writeFileSync(join(dir, 'framer/coverage.json'), text);
  }
  return dir;
}

const shouldRead = (what: string, coverage: string | undefined, expected: { cases: string[]; codes: string[] }) =>
  it(`${what}: ${JSON.stringify(expected)}`, () => {
    const t = readTrainedCases(compiledWithCoverage(coverage), 'compiled');
    assert.deepEqual([[...t.cases].sort(), t.diagnostics.map((d) => d.code)], [expected.cases, expected.codes]);
    for (const d of t.diagnostics) assert.equal(d.span?.file, 'compiled/framer/coverage.json');
  });

const result = (role: Role, id: string, trained?: true): [string, CaseResult] => [resultKey(role, id), { case: id, role, model: role, reply: 'r', attempts: 1, ...(trained ? { trained } : {}) }];

describe('auditor/trained', () => {
  shouldRead('no coverage file', undefined, { cases: [], codes: [] });
  shouldRead('coverage without feedback', '{"norms": []}', { cases: [], codes: [] });
  shouldRead('feedback cases', '{"feedback": {"given": 2, "cases": ["audit:b", "audit:a"]}}', { cases: ['audit:a', 'audit:b'], codes: [] });
  shouldRead('feedback with no cases', '{"feedback": {"cases": []}}', { cases: [], codes: [] });
  shouldRead('not JSON', '{"feedback": ', { cases: [], codes: ['RC7004'] });
  shouldRead('cases not a list of ids', '{"feedback": {"cases": [1, 2]}}', { cases: [], codes: ['RC7004'] });
  shouldRead('feedback not an object', '{"feedback": null}', { cases: [], codes: ['RC7004'] });

  it('marks the audited model’s results of trained-on cases, and only those', () => {
    const results = new Map([result('aligned', 'audit:a'), result('aligned', 'audit:b', true), result('baseline', 'audit:a')]);
    const marked = markTrained(results, new Set(['audit:a']));
    assert.deepEqual([...marked.values()].map((r) => [r.role, r.case, r.trained ?? false]), [['aligned', 'audit:a', true], ['aligned', 'audit:b', false], ['baseline', 'audit:a', false]]);
    assert.equal(results.get(resultKey('aligned', 'audit:a'))!.trained, undefined, 'the input is left alone');
  });
});
