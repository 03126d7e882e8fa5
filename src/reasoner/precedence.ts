/**
 * Precedence: each conflict is decided by the first principle, in a configurable order, that decides it
 * (DESIGN.md "Precedence"); the decisions form a winner graph (graphology, winner → defeated) in which every
 * cycle is an error naming it (strongly connected components, Tarjan 1972), in the spirit of Catala's
 * exception-cycle check. Unresolved conflicts are warnings, errors under `strict` unless a norm is advisory.
 */
import type { Conflict, Diagnostic, Norm, Principle } from '../ir/index.js';
import { diag } from '../ir/index.js';
import { DirectedGraph } from './hierarchy.js';
import type { DiGraph } from './hierarchy.js';
import { DEFAULT_ORDER, PRINCIPLES } from './principles.js';
import type { PrecedenceEnv, PrincipleCheck } from './principles.js';

export interface PrecedenceOptions {
  order?: readonly Principle[];
  strict?: boolean;
}

/** Resolves every conflict (a new array; the input is not changed) and reports cycles and unresolved ones. */
export function resolveConflicts(
  conflicts: readonly Conflict[],
  env: PrecedenceEnv,
  options: PrecedenceOptions = {},
): { conflicts: Conflict[]; diagnostics: Diagnostic[] } {
  const order = options.order ?? DEFAULT_ORDER;
  const diagnostics: Diagnostic[] = [];
  const edges: WinEdge[] = [];
  const edge = (from: string, to: string, principle: string) => edges.push({ from, to, principle });
  const out: Conflict[] = [];
  const contradictions = new Set<string>();
  for (const c of conflicts) {
    const a = env.norms.get(c.norms[0]);
    const b = env.norms.get(c.norms[1]);
    let resolved: Conflict | undefined;
    if (a && b) {
      for (const principle of order) {
        const check = PRINCIPLES[principle] as PrincipleCheck | undefined;
        const d = check ? check(c, a, b, env) : null;
        if (!d) continue;
        if ('contradiction' in d) {
          edge(a.iri, b.iri, principle);
          edge(b.iri, a.iri, principle);
          contradictions.add(c.id);
          continue;
        }
        const defeated = d.winner === a.iri ? b.iri : a.iri;
        resolved = { ...c, resolution: { winner: d.winner, defeated, principle, explanation: d.explanation, basis: d.basis } };
        edge(d.winner, defeated, principle);
        break;
      }
    }
    resolved ??= { ...c, resolution: null };
    out.push(resolved);
    if (!resolved.resolution) diagnostics.push(unresolved(resolved, a, b, options.strict ?? false, contradictions.has(c.id)));
  }
  diagnostics.push(...cycles(winnerGraph(edges), env.norms));
  return { conflicts: out, diagnostics };
}

interface WinEdge {
  from: string;
  to: string;
  principle: string;
}

/**
 * The part of the winner graph cycles can lie on, as a graphology graph: norms that beat none of the others
 * or lose to none are peeled off first (they lie on no cycle), so the graph stays small however many
 * conflicts were decided. The peeling works on integer ids and degree counts.
 */
function winnerGraph(edges: readonly WinEdge[]): DiGraph {
  const ids = new Map<string, number>();
  const id = (n: string) => ids.get(n) ?? (ids.set(n, ids.size), ids.size - 1);
  const from = edges.map((e) => id(e.from));
  const to = edges.map((e) => id(e.to));
  const n = ids.size;
  const outDeg = new Int32Array(n);
  const inDeg = new Int32Array(n);
  const outs: number[][] = Array.from({ length: n }, () => []);
  const ins: number[][] = Array.from({ length: n }, () => []);
  edges.forEach((_, k) => {
    outDeg[from[k]!]!++;
    inDeg[to[k]!]!++;
    outs[from[k]!]!.push(k);
    ins[to[k]!]!.push(k);
  });
  const removed = new Uint8Array(n);
  const queue: number[] = [];
  for (let v = 0; v < n; v++) if (!outDeg[v] || !inDeg[v]) queue.push(v);
  while (queue.length) {
    const v = queue.pop()!;
    if (removed[v]) continue;
    removed[v] = 1;
    for (const k of outs[v]!) if (!removed[to[k]!] && --inDeg[to[k]!]! === 0) queue.push(to[k]!);
    for (const k of ins[v]!) if (!removed[from[k]!] && --outDeg[from[k]!]! === 0) queue.push(from[k]!);
  }
  const g: DiGraph = new DirectedGraph();
  edges.forEach((e, k) => {
    if (removed[from[k]!] || removed[to[k]!]) return;
    g.mergeNode(e.from);
    g.mergeNode(e.to);
    if (!g.hasEdge(e.from, e.to)) g.addEdge(e.from, e.to, { principle: e.principle });
  });
  return g;
}

