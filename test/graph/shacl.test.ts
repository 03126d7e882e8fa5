import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import N3 from 'n3';
import type { Diagnostic } from '../../src/ir/index.js';
import { validateGraph } from '../../src/graph/shacl.js';
import { loadOntologies } from '../../src/graph/ontology.js';
import { PREFIXES } from '../../src/vocab/index.js';

const PREFIX_LINES = Object.entries({ ...PREFIXES, orbis: 'https://example.org/orbis#' })
  .map(([p, ns]) => `@prefix ${p}: <${ns}> .`)
  .join('\n');

/** A small compiled graph that conforms to every shape: a document, section, clauses, norms with a constraint,
 * an exception and a reference, an analyst's Turtle norm, a conflict with its resolution, a concept and an
 * authority level. Rows below break one thing at a time. */
const BASE = `
<id:d> a regc:Document, odrl:Set ; dct:title "Conduct" ; regc:sourceFile "regulations/d.md" ;
  regc:sourceSha256 "${'ab'.repeat(32)}" ; regc:format "markdown" ; regc:authority auth:company-policy ;
  regc:effective "2026-01-01"^^xsd:date ; odrl:prohibition <id:d/s/1/n1> ; odrl:permission <id:d/s/2/n1> .
<id:d/s> a regc:Section ; dct:isPartOf <id:d> ; regc:document <id:d> ; regc:heading "Gifts" ; regc:level 2 .
<id:d/s/1> a regc:Clause ; regc:text "Employees must not accept cash gifts over USD 100 unless approved (Section 3.2)." ;
  regc:sourceFile "regulations/d.md" ; regc:line 7 ; regc:column 1 ; regc:endLine 7 ; regc:endColumn 80 ;
  regc:offset 120 ; regc:endOffset 199 ; regc:section <id:d/s> ; regc:document <id:d> ; regc:ordinal "1" .
<id:d/s/2> a regc:Clause ; regc:text "Employees may accept gifts." ; regc:sourceFile "regulations/d.md" ;
  regc:line 9 ; regc:column 1 ; regc:offset 201 ; regc:endOffset 228 ; regc:section <id:d/s> ; regc:document <id:d> .
<id:d/s/1/n1> a odrl:Prohibition ; regc:kind "prohibition" ; regc:strength regc:strict ; regc:origin "rules" ;
  odrl:assignee orbis:employee ; odrl:action orbis:accept ; odrl:target orbis:cash ; prov:wasDerivedFrom <id:d/s/1> ;
  regc:sourceFile "regulations/d.md" ; regc:line 7 ; regc:column 11 ; regc:offset 130 ; regc:endOffset 199 ;
  odrl:constraint <id:d/s/1/n1/c1> ; regc:exception <id:d/s/1/n1/exc1> ; regc:reference <id:d/s/1/n1/ref1> .
<id:d/s/1/n1/c1> odrl:leftOperand regc:monetaryValue ; odrl:operator odrl:gt ; odrl:rightOperand 100 .
<id:d/s/1/n1/exc1> a regc:Exception ; regc:marker "unless" ; regc:conditionText "approved" ;
  regc:mentions orbis:managerApproval ; odrl:constraint <id:d/s/1/n1/exc1/c1> .
<id:d/s/1/n1/exc1/c1> odrl:leftOperand orbis:managerApproval ; odrl:operator odrl:eq ; odrl:rightOperand true .
<id:d/s/1/n1/ref1> a regc:Reference ; regc:referenceKind "section" ; regc:referenceLabel "3.2" ;
  regc:text "Section 3.2" ; regc:refersTo <id:d/s> .
<id:d/s/2/n1> a odrl:Permission ; regc:kind "permission" ; regc:strength regc:advisory ; regc:origin "rules" ;
  odrl:action orbis:accept ; prov:wasDerivedFrom <id:d/s/2> .
<id:t/n1> a odrl:Duty, regc:Obligation ; odrl:action orbis:report ; regc:origin "turtle" .
<id:conflict/x> a regc:Conflict ; regc:conflictStatus regc:possible ; regc:involves <id:d/s/1/n1>, <id:d/s/2/n1> ;
  regc:resolution <id:conflict/x/r> .
<id:conflict/x/r> a regc:Resolution ; regc:winner <id:d/s/1/n1> ; regc:defeated <id:d/s/2/n1> ;
  regc:principle regc:lexSpecialis ; regc:explanation "The prohibition is narrower." .
orbis:employee a skos:Concept ; skos:inScheme orbis:roles ; skos:prefLabel "employee"@en, "Mitarbeiter"@de .
auth:company-policy a regc:AuthorityLevel ; rdfs:label "company policy"@en ; regc:rank 20 .
`;

