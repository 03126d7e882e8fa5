/**
 * Compliance reports for ODRL requests, in the terms of the FORCE compliance report model that the ODRL Test
 * Suite uses (https://w3id.org/force/compliance-report): for each rule of a policy and each rule of a request,
 * whether the rule is activated (Active / Inactive) by the request in a state of the world, with the premises
 * it turns on — party, action and target matches (ODRL 2.2 §2.2 party collections via `odrl:partOf`, §2.3 the
 * action hierarchy via `odrl:includedIn`, asset collections via `odrl:partOf`) and the satisfaction of each
 * constraint, logical constraints with their operands. A permission whose duty the state of the world reports
 * violated is not active (the duty's report is its condition). Constraints are evaluated by
 * `evaluateConstraint`, the compiler's own three-valued evaluation: a premise that is unknown is not
 * satisfied, so it cannot activate a rule.
 */
import { createHash } from 'node:crypto';
import N3 from 'n3';
import type { Constraint, Norm, NormKind, Operator, LogicalOperator, RegulationDocument, Value } from '../ir/index.js';
import { ID, ODRL, RDF, REPORT } from '../vocab/index.js';
import { valueTerm } from '../graph/constraint.js';
import { evaluateAll, evaluateConstraint, type Facts, type HierarchyContext, type TruthValue } from './constraints.js';
import type { Hierarchies } from './hierarchy.js';

export interface ReportContext extends HierarchyContext {
  /** The requesting party `a` is the party `b`, holds the role `b`, or belongs to the party collection `b`. */
  isParty(a: string, b: string): boolean;
  /** The requested action `a` is the action `b` or included in it (`odrl:includedIn`, transitively). */
  isAction(a: string, b: string): boolean;
  /** The requested asset `a` is the asset `b`, narrower than it, or part of the asset collection `b`. */
  isAsset(a: string, b: string): boolean;
}

/** The report context of the reasoner's hierarchies (built with the state of the world's triples too). */
export function reportContext(h: Hierarchies): ReportContext {
  return {
    isParty: (a, b) => h.role.isA(a, b),
    isAction: (a, b) => h.action.isA(a, b),
    isAsset: (a, b) => h.asset.isA(a, b),
    isA: (a, b) => h.isA.isA(a, b),
    partOf: (a, b) => h.partOf.isA(a, b),
  };
}

/** The deontic state of a duty as a state of the world reports it (FORCE `report:deonticState`). */
export type DutyState = 'nonSet' | 'fulfilled' | 'violated' | 'unknown';

export interface StateOfTheWorld {
  /** Values of left operands: `odrl:dateTime` (the current time), context facts, amounts … */
  facts: Facts;
  /** Duty states, by duty IRI, with the IRI of the report that states each. */
  duties?: ReadonlyMap<string, { state: DutyState; report?: string }>;
}

/** What one rule of a request (an `odrl:Request`) asks for: a party, an action, an asset. */
export interface RequestedRule {
  iri: string;
  assignee?: string;
  action?: string;
  target?: string;
}

export type PremiseReport =
  | { kind: 'party' | 'action' | 'target'; satisfied: TruthValue }
  | {
      kind: 'constraint';
      satisfied: TruthValue;
      constraint?: string;
      /** Atomic constraints: the operator, the situation's values of the left operand, the right operand. */
      operator?: Operator;
      leftValues?: Value[];
      rightOperand?: Value[];
      /** Logical constraints: the connective and a report per operand. */
      logical?: LogicalOperator;
      premises?: PremiseReport[];
    };

export interface RuleReport {
  rule: string;
  kind: NormKind;
  ruleRequest: string;
  attempted: boolean;
  active: boolean;
  premises: PremiseReport[];
  /** IRIs of the state of the world's duty reports the activation turned on. */
  conditions: string[];
  /** Left operands the activation turns on that the state of the world does not give. */
  missing: string[];
}

export interface ComplianceReport {
  policy: string;
  request: string;
  rules: RuleReport[];
}

type Rules = RegulationDocument | readonly Norm[];

