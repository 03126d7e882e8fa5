import assert from 'node:assert/strict';
import type { Norm, SourceFile } from '../../src/ir/index.js';
import { applyReviews, extractNorms, parseReview, type Review } from '../../src/extract/index.js';
import { concepts, docOf, ORBIS } from './helpers.js';

const file = (text: string): SourceFile => ({ path: 'regulations/test-doc.review.yaml', text, sha256: '' });
const yaml = (...lines: string[]) => lines.join('\n') + '\n';

function parsed(text: string): Review {
  const r = parseReview(file(text));
  assert.deepEqual(r.diagnostics, []);
  return r.review!;
}

/** Parsing must fail with this code at this line. */
const shouldReject = (title: string, text: string, line: number) =>
  it(`rejects ${title} (RC3004 at line ${line})`, () => {
    const r = parseReview(file(text));
    assert.equal(r.review, undefined);
    assert.ok(r.diagnostics.length > 0);
    assert.deepEqual([r.diagnostics[0]!.code, r.diagnostics[0]!.span?.line], ['RC3004', line]);
  });

const doc = docOf(['Employees must not accept gifts worth more than USD 100.', 'Gifts are nice.', 'Managers must approve trips and must keep receipts.'], { defaultBearer: 'employee' });
const extracted = extractNorms(doc, { concepts: concepts(), documents: [doc] }).norms;
const summary = (norms: Norm[]) => norms.map((n) => `${n.iri.replace(/^.*test-doc\/main\//, '')} ${n.origin} ${n.kind} ${n.action.text}`);

describe('extract/review: parsing', () => {
  it('reads reviewer, date, clauses and norm specs', () => {
    const r = parsed(yaml('reviewed-by: A. Analyst', 'reviewed-on: 2026-01-15', 'clauses:', '  test-doc/main/1:', '    replace:', '      - kind: prohibition', '        bearer: employee', '        action: accept', '        target: cash', '        note: cash only'));
    assert.deepEqual([r.reviewedBy, r.reviewedOn, r.clauses.length, r.clauses[0]!.clauseId, r.clauses[0]!.mode, r.clauses[0]!.norms[0]!.spec.kind], ['A. Analyst', '2026-01-15', 1, 'test-doc/main/1', 'replace', 'prohibition']);
    assert.deepEqual([r.clauses[0]!.span.line, r.clauses[0]!.norms[0]!.span.line], [4, 6]);
  });
  it('accepts an empty replacement', () => assert.equal(parsed(yaml('clauses:', '  test-doc/main/1:', '    replace: []')).clauses[0]!.norms.length, 0));
  shouldReject('invalid YAML', yaml('clauses:', '  test-doc/main/1:', '    replace: [', '  bad'), 4);
  shouldReject('an unknown kind', yaml('clauses:', '  test-doc/main/1:', '    add:', '      - kind: duty', '        bearer: employee', '        action: report'), 4);
  shouldReject('a missing action', yaml('clauses:', '  test-doc/main/1:', '    add:', '      - kind: obligation', '        bearer: employee'), 4);
  shouldReject('an unknown key', yaml('clauses:', '  test-doc/main/1:', '    add:', '      - kind: obligation', '        bearer: employee', '        action: report', '        colour: red'), 4);
  shouldReject('both replace and add', yaml('clauses:', '  test-doc/main/1:', '    replace: []', '    add: [{kind: obligation, bearer: employee, action: report}]'), 2);
  shouldReject('a malformed clause id', yaml('clauses:', '  just-an-id:', '    replace: []'), 2);
  shouldReject('a bad date', yaml('reviewed-on: 15/01/2026', 'clauses: {}'), 1);
  shouldReject('an unknown operator', yaml('clauses:', '  test-doc/main/1:', '    add:', '      - kind: obligation', '        bearer: employee', '        action: report', '        conditions:', '          - text: big', '            constraint: {leftOperand: monetaryValue, operator: huge, rightOperand: 5}'), 9);
});

