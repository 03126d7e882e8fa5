/**
 * The driver on bad input: each kind of mistake is a diagnostic with its code and place, never a stack trace,
 * and a failed compile leaves the previous output exactly as it was.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../src/compile.js';
import type { CompileResult } from '../src/compile.js';

const GOOD = `---
id: sample
title: Sample Policy
authority: company-policy
effective: 2026-01-01
bearer: employee
---

# Sample Policy

## 1. Gifts {#gifts}

Employees must not accept cash from a supplier.
`;

interface Workspace {
  dir: string;
  write(path: string, content: string | Buffer): void;
  run(extra?: { strict?: boolean }): Promise<CompileResult>;
}

function workspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'regc-driver-'));
  cpSync('ontologies', join(dir, 'ontologies'), { recursive: true });
  mkdirSync(join(dir, 'regulations'));
  return {
    dir,
    write: (path, content) => writeFileSync(join(dir, path), content),
    run: (extra = {}) => compile({ regulations: 'regulations', ontologies: 'ontologies', out: 'out', cwd: dir, ...extra }),
  };
}

/** Every file under a directory, by relative path, with its content. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(files.map((e) => [join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name), 'utf8')]));
}

const codes = (r: CompileResult) => r.diagnostics.map((d) => d.code);
const at = (r: CompileResult, code: string) => {
  const d = r.diagnostics.find((x) => x.code === code);
  return d?.span ? `${d.span.file}:${d.span.line}:${d.span.column}` : undefined;
};

describe('compile: diagnostics on bad input', function () {
  this.timeout(60_000);
  let ws: Workspace;
  beforeEach(() => (ws = workspace()));
  afterEach(() => rmSync(ws.dir, { recursive: true, force: true }));

  const shouldReport = (what: string, files: Record<string, string | Buffer>, code: string, where?: string, ok = false) =>
    it(`${what} → ${code}`, async () => {
      for (const [p, c] of Object.entries(files)) ws.write(p, c);
      const r = await ws.run();
      assert.ok(codes(r).includes(code), `got ${codes(r).join(', ')}`);
      if (where) assert.equal(at(r, code), where);
      assert.equal(r.ok, ok);
    });

  shouldReport('malformed YAML front matter', { 'regulations/a.md': '---\nid: a\ntitle: [unclosed\n---\n\nText.\n' }, 'RC1003');
  shouldReport('unknown authority level', { 'regulations/a.md': GOOD.replace('company-policy', 'board-whim') }, 'RC1004', 'regulations/a.md:4:12');
  shouldReport('duplicate document id', { 'regulations/a.md': GOOD, 'regulations/b.md': GOOD }, 'RC1005');
  shouldReport('invalid Turtle in ontologies', { 'ontologies/zz-broken.ttl': '@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b .\n' }, 'RC3001', 'ontologies/zz-broken.ttl:3:11');
  shouldReport('binary file', { 'regulations/a.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2]) }, 'RC1002');
  shouldReport('non-UTF-8 file', { 'regulations/a.md': Buffer.concat([Buffer.from('# Title\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' rules.\n')]) }, 'RC1001', 'regulations/a.md:3:4');
  shouldReport('modal sentence with no bearer', { 'regulations/a.md': GOOD.replace('bearer: employee\n', '') + '\nMust be reported at once.\n' }, 'RC2001', undefined, true);
  shouldReport('unresolvable reference', { 'regulations/a.md': GOOD + '\nEmployees must follow Section 9.4 when travelling.\n' }, 'RC2002', undefined, true);
  shouldReport('malformed review file', { 'regulations/a.md': GOOD, 'regulations/a.review.yaml': 'reviewed-by: [\n' }, 'RC3004');
  shouldReport('review of an unknown clause', {
    'regulations/a.md': GOOD,
    'regulations/a.review.yaml': 'reviewed-by: A. Analyst\nreviewed-on: 2026-10-01\nclauses:\n  sample/gifts/9:\n    replace: []\n',
  }, 'RC3003');
  shouldReport('not a regulation file', { 'regulations/a.md': GOOD, 'regulations/notes.docx': 'x' }, 'RC1008', undefined, true);

  it('a missing directory → RC9001', async () => {
    const r = await compile({ regulations: 'nowhere', ontologies: 'ontologies', out: 'out', cwd: ws.dir });
    assert.deepEqual(codes(r), ['RC9001']);
  });

  it('a failed compile leaves the previous output as it was', async () => {
    ws.write('regulations/a.md', GOOD);
    assert.equal((await ws.run()).ok, true);
    const before = snapshot(join(ws.dir, 'out'));
    assert.ok(before['graph.ttl']?.includes('accept'));
    ws.write('regulations/a.md', GOOD.replace('company-policy', 'board-whim'));
    assert.equal((await ws.run()).ok, false);
    const after = snapshot(join(ws.dir, 'out'));
    assert.deepEqual(after, before);
    assert.deepEqual(readdirSync(ws.dir).sort(), ['ontologies', 'out', 'regulations']);
  });

  it('the same inputs give the same bytes', async () => {
    ws.write('regulations/a.md', GOOD);
    await ws.run();
    const first = readFileSync(join(ws.dir, 'out', 'graph.ttl'), 'utf8') + readFileSync(join(ws.dir, 'out', 'manifest.json'), 'utf8');
    await ws.run();
    assert.equal(readFileSync(join(ws.dir, 'out', 'graph.ttl'), 'utf8') + readFileSync(join(ws.dir, 'out', 'manifest.json'), 'utf8'), first);
  });
});