/** Evaluates every top-level rule of the policy against every top-level rule of the request. */
export function complianceReport(policy: Rules, request: Rules, sotw: StateOfTheWorld, ctx: ReportContext): ComplianceReport {
  const norms = normsOf(policy);
  const requested = requestedRules(request);
  const rules: RuleReport[] = [];
  for (const norm of norms.filter((n) => n.dutyOf === undefined)) {
    for (const req of requested) rules.push(ruleReport(norm, norms, req, sotw, ctx));
  }
  return { policy: policyIri(policy), request: policyIri(request), rules };
}

function ruleReport(norm: Norm, all: readonly Norm[], req: RequestedRule, sotw: StateOfTheWorld, ctx: ReportContext): RuleReport {
  const premises: PremiseReport[] = [];
  const match = (mine: string | undefined, theirs: string | undefined, rel: (a: string, b: string) => boolean): TruthValue =>
    theirs === undefined ? 'unknown' : mine === theirs || rel(theirs, mine!) ? 'true' : 'false';
  if (norm.target?.concept) premises.push({ kind: 'target', satisfied: match(norm.target.concept, req.target, ctx.isAsset) });
  if (norm.bearer.concept) premises.push({ kind: 'party', satisfied: match(norm.bearer.concept, req.assignee, ctx.isParty) });
  if (norm.action.concept) {
    let satisfied = match(norm.action.concept, req.action, ctx.isAction);
    // refinements say how the action must be performed: they hold of the request's action or it does not match
    if (satisfied === 'true' && norm.refinements?.length) satisfied = evaluateAll(norm.refinements, sotw.facts, ctx).value;
    premises.push({ kind: 'action', satisfied });
  }
  for (const c of norm.constraints) premises.push(constraintReport(c, sotw.facts, ctx));

  const conditions: string[] = [];
  let violated = false;
  for (const d of all.filter((n) => n.dutyOf === norm.iri)) {
    const state = sotw.duties?.get(d.iri);
    if (!state) continue;
    if (state.report) conditions.push(state.report);
    if (state.state === 'violated') violated = true;
  }
  const missing = [...new Set([...evaluateAll(norm.constraints, sotw.facts, ctx).missing, ...(norm.refinements ? evaluateAll(norm.refinements, sotw.facts, ctx).missing : [])])].sort();
  return {
    rule: norm.iri,
    kind: norm.kind,
    ruleRequest: req.iri,
    attempted: true,
    active: premises.every((p) => p.satisfied === 'true') && !violated,
    premises,
    conditions: conditions.sort(),
    missing,
  };
}

function constraintReport(c: Constraint, facts: Facts, ctx: ReportContext): PremiseReport {
  const satisfied = evaluateConstraint(c, facts, ctx).value;
  const base = { kind: 'constraint' as const, satisfied, ...(c.iri ? { constraint: c.iri } : {}) };
  if (c.type === 'logical') return { ...base, logical: c.operator, premises: c.constraints.map((m) => constraintReport(m, facts, ctx)) };
  return { ...base, operator: c.operator, leftValues: facts.get(c.leftOperand) ?? [], rightOperand: c.rightOperand };
}

function normsOf(r: Rules): readonly Norm[] {
  return 'norms' in r ? r.norms : r;
}

/** The IRI of the (first) policy: from the document's metadata, else the norms' policy. */
function policyIri(r: Rules): string {
  const listed = 'norms' in r ? (r.meta.extra.policies as string[] | undefined)?.[0] : undefined;
  return listed ?? normsOf(r)[0]?.policy?.iri ?? ('norms' in r ? r.iri : '');
}

/** What each top-level rule of a request asks for. */
export function requestedRules(r: Rules): RequestedRule[] {
  return normsOf(r)
    .filter((n) => n.dutyOf === undefined)
    .map((n) => ({
      iri: n.iri,
      ...(n.bearer.concept ? { assignee: n.bearer.concept } : {}),
      ...(n.action.concept ? { action: n.action.concept } : {}),
      ...(n.target?.concept ? { target: n.target.concept } : {}),
    }));
}

// ---- the state of the world and the report as RDF ---------------------------------------------------------

