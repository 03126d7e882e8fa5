/**
 * The ODRL Test Suite (SolidLab, `../shared/conformance/odrl-test-suite/`) run through the compiler's own code:
 * policies and requests read by the ODRL front end, hierarchies built by the reasoner (with the ODRL action
 * hierarchy of `ontologies/odrl-core.ttl` and the state of the world's `odrl:partOf` memberships), constraints
 * evaluated by `evaluateConstraint`, the report written as FORCE triples. Each evaluated report is compared with
 * the expected one as the suite's metrics do:
 * - Rule-Activation: the (single) rule report's activation state, attempt state, requested rule and policy rule;
 * - Constraint-satisfaction: every premise report the test case states (target, party, action, constraint —
 *   a constraint report by the constraint it reports on) has a counterpart of the same type in the evaluated
 *   report with the same satisfaction state, and the two reports have as many premise reports. The test case
 *   files are read whole, so a premise report the expected report states but does not link (case 065 links
 *   its constraint reports under other names) still counts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import N3 from 'n3';
import type { RegulationDocument, SourceFile } from '../../src/ir/index.js';
import { parseOdrl } from '../../src/frontend/odrl.js';
import { buildHierarchies } from '../../src/reasoner/hierarchy.js';
import { factsFrom } from '../../src/reasoner/constraints.js';
import { complianceReport, dutyStatesFrom, reportContext, reportIri, reportQuads } from '../../src/reasoner/odrl-report.js';
import { DCT, ODRL, RDF, REPORT } from '../../src/vocab/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SUITE_DIR = process.env.ODRL_TEST_SUITE ?? join(ROOT, '..', 'shared', 'conformance', 'odrl-test-suite', 'data');

/** The suite's own vocabulary for test cases and states of the world. */
const EX = 'http://example.org/';
const TEST_CASE = `${EX}TestCase`;

export interface CaseResult {
  /** `001` … from the file name. */
  number: string;
  file: string;
  title: string;
  passed: boolean;
  /** The Rule-Activation metric alone (activation, attempt, requested rule, policy rule). */
  activation: boolean;
  /** Why it failed, one line. */
  why?: string;
}

interface Loaded {
  doc: RegulationDocument;
  quads: N3.Quad[];
}

export function caseFiles(): string[] {
  return readdirSync(join(SUITE_DIR, 'test_cases')).filter((f) => f.endsWith('.ttl')).sort();
}

export function suiteAvailable(): boolean {
  return existsSync(join(SUITE_DIR, 'test_cases'));
}

/** Runs every test case; results in file order. */
export async function runSuite(): Promise<CaseResult[]> {
  const ontology = parseStore(readFileSync(join(ROOT, 'ontologies', 'odrl-core.ttl'), 'utf8'));
  const policies = await loadPolicies('policies');
  const requests = await loadPolicies('requests');
  const worlds = new Map<string, N3.Store>();
  for (const f of readdirSync(join(SUITE_DIR, 'sotw')).filter((x) => x.endsWith('.ttl')).sort()) {
    const store = parseStore(readFileSync(join(SUITE_DIR, 'sotw', f), 'utf8'));
    for (const s of store.getSubjects(RDF.type, `${EX}Sotw`, null)) worlds.set(s.value, store);
  }
  const out: CaseResult[] = [];
  for (const file of caseFiles()) out.push(runCase(file, ontology, policies, requests, worlds));
  return out;
}

function runCase(file: string, ontology: N3.Store, policies: Map<string, Loaded>, requests: Map<string, Loaded>, worlds: Map<string, N3.Store>): CaseResult {
  const number = /testcase-(\d+)/.exec(file)?.[1] ?? file;
  const expected = parseStore(readFileSync(join(SUITE_DIR, 'test_cases', file), 'utf8'));
  const tc = expected.getSubjects(RDF.type, TEST_CASE, null)[0];
  const title = tc ? (expected.getObjects(tc, DCT.title, null)[0]?.value ?? '') : '';
  const fail = (why: string, activation = false): CaseResult => ({ number, file, title, passed: false, activation, why });
  if (!tc) return fail('no ex:TestCase in the file');
  const ref = (p: string) => expected.getObjects(tc, `${EX}${p}`, null)[0]?.value ?? '';
  const policy = policies.get(ref('policy'));
  const request = requests.get(ref('request'));
  const world = worlds.get(ref('sotw'));
  if (!policy || !request || !world) return fail(`policy, request or state of the world not found (${ref('policy')}, ${ref('request')}, ${ref('sotw')})`);

  // the state of the world: the current time (`dct:issued` of what it includes), memberships, duty states
  const now = world.getObjects(world.getObjects(ref('sotw'), `${EX}includes`, null)[0] ?? null, DCT.issued, null)[0]
    ?? world.getObjects(null, DCT.issued, null)[0];
  const facts = factsFrom(now ? { [ODRL.dateTime]: { kind: 'dateTime', value: now.value } } : {});
  const actions = [...policy.doc.norms, ...request.doc.norms].map((n) => n.action.concept).filter((a): a is string => !!a);
  const hierarchies = buildHierarchies({ stores: [ontology, new N3.Store(policy.quads), world], actions });
  const report = complianceReport(policy.doc, request.doc, { facts, duties: dutyStatesFrom(world) }, reportContext(hierarchies));
  const evaluated = new N3.Store(reportQuads(report));

  const why = compareActivation(expected, ref('expectedReport'), evaluated, reportIri(report));
  if (why) return fail(why);
  const premises = comparePremises(expected, evaluated);
  return premises ? fail(premises, true) : { number, file, title, passed: true, activation: true };
}

