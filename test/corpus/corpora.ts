/** Where the corpora and the label file are: `../shared/corpora/` relative to the repository root. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Label } from './score.js';

/** The repository root, where `ontologies/` is and against which `../shared/corpora/` is resolved. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The corpora folder as paths in diagnostics and spans show it. */
export const CORPORA = '../shared/corpora';
export const CORPUS_FILES = ['contributor-covenant-2.1.md', 'openai-model-spec-2025-12-18.md'] as const;

export function readLabels(): Label[] {
  return JSON.parse(readFileSync(fileURLToPath(new URL('./labels.json', import.meta.url)), 'utf8')) as Label[];
}
