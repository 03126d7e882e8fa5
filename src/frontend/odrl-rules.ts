/**
 * The rules of the ODRL policies in a file as Norm IR (ODRL Information Model 2.2): §2.1 policies of every
 * subclass of `odrl:Policy`; §2.6 permissions, prohibitions and obligations, and the duties of a permission
 * (obligations with `dutyOf`); §2.7.1 policy-level `assignee` / `assigner` / `action` / `target`, which
 * apply to every rule that does not state its own; §2.7.1 a rule with several actions, assignees or targets
 * stands for one atomic rule per combination (IRIs `<rule>/1`, `<rule>/2` …); action refinements
 * (`[ rdf:value odrl:print; odrl:refinement … ]`) become the norm's `refinements`; party and asset
 * collections stay the rule's assignee or target (membership is a fact of the situation, `odrl:partOf`).
 * `odrl:inheritFrom` is kept as document metadata only: a parent policy is compiled from its own file, and
 * its rules apply in their own right, so the child does not copy them. Structural faults are RC1009.
 */
import N3 from 'n3';
import { diag, type ConceptRef, type Constraint, type Diagnostic, type Norm, type NormKind } from '../ir/index.js';
import { ODRL, RDF } from '../vocab/index.js';
import { readConstraint } from './odrl-constraint.js';
import { localName, type PolicyGraph } from './odrl-graph.js';
import { termId } from './odrl-source.js';

/** The classes of ODRL policies (ODRL Information Model §2.1 and its subclasses §3.1–3.3, vocabulary §2.1). */
export const POLICY_CLASSES: readonly string[] = [
  ODRL.Policy, ODRL.Set, ODRL.Offer, ODRL.Agreement, ODRL.Request, ODRL.Ticket, ODRL.Privacy, ODRL.Assertion,
];
const RULE_LINKS: readonly [string, NormKind][] = [
  [ODRL.permission, 'permission'],
  [ODRL.prohibition, 'prohibition'],
  [ODRL.obligation, 'obligation'],
];
const CONFLICT: Record<string, 'perm' | 'prohibit' | 'invalid'> = {
  [ODRL.perm]: 'perm',
  [ODRL.prohibit]: 'prohibit',
  [ODRL.invalid]: 'invalid',
};

export interface PolicyInfo {
  iri: string;
  types: string[];
  conflict?: 'perm' | 'prohibit' | 'invalid';
}

export interface RulesRead {
  policies: PolicyInfo[];
  norms: Norm[];
  /** IRIs of the rules (and duties) the norms were read from. */
  rules: Set<string>;
  diagnostics: Diagnostic[];
}

/** What a rule takes from its policy (or a duty from its permission) when it does not say it itself. */
interface Inherited {
  assignees: N3.Term[];
  actions: N3.Term[];
  targets: N3.Term[];
}

export function readRules(g: PolicyGraph, documentIri: string): RulesRead {
  const diagnostics: Diagnostic[] = [];
  const norms: Norm[] = [];
  const done = new Set<string>();
  const policies: PolicyInfo[] = [];

  const typed = g.subjectsOfType(POLICY_CLASSES);
  const typedIds = new Set(typed.map(termId));
  const untyped = new Map<string, N3.Term>();
  for (const [link] of RULE_LINKS) for (const s of g.subjectsWith(link)) if (!typedIds.has(termId(s))) untyped.set(termId(s), s);
  for (const s of untyped.values()) {
    diagnostics.push(diag('RC1009', `${s.value} has rules but is not typed as an ODRL policy (odrl:Set, odrl:Offer, odrl:Agreement …)`, g.span(s), { severity: 'warning', nodes: [s.value] }));
  }
  const all = [...typed, ...untyped.values()];

  for (const p of all) {
    const info: PolicyInfo = { iri: p.value, types: g.types(p).filter((t) => POLICY_CLASSES.includes(t)) };
    const conflicts = g.objects(p, ODRL.conflict);
    if (conflicts.length) {
      const c = CONFLICT[conflicts[0]!.value];
      if (c && conflicts.length === 1) info.conflict = c;
      else diagnostics.push(diag('RC1009', `policy ${p.value} has conflict strategy ${conflicts.map((t) => t.value).join(', ')}; ODRL allows one of odrl:perm, odrl:prohibit, odrl:invalid`, g.span(p), { nodes: [p.value] }));
    }
    policies.push(info);
    const inherited: Inherited = {
      assignees: g.objects(p, ODRL.assignee),
      actions: g.objects(p, ODRL.action),
      targets: g.objects(p, ODRL.target),
    };
    const policy = { iri: p.value, ...(info.conflict ? { conflict: info.conflict } : {}) };
    for (const [link, kind] of RULE_LINKS) {
      for (const rule of g.objects(p, link)) {
        if (rule.termType === 'Literal') {
          diagnostics.push(diag('RC1009', `the ${kind} of policy ${p.value} is the literal "${rule.value}", not a rule`, g.span(p), { nodes: [p.value] }));
          continue;
        }
        if (done.has(rule.value)) continue;
        done.add(rule.value);
        const made = readRule(g, rule, kind, inherited, { documentIri, policy }, diagnostics);
        norms.push(...made);
        if (kind !== 'permission') continue;
        const owner = made[0];
        for (const duty of g.objects(rule, ODRL.duty)) {
          if (duty.termType === 'Literal' || done.has(duty.value) || !owner) continue;
          done.add(duty.value);
          // the duty's assignee, if it names none, is the permission's (ODRL IM §2.6.2)
          const fromPermission: Inherited = { assignees: g.objects(rule, ODRL.assignee).length ? g.objects(rule, ODRL.assignee) : inherited.assignees, actions: [], targets: [] };
          const duties = readRule(g, duty, 'obligation', fromPermission, { documentIri, policy, dutyOf: owner.iri }, diagnostics);
          for (const n of made) n.duties.push(...duties.map((d) => d.iri));
          norms.push(...duties);
        }
      }
    }
  }

  // rules no policy links to (a mistyped link property, a forgotten odrl:permission)
  for (const r of g.subjectsOfType([ODRL.Permission, ODRL.Prohibition, ODRL.Duty])) {
    if (done.has(r.value) || isLinked(g, r)) continue;
    diagnostics.push(diag('RC1009', `rule ${r.value} is not part of any policy`, g.span(r), { severity: 'warning', nodes: [r.value] }));
  }
  return { policies, norms, rules: done, diagnostics };
}