/** `<id:…>` is shorthand for an IRI under the compiled-instance base. */
const expandIds = (ttl: string) => ttl.replace(/<id:([^>]*)>/g, (_m, rest: string) => `<${PREFIXES.id}${rest}>`);
const expand = (name: string) => (name.startsWith('id:') ? PREFIXES.id + name.slice(3) : name.replace(/^(\w+):/, (_m, p: string) => PREFIXES[p] ?? `https://example.org/${p}#`));

interface Edit {
  /** `[subject, predicate]` pairs whose triples are removed. */
  drop?: [string, string][];
  /** Turtle added to the graph (after the drops). */
  add?: string;
}

function graph(edit: Edit = {}): N3.Store {
  const store = new N3.Store(new N3.Parser().parse(`${PREFIX_LINES}\n${expandIds(BASE)}`));
  for (const [s, p] of edit.drop ?? []) store.removeQuads(store.getQuads(expand(s), expand(p), null, null));
  if (edit.add) store.addQuads(new N3.Parser().parse(`${PREFIX_LINES}\n${expandIds(edit.add)}`));
  return store;
}

let shapes: N3.Store;
before(() => {
  shapes = new N3.Store(new N3.Parser().parse(readFileSync('ontologies/shapes.ttl', 'utf8')));
});

const summary = (ds: Diagnostic[]) => ds.map((d) => [d.code, d.severity, d.nodes?.map((n) => n.replace(PREFIXES.id!, 'id:'))]);

/** The edited graph yields exactly these diagnostics: `[code, focus node]`. */
function shouldFlag(what: string, edit: Edit, expected: [string, string][]) {
  it(what, async () => {
    const ds = await validateGraph(graph(edit), shapes);
    const sev = (code: string) => (code === 'RC3002' ? 'error' : 'warning');
    assert.deepEqual(summary(ds), expected.map(([code, node]) => [code, sev(code), [node.startsWith('id:') ? node : expand(node)]]));
  });
}

