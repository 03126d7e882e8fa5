/** The `regc` command as a user runs it: exit codes, JSON output, queries and explanations of the compiled graph. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function regc(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('cli/main', function () {
  this.timeout(60_000);
  let tmp = '';
  before(() => (tmp = mkdtempSync(join(tmpdir(), 'regc-cli-'))));
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('exits 2 on an unknown command', () => assert.equal(regc('frobnicate').code, 2));
  it('exits 2 on an unknown option', () => assert.equal(regc('compile', '--frob').code, 2));
  it('prints its version', () => assert.match(regc('--version').stdout, /^\d+\.\d+\.\d+/));

  it('compile --json prints a summary with no errors for the shipped regulations', () => {
    const r = regc('compile', '--out', join(tmp, 'out'), '--json');
    assert.equal(r.code, 0, r.stderr);
    const summary = JSON.parse(r.stdout) as { ok: boolean; documents: number; errors: number };
    assert.deepEqual([summary.ok, summary.documents, summary.errors], [true, 4, 0]);
  });

  it('compile exits 1 on errors in the input and prints them like a compiler', () => {
    const regs = join(tmp, 'bad');
    rmSync(regs, { recursive: true, force: true });
    spawnSync('mkdir', ['-p', regs]);
    writeFileSync(join(regs, 'a.md'), '---\nid: a\nauthority: nobody\n---\n\n# A\n\nStaff must not smoke.\n');
    const r = regc('compile', '--regulations', regs, '--out', join(tmp, 'bad-out'));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /a\.md:3:12: error RC1004:/);
    assert.match(r.stderr, /^3 \| authority: nobody$/m);
  });

  it('compile --strict turns the deliberately unresolved conflict into an error', () => {
    const r = regc('compile', '--out', join(tmp, 'strict-out'), '--strict', '--json');
    assert.equal(r.code, 1);
    const d = (JSON.parse(r.stdout) as { diagnostics: { code: string; severity: string }[] }).diagnostics;
    assert.ok(d.some((x) => x.code === 'RC4002' && x.severity === 'error'));
  });

  it('query answers SELECT as CSV', () => {
    const r = regc('query', 'SELECT (COUNT(?n) AS ?n) WHERE { ?n a odrl:Prohibition }', '--graph', join(tmp, 'out'), '--format', 'csv');
    assert.equal(r.code, 0, r.stderr);
    const [head, value] = r.stdout.trim().split(/\r?\n/);
    assert.equal(head, 'n');
    assert.ok(Number(value) > 40);
  });

  it('query answers ASK as JSON', () => {
    const r = regc('query', 'ASK { ?c a regc:Conflict }', '--graph', join(tmp, 'out'), '--format', 'json');
    assert.deepEqual(JSON.parse(r.stdout), { head: {}, boolean: true });
  });

  it('query exits 2 on invalid SPARQL with RC3006', () => {
    const r = regc('query', 'SELEKT ?x', '--graph', join(tmp, 'out'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /RC3006/);
  });

  it('explain leads from a norm id to its file, line and text', () => {
    const r = regc('explain', 'orbis-conduct/cash/1/n1', '--graph', join(tmp, 'out'), '--json');
    assert.equal(r.code, 0, r.stderr);
    const e = JSON.parse(r.stdout) as { source: { file: string; line: number }; text: string };
    assert.equal(e.source.file, 'regulations/orbis-conduct.md');
    assert.ok(e.source.line > 1);
    assert.match(e.text, /cash/i);
  });

  it('explain exits 2 on an unknown id with RC3007', () => {
    const r = regc('explain', 'no/such/clause', '--graph', join(tmp, 'out'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /RC3007/);
  });

  it('evaluate answers a situation of the example', () => {
    const situation = join(tmp, 'cash.json');
    writeFileSync(situation, JSON.stringify({ actor: 'employee', action: 'accept', target: 'cash' }));
    const r = regc('evaluate', situation, '--graph', join(tmp, 'out'), '--json');
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { status: string }).status, 'prohibited');
  });
});
