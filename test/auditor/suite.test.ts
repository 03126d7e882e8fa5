import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRules, loadSuite } from '../../src/auditor/suite.js';
import { caseOf, compiledWith } from './helpers.js';

describe('auditor/suite', () => {
  it('reads every case with the sha256 of the file', () => {
    const s = loadSuite(compiledWith([caseOf({ n: 1 }), caseOf({ n: 2 })]));
    assert.deepEqual([s.cases.length, s.diagnostics.length], [2, 0]);
    assert.match(s.sha256, /^[0-9a-f]{64}$/);
  });

  it('a missing suite is RC9003', () => {
    assert.deepEqual(loadSuite(mkdtempSync(join(tmpdir(), 'regc-none-'))).diagnostics.map((d) => d.code), ['RC9003']);
  });

  it('lines that are not JSON, not cases, or repeat an id are RC7001 at their line', () => {
    const dir = compiledWith([caseOf({ n: 1 })]);
    appendFileSync(join(dir, 'auditor/suite.jsonl'), 'not json\n{"id":"audit:x"}\n' + JSON.stringify(caseOf({ n: 1 })) + '\n');
    const s = loadSuite(dir, 'compiled');
    assert.equal(s.cases.length, 1);
    assert.deepEqual(s.diagnostics.map((d) => [d.code, d.span?.file, d.span?.line]), [
      ['RC7001', 'compiled/auditor/suite.jsonl', 2],
      ['RC7001', 'compiled/auditor/suite.jsonl', 3],
      ['RC7001', 'compiled/auditor/suite.jsonl', 4],
    ]);
  });

  it('reads the rules of norms.jsonl for reports', () => {
    const rules = loadRules(compiledWith([caseOf({ n: 1, norms: ['n:x'] })]));
    assert.deepEqual(rules.get('n:x'), { id: 'n:x', kind: 'prohibition', text: 'Cash gifts must never be accepted.', clause: 'https://w3id.org/regc/id/doc/cash/1', file: 'regulations/doc.md', line: 3, column: 1, section: ['Doc', '3.2 Cash'] });
  });
});