function unresolved(c: Conflict, a: Norm | undefined, b: Norm | undefined, strict: boolean, contradicted: boolean): Diagnostic {
  const advisory = c.evidence.strength === 'advisory';
  const severity = strict && !advisory ? 'error' : 'warning';
  const what = `${c.status} ${c.kind} conflict`;
  const between = `"${a?.text ?? c.norms[0]}" and "${b?.text ?? c.norms[1]}"`;
  const why = contradicted ? '; explicit overrides contradict each other' : '';
  const note = advisory ? ' (an advisory norm is involved: reported, never an error)' : '';
  return diag('RC4002', `unresolved ${what} between ${between}${why}${note}`, a?.span, { severity, nodes: [c.id, ...c.norms] });
}

/** One RC4001 per strongly connected component of the winner graph, naming a cycle through it. */
export function cycles(winners: DiGraph, norms: ReadonlyMap<string, Norm>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const scc of stronglyConnected(winners)) {
    if (scc.length < 2) continue;
    const cycle = cycleThrough(winners, scc);
    const steps = cycle.map((n, i) => {
      const next = cycle[(i + 1) % cycle.length]!;
      const principle = winners.getEdgeAttribute(winners.edge(n, next), 'principle') as string;
      return `${n} beats ${next} (${principle})`;
    });
    const first = norms.get(cycle[0]!);
    out.push(diag('RC4001', `precedence cycle: ${steps.join('; ')}`, first?.span, { nodes: cycle }));
  }
  return out;
}

/** Strongly connected components (Tarjan, iterative), each sorted, in order of their least node. */
export function stronglyConnected(g: DiGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const comps: string[][] = [];
  let next = 0;
  const succ = (n: string) => g.outNeighbors(n).sort();
  for (const root of g.nodes().sort()) {
    if (index.has(root)) continue;
    const work: { node: string; it: string[]; i: number }[] = [];
    const open = (n: string) => {
      index.set(n, next);
      low.set(n, next++);
      stack.push(n);
      onStack.add(n);
      work.push({ node: n, it: succ(n), i: 0 });
    };
    open(root);
    while (work.length) {
      const top = work[work.length - 1]!;
      if (top.i < top.it.length) {
        const w = top.it[top.i++]!;
        if (!index.has(w)) open(w);
        else if (onStack.has(w)) low.set(top.node, Math.min(low.get(top.node)!, index.get(w)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
      if (low.get(top.node) === index.get(top.node)) {
        const comp: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          comp.push(w);
        } while (w !== top.node);
        comps.push(comp.sort());
      }
    }
  }
  return comps.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/** A shortest cycle through the least node of a strongly connected component (breadth-first). */
function cycleThrough(g: DiGraph, scc: string[]): string[] {
  const members = new Set(scc);
  const start = scc[0]!;
  const parent = new Map<string, string>();
  const queue = [start];
  for (let k = 0; k < queue.length; k++) {
    const n = queue[k]!;
    for (const m of g.outNeighbors(n).sort()) {
      if (!members.has(m)) continue;
      if (m === start) {
        const path = [n];
        while (path[0] !== start) path.unshift(parent.get(path[0]!)!);
        return path;
      }
      if (!parent.has(m)) {
        parent.set(m, n);
        queue.push(m);
      }
    }
  }
  return scc;
}
