/** The running example compiled once per test process: graph, ontology, the Framer's files and the suite. */
import { compile } from '../../../src/compile.js';
import type { CompileResult } from '../../../src/compile.js';
import { emitFramer } from '../../../src/backends/framer/index.js';
import { emitAuditor } from '../../../src/backends/auditor/index.js';
import type { AuditorOutput } from '../../../src/backends/auditor/index.js';
import type { BackendInput, OutputFile } from '../../../src/backends/types.js';
import { readView } from '../../../src/backends/framer/view.js';
import { makeAuditCtx } from '../../../src/backends/auditor/context.js';
import type { AuditCtx } from '../../../src/backends/auditor/context.js';

export const SEED = 20240306;

export interface Example {
  compiled: CompileResult;
  input: BackendInput;
  framer: OutputFile[];
  auditor: AuditorOutput;
  ctx: AuditCtx;
}

let example: Promise<Example> | undefined;

export function runningExample(): Promise<Example> {
  example ??= (async () => {
    const compiled = await compile({ regulations: 'regulations', ontologies: 'ontologies', out: 'compiled', dryRun: true });
    if (!compiled.graph || !compiled.ontology) throw new Error('the running example does not compile');
    const input: BackendInput = { graph: compiled.graph, ontology: compiled.ontology, seed: SEED };
    const framer = (await emitFramer(input)).files;
    const auditor = emitAuditor({ ...input, emitted: framer });
    const ctx = makeAuditCtx(readView(input.graph, input.ontology, SEED), SEED);
    return { compiled, input, framer, auditor, ctx };
  })();
  return example;
}

export const ORBIS = 'https://example.org/orbis#';
export const ID = 'https://w3id.org/regc/id/';
