/**
 * The norms of the compiled graph as plain ODRL 2.2 (ODRL Information Model 2.2): one `odrl:Set` per document
 * (its IRI, `dct:title`), a rule per norm — `odrl:Permission` / `odrl:Prohibition` / `odrl:Duty` with
 * `odrl:assignee`, `odrl:action` (with `odrl:refinement`s as `[ rdf:value …; odrl:refinement … ]`),
 * `odrl:target`, `odrl:constraint` — duties under their permission (`odrl:duty`), obligations as
 * `odrl:obligation`. A norm's conditions that have a formal version are constraints of the rule too, and so
 * are its exceptions where ODRL can state their negation (`negate.ts`); what ODRL cannot state (conditions in
 * words only, exceptions without a negation) stays as `regc:` annotations, beside the provenance
 * (`prov:wasDerivedFrom`, `regc:text`, the source span). Norms are read with the graph's own inverse of
 * lowering (`graph/raise.ts`), so the export follows the graph's layout.
 */
import N3 from 'n3';
import type { Constraint, Norm, NormKind } from '../../ir/index.js';
import { DCT, ODRL, PROV, RDF, REGC } from '../../vocab/index.js';
import { mintedConstraintIri, writeConstraint } from '../../graph/constraint.js';
import { mintedAction } from '../../graph/lower-norm.js';
import { readNorms } from '../../graph/raise.js';
import { GraphReader, iri, naturalCompare, str, TripleSink } from '../../graph/rdf.js';
import { writeSpan } from '../../graph/span.js';
import { negate } from './negate.js';

const RULE_CLASS: Record<NormKind, string> = { permission: ODRL.Permission, prohibition: ODRL.Prohibition, obligation: ODRL.Duty };
const POLICY_LINK: Record<NormKind, string> = { permission: ODRL.permission, prohibition: ODRL.prohibition, obligation: ODRL.obligation };

/** The ODRL triples for the norms of a graph. */
export function odrlStore(graph: N3.Store): N3.Store {
  const g = new GraphReader(graph);
  const out = new TripleSink(new N3.Store());
  const norms = readNorms(graph);
  const byIri = new Map(norms.map((n) => [n.iri, n]));
  const documents = [...new Set(norms.map((n) => n.document).filter((d) => d !== ''))].sort(naturalCompare);
  for (const doc of documents) {
    out.type(doc, ODRL.Set);
    out.add(doc, ODRL.uid, iri(doc));
    const title = g.value(doc, DCT.title);
    if (title !== undefined) out.add(doc, DCT.title, str(title));
    const mine = norms.filter((n) => n.document === doc);
    const strategies = new Set(mine.map((n) => n.policy?.conflict));
    const [only] = strategies;
    if (strategies.size === 1 && only) out.add(doc, ODRL.conflict, iri(ODRL[only]));
    for (const n of mine) {
      // a duty hangs under its rule; one whose rule is not in the graph is an obligation of the policy
      if (n.dutyOf === undefined || !byIri.has(n.dutyOf)) out.add(doc, POLICY_LINK[n.kind], iri(n.iri));
      writeRule(out, n);
    }
  }
  return out.store;
}

function writeRule(out: TripleSink, n: Norm): void {
  const s = n.iri;
  out.type(s, RULE_CLASS[n.kind]);
  if (n.bearer.concept) out.add(s, ODRL.assignee, iri(n.bearer.concept));
  const action = n.action.concept ?? mintedAction(n.action.text);
  if (n.refinements?.length) {
    const node = `${s}/action`;
    out.add(s, ODRL.action, iri(node));
    out.add(node, RDF.value, iri(action));
    n.refinements.forEach((r, i) => out.add(node, ODRL.refinement, iri(writeConstraint(out, r, `${node}/r${i + 1}`))));
  } else out.add(s, ODRL.action, iri(action));
  if (n.target?.concept) out.add(s, ODRL.target, iri(n.target.concept));

  const constraints: [Constraint, string][] = n.constraints.map((c, i) => [c, mintedConstraintIri(s, i + 1)]);
  n.conditions.forEach((c, i) => {
    if (c.constraint) constraints.push([c.constraint, mintedConstraintIri(`${s}/cond${i + 1}`, 1)]);
    else annotate(out, s, REGC.condition, REGC.Condition, `${s}/cond${i + 1}`, c.text);
  });
  n.exceptions.forEach((e, i) => {
    const negated = e.constraint && negate(e.constraint);
    if (negated) constraints.push([negated, `${s}/exc${i + 1}/not`]);
    else annotate(out, s, REGC.exception, REGC.Exception, `${s}/exc${i + 1}`, e.text);
  });
  for (const [c, minted] of constraints) out.add(s, ODRL.constraint, iri(writeConstraint(out, c, minted)));
  for (const d of [...n.duties].sort(naturalCompare)) out.add(s, ODRL.duty, iri(d));

  // provenance annotations
  out.add(s, PROV.wasDerivedFrom, iri(n.clause ?? n.document));
  out.add(s, REGC.origin, str(n.origin));
  if (n.text) out.add(s, REGC.text, str(n.text));
  if (!n.bearer.concept && n.bearer.text) out.add(s, REGC.bearerText, str(n.bearer.text));
  if (n.span.file) writeSpan(out, s, n.span);
}

/** A condition or exception ODRL cannot state, kept as the graph states it (`regc:condition` / `regc:exception`). */
function annotate(out: TripleSink, rule: string, link: string, cls: string, node: string, text: string): void {
  out.add(rule, link, iri(node));
  out.type(node, cls);
  out.add(node, REGC.conditionText, str(text));
}
