/** Override phrases that decide nothing: "notwithstanding X", "subject to X", "except as provided in X" where
 * no norm of X conflicts with the norm saying it — usually a wrong reference or a missed conflict (RC4004). */
import type { Conflict, Diagnostic, Norm } from '../ir/index.js';
import { diag } from '../ir/index.js';
import type { NormInfo } from './info.js';

export function idleOverrides(
  norms: readonly Norm[],
  conflicts: readonly Conflict[],
  infos: ReadonlyMap<string, NormInfo>,
): Diagnostic[] {
  if (!norms.some((n) => n.overrides.length)) return [];
  const partners = new Map<string, Set<string>>();
  for (const c of conflicts) {
    const [a, b] = c.norms;
    (partners.get(a) ?? partners.set(a, new Set()).get(a)!).add(b);
    (partners.get(b) ?? partners.set(b, new Set()).get(b)!).add(a);
  }
  const out: Diagnostic[] = [];
  for (const n of norms) {
    const mine = partners.get(n.iri) ?? new Set<string>();
    for (const o of n.overrides) {
      if (o.kind === 'in-addition-to') continue;
      for (const r of o.references) {
        if (!r.resolved) continue;
        const target = r.resolved;
        const hit = [...mine].some((m) => infos.get(m)?.containers.has(target));
        if (hit) continue;
        out.push(diag('RC4004', `"${o.text}" names ${target}, but no norm there conflicts with this one`, r.span ?? n.span, { nodes: [n.iri, target] }));
      }
    }
  }
  return out;
}