const DUTY_STATES: Record<string, DutyState> = {
  [REPORT.NonSet]: 'nonSet',
  [REPORT.Fulfilled]: 'fulfilled',
  [REPORT.Violated]: 'violated',
};

/** Duty states stated in FORCE terms (`[] a report:DutyReport; report:rule <duty>; report:deonticState …`). */
export function dutyStatesFrom(store: N3.Store): Map<string, { state: DutyState; report: string }> {
  const out = new Map<string, { state: DutyState; report: string }>();
  const reports = store.getSubjects(RDF.type, REPORT.DutyReport, null).sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  for (const r of reports) {
    const rule = store.getObjects(r, REPORT.rule, null)[0];
    const state = store.getObjects(r, REPORT.deonticState, null)[0];
    if (!rule || out.has(rule.value)) continue;
    out.set(rule.value, { state: (state && DUTY_STATES[state.value]) ?? 'unknown', report: r.value });
  }
  return out;
}

const RULE_REPORT: Record<NormKind, string> = {
  permission: REPORT.PermissionReport,
  prohibition: REPORT.ProhibitionReport,
  obligation: REPORT.ObligationReport,
};
const PREMISE_REPORT = { party: REPORT.PartyReport, action: REPORT.ActionReport, target: REPORT.TargetReport, constraint: REPORT.ConstraintReport };

/** The report's IRI: under the compiled-id base, derived from the policy and request IRIs. */
export function reportIri(r: ComplianceReport): string {
  return `${ID}compliance/${createHash('sha256').update(`${r.policy}\n${r.request}`).digest('hex').slice(0, 16)}`;
}

/** The report as FORCE triples; every node has an IRI under the report's (`<report>/r1`, `<report>/r1/p2` …). */
export function reportQuads(r: ComplianceReport): N3.Quad[] {
  const { namedNode: n, quad } = N3.DataFactory;
  const out: N3.Quad[] = [];
  const add = (s: string, p: string, o: N3.Quad_Object) => out.push(quad(n(s), n(p), o));
  const root = reportIri(r);
  add(root, RDF.type, n(REPORT.PolicyReport));
  add(root, REPORT.policy, n(r.policy));
  add(root, REPORT.policyRequest, n(r.request));
  const state = (t: TruthValue) => n(t === 'true' ? REPORT.Satisfied : REPORT.Unsatisfied);
  const premise = (owner: string, iri: string, p: PremiseReport) => {
    add(owner, REPORT.premiseReport, n(iri));
    add(iri, RDF.type, n(PREMISE_REPORT[p.kind]));
    add(iri, REPORT.satisfactionState, state(p.satisfied));
    if (p.kind !== 'constraint') return;
    if (p.constraint) add(iri, REPORT.constraint, n(p.constraint));
    if (p.operator) add(iri, REPORT.constraintOperator, n(ODRL[p.operator]));
    for (const v of p.leftValues ?? []) add(iri, REPORT.constraintLeftOperand, valueTerm(v));
    for (const v of p.rightOperand ?? []) add(iri, REPORT.constraintRightOperand, valueTerm(v));
    if (p.logical) add(iri, REPORT.constraintLogicalOperand, n(ODRL[p.logical]));
    (p.premises ?? []).forEach((m, k) => premise(iri, `${iri}/p${k + 1}`, m));
  };
  r.rules.forEach((rule, i) => {
    const s = `${root}/r${i + 1}`;
    add(root, REPORT.ruleReport, n(s));
    add(s, RDF.type, n(RULE_REPORT[rule.kind]));
    add(s, REPORT.rule, n(rule.rule));
    add(s, REPORT.ruleRequest, n(rule.ruleRequest));
    add(s, REPORT.attemptState, n(rule.attempted ? REPORT.Attempted : REPORT.NotAttempted));
    add(s, REPORT.activationState, n(rule.active ? REPORT.Active : REPORT.Inactive));
    for (const c of rule.conditions) add(s, REPORT.conditionReport, n(c));
    rule.premises.forEach((p, k) => premise(s, `${s}/p${k + 1}`, p));
  });
  return out;
}
