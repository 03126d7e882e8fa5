/**
 * The triples of a policy file that its norms do not already carry: what the graph should receive besides
 * the lowered norms (policy metadata, party and asset collections and their members, labels, properties ODRL
 * or the compiler does not read). Left out are the rule structure the norms state — a rule's class, `action`,
 * `assignee`, `target`, `constraint`, `duty`, the links from its policy — and every node of its constraints
 * and refined actions, so that merging these triples never gives a norm a second action, or turns a rule
 * that stood for several atomic norms into a norm of its own.
 */
import N3 from 'n3';
import { ODRL, RDF } from '../vocab/index.js';
import { termId } from './odrl-source.js';

const RULE_STRUCTURE = new Set([ODRL.action, ODRL.assignee, ODRL.target, ODRL.constraint, ODRL.duty]);
const RULE_CLASSES = new Set([ODRL.Permission, ODRL.Prohibition, ODRL.Duty, ODRL.Rule]);
const RULE_LINKS = new Set([ODRL.permission, ODRL.prohibition, ODRL.obligation, ODRL.duty]);
const LOGICAL = [ODRL.and, ODRL.or, ODRL.xone, ODRL.andSequence];

/** @param rules IRIs of the rules the norms were read from (including duties). */
export function extraTriples(quads: readonly N3.Quad[], rules: ReadonlySet<string>): N3.Quad[] {
  const store = new N3.Store([...quads]);
  const structure = new Set<string>();
  const objects = (s: N3.Term, p: string) => store.getObjects(s as N3.Quad_Subject, p, null);

  const list = (head: N3.Term, item: (t: N3.Term) => void) => {
    let cell: N3.Term | undefined = head;
    while (cell && cell.termType === 'BlankNode' && !structure.has(termId(cell))) {
      structure.add(termId(cell));
      for (const first of objects(cell, RDF.first)) item(first);
      cell = objects(cell, RDF.rest)[0];
    }
  };
  const constraint = (c: N3.Term): void => {
    if (c.termType === 'Literal' || structure.has(termId(c))) return;
    structure.add(termId(c));
    for (const op of LOGICAL) for (const o of objects(c, op)) (o.termType === 'BlankNode' ? list(o, constraint) : constraint(o));
    for (const r of objects(c, ODRL.rightOperand)) if (r.termType === 'BlankNode') list(r, () => undefined);
  };
  for (const r of rules) {
    const rule = N3.DataFactory.namedNode(r);
    for (const c of objects(rule, ODRL.constraint)) constraint(c);
    for (const a of objects(rule, ODRL.action)) {
      if (!objects(a, RDF.value).length && !objects(a, ODRL.refinement).length) continue;
      structure.add(termId(a));
      for (const c of objects(a, ODRL.refinement)) constraint(c);
    }
  }

  return quads.filter((q) => {
    const s = termId(q.subject);
    const p = q.predicate.value;
    if (structure.has(s)) return false;
    if (rules.has(s) && (RULE_STRUCTURE.has(p) || (p === RDF.type && RULE_CLASSES.has(q.object.value)))) return false;
    if (RULE_LINKS.has(p) && rules.has(q.object.value)) return false;
    return true;
  });
}