describe('extract/review: applying', () => {
  const apply = (text: string) => applyReviews(extracted, [doc], [parsed(text)], concepts());
  it('replace takes the place and numbers of the replaced norms', () => {
    const r = apply(yaml('clauses:', '  test-doc/main/3:', '    replace:', '      - {kind: obligation, bearer: manager, action: approve}'));
    assert.deepEqual(summary(r.norms), ['1/n1 rules prohibition accept', '3/n1 analyst obligation approve']);
  });
  it('add continues the numbering after the extracted norms', () => {
    const r = apply(yaml('clauses:', '  test-doc/main/1:', '    add:', '      - {kind: obligation, bearer: employee, action: report, target: gift}'));
    assert.deepEqual(summary(r.norms), ['1/n1 rules prohibition accept', '1/n2 analyst obligation report', '3/n1 rules obligation approve', '3/n2 rules obligation keep']);
  });
  it('norms for a clause that had none go in document order', () => {
    const r = apply(yaml('clauses:', '  test-doc/main/2:', '    add:', '      - {kind: permission, bearer: employee, action: accept, target: gift}'));
    assert.deepEqual(summary(r.norms), ['1/n1 rules prohibition accept', '2/n1 analyst permission accept', '3/n1 rules obligation approve', '3/n2 rules obligation keep']);
  });
  it('an empty replacement removes the norms of the clause', () => {
    const r = apply(yaml('clauses:', '  test-doc/main/3:', '    replace: []'));
    assert.deepEqual(summary(r.norms), ['1/n1 rules prohibition accept']);
  });
  it('unknown clause id → RC3003 at the key', () => {
    const r = apply(yaml('clauses:', '  test-doc/main/9:', '    replace: []'));
    assert.deepEqual(r.diagnostics.map((d) => [d.code, d.span?.line, d.span?.column]), [['RC3003', 2, 3]]);
    assert.equal(r.norms.length, extracted.length);
  });
  it('analyst norms carry concepts, clause provenance and the review', () => {
    const r = apply(yaml('reviewed-by: A. Analyst', 'reviewed-on: 2026-01-15', 'clauses:', '  test-doc/main/1:', '    replace:', '      - kind: prohibition', '        bearer: employee', '        action: accept', '        target: cash', '        strength: advisory', '        modal: must not', '        note: cash only'));
    const n = r.norms[0]!;
    const c = doc.sections[0]!.clauses[0]!;
    assert.deepEqual([n.origin, n.strength, n.modal, n.bearer.concept, n.action.concept, n.target?.concept, n.clause, n.text, n.span], ['analyst', 'advisory', 'must not', ORBIS + 'employee', ORBIS + 'accept', ORBIS + 'cash', c.iri, c.text, c.span]);
    assert.deepEqual(n.review, { file: 'regulations/test-doc.review.yaml', reviewedBy: 'A. Analyst', reviewedOn: '2026-01-15', note: 'cash only' });
  });
  it('conditions: formalised from text, or as written', () => {
    const r = apply(yaml('clauses:', '  test-doc/main/1:', '    replace:', '      - kind: prohibition', '        bearer: employee', '        action: accept', '        conditions:', '          - worth more than USD 100', '          - text: in a blackout period', '            constraint: {leftOperand: blackout period, operator: eq, rightOperand: true}', '        exceptions:', '          - approved by the Ethics Office', '          - text: big', '            marker: except', '            constraint: {and: [{leftOperand: monetaryValue, operator: gt, rightOperand: 5, unit: EUR}, {leftOperand: dateTime, operator: lt, rightOperand: "2027-01-01"}]}'));
    const n = r.norms[0]!;
    assert.deepEqual(n.conditions.map((c) => c.marker), ['if', 'if']);
    assert.deepEqual(n.constraints, [
      { type: 'atomic', leftOperand: 'https://w3id.org/regc/ns#monetaryValue', operator: 'gt', rightOperand: [{ kind: 'number', value: 100 }], unit: 'http://qudt.org/vocab/currency/USD' },
      { type: 'atomic', leftOperand: ORBIS + 'blackoutPeriod', operator: 'eq', rightOperand: [{ kind: 'boolean', value: true }] },
    ]);
    assert.deepEqual(n.exceptions.map((c) => c.marker), ['unless', 'except']);
    assert.deepEqual(n.exceptions[1]!.constraint, {
      type: 'logical',
      operator: 'and',
      constraints: [
        { type: 'atomic', leftOperand: 'https://w3id.org/regc/ns#monetaryValue', operator: 'gt', rightOperand: [{ kind: 'number', value: 5 }], unit: 'http://qudt.org/vocab/currency/EUR' },
        { type: 'atomic', leftOperand: 'http://www.w3.org/ns/odrl/2/dateTime', operator: 'lt', rightOperand: [{ kind: 'date', value: '2027-01-01' }] },
      ],
    });
  });
  it('explicit concepts are kept as given', () => {
    const r = apply(yaml('clauses:', '  test-doc/main/2:', '    add:', '      - kind: permission', '        bearer: {text: visitors, concept: "https://example.org/orbis#visitor"}', '        action: {text: enter}'));
    assert.deepEqual([r.norms[1]!.bearer, r.norms[1]!.action], [{ text: 'visitors', concept: ORBIS + 'visitor' }, { text: 'enter' }]);
  });
  it('applies reviews in file order and is deterministic', () => {
    const a = parseReview({ path: 'regulations/b.review.yaml', text: yaml('clauses:', '  test-doc/main/2:', '    add:', '      - {kind: obligation, bearer: employee, action: smile}'), sha256: '' }).review!;
    const b = parseReview({ path: 'regulations/a.review.yaml', text: yaml('clauses:', '  test-doc/main/2:', '    add:', '      - {kind: obligation, bearer: employee, action: wave}'), sha256: '' }).review!;
    const r1 = applyReviews(extracted, [doc], [a, b], concepts());
    const r2 = applyReviews(extracted, [doc], [b, a], concepts());
    assert.deepEqual(summary(r1.norms), summary(r2.norms));
    assert.deepEqual(summary(r1.norms).slice(1, 3), ['2/n1 analyst obligation wave', '2/n2 analyst obligation smile']);
  });
});
