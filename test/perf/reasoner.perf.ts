// Reasoner benchmarks, one JSON line each (run: npx tsx test/perf/reasoner.perf.ts [--small]):
//  1. at 100,000 norms: reasoner wall time (hierarchies, conflicts, precedence, evaluation index) and peak RSS;
//  2. on that graph: evaluation latency per situation, after loading;
//  3. at 20,000 norms: the naive all-pairs conflict check against the index, with identical results.
// Targets: ≤ 10 s and ≤ 2 GiB; ≤ 20 ms per situation; ratio ≥ 50×.
import { performance } from 'node:perf_hooks';
import type { Situation } from '../../src/ir/index.js';
import { evaluate } from '../../src/reasoner/evaluate.js';
import { buildHierarchies } from '../../src/reasoner/hierarchy.js';
import { ContextComparer } from '../../src/reasoner/context.js';
import { detectConflicts, naiveConflicts } from '../../src/reasoner/conflicts.js';
import { reasonNorms } from '../../src/reasoner/index.js';
import { REGC } from '../../src/vocab/index.js';
import { generateCorpus, rng, SYN } from './generate.js';

const small = process.argv.includes('--small');
const BIG = small ? 10_000 : 100_000;
const PAIRS = small ? 4_000 : 20_000;
const ORDER = ['law', 'company-policy', 'regional-guideline'];
const outranks = (a: string, b: string) => ORDER.indexOf(a) >= 0 && ORDER.indexOf(b) >= 0 && ORDER.indexOf(a) < ORDER.indexOf(b);
const print = (o: object) => process.stdout.write(JSON.stringify(o) + '\n');
const round = (x: number) => Math.round(x * 100) / 100;

// 1. the reasoner at scale
{
  const corpus = generateCorpus(BIG, 7);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = reasonNorms(corpus.norms, corpus.documents, { concepts: corpus.concepts, outranks });
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const peak = process.resourceUsage().maxRSS / 1024;
  const resolved = result.conflicts.filter((c) => c.resolution).length;
  print({
    bench: 'reasoner', norms: BIG, conflicts: result.conflicts.length, resolved, wall_ms: Math.round(wall),
    // CPU time of the process (the main thread and the collector's), for comparing runs on a busy machine
    cpu_ms: Math.round((cpu.user + cpu.system) / 1000), target_ms: 10_000,
    peak_rss_mib: Math.round(peak), target_rss_mib: 2048, ok: wall <= 10_000 && peak <= 2048,
  });

  // 2. evaluation latency on the same reasoned graph
  const r = rng(11);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const situations: Situation[] = Array.from({ length: 1000 }, () => ({
    actor: [pick(corpus.leaves.role)],
    action: pick(corpus.leaves.action),
    target: pick(corpus.leaves.asset),
    facts: { [REGC.monetaryValue]: [{ kind: 'number', value: Math.round(r() * 1500) }], [`${SYN}approval`]: [{ kind: 'boolean', value: r() < 0.5 }] },
    units: { [REGC.monetaryValue]: `${SYN}EUR` },
  }));
  const statuses: Record<string, number> = {};
  const t1 = performance.now();
  for (const s of situations) {
    const e = evaluate(s, result.reasoned);
    statuses[e.status] = (statuses[e.status] ?? 0) + 1;
  }
  const per = (performance.now() - t1) / situations.length;
  print({ bench: 'evaluate', norms: BIG, situations: situations.length, per_situation_ms: round(per), target_ms: 20, ok: per <= 20, statuses });
}

// 3. the index against all pairs
{
  const corpus = generateCorpus(PAIRS, 3);
  const env = () => {
    const hierarchies = buildHierarchies({ concepts: corpus.concepts });
    return { hierarchies, contexts: new ContextComparer(hierarchies) };
  };
  const e1 = env();
  const t0 = performance.now();
  const fast = detectConflicts(corpus.norms, e1);
  const indexed = performance.now() - t0;
  const e2 = env();
  const t1 = performance.now();
  const slow = naiveConflicts(corpus.norms, e2);
  const naive = performance.now() - t1;
  const identical = JSON.stringify(fast) === JSON.stringify(slow);
  const ratio = naive / indexed;
  print({
    bench: 'conflicts-index-vs-all-pairs', norms: PAIRS, conflicts: fast.length, indexed_ms: Math.round(indexed), naive_ms: Math.round(naive),
    ratio: round(ratio), target_ratio: 50, identical, ok: identical && ratio >= 50,
  });
}
