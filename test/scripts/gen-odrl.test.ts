import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { deriveOdrlFacts, paths, renderOdrlCore, renderOdrlTerms } from '../../scripts/gen-odrl.js';

const p = paths('.');

describe('scripts/gen-odrl', () => {
  const sample = `
    @prefix : <http://www.w3.org/ns/odrl/2/> . @prefix odrl: <http://www.w3.org/ns/odrl/2/> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    @prefix owl: <http://www.w3.org/2002/07/owl#> .
    odrl: a owl:Ontology ; rdfs:label "ODRL" .
    <http://www.w3.org/ns/odrl/2/#actions> a skos:Collection ; skos:member :read .
    :read a :Action, skos:Concept ; rdfs:label "Read"@en ; skos:definition "To read."@en ; :includedIn odrl:use ; :includedIn odrl:use .
    :use a :Action, skos:Concept ; rdfs:isDefinedBy odrl: .
    :copy a :Action ; owl:deprecated true ; skos:exactMatch :reproduce .`;

  it('keeps types and relations between IRIs, drops labels, definitions, collections and duplicates', () => {
    const facts = deriveOdrlFacts(sample);
    const O = 'http://www.w3.org/ns/odrl/2/';
    assert.deepEqual(facts.triples, [
      [`${O}copy`, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', `${O}Action`],
      [`${O}copy`, 'http://www.w3.org/2002/07/owl#deprecated', true],
      [`${O}copy`, 'http://www.w3.org/2004/02/skos/core#exactMatch', `${O}reproduce`],
      [`${O}read`, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', `${O}Action`],
      [`${O}read`, `${O}includedIn`, `${O}use`],
      [`${O}use`, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', `${O}Action`],
    ]);
    assert.deepEqual([facts.terms, facts.deprecated], [['copy', 'read', 'use'], ['copy']]);
  });

  it('renders Turtle that reads back to the same facts', () => {
    const text = renderOdrlCore(deriveOdrlFacts(sample), '0123456789abcdef');
    assert.match(text, /odrl:read\n {4}a odrl:Action ;\n {4}odrl:includedIn odrl:use \./);
    assert.match(text, /owl:deprecated true/);
  });

  const shared = existsSync(p.source) ? it : it.skip;
  shared('the committed odrl-core.ttl and odrl-terms.ts are what the script derives from ../shared/vocabularies', () => {
    const facts = deriveOdrlFacts(readFileSync(p.source, 'utf8'));
    const commit = readFileSync(p.commit, 'utf8').trim();
    assert.equal(readFileSync(p.core, 'utf8'), renderOdrlCore(facts, commit));
    assert.equal(readFileSync(p.terms, 'utf8'), renderOdrlTerms(facts, commit));
  });
});
