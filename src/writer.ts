/**
 * Puts a compile's output on disk atomically: everything is written into a sibling directory first, which
 * then replaces the output directory by rename. A failed or interrupted compile leaves the previous output
 * as it was. Paths listed in `preserve` (e.g. audit results) are carried over from the previous output.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { OutputFile } from './backends/types.js';

export async function writeOutputs(outDir: string, files: readonly OutputFile[], preserve: readonly string[] = []): Promise<void> {
  const out = resolve(outDir);
  const staging = `${out}.staging-${process.pid}`;
  const retired = `${out}.retired-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    for (const f of files) {
      const target = join(staging, f.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, f.content, 'utf8');
    }
    for (const p of preserve) {
      const old = join(out, p);
      if (existsSync(old) && !existsSync(join(staging, p))) {
        await mkdir(dirname(join(staging, p)), { recursive: true });
        await rename(old, join(staging, p));
      }
    }
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
  if (existsSync(out)) await rename(out, retired);
  try {
    await rename(staging, out);
  } catch (e) {
    if (existsSync(retired)) await rename(retired, out);
    throw e;
  }
  await rm(retired, { recursive: true, force: true });
}
