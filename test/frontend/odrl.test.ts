import assert from 'node:assert/strict';
import type { Constraint, Diagnostic, Norm, Value } from '../../src/ir/index.js';
import { parseOdrl, documentId, type OdrlResult } from '../../src/frontend/odrl.js';
import { ODRL, RDF, documentIri } from '../../src/vocab/index.js';

const EX = 'http://example.org/';
const AUTHORITIES: ReadonlySet<string> = new Set(['law', 'company-policy', 'regional-guideline']);
const PREFIXES = `@prefix odrl: <http://www.w3.org/ns/odrl/2/> .
@prefix ex: <http://example.org/> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix regc: <https://w3id.org/regc/ns#> .
@prefix auth: <https://w3id.org/regc/authority/> .
`;
/** Lines the prefixes take, so spans can be stated relative to the body. */
const HEAD = PREFIXES.split('\n').length - 1;

const read = (text: string, path = 'regulations/policy.ttl'): Promise<OdrlResult> =>
  parseOdrl({ path, text, sha256: '0'.repeat(64) }, { authorities: AUTHORITIES });
const ttl = (body: string) => read(PREFIXES + body);

// ---- compact views of norms and diagnostics, so each case is one line -------------------------------------

const short = (iri: string | undefined) => iri?.replace(EX, 'ex:').replace(ODRL.ns, 'odrl:');
const value = (v: Value) => (v.kind === 'iri' ? short(v.value) : v.kind === 'string' ? JSON.stringify(v.value) : String(v.value));
function render(c: Constraint): string {
  if (c.type === 'logical') return `${c.operator}(${c.constraints.map(render).join('; ')})`;
  return `${short(c.leftOperand)} ${c.operator} ${c.rightOperand.map(value).join(',')}${c.unit ? ` ${short(c.unit)}` : ''}`;
}

interface Shape {
  iri: string;
  kind: string;
  bearer?: string;
  action?: string;
  target?: string;
  constraints?: string[];
  refinements?: string[];
  duties?: string[];
  dutyOf?: string;
  conflict?: string;
}
function shape(n: Norm): Shape {
  const s: Shape = { iri: short(n.iri)!, kind: n.kind };
  if (n.bearer.concept) s.bearer = short(n.bearer.concept);
  if (n.action.concept) s.action = short(n.action.concept);
  if (n.target?.concept) s.target = short(n.target.concept);
  if (n.constraints.length) s.constraints = n.constraints.map(render);
  if (n.refinements?.length) s.refinements = n.refinements.map(render);
  if (n.duties.length) s.duties = n.duties.map((d) => short(d)!);
  if (n.dutyOf) s.dutyOf = short(n.dutyOf);
  if (n.policy?.conflict) s.conflict = n.policy.conflict;
  return s;
}

