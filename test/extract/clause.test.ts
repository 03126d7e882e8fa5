import assert from 'node:assert/strict';
import type { SourceFile } from '../../src/ir/index.js';
import { extractClause, type ClauseContext } from '../../src/extract/clause.js';
import { ReferenceResolver } from '../../src/extract/references.js';
import { bearerFromText } from '../../src/extract/bearer.js';
import { concepts, docOf } from './helpers.js';

function context(doc: ReturnType<typeof docOf>, source?: SourceFile, lastBearer?: ClauseContext['lastBearer']): ClauseContext {
  return {
    doc,
    section: doc.sections[0],
    concepts: concepts(),
    resolver: new ReferenceResolver([doc]),
    source,
    defaultBearer: doc.meta.defaultBearer ? bearerFromText(doc.meta.defaultBearer, concepts()) : undefined,
    lastBearer,
    leadIns: new Map(),
    leadInClauses: new Set(),
  };
}

describe('extract/clause', () => {
  it('reads one clause into numbered norms', () => {
    const doc = docOf(['Employees must report gifts; managers must review them.']);
    const r = extractClause(doc.sections[0]!.clauses[0]!, context(doc));
    assert.deepEqual(r.norms.map((n) => [n.iri.replace(/^.*\//, ''), n.kind, n.bearer.text]), [['n1', 'obligation', 'Employees'], ['n2', 'obligation', 'managers']]);
  });
  it('returns the last personal bearer for the next clause', () => {
    const doc = docOf(['The assistant should answer.']);
    assert.equal(extractClause(doc.sections[0]!.clauses[0]!, context(doc)).lastBearer?.text, 'assistant');
  });
  it('resolves "it" to the previous clause\'s bearer', () => {
    const doc = docOf(['It should answer politely.']);
    const r = extractClause(doc.sections[0]!.clauses[0]!, context(doc, undefined, { text: 'the assistant', concept: 'https://example.org/orbis#assistant' }));
    assert.equal(r.norms[0]?.bearer.text, 'the assistant');
  });
  it('"it" with nobody to refer to gives no norm and no warning', () => {
    const doc = docOf(['It should answer politely.']);
    const r = extractClause(doc.sections[0]!.clauses[0]!, context(doc));
    assert.deepEqual([r.norms.length, r.diagnostics.filter((d) => d.code === 'RC2001').length], [0, 0]);
  });
  it('finds Markdown links in the source and spans conditions there', () => {
    const source = 'Staff must follow [the rules](#main) **unless** the Ethics Office approves.\n';
    const text = 'Staff must follow the rules unless the Ethics Office approves.';
    const doc = docOf([text]);
    const clause = doc.sections[0]!.clauses[0]!;
    clause.span = { file: doc.file, line: 1, column: 1, endLine: 1, endColumn: source.length, offset: 0, endOffset: source.length - 1 };
    const r = extractClause(clause, context(doc, { path: doc.file, text: source, sha256: '' }));
    const n = r.norms[0]!;
    assert.deepEqual(n.references.map((x) => [x.kind, x.label, x.resolved === doc.sections[0]!.iri, x.span?.column]), [['link', 'main', true, 19]]);
    assert.equal(source.slice(n.exceptions[0]!.span!.offset, n.exceptions[0]!.span!.endOffset), 'the Ethics Office approves');
  });
  it('reports an unresolvable reference once per clause, with its span', () => {
    const doc = docOf(['Employees must follow Section 8 and must not ignore it.']);
    const r = extractClause(doc.sections[0]!.clauses[0]!, context(doc));
    const d = r.diagnostics.filter((x) => x.code === 'RC2002');
    assert.deepEqual(d.map((x) => [x.span?.column, x.span?.endColumn]), [[23, 32]]);
    assert.equal(r.norms.length, 2);
    assert.ok(r.norms.every((n) => n.references.length === 1));
  });
});
