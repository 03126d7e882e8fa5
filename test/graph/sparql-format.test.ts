import assert from 'node:assert/strict';
import N3 from 'n3';
import { compactIri, displayTerm, formatCsv, formatJson, formatTable } from '../../src/graph/sparql-format.js';
import type { QueryResult } from '../../src/graph/sparql.js';
import { lowerToGraph } from '../../src/graph/lower.js';
import { runQuery } from '../../src/graph/sparql.js';
import { diag } from '../../src/ir/index.js';
import { doc, norms } from './fixtures.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const select: QueryResult = {
  kind: 'select',
  variables: ['n', 'text', 'line'],
  rows: [
    { n: { type: 'uri', value: 'https://w3id.org/regc/id/orbis-conduct/gifts/1/n1' }, text: { type: 'literal', value: 'Say "no", politely\nalways' }, line: { type: 'literal', value: '12', datatype: `${XSD}integer` } },
    { n: { type: 'bnode', value: 'b1' }, text: { type: 'literal', value: 'oui', 'xml:lang': 'fr' } },
  ],
};
const ask: QueryResult = { kind: 'ask', boolean: true };
const failed: QueryResult = { kind: 'error', diagnostic: diag('RC3006', 'bad') };
const { namedNode, literal, quad } = N3.DataFactory;
const constructed: QueryResult = {
  kind: 'graph',
  store: new N3.Store([quad(namedNode('https://w3id.org/regc/id/d'), namedNode('http://purl.org/dc/terms/title'), literal('A, B'))]),
};

const shouldPrint = (what: string, format: (r: QueryResult) => string, r: QueryResult, expected: string) =>
  it(what, () => assert.equal(format(r), expected));

describe('graph/sparql-format', () => {
  describe('terms', () => {
    it('compacts IRIs with the longest namespace', () => assert.equal(compactIri('https://w3id.org/regc/id/a/b'), 'id:a/b'));
    it('keeps unknown IRIs in angle brackets', () => assert.equal(compactIri('http://x.org/a'), '<http://x.org/a>'));
    it('shows typed literals with their datatype, numbers bare', () => {
      assert.equal(displayTerm({ type: 'literal', value: '2024-01-01', datatype: `${XSD}date` }), '"2024-01-01"^^xsd:date');
      assert.equal(displayTerm({ type: 'literal', value: '5', datatype: `${XSD}integer` }), '5');
      assert.equal(displayTerm(undefined), '');
    });
  });

  describe('table', () => {
    shouldPrint('aligned columns, compact IRIs, one line per row, a row count', formatTable, select, [
      'n                           | text                      | line',
      '----------------------------+---------------------------+-----',
      'id:orbis-conduct/gifts/1/n1 | Say "no", politely always | 12',
      '_:b1                        | "oui"@fr                  |',
      '(2 rows)',
    ].join('\n'));
    shouldPrint('ASK', formatTable, ask, 'true');
    shouldPrint('CONSTRUCT as Turtle', formatTable, constructed, '@base <https://w3id.org/regc/id/> .\n@prefix dct: <http://purl.org/dc/terms/> .\n\n<d> dct:title "A, B" .\n');
    shouldPrint('an error prints nothing', formatTable, failed, '');
  });

  describe('JSON (W3C SPARQL 1.1 Query Results JSON Format)', () => {
    it('SELECT: head.vars and results.bindings', () =>
      assert.deepEqual(JSON.parse(formatJson(select)), {
        head: { vars: ['n', 'text', 'line'] },
        results: {
          bindings: [
            { n: { type: 'uri', value: 'https://w3id.org/regc/id/orbis-conduct/gifts/1/n1' }, text: { type: 'literal', value: 'Say "no", politely\nalways' }, line: { type: 'literal', value: '12', datatype: `${XSD}integer` } },
            { n: { type: 'bnode', value: 'b1' }, text: { type: 'literal', value: 'oui', 'xml:lang': 'fr' } },
          ],
        },
      }));
    it('ASK: head and boolean', () => assert.deepEqual(JSON.parse(formatJson(ask)), { head: {}, boolean: true }));
    shouldPrint('CONSTRUCT as Turtle', formatJson, constructed, formatTable(constructed));
  });

  describe('CSV (W3C SPARQL 1.1 Query Results CSV Format)', () => {
    shouldPrint('header, lexical forms, quoting, CRLF, empty unbound cells', formatCsv, select,
      'n,text,line\r\nhttps://w3id.org/regc/id/orbis-conduct/gifts/1/n1,"Say ""no"", politely\nalways",12\r\n_:b1,oui,\r\n');
    shouldPrint('ASK', formatCsv, ask, 'boolean\r\ntrue\r\n');
    shouldPrint('CONSTRUCT as subject,predicate,object', formatCsv, constructed, 'subject,predicate,object\r\nhttps://w3id.org/regc/id/d,http://purl.org/dc/terms/title,"A, B"\r\n');
  });

  it('formats a real query in every format', async () => {
    const r = await runQuery(lowerToGraph({ documents: [doc], norms }), 'SELECT ?k (COUNT(?n) AS ?c) WHERE { ?n regc:kind ?k ; regc:origin ?o } GROUP BY ?k ORDER BY ?k');
    assert.equal(formatCsv(r), 'k,c\r\nobligation,2\r\npermission,1\r\nprohibition,1\r\n');
    assert.equal(formatTable(r).split('\n').at(-1), '(3 rows)');
    assert.equal(JSON.parse(formatJson(r)).results.bindings.length, 3);
  });
});