/** The norms of a Turtle body, compactly; no error diagnostics expected. */
function shouldRead(title: string, body: string, ...expected: Shape[]) {
  it(title, async () => {
    const r = await ttl(body);
    assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`), []);
    assert.ok(r.document);
    assert.deepEqual(r.document.norms.map(shape), expected);
  });
}

const diagnostic = (d: Diagnostic) => ({ code: d.code, line: (d.span?.line ?? 0) - HEAD, ...(d.data ? { data: d.data } : {}) });

/** The diagnostics of a Turtle body: code, line within the body (1 = first line after the prefixes), data. */
function shouldReport(title: string, body: string, ...expected: { code: string; line: number; data?: Record<string, string> }[]) {
  it(title, async () => {
    const r = await ttl(body);
    assert.deepEqual(r.diagnostics.map(diagnostic), expected);
  });
}

const P = 'ex:p a odrl:Set ;';

describe('frontend/odrl', () => {
  describe('policies and rules', () => {
    shouldRead('a permission with assignee, action and target',
      `${P} odrl:permission ex:r1 . ex:r1 a odrl:Permission ; odrl:assignee ex:alice ; odrl:action odrl:read ; odrl:target ex:x .`,
      { iri: 'ex:r1', kind: 'permission', bearer: 'ex:alice', action: 'odrl:read', target: 'ex:x' });
    shouldRead('a prohibition and an obligation',
      `${P} odrl:prohibition ex:r1 ; odrl:obligation ex:r2 . ex:r1 odrl:action odrl:print . ex:r2 odrl:action odrl:compensate ; odrl:assignee ex:bob .`,
      { iri: 'ex:r1', kind: 'prohibition', action: 'odrl:print' },
      { iri: 'ex:r2', kind: 'obligation', bearer: 'ex:bob', action: 'odrl:compensate' });
    for (const cls of ['Policy', 'Offer', 'Agreement', 'Request', 'Ticket', 'Privacy', 'Assertion']) {
      shouldRead(`an odrl:${cls} is a policy`, `ex:p a odrl:${cls} ; odrl:permission ex:r1 . ex:r1 odrl:action odrl:use .`,
        { iri: 'ex:r1', kind: 'permission', action: 'odrl:use' });
    }
    shouldRead('several policies in a file, rules in source order',
      `ex:q a odrl:Set ; odrl:permission ex:b . ex:b odrl:action odrl:read .\n${P} odrl:prohibition ex:a . ex:a odrl:action odrl:read .`,
      { iri: 'ex:b', kind: 'permission', action: 'odrl:read' },
      { iri: 'ex:a', kind: 'prohibition', action: 'odrl:read' });
    shouldRead('the conflict strategy goes with every norm of the policy',
      `${P} odrl:conflict odrl:perm ; odrl:permission ex:r1 . ex:r1 odrl:action odrl:read .`,
      { iri: 'ex:r1', kind: 'permission', action: 'odrl:read', conflict: 'perm' });
    shouldRead('a rule shared by two policies is read once, for the first',
      `${P} odrl:permission ex:r1 . ex:q a odrl:Set ; odrl:permission ex:r1 . ex:r1 odrl:action odrl:read .`,
      { iri: 'ex:r1', kind: 'permission', action: 'odrl:read' });
  });

  describe('duties', () => {
    shouldRead('a duty of a permission is an obligation of the permission\'s assignee',
      `${P} odrl:permission ex:r1 . ex:r1 odrl:assignee ex:alice ; odrl:action odrl:read ; odrl:duty ex:d1 . ex:d1 a odrl:Duty ; odrl:action odrl:compensate .`,
      { iri: 'ex:r1', kind: 'permission', bearer: 'ex:alice', action: 'odrl:read', duties: ['ex:d1'] },
      { iri: 'ex:d1', kind: 'obligation', bearer: 'ex:alice', action: 'odrl:compensate', dutyOf: 'ex:r1' });
    shouldRead('a duty with an assignee of its own, a target and a constraint',
      `${P} odrl:permission ex:r1 . ex:r1 odrl:action odrl:use ; odrl:duty [ odrl:assignee ex:bob ; odrl:action odrl:inform ; odrl:target ex:log ;
        odrl:constraint [ odrl:leftOperand odrl:count ; odrl:operator odrl:lteq ; odrl:rightOperand 3 ] ] .`,
      { iri: 'ex:r1', kind: 'permission', action: 'odrl:use', duties: ['ex:r1/duty1'] },
      { iri: 'ex:r1/duty1', kind: 'obligation', bearer: 'ex:bob', action: 'odrl:inform', target: 'ex:log', constraints: ['odrl:count lteq 3'], dutyOf: 'ex:r1' });
  });

  describe('policy-level properties (ODRL 2.2 §2.7.1)', () => {
    shouldRead('assignee, action and target of the policy apply to rules that state none',
      `${P} odrl:assignee ex:alice ; odrl:action odrl:read ; odrl:target ex:x ; odrl:permission ex:r1 ; odrl:prohibition ex:r2 .
       ex:r1 a odrl:Permission . ex:r2 odrl:action odrl:print ; odrl:target ex:y .`,
      { iri: 'ex:r1', kind: 'permission', bearer: 'ex:alice', action: 'odrl:read', target: 'ex:x' },
      { iri: 'ex:r2', kind: 'prohibition', bearer: 'ex:alice', action: 'odrl:print', target: 'ex:y' });
    shouldRead('a rule with two actions stands for two atomic rules',
      `${P} odrl:permission ex:r1 . ex:r1 odrl:action odrl:read, odrl:print ; odrl:target ex:x .`,
      { iri: 'ex:r1/1', kind: 'permission', action: 'odrl:read', target: 'ex:x' },
      { iri: 'ex:r1/2', kind: 'permission', action: 'odrl:print', target: 'ex:x' });
  });

  describe('actions, parties and assets', () => {
    shouldRead('an action with a refinement',
      `${P} odrl:permission ex:r1 . ex:r1 odrl:action [ rdf:value odrl:print ; odrl:refinement [ odrl:leftOperand odrl:resolution ; odrl:operator odrl:lteq ; odrl:rightOperand 1200 ; odrl:unit ex:dpi ] ] .`,
      { iri: 'ex:r1', kind: 'permission', action: 'odrl:print', refinements: ['odrl:resolution lteq 1200 ex:dpi'] });
    shouldRead('party and asset collections are the assignee and the target',
      `${P} odrl:permission ex:r1 . ex:r1 odrl:assignee ex:staff ; odrl:action odrl:read ; odrl:target ex:files .
       ex:staff a odrl:PartyCollection ; odrl:source ex:directory . ex:files a odrl:AssetCollection . ex:x odrl:partOf ex:files .`,
      { iri: 'ex:r1', kind: 'permission', bearer: 'ex:staff', action: 'odrl:read', target: 'ex:files' });
    it('bearer, action and target texts are labels or local names', async () => {
      const r = await ttl(`${P} odrl:permission ex:r1 . ex:r1 odrl:assignee ex:alice ; odrl:action odrl:read ; odrl:target ex:x . ex:alice <http://www.w3.org/2004/02/skos/core#prefLabel> "Alice Smith"@en .`);
      const n = r.document!.norms[0]!;
      assert.deepEqual([n.bearer.text, n.action.text, n.target?.text], ['Alice Smith', 'read', 'x']);
    });
  });

  describe('constraints', () => {
    const rule = (constraint: string) => `${P} odrl:permission ex:r1 . ex:r1 odrl:action odrl:read ; odrl:constraint ${constraint} .`;
    const shouldConstrain = (constraint: string, ...expected: string[]) =>
      shouldRead(constraint.replace(/\s+/g, ' '), rule(constraint), { iri: 'ex:r1', kind: 'permission', action: 'odrl:read', constraints: expected });
    shouldConstrain('[ odrl:leftOperand odrl:dateTime ; odrl:operator odrl:lt ; odrl:rightOperand "2024-12-31T23:59:59Z"^^xsd:dateTime ]', 'odrl:dateTime lt 2024-12-31T23:59:59Z');
    shouldConstrain('[ odrl:leftOperand odrl:dateTime ; odrl:operator odrl:gteq ; odrl:rightOperand "2024-01-01"^^xsd:date ]', 'odrl:dateTime gteq 2024-01-01');
    shouldConstrain('[ odrl:leftOperand odrl:spatial ; odrl:operator odrl:eq ; odrl:rightOperand "EU" ]', 'odrl:spatial eq "EU"');
    shouldConstrain('[ odrl:leftOperand odrl:purpose ; odrl:operator odrl:isAnyOf ; odrl:rightOperand ( ex:research ex:teaching ) ]', 'odrl:purpose isAnyOf ex:research,ex:teaching');
    shouldConstrain('[ odrl:leftOperand odrl:purpose ; odrl:operator odrl:isNoneOf ; odrl:rightOperand ex:ads, ex:profiling ]', 'odrl:purpose isNoneOf ex:ads,ex:profiling');
    shouldConstrain('[ odrl:leftOperand odrl:payAmount ; odrl:operator odrl:lteq ; odrl:rightOperand 50.5 ; odrl:unit ex:EUR ]', 'odrl:payAmount lteq 50.5 ex:EUR');
    shouldConstrain('[ odrl:leftOperand odrl:dateTime ; odrl:operator odrl:gt ; odrl:rightOperand "2024-03-01" ; odrl:dataType xsd:date ]', 'odrl:dateTime gt 2024-03-01');
    shouldConstrain('[ odrl:leftOperand ex:managerApproval ; odrl:operator odrl:eq ; odrl:rightOperand true ]', 'ex:managerApproval eq true');
    shouldConstrain(`[ odrl:and ( [ odrl:leftOperand odrl:count ; odrl:operator odrl:gt ; odrl:rightOperand 1 ]
                                 [ odrl:leftOperand odrl:count ; odrl:operator odrl:lt ; odrl:rightOperand 5 ] ) ]`, 'and(odrl:count gt 1; odrl:count lt 5)');
    shouldConstrain(`[ a odrl:LogicalConstraint ; odrl:or ( [ odrl:leftOperand odrl:spatial ; odrl:operator odrl:eq ; odrl:rightOperand ex:DE ]
                     [ odrl:xone ( [ odrl:leftOperand odrl:purpose ; odrl:operator odrl:eq ; odrl:rightOperand ex:a ]
                                   [ odrl:leftOperand odrl:purpose ; odrl:operator odrl:eq ; odrl:rightOperand ex:b ] ) ] ) ]`,
      'or(odrl:spatial eq ex:DE; xone(odrl:purpose eq ex:a; odrl:purpose eq ex:b))');
    shouldConstrain(`[ odrl:andSequence ( [ odrl:leftOperand odrl:event ; odrl:operator odrl:eq ; odrl:rightOperand ex:signup ]
                                         [ odrl:leftOperand odrl:event ; odrl:operator odrl:eq ; odrl:rightOperand ex:payment ] ) ]`,
      'andSequence(odrl:event eq ex:signup; odrl:event eq ex:payment)');
    shouldConstrain(`ex:c1, ex:c2 . ex:c2 odrl:leftOperand odrl:count ; odrl:operator odrl:lt ; odrl:rightOperand 9 .
      ex:c1 odrl:leftOperand odrl:count ; odrl:operator odrl:gt ; odrl:rightOperand 1`, 'odrl:count gt 1', 'odrl:count lt 9');
    shouldConstrain(`ex:both . ex:both odrl:and ex:c2, ex:c1 . ex:c1 odrl:leftOperand odrl:count ; odrl:operator odrl:gt ; odrl:rightOperand 1 .
      ex:c2 odrl:leftOperand odrl:count ; odrl:operator odrl:lt ; odrl:rightOperand 9`, 'and(odrl:count lt 9; odrl:count gt 1)');
    it('named constraint nodes keep their IRIs, blank ones get <rule>/cN', async () => {
      const r = await ttl(rule('ex:c9, [ odrl:leftOperand odrl:count ; odrl:operator odrl:lt ; odrl:rightOperand 2 ] . ex:c9 odrl:leftOperand odrl:count ; odrl:operator odrl:gt ; odrl:rightOperand 1'));
      assert.deepEqual(r.document!.norms[0]!.constraints.map((c) => short(c.iri)), ['ex:c9', 'ex:r1/c1']);
    });
  });

  describe('IRIs, spans and text', () => {
    it('blank-node rules get IRIs under the policy, in source order, the same on every read', async () => {
      const body = `${P} odrl:prohibition [ odrl:action odrl:print ] ; odrl:permission [ odrl:action odrl:read ], [ odrl:action odrl:play ] .`;
      const [a, b] = [await ttl(body), await ttl(body)];
      assert.deepEqual(a.document!.norms.map((n) => short(n.iri)), ['ex:p/permission1', 'ex:p/permission2', 'ex:p/prohibition1']);
      assert.deepEqual(a, b);
    });
    it('a named rule is stated where it is the subject of a statement, to the end of the statement', async () => {
      const r = await ttl(`${P}\n  odrl:permission ex:r1 .\n\n  ex:r1 a odrl:Permission ;\n    odrl:action odrl:read .\n`);
      const s = r.document!.norms[0]!.span;
      assert.deepEqual([s.file, s.line - HEAD, s.column, s.endLine - HEAD, s.endColumn], ['regulations/policy.ttl', 4, 3, 5, 26]);
      assert.equal(r.document!.norms[0]!.text, 'ex:r1 a odrl:Permission ; odrl:action odrl:read');
    });
    it('a blank-node rule is stated from its [ to its ]', async () => {
      const r = await ttl(`${P}\n  odrl:permission\n     [ odrl:action odrl:read ] .`);
      const s = r.document!.norms[0]!.span;
      assert.deepEqual([s.line - HEAD, s.column, s.endLine - HEAD, s.endColumn], [3, 6, 3, 31]);
      assert.equal(r.document!.norms[0]!.text, '[ odrl:action odrl:read ]');
    });
    it('spans survive multi-line literals before the rule', async () => {
      const r = await ttl(`${P} dct:description """two\nlines""" ; odrl:permission ex:r1 .\nex:r1 odrl:action odrl:read .`);
      const s = r.document!.norms[0]!.span;
      assert.deepEqual([s.line - HEAD, s.column], [3, 1]);
    });
    it('every norm belongs to the document and the policy, with origin odrl', async () => {
      const r = await ttl(`${P} odrl:permission ex:r1 . ex:r1 odrl:action odrl:read .`);
      const n = r.document!.norms[0]!;
      assert.deepEqual([n.document, n.policy?.iri, n.origin, n.strength], [documentIri('policy'), `${EX}p`, 'odrl', 'strict']);
    });
  });

  describe('the document', () => {
    it('id from the file name, format odrl, metadata from the first policy', async () => {
      const r = await read(`${PREFIXES}ex:p a odrl:Agreement ; dct:title "Data sharing" ; dct:description "Who may read what." ; regc:authority auth:company-policy ;
        regc:effective "2025-01-01"^^xsd:date ; dct:hasVersion "2" ; dct:spatial ex:EU ; odrl:profile ex:profile ; odrl:inheritFrom ex:parent ;
        odrl:conflict odrl:prohibit ; odrl:permission ex:r1 . ex:r1 odrl:action odrl:read .`, 'regulations/data-sharing.ttl');
      const d = r.document!;
      assert.deepEqual([d.id, d.iri, d.format, d.file, d.sections], ['data-sharing', documentIri('data-sharing'), 'odrl', 'regulations/data-sharing.ttl', []]);
      assert.deepEqual(d.meta, {
        title: 'Data sharing', authority: 'company-policy', effective: '2025-01-01', version: '2', jurisdiction: 'EU',
        extra: { policies: [`${EX}p`], description: 'Who may read what.', profile: [`${EX}profile`], inheritFrom: [`${EX}parent`], conflict: 'prohibit' },
      });
    });
    it('documentId drops folders and the extension', () => assert.deepEqual([documentId('a/b/c.jsonld'), documentId('x.ttl')], ['c', 'x']));
    it('the file\'s triples come back without blank nodes except list cells, nodes named like the norms', async () => {
      const r = await ttl(`${P} odrl:permission [ odrl:action odrl:read ; odrl:constraint [ odrl:or ( [ odrl:leftOperand odrl:count ; odrl:operator odrl:eq ; odrl:rightOperand 1 ] ) ] ] .`);
      const blanks = r.quads.flatMap((q) => [q.subject, q.object]).filter((t) => t.termType === 'BlankNode');
      assert.ok(blanks.length > 0);
      for (const b of blanks) assert.ok(r.quads.some((q) => q.subject.equals(b) && q.predicate.value === RDF.first), `${b.value} is a list cell`);
      const subjects = new Set(r.quads.filter((q) => q.subject.termType === 'NamedNode').map((q) => short(q.subject.value)));
      assert.deepEqual([...subjects].sort(), ['ex:p', 'ex:p/permission1', 'ex:p/permission1/c1', 'ex:p/permission1/c1/c1']);
    });
  });

  describe('diagnostics', () => {
    shouldReport('RC1009 a rule without action', `${P}\n odrl:permission ex:r1 .\nex:r1 a odrl:Permission .`, { code: 'RC1009', line: 3 });
    shouldReport('RC1009 a constraint without operator', `${P} odrl:permission ex:r1 .\nex:r1 odrl:action odrl:read ;\n  odrl:constraint [ odrl:leftOperand odrl:count ; odrl:rightOperand 1 ] .`, { code: 'RC1009', line: 3 });
    shouldReport('RC1009 a constraint without leftOperand or rightOperand', `${P} odrl:permission ex:r1 .\nex:r1 odrl:action odrl:read ; odrl:constraint ex:c .\nex:c odrl:operator odrl:eq .`, { code: 'RC1009', line: 3 });
    shouldReport('RC1009 a logical constraint with two operators', `${P} odrl:permission ex:r1 . ex:r1 odrl:action odrl:read ; odrl:constraint ex:c .\nex:c odrl:and ex:a ; odrl:or ex:b .`, { code: 'RC1009', line: 2 });
    shouldReport('RC1009 a logical constraint that is its own operand', `${P} odrl:permission ex:r1 . ex:r1 odrl:action odrl:read ; odrl:constraint ex:c .\nex:c odrl:and ex:c .`, { code: 'RC1009', line: 2 });
    shouldReport('RC1009 an unknown conflict strategy', `${P} odrl:conflict ex:whatever ; odrl:permission ex:r1 . ex:r1 odrl:action odrl:read .`, { code: 'RC1009', line: 1 });
    shouldReport('RC1009 (warning) a rule no policy links to', `${P} odrl:permission ex:r1 . ex:r1 odrl:action odrl:read .\nex:r2 a odrl:Prohibition ; odrl:action odrl:read .`, { code: 'RC1009', line: 2 });
    shouldReport('RC1009 a file without a policy', `ex:r1 a odrl:Permission ; odrl:action odrl:read .`, { code: 'RC1009', line: -HEAD + 1 }, { code: 'RC1009', line: 1 });
    shouldReport('RC1009 andSequence operands that are not a list (warning)', `${P} odrl:permission ex:r1 . ex:r1 odrl:action odrl:read ; odrl:constraint ex:c .\nex:c odrl:andSequence ex:a .\nex:a odrl:leftOperand odrl:count ; odrl:operator odrl:eq ; odrl:rightOperand 1 .`, { code: 'RC1009', line: 2 });
    shouldReport('RC1010 odrl:perm1ssion, did you mean odrl:permission', `${P}\n  odrl:perm1ssion ex:r1 .\nex:r1 a odrl:Permission ; odrl:action odrl:read .`,
      { code: 'RC1010', line: 2, data: { term: 'perm1ssion', suggestion: 'permission' } }, { code: 'RC1009', line: 3 });
    shouldReport('RC1010 odrl:usee, did you mean odrl:use', `${P} odrl:permission ex:r1 .\nex:r1 odrl:action odrl:usee .`,
      { code: 'RC1010', line: 2, data: { term: 'usee', suggestion: 'use' } });
    shouldReport('RC1010 odrl:lteq1, and the constraint has no ODRL operator (RC1009)', `${P} odrl:permission ex:r1 . ex:r1 odrl:action odrl:read ; odrl:constraint ex:c .\nex:c odrl:leftOperand odrl:count ;\n  odrl:operator odrl:lteq1 ; odrl:rightOperand 3 .`,
      { code: 'RC1009', line: 2 }, { code: 'RC1010', line: 3, data: { term: 'lteq1', suggestion: 'lteq' } });
    shouldReport('RC1010 once per term, at its first mention', `${P} odrl:permission ex:r1, ex:r2 .\nex:r1 odrl:action odrl:Read .\nex:r2 odrl:action odrl:Read .`,
      { code: 'RC1010', line: 2, data: { term: 'Read', suggestion: 'read' } });
    shouldReport('RC1004 an unknown authority level', `${P} regc:authority auth:parliament ; odrl:permission ex:r1 . ex:r1 odrl:action odrl:read .`, { code: 'RC1004', line: 1 });
    shouldReport('RC1007 an effective date that is not a date', `${P} regc:effective "next year" ; odrl:permission ex:r1 . ex:r1 odrl:action odrl:read .`, { code: 'RC1007', line: 1 });
    shouldReport('RC3001 invalid Turtle', `${P} odrl:permission ex:r1 .\nex:r1 odrl:action .`, { code: 'RC3001', line: 2 });
    it('a rule without action is still a norm, with no action concept', async () => {
      const r = await ttl(`${P} odrl:permission ex:r1 . ex:r1 a odrl:Permission .`);
      assert.deepEqual(r.document!.norms.map((n) => [short(n.iri), n.action]), [['ex:r1', { text: '' }]]);
    });
  });
});