/** Why the rule reports differ (Rule-Activation metric), or undefined when they agree. */
export function compareActivation(expected: N3.Store, expectedIri: string, evaluated: N3.Store, evaluatedIri: string): string | undefined {
  const one = (s: N3.Store, report: string) => {
    const rules = s.getObjects(report, REPORT.ruleReport, null);
    return rules.length === 1 ? rules[0]! : undefined;
  };
  const e = one(expected, expectedIri);
  const v = one(evaluated, evaluatedIri);
  if (!e || !v) return `expected one rule report in each report (expected ${e ? 1 : 'none or several'}, evaluated ${v ? 1 : 'none or several'})`;
  const get = (s: N3.Store, node: N3.Term, p: string) => s.getObjects(node, p, null).map((t) => t.value).sort().join(' ');
  for (const [p, name] of [[REPORT.activationState, 'activation'], [REPORT.attemptState, 'attempt'], [REPORT.ruleRequest, 'rule request'], [REPORT.rule, 'rule']] as const) {
    const a = get(expected, e, p);
    const b = get(evaluated, v, p);
    if (a !== b) return `${name}: expected ${short(a)}, evaluated ${short(b)}`;
  }
  return undefined;
}

/** Why the premise reports differ (the Constraint-satisfaction part of the metric), or undefined. */
export function comparePremises(expected: N3.Store, evaluated: N3.Store): string | undefined {
  const get = (s: N3.Store, node: N3.Term, p: string) => s.getObjects(node, p, null).map((t) => t.value).sort().join(' ');
  const premises = (s: N3.Store) =>
    [REPORT.TargetReport, REPORT.ActionReport, REPORT.PartyReport, REPORT.ConstraintReport].flatMap((type) =>
      s.getSubjects(RDF.type, type, null).map((node) => ({
        type,
        constraint: type === REPORT.ConstraintReport ? get(s, node, REPORT.constraint) : '',
        state: get(s, node, REPORT.satisfactionState),
      })),
    );
  const want = premises(expected);
  const got = premises(evaluated);
  if (want.length !== got.length) return `expected ${want.length} premise reports, evaluated ${got.length}`;
  for (const w of want) {
    const match = got.filter((g) => g.type === w.type && g.constraint === w.constraint);
    if (match.length !== 1) return `${short(w.type)}${w.constraint ? ` of ${w.constraint}` : ''}: ${match.length} evaluated reports`;
    if (match[0]!.state !== w.state) return `${short(w.type)}${w.constraint ? ` of ${w.constraint}` : ''}: expected ${short(w.state)}, evaluated ${short(match[0]!.state)}`;
  }
  return undefined;
}

const short = (iri: string) => iri.replace(REPORT.ns, 'report:');

async function loadPolicies(dir: string): Promise<Map<string, Loaded>> {
  const out = new Map<string, Loaded>();
  for (const f of readdirSync(join(SUITE_DIR, dir)).filter((x) => x.endsWith('.ttl')).sort()) {
    const file: SourceFile = { path: `${dir}/${f}`, text: readFileSync(join(SUITE_DIR, dir, f), 'utf8'), sha256: '' };
    const { document, quads } = await parseOdrl(file, { authorities: new Set() });
    if (!document) continue;
    for (const p of (document.meta.extra.policies as string[] | undefined) ?? []) out.set(p, { doc: document, quads });
  }
  return out;
}

function parseStore(text: string): N3.Store {
  return new N3.Store(new N3.Parser({ format: 'text/turtle' }).parse(text));
}
