// The running example (regulations/, ontologies/) through the whole compile: the conflicts the reasoner finds
// are exactly those of the gold standard (test/regulations/conflicts.ts: status, deciding principle, winner),
// and `regc evaluate` answers situations of Orbis Systems as an analyst reading the texts would.
import assert from 'node:assert/strict';
import type { Conflict, DeonticStatus, Diagnostic, Principle } from '../../src/ir/index.js';
import { compile } from '../../src/compile.js';
import { evaluateSituationText, loadReasoned, readConflicts } from '../../src/reasoner/index.js';
import type { Reasoned } from '../../src/reasoner/index.js';
import { ID } from '../../src/vocab/index.js';
import { EXPECTED_CONFLICTS } from '../regulations/conflicts.js';

const normOf = (clauseId: string) => `${ID}${clauseId}/n1`;
const clauseOf = (iri: string) => iri.slice(ID.length).replace(/\/(n|t)\d+$/, '');
const USD = 'http://qudt.org/vocab/currency/USD';

let conflicts: Conflict[] = [];
let diagnostics: Diagnostic[] = [];
let reasoned: Reasoned;

interface Expect {
  status: DeonticStatus;
  /** Clause id of the deciding norm. */
  deciding?: string;
  defeated?: string[];
  chain?: Principle[];
  /** Local names of the missing facts. */
  missing?: string[];
}
/** One row: a situation of the example (compact IRIs with `orbis:`) and the answer expected. */
function shouldAnswer(name: string, situation: object, expected: Expect) {
  it(`${name}: ${expected.status}${expected.deciding ? ` by ${expected.deciding}` : ''}`, () => {
    const text = JSON.stringify({ prefixes: { orbis: 'https://example.org/orbis#' }, ...situation });
    const r = evaluateSituationText(text, 'situation.json', reasoned);
    assert.deepEqual(r.diagnostics, []);
    const e = r.evaluation!;
    assert.deepEqual(
      {
        status: e.status,
        deciding: e.deciding ? clauseOf(e.deciding.iri) : undefined,
        defeated: e.defeated.map((d) => clauseOf(d.iri)),
        chain: e.chain.map((c) => c.principle),
        missing: e.missing.map((m) => m.replace(/^.*[#/]/, '')),
      },
      { deciding: undefined, defeated: [], chain: [], missing: [], ...expected },
    );
  });
}
const employee = 'orbis:employee';

describe('reasoner on the running example', () => {
before(async function () {
    this.timeout(120_000);
    const r = await compile({ regulations: 'regulations', ontologies: 'ontologies', out: 'compiled', dryRun: true });
    assert.ok(r.graph && r.ontology, 'the example compiles');
    conflicts = readConflicts(r.graph);
    diagnostics = r.diagnostics.filter((d) => d.code.startsWith('RC4'));
    reasoned = loadReasoned(r.graph, r.ontology);
  });

  describe('conflicts', () => {
    for (const c of EXPECTED_CONFLICTS) {
      it(`${c.name}: ${c.status}, ${c.principle ?? 'unresolved'}${c.winner ? ` → ${c.winner}` : ''}`, () => {
        const found = conflicts.find((x) => [...x.norms].sort().join() === c.norms.map(normOf).sort().join());
        assert.ok(found, `no conflict between ${c.norms.join(' and ')}`);
        assert.deepEqual(
          { status: found.status, principle: found.resolution?.principle ?? null, winner: found.resolution ? clauseOf(found.resolution.winner) : null },
          { status: c.status, principle: c.principle, winner: c.winner },
        );
      });
    }
    it('finds no other conflict', () =>
      assert.deepEqual(conflicts.map((x) => x.norms.map(clauseOf).sort().join(' / ')).sort(), EXPECTED_CONFLICTS.map((c) => [...c.norms].sort().join(' / ')).sort()));
    it('decides them by four different principles and leaves one unresolved', () => {
      const principles = new Set(conflicts.flatMap((x) => (x.resolution ? [x.resolution.principle] : [])));
      assert.deepEqual([...principles].sort(), ['explicit', 'lex-posterior', 'lex-specialis', 'lex-superior']);
      assert.equal(conflicts.filter((x) => !x.resolution).length, 1);
    });
    it('reports the unresolved one (RC4002) and nothing else', () =>
      assert.deepEqual(diagnostics.map((d) => [d.code, d.span?.file, d.span?.line]), [['RC4002', 'regulations/orbis-conduct.md', 260]]));
  });

  describe('regc evaluate', () => {
    const gift = (value: number, facts: object) => ({ actor: employee, action: 'orbis:accept', target: 'orbis:gift', facts: { 'regc:monetaryValue': { value, unit: USD }, ...facts } });
    shouldAnswer('accepting a gift of USD 150 without approval', gift(150, { 'orbis:ethicsApproval': false, 'orbis:openTender': false }), { status: 'prohibited', deciding: 'orbis-conduct/gift-limits/1' });
    shouldAnswer('accepting a gift of USD 150 with the Ethics Office\'s approval', gift(150, { 'orbis:ethicsApproval': true, 'orbis:openTender': false }), { status: 'not-regulated' });
    shouldAnswer('accepting a gift of USD 150, approval not said', gift(150, { 'orbis:openTender': false }), { status: 'needs-more-information', missing: ['ethicsApproval'] });
    shouldAnswer('accepting a gift of USD 50', gift(50, { 'orbis:openTender': false }), { status: 'not-regulated' });
    shouldAnswer('accepting a gift of USD 50 during an open tender', gift(50, { 'orbis:openTender': true }), { status: 'prohibited', deciding: 'orbis-conduct/tenders/2' });
    shouldAnswer('accepting USD 10 in cash', { actor: employee, action: 'orbis:accept', target: 'orbis:cash', facts: { 'regc:monetaryValue': { value: 10, unit: USD }, 'orbis:openTender': false } }, { status: 'prohibited', deciding: 'orbis-conduct/cash/1' });
    shouldAnswer('an employee speaking to the press', { actor: employee, action: 'orbis:speakToPress', target: 'behalf of Orbis' }, { status: 'prohibited', deciding: 'orbis-conduct/press/2' });
    shouldAnswer('a spokesperson speaking to the press', { actor: 'orbis:spokesperson', action: 'orbis:speakToPress', target: 'behalf of Orbis' }, { status: 'permitted', deciding: 'orbis-conduct/press/3', defeated: ['orbis-conduct/press/2'], chain: ['lex-specialis'] });
    shouldAnswer('a contractor speaking to the press (analyst Turtle)', { actor: 'orbis:contractor', action: 'orbis:speakToPress', target: 'behalf of Orbis' }, { status: 'prohibited', deciding: 'orbis-conduct/press/1' });
    shouldAnswer('using a public generative AI tool', { actor: employee, action: 'orbis:use', target: 'orbis:publicGenerativeAiTool' }, { status: 'prohibited', deciding: 'orbis-policy-update-2026/generative-ai/2', defeated: ['orbis-conduct/ai-tools/1'], chain: ['lex-posterior'] });
    shouldAnswer('Orbis Assist answering a conduct question', { actor: 'orbis:assistant', action: 'orbis:answer', target: 'orbis:conductQuestion', facts: { 'orbis:investigationOngoing': false } }, { status: 'permitted', deciding: 'orbis-assist-policy/answering/1' });
    shouldAnswer('… about an ongoing investigation', { actor: 'orbis:assistant', action: 'orbis:answer', target: 'orbis:conductQuestion', facts: { 'orbis:investigationOngoing': true } }, { status: 'prohibited', deciding: 'orbis-assist-policy/answering/3', defeated: ['orbis-assist-policy/answering/1'], chain: ['lex-specialis'] });
    shouldAnswer('… not saying whether an investigation is ongoing', { actor: 'orbis:assistant', action: 'orbis:answer', target: 'orbis:conductQuestion' }, { status: 'needs-more-information', missing: ['investigationOngoing'] });
    shouldAnswer('a designated insider trading Orbis shares in a blackout', { actor: 'orbis:designatedInsider', action: 'orbis:trade', target: 'orbis:orbisSecurities', facts: { 'orbis:blackoutPeriod': true, 'orbis:possessesInsiderInformation': false } }, { status: 'prohibited', deciding: 'orbis-conduct/blackout/1', defeated: ['orbis-conduct/share-plan/1'], chain: ['explicit'] });
    shouldAnswer('… outside a blackout', { actor: 'orbis:designatedInsider', action: 'orbis:trade', target: 'orbis:orbisSecurities', facts: { 'orbis:blackoutPeriod': false, 'orbis:possessesInsiderInformation': false } }, { status: 'permitted', deciding: 'orbis-conduct/share-plan/1' });
    shouldAnswer('an employee trading Orbis shares, inside information not said', { actor: employee, action: 'orbis:trade', target: 'orbis:orbisSecurities' }, { status: 'needs-more-information', missing: ['possessesInsiderInformation'] });
    shouldAnswer('an employee trading Orbis shares with inside information', { actor: employee, action: 'orbis:trade', target: 'orbis:orbisSecurities', facts: { 'orbis:possessesInsiderInformation': true } }, { status: 'prohibited', deciding: 'orbis-conduct/trading/1', defeated: ['orbis-conduct/share-plan/1'], chain: ['explicit'] });
    shouldAnswer('disclosing confidential information to report a violation', { actor: employee, action: 'orbis:disclose', target: 'orbis:confidentialInformation', facts: { 'orbis:reportingViolation': true, 'orbis:ndaInPlace': false } }, { status: 'permitted', deciding: 'orbis-conduct/external-reporting/2', defeated: ['orbis-conduct/disclosure/1'], chain: ['explicit'] });
    shouldAnswer('disclosing confidential information otherwise', { actor: employee, action: 'orbis:disclose', target: 'orbis:confidentialInformation', facts: { 'orbis:reportingViolation': false, 'orbis:ndaInPlace': false } }, { status: 'prohibited', deciding: 'orbis-conduct/disclosure/1' });
    shouldAnswer('a contractor disclosing it without an NDA (analyst Turtle)', { actor: 'orbis:contractor', action: 'orbis:disclose', target: 'orbis:confidentialInformation', facts: { 'orbis:ndaInPlace': false } }, { status: 'prohibited', deciding: 'orbis-conduct/scope/4' });
    shouldAnswer('a contractor disclosing it under an NDA', { actor: 'orbis:contractor', action: 'orbis:disclose', target: 'orbis:confidentialInformation', facts: { 'orbis:ndaInPlace': true } }, { status: 'not-regulated' });
    shouldAnswer('a manager sharing a reporter\'s identity', { actor: 'orbis:manager', action: 'orbis:share', target: 'orbis:reporterIdentity', facts: { 'orbis:anonymityRequested': false } }, { status: 'obligatory', deciding: 'orbis-conduct/report-confidentiality/1' });
    shouldAnswer('… who asked to remain anonymous (unresolved on purpose)', { actor: 'orbis:manager', action: 'orbis:share', target: 'orbis:reporterIdentity', facts: { 'orbis:anonymityRequested': true } }, { status: 'conflict' });
    shouldAnswer('contributing a bug fix to an approved project', { actor: employee, action: 'orbis:contribute', target: 'orbis:bugFix', facts: { 'orbis:approvedProject': true } }, { status: 'permitted', deciding: 'orbis-policy-update-2026/open-source/2' });
    shouldAnswer('contributing a bug fix elsewhere without approval', { actor: employee, action: 'orbis:contribute', target: 'orbis:bugFix', facts: { 'orbis:approvedProject': false, 'orbis:ospoApproval': false } }, { status: 'prohibited', deciding: 'orbis-conduct/contributions/1' });
    shouldAnswer('contributing a new feature with OSPO approval', { actor: employee, action: 'orbis:contribute', target: 'orbis:newFeature', facts: { 'orbis:ospoApproval': true } }, { status: 'not-regulated' });
    shouldAnswer('hospitality at an industry event during a tender (EMEA)', { actor: employee, action: 'orbis:accept', target: 'orbis:hospitality', facts: { 'orbis:industryEvent': true, 'orbis:openTender': true } }, { status: 'prohibited', deciding: 'orbis-conduct/tenders/1', defeated: ['orbis-emea-addendum/industry-events/2'], chain: ['lex-superior'] });
    shouldAnswer('hospitality at an industry event (EMEA)', { actor: employee, action: 'orbis:accept', target: 'orbis:hospitality', facts: { 'orbis:industryEvent': true, 'orbis:openTender': false } }, { status: 'permitted', deciding: 'orbis-emea-addendum/industry-events/2' });
    shouldAnswer('supplier-paid travel to an industry event, no approval', { actor: employee, action: 'orbis:accept', target: 'orbis:travel', facts: { 'orbis:industryEvent': true, 'orbis:openTender': false, 'orbis:managerApproval': false } }, { status: 'prohibited', deciding: 'orbis-conduct/entertainment/3', defeated: ['orbis-emea-addendum/industry-events/2'], chain: ['lex-superior'] });
    shouldAnswer('the Ethics Office investigating a concern', { actor: 'orbis:ethicsOffice', action: 'orbis:investigate', target: 'orbis:concernReport' }, { status: 'obligatory', deciding: 'orbis-conduct/duty-to-report/10' });
    shouldAnswer('a manager investigating a concern', { actor: 'orbis:manager', action: 'orbis:investigate', target: 'orbis:concernReport' }, { status: 'prohibited', deciding: 'orbis-conduct/duty-to-report/8' });
    shouldAnswer('Orbis Assist approving a gift', { actor: 'orbis:assistant', action: 'orbis:approve', target: 'orbis:gift' }, { status: 'prohibited', deciding: 'orbis-assist-policy/referrals/2' });
    shouldAnswer('reporting a security incident', { actor: employee, action: 'orbis:report', target: 'orbis:securityIncident' }, { status: 'obligatory', deciding: 'orbis-conduct/asset-use/5' });
  });
});
