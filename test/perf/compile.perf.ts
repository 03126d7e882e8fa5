/**
 * Wall time of `regc compile` as a whole process on the OpenAI Model Spec (about 40k words), against the
 * process start-up alone (`regc --version`), median of several runs. Prints JSON lines.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli/main.js');
const runs = Number(process.env['RUNS'] ?? 7);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function time(args: string[]): number {
  const t = process.hrtime.bigint();
  execFileSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - t) / 1e9;
}

const work = mkdtempSync(join(tmpdir(), 'regc-bench-'));
try {
  const regs = join(work, 'regulations');
  mkdirSync(regs);
  copyFileSync(join(root, '../shared/corpora/openai-model-spec-2025-12-18.md'), join(regs, 'model-spec.md'));
  const compileArgs = ['compile', '--regulations', regs, '--out', join(work, 'out')];
  time(compileArgs); // warm the file cache
  const compile: number[] = [];
  const startup: number[] = [];
  for (let i = 0; i < runs; i++) {
    compile.push(time(compileArgs));
    startup.push(time(['--version']));
  }
  const c = median(compile);
  const s = median(startup);
  console.log(JSON.stringify({ bench: 'compile-model-spec', runs, median_seconds: +c.toFixed(3), min_seconds: +Math.min(...compile).toFixed(3), max_seconds: +Math.max(...compile).toFixed(3) }));
  console.log(JSON.stringify({ bench: 'startup', runs, median_seconds: +s.toFixed(3), share_of_compile: +(s / c).toFixed(3) }));
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Where the time goes, in process (median over runs): loading the built modules, then each stage.
const load0 = process.hrtime.bigint();
const { compile } = (await import(pathToFileURL(join(root, 'dist/compile.js')).href)) as typeof import('../../src/compile.js');
const loadSeconds = Number(process.hrtime.bigint() - load0) / 1e9;
const work2 = mkdtempSync(join(tmpdir(), 'regc-bench-'));
try {
  const regs = join(work2, 'regulations');
  mkdirSync(regs);
  copyFileSync(join(root, '../shared/corpora/openai-model-spec-2025-12-18.md'), join(regs, 'model-spec.md'));
  const stages: Record<string, number[]> = {};
  for (let i = 0; i < Math.max(3, Math.min(runs, 5)); i++) {
    const r = await compile({ regulations: regs, ontologies: join(root, 'ontologies'), out: join(work2, 'out'), cwd: root, dryRun: true });
    for (const [k, v] of Object.entries(r.timings)) (stages[k] ??= []).push(v);
  }
  const medians = Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, median(v)]));
  console.log(JSON.stringify({ bench: 'compile-stages-ms', module_load_ms: Math.round(loadSeconds * 1000), ...medians }));
} finally {
  rmSync(work2, { recursive: true, force: true });
}