describe('graph/shacl: validateGraph', () => {
  it('a graph that follows the shapes conforms', async () => assert.deepEqual(await validateGraph(graph(), shapes), []));

  describe('documents', () => {
    shouldFlag('no title (warning)', { drop: [['id:d', 'dct:title']] }, [['RC3005', 'id:d']]);
    shouldFlag('two titles', { add: '<id:d> dct:title "Other" .' }, [['RC3002', 'id:d']]);
    shouldFlag('no source file', { drop: [['id:d', 'regc:sourceFile']] }, [['RC3002', 'id:d']]);
    shouldFlag('a sha256 that is not 64 hex digits', { drop: [['id:d', 'regc:sourceSha256']], add: '<id:d> regc:sourceSha256 "abc" .' }, [['RC3002', 'id:d']]);
    shouldFlag('an authority that is not an authority level', { drop: [['id:d', 'regc:authority']], add: '<id:d> regc:authority auth:nope .' }, [['RC3002', 'id:d']]);
    shouldFlag('an effective date that is not an xsd:date', { drop: [['id:d', 'regc:effective']], add: '<id:d> regc:effective "1 Jan 2026" .' }, [['RC3002', 'id:d']]);
  });

  describe('sections', () => {
    shouldFlag('no heading', { drop: [['id:d/s', 'regc:heading']] }, [['RC3002', 'id:d/s']]);
    shouldFlag('not part of anything', { drop: [['id:d/s', 'dct:isPartOf']] }, [['RC3002', 'id:d/s']]);
  });

  describe('clauses', () => {
    shouldFlag('no text', { drop: [['id:d/s/1', 'regc:text']] }, [['RC3002', 'id:d/s/1']]);
    shouldFlag('no source file', { drop: [['id:d/s/1', 'regc:sourceFile']] }, [['RC3002', 'id:d/s/1']]);
    shouldFlag('line 0', { drop: [['id:d/s/1', 'regc:line']], add: '<id:d/s/1> regc:line 0 .' }, [['RC3002', 'id:d/s/1']]);
    shouldFlag('a column that is a string', { drop: [['id:d/s/1', 'regc:column']], add: '<id:d/s/1> regc:column "1" .' }, [['RC3002', 'id:d/s/1']]);
    shouldFlag('no offsets', { drop: [['id:d/s/2', 'regc:offset'], ['id:d/s/2', 'regc:endOffset']] }, [['RC3002', 'id:d/s/2'], ['RC3002', 'id:d/s/2']]);
    shouldFlag('an offset after its end', { drop: [['id:d/s/2', 'regc:offset']], add: '<id:d/s/2> regc:offset 300 .' }, [['RC3002', 'id:d/s/2']]);
    shouldFlag('no section', { drop: [['id:d/s/1', 'regc:section']] }, [['RC3002', 'id:d/s/1']]);
    shouldFlag('a document that is not a regc:Document', { drop: [['id:d/s/1', 'regc:document']], add: '<id:d/s/1> regc:document <id:d/s> .' }, [['RC3002', 'id:d/s/1']]);
  });

  describe('norms', () => {
    shouldFlag('no action', { drop: [['id:d/s/1/n1', 'odrl:action']] }, [['RC3002', 'id:d/s/1/n1']]);
    shouldFlag('two actions', { add: '<id:d/s/1/n1> odrl:action orbis:take .' }, [['RC3002', 'id:d/s/1/n1']]);
    shouldFlag('two assignees', { add: '<id:d/s/1/n1> odrl:assignee orbis:manager .' }, [['RC3002', 'id:d/s/1/n1']]);
    shouldFlag('two kinds of rule at once', { add: '<id:d/s/1/n1> a odrl:Permission .' }, [['RC3002', 'id:d/s/1/n1']]);
    shouldFlag('a regc:kind that disagrees with the class', { drop: [['id:d/s/2/n1', 'regc:kind']], add: '<id:d/s/2/n1> regc:kind "prohibition" .' }, [['RC3002', 'id:d/s/2/n1']]);
    shouldFlag('an unknown regc:kind', { add: '<id:t/n1> regc:kind "duty" .' }, [['RC3002', 'id:t/n1'], ['RC3002', 'id:t/n1']]);
    shouldFlag('a strength outside strict|advisory', { drop: [['id:d/s/2/n1', 'regc:strength']], add: '<id:d/s/2/n1> regc:strength "advisory" .' }, [['RC3002', 'id:d/s/2/n1']]);
    shouldFlag('neither a clause nor an origin', { drop: [['id:d/s/2/n1', 'prov:wasDerivedFrom'], ['id:d/s/2/n1', 'regc:origin']] }, [['RC3002', 'id:d/s/2/n1']]);
    shouldFlag('derived from something that is not a clause, with no origin', { drop: [['id:d/s/2/n1', 'prov:wasDerivedFrom'], ['id:d/s/2/n1', 'regc:origin']], add: '<id:d/s/2/n1> prov:wasDerivedFrom <id:d> .' }, [['RC3002', 'id:d/s/2/n1']]);
    shouldFlag('an unknown origin', { drop: [['id:t/n1', 'regc:origin']], add: '<id:t/n1> regc:origin "email" .' }, [['RC3002', 'id:t/n1']]);
  });

  describe('constraints', () => {
    shouldFlag('an operator ODRL does not define', { drop: [['id:d/s/1/n1/c1', 'odrl:operator']], add: '<id:d/s/1/n1/c1> odrl:operator odrl:greaterThan .' }, [['RC3002', 'id:d/s/1/n1/c1']]);
    shouldFlag('no right operand', { drop: [['id:d/s/1/n1/c1', 'odrl:rightOperand']] }, [['RC3002', 'id:d/s/1/n1/c1']]);
    shouldFlag('no left operand', { drop: [['id:d/s/1/n1/exc1/c1', 'odrl:leftOperand']] }, [['RC3002', 'id:d/s/1/n1/exc1/c1'], ['RC3002', 'id:d/s/1/n1/exc1/c1']]);
    shouldFlag('an empty constraint node', { add: '<id:d/s/2/n1> odrl:constraint <id:d/s/2/n1/c1> . <id:d/s/2/n1/c1> rdfs:comment "empty" .' }, [['RC3002', 'id:d/s/2/n1/c1']]);
    shouldFlag('a logical constraint is fine', { add: '<id:d/s/2/n1> odrl:constraint <id:d/s/2/n1/c1> . <id:d/s/2/n1/c1> odrl:and <id:d/s/1/n1/c1> .' }, []);
  });

  describe('conditions and exceptions', () => {
    shouldFlag('no marker', { drop: [['id:d/s/1/n1/exc1', 'regc:marker']] }, [['RC3002', 'id:d/s/1/n1/exc1']]);
    shouldFlag('a marker the compiler does not know (warning)', { drop: [['id:d/s/1/n1/exc1', 'regc:marker']], add: '<id:d/s/1/n1/exc1> regc:marker "whenever" .' }, [['RC3005', 'id:d/s/1/n1/exc1']]);
    shouldFlag('no text', { drop: [['id:d/s/1/n1/exc1', 'regc:conditionText']] }, [['RC3002', 'id:d/s/1/n1/exc1']]);
    shouldFlag('an untyped condition found through regc:condition', { add: '<id:d/s/2/n1> regc:condition <id:d/s/2/n1/cond1> . <id:d/s/2/n1/cond1> regc:conditionText "if asked" .' }, [['RC3002', 'id:d/s/2/n1/cond1']]);
  });

  describe('references', () => {
    shouldFlag('an unknown kind', { drop: [['id:d/s/1/n1/ref1', 'regc:referenceKind']], add: '<id:d/s/1/n1/ref1> regc:referenceKind "chapter" .' }, [['RC3002', 'id:d/s/1/n1/ref1']]);
    shouldFlag('no label', { drop: [['id:d/s/1/n1/ref1', 'regc:referenceLabel']] }, [['RC3002', 'id:d/s/1/n1/ref1']]);
    shouldFlag('resolved to something that is not a section, clause or document', { drop: [['id:d/s/1/n1/ref1', 'regc:refersTo']], add: '<id:d/s/1/n1/ref1> regc:refersTo <id:nowhere> .' }, [['RC3002', 'id:d/s/1/n1/ref1']]);
  });

  describe('conflicts and resolutions', () => {
    shouldFlag('a status that is a string', { drop: [['id:conflict/x', 'regc:conflictStatus']], add: '<id:conflict/x> regc:conflictStatus "possible" .' }, [['RC3002', 'id:conflict/x']]);
    shouldFlag('only one norm involved', { drop: [['id:conflict/x', 'regc:involves']], add: '<id:conflict/x> regc:involves <id:d/s/1/n1> .' }, [['RC3002', 'id:conflict/x']]);
    shouldFlag('a resolution without winner', { drop: [['id:conflict/x/r', 'regc:winner']] }, [['RC3002', 'id:conflict/x/r']]);
    shouldFlag('a resolution by a principle that decides nothing', { drop: [['id:conflict/x/r', 'regc:principle']], add: '<id:conflict/x/r> regc:principle regc:unresolved .' }, [['RC3002', 'id:conflict/x/r']]);
  });

  describe('concepts and authority levels', () => {
    shouldFlag('two English prefLabels', { add: 'orbis:employee skos:prefLabel "staff"@en .' }, [['RC3002', 'orbis:employee']]);
    shouldFlag('a prefLabel without language (warning)', { drop: [['orbis:employee', 'skos:prefLabel']], add: 'orbis:employee skos:prefLabel "employee" .' }, [['RC3005', 'orbis:employee']]);
    shouldFlag('no scheme', { drop: [['orbis:employee', 'skos:inScheme']] }, [['RC3002', 'orbis:employee']]);
    shouldFlag('an authority level without rank', { drop: [['auth:company-policy', 'regc:rank']] }, [['RC3002', 'auth:company-policy']]);
  });

  describe('where diagnostics point', () => {
    const spanOf = async (edit: Edit) => (await validateGraph(graph(edit), shapes)).map((d) => d.span && `${d.span.file}:${d.span.line}:${d.span.column}`);
    it('a clause: at the clause', async () => assert.deepEqual(await spanOf({ drop: [['id:d/s/1', 'regc:section']] }), ['regulations/d.md:7:1']));
    it('a norm with a span of its own: at the norm', async () => assert.deepEqual(await spanOf({ add: '<id:d/s/1/n1> odrl:action orbis:take .' }), ['regulations/d.md:7:11']));
    it('a norm without a span: at the clause it was derived from', async () => assert.deepEqual(await spanOf({ drop: [['id:d/s/2/n1', 'odrl:action']] }), ['regulations/d.md:9:1']));
    it('a node minted under a norm: at the norm', async () => assert.deepEqual(await spanOf({ drop: [['id:d/s/1/n1/c1', 'odrl:rightOperand']] }), ['regulations/d.md:7:11']));
    it('a node minted under a norm without span: at its clause', async () =>
      assert.deepEqual(await spanOf({ add: '<id:d/s/2/n1> odrl:constraint <id:d/s/2/n1/c1> . <id:d/s/2/n1/c1> odrl:leftOperand odrl:count ; odrl:operator odrl:lt .' }), ['regulations/d.md:9:1']));
    it('a constraint with an IRI of its own: at the rule that links to it', async () =>
      assert.deepEqual(await spanOf({ add: '<id:d/s/1/n1> odrl:constraint <urn:uuid:c9> . <urn:uuid:c9> odrl:leftOperand odrl:count ; odrl:operator odrl:lt .' }), ['regulations/d.md:7:11']));
    it('a node with no source: nowhere', async () => assert.deepEqual(await spanOf({ drop: [['orbis:employee', 'skos:inScheme']] }), [undefined]));
  });

  it('orders diagnostics by file and position, then code; the same graph gives the same list', async () => {
    const edit: Edit = { drop: [['id:d/s/2', 'regc:section'], ['id:d/s/1', 'regc:section'], ['id:d/s/1/n1/exc1', 'regc:marker'], ['id:d', 'dct:title']], add: '<id:d/s/1/n1/exc1> regc:marker "whenever" .' };
    const a = await validateGraph(graph(edit), shapes);
    const b = await validateGraph(graph(edit), shapes);
    assert.deepEqual(a, b);
    assert.deepEqual(
      a.map((d) => [d.code, d.span && `${d.span.line}:${d.span.column}`]),
      [['RC3005', undefined], ['RC3002', '7:1'], ['RC3005', '7:11'], ['RC3002', '9:1']],
    );
  });

  it('names the focus node, the property and the offending value in the message', async () => {
    const [d] = await validateGraph(graph({ drop: [['id:d/s/1/n1/c1', 'odrl:operator']], add: '<id:d/s/1/n1/c1> odrl:operator odrl:greaterThan .' }), shapes);
    assert.ok(d!.message.startsWith('id:d/s/1/n1/c1 odrl:operator: '));
    assert.ok(d!.message.endsWith('(value odrl:greaterThan)'));
  });

  it('no shapes, no diagnostics', async () => assert.deepEqual(await validateGraph(graph({ drop: [['id:d/s/1/n1', 'odrl:action']] }), new N3.Store()), []));

  it('the project ontologies themselves conform to the shapes', async () => {
    const { ontology } = await loadOntologies('ontologies');
    assert.deepEqual(await validateGraph(ontology!.store, ontology!.shapes), []);
  });
});
