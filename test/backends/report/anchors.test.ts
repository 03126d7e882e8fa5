import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { PART, diagnosticAnchor, reportAnchor, reportHref } from '../../../src/backends/report/anchors.js';
import { clauseIri, conflictIri, documentIri, normIri, sectionIri } from '../../../src/vocab/index.js';

const shouldAnchor = (iri: string, anchor: string) => it(`${iri} → #${anchor}`, () => assert.equal(reportAnchor(iri), anchor));
const hashed = (iri: string) => `iri:${createHash('sha256').update(iri).digest('hex').slice(0, 16)}`;

describe('backends/report/anchors', () => {
  shouldAnchor(normIri(clauseIri('orbis-conduct', 'gifts', '3'), 1), 'orbis-conduct/gifts/3/n1');
  shouldAnchor(clauseIri('orbis-conduct', 'cash', '2.c'), 'orbis-conduct/cash/2.c');
  shouldAnchor(sectionIri('orbis-conduct', 'gifts'), 'orbis-conduct/gifts');
  shouldAnchor(documentIri('orbis-conduct'), 'orbis-conduct');
  shouldAnchor(conflictIri('0ead077acaf57a23'), 'conflict/0ead077acaf57a23');
  shouldAnchor(documentIri('a doc (v2)'), 'a%20doc%20%28v2%29');
  shouldAnchor('http://example.com/policy:1010/permission', hashed('http://example.com/policy:1010/permission'));
  shouldAnchor('https://w3id.org/regc/id/', hashed('https://w3id.org/regc/id/'));
  shouldAnchor('https://w3id.org/regc/id/a#b', hashed('https://w3id.org/regc/id/a#b'));

  it('links into report.html', () => assert.equal(reportHref(documentIri('x')), 'report.html#x'));
  it('names the report\'s own parts with a colon, which no id-base anchor has', () => {
    for (const id of [...Object.values(PART), diagnosticAnchor(1)]) assert.match(id, /^report:/);
    assert.doesNotMatch(reportAnchor(documentIri('report:summary')), /:/);
  });
});
