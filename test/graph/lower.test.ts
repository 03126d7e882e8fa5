import assert from 'node:assert/strict';
import { attributeIri, lowerToGraph, metadataIri } from '../../src/graph/lower.js';
import { C2, C2A, DOC, GIFTS, ROOT, doc, norms, triplesOf } from './fixtures.js';

const store = lowerToGraph({ documents: [doc], norms });
const id = (iri: string) => `id:${iri.slice('https://w3id.org/regc/id/'.length)}`;

const shouldLowerExactly = (what: string, node: string, expected: string[]) =>
  it(what, () => assert.deepEqual(triplesOf(store, node), [...expected].sort()));

describe('graph/lower', () => {
  shouldLowerExactly('a document: ODRL set, metadata, authority, source, policy rules', DOC, [
    'a regc:Document',
    'a odrl:Set',
    'dct:identifier "orbis-conduct"',
    'dct:title "Orbis Code of Conduct"',
    'regc:sourceFile "regulations/orbis-conduct.md"',
    `regc:sourceSha256 "${'ab'.repeat(32)}"`,
    'regc:format "markdown"',
    'regc:authority auth:company-policy',
    'regc:effective "2024-01-01"^^xsd:date',
    'eli:jurisdiction "EU"',
    'eli:version "1.2"',
    'regc:defaultBearer "employee"',
    `regc:metadata ${id(metadataIri(DOC, 'owner'))}`,
    `regc:metadata ${id(metadataIri(DOC, 'pages'))}`,
    `regc:metadata ${id(metadataIri(DOC, 'reviewed'))}`,
    `regc:metadata ${id(metadataIri(DOC, 'tags'))}`,
    'odrl:prohibition id:orbis-conduct/gifts/1/n1',
    'odrl:obligation id:orbis-conduct/gifts/2.a/n1',
    'odrl:permission id:orbis-conduct/gifts/3/n1',
  ]);
  shouldLowerExactly('string metadata is a plain literal', metadataIri(DOC, 'owner'), ['regc:metaKey "owner"', 'regc:metaValue "Compliance"']);
  shouldLowerExactly('other metadata is rdf:JSON', metadataIri(DOC, 'tags'), ['regc:metaKey "tags"', 'regc:metaValue "["gifts","travel"]"^^rdf:JSON']);
  shouldLowerExactly('a top-level section is part of the document', ROOT, [
    'a regc:Section',
    'dct:identifier "orbis-code-of-conduct"',
    `dct:isPartOf ${id(DOC)}`,
    `regc:document ${id(DOC)}`,
    'regc:heading "Orbis Code of Conduct"',
    'regc:level "1"^^xsd:integer',
    'regc:sectionPath "["Orbis Code of Conduct"]"^^rdf:JSON',
    'regc:sourceFile "regulations/orbis-conduct.md"',
    'regc:line "5"^^xsd:integer',
    'regc:column "1"^^xsd:integer',
    'regc:endLine "5"^^xsd:integer',
    'regc:endColumn "601"^^xsd:integer',
    'regc:offset "100"^^xsd:integer',
    'regc:endOffset "700"^^xsd:integer',
  ]);
  it('a nested section is part of its parent, with number, authority, attributes and path', () => {
    const t = triplesOf(store, GIFTS);
    for (const line of [
      `dct:isPartOf ${id(ROOT)}`,
      'regc:label "3.2"',
      'regc:authority auth:law',
      `regc:attribute ${id(attributeIri(GIFTS, 'audience'))}`,
      'regc:sectionPath "["Orbis Code of Conduct","Gifts and hospitality"]"^^rdf:JSON',
    ]) assert.ok(t.includes(line), line);
  });
  shouldLowerExactly('a heading attribute', attributeIri(GIFTS, 'audience'), ['regc:attributeName "audience"', 'regc:attributeValue "all staff"']);
  shouldLowerExactly('a clause: text, ordinal, kind, label, lead-in, section, document, full span', C2A, [
    'a regc:Clause',
    'dct:identifier "orbis-conduct/gifts/2.a"',
    'regc:clauseKind "enumeration-item"',
    'regc:text "report gifts to their manager, unless the gift is a promotional item;"',
    'regc:ordinal "2.a"',
    'regc:label "(a)"',
    `regc:leadIn ${id(C2)}`,
    `regc:section ${id(GIFTS)}`,
    `regc:document ${id(DOC)}`,
    'regc:sourceFile "regulations/orbis-conduct.md"',
    'regc:line "15"^^xsd:integer',
    'regc:column "1"^^xsd:integer',
    'regc:endLine "15"^^xsd:integer',
    'regc:endColumn "70"^^xsd:integer',
    'regc:offset "388"^^xsd:integer',
    'regc:endOffset "457"^^xsd:integer',
  ]);
  it('lowers nothing for nothing', () => assert.equal(lowerToGraph({ documents: [], norms: [] }).size, 0));
  it('the same input gives the same triples whatever the order of documents and norms', () => {
    const a = lowerToGraph({ documents: [doc], norms });
    const b = lowerToGraph({ documents: [doc], norms: [...norms].reverse() });
    assert.equal(a.size, b.size);
    for (const q of a.getQuads(null, null, null, null)) if (q.subject.termType === 'NamedNode' && q.object.termType !== 'BlankNode') assert.ok(b.has(q));
  });
});