/** Whether some node refers to the rule as a duty, consequence or remedy (which are not top-level rules). */
function isLinked(g: PolicyGraph, r: N3.Term): boolean {
  return [ODRL.duty, ODRL.consequence, ODRL.remedy, ODRL.failure].some((p) => g.store.countQuads(null, N3.DataFactory.namedNode(p), r as N3.Quad_Object, null) > 0);
}

interface RuleContext {
  documentIri: string;
  policy: { iri: string; conflict?: 'perm' | 'prohibit' | 'invalid' };
  dutyOf?: string;
}

/** The atomic norms of one rule. */
function readRule(g: PolicyGraph, rule: N3.Term, kind: NormKind, inherited: Inherited, rc: RuleContext, out: Diagnostic[]): Norm[] {
  const own = (p: string) => g.objects(rule, p).filter((t) => t.termType !== 'Literal' || (out.push(diag('RC1009', `rule ${rule.value} has the literal "${t.value}" as ${localName(p)}; it must be an IRI`, g.span(rule), { nodes: [rule.value] })), false));
  const pick = (p: string, fallback: N3.Term[]) => {
    const mine = own(p);
    return mine.length ? mine : fallback;
  };
  const assignees = pick(ODRL.assignee, inherited.assignees);
  const targets = pick(ODRL.target, inherited.targets);
  const actionTerms = pick(ODRL.action, inherited.actions);
  if (!actionTerms.length) {
    out.push(diag('RC1009', `${kind === 'obligation' && rc.dutyOf ? 'duty' : kind} ${rule.value} has no action; every ODRL rule must have one`, g.span(rule), { nodes: [rule.value] }));
  }

  const actions = actionTerms.map((a) => readAction(g, a, rule.value, out));
  const constraints: Constraint[] = [];
  for (const c of g.objects(rule, ODRL.constraint)) {
    const read = readConstraint(g, c, rule.value, out);
    if (read) constraints.push(read);
  }

  const combos: { assignee?: N3.Term; action?: (typeof actions)[number]; target?: N3.Term }[] = [];
  for (const assignee of assignees.length ? assignees : [undefined]) {
    for (const action of actions.length ? actions : [undefined]) {
      for (const target of targets.length ? targets : [undefined]) combos.push({ assignee, action, target });
    }
  }
  const text = g.text(rule) ?? rule.value;
  const span = g.span(rule, rc.policy.iri);
  return combos.map((c, i) => {
    const norm: Norm = {
      iri: combos.length === 1 ? rule.value : `${rule.value}/${i + 1}`,
      kind,
      strength: 'strict',
      bearer: c.assignee ? ref(g, c.assignee.value) : { text: '' },
      action: c.action?.concept ? ref(g, c.action.concept) : { text: '' },
      constraints: [...constraints],
      conditions: [],
      exceptions: [],
      references: [],
      overrides: [],
      duties: [],
      document: rc.documentIri,
      policy: { ...rc.policy },
      origin: 'odrl',
      text,
      span,
    };
    if (c.target) norm.target = ref(g, c.target.value);
    if (c.action?.refinements.length) norm.refinements = [...c.action.refinements];
    if (rc.dutyOf !== undefined) norm.dutyOf = rc.dutyOf;
    return norm;
  });
}

/** An action: an IRI, or a node whose `rdf:value` is the action and whose `odrl:refinement`s refine it. */
function readAction(g: PolicyGraph, a: N3.Term, rule: string, out: Diagnostic[]): { concept?: string; refinements: Constraint[] } {
  const value = g.object(a, RDF.value);
  const refinementNodes = g.objects(a, ODRL.refinement);
  if (!value && !refinementNodes.length) return { concept: a.value, refinements: [] };
  if (!value || value.termType === 'Literal') {
    out.push(diag('RC1009', `action ${a.value} of rule ${rule} has refinements but no rdf:value naming the action`, g.span(a, rule), { nodes: [rule] }));
    return { refinements: [] };
  }
  const refinements: Constraint[] = [];
  for (const r of refinementNodes) {
    const c = readConstraint(g, r, rule, out);
    if (c) refinements.push(c);
  }
  return { concept: value.value, refinements };
}

function ref(g: PolicyGraph, iri: string): ConceptRef {
  return { text: g.label(iri), concept: iri };
}
