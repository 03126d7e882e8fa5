/**
 * The Framer's records as the Instructor uses them: parsed from the files of the back ends that ran before
 * (`BackendInput.emitted`), split into train / validation / held-out (split files where the Framer writes
 * them, else a record's `split` field; records with neither count as training data), with the norm IRIs each
 * record was derived from (every IRI of the graph's norms found in its provenance fields).
 */
import type { OutputFile } from '../types.js';
import type { FramerDataset, Split } from './paths.js';
import { FRAMER, framerSplitCandidates } from './paths.js';

export interface ChatMessage {
  role: string;
  content: string;
}

export interface FramerRecord {
  id: string;
  /** Norm IRIs the record was derived from. */
  norms: string[];
  raw: Record<string, unknown>;
}

export interface SftRecord extends FramerRecord {
  messages: ChatMessage[];
}

export interface PreferenceRecord extends FramerRecord {
  prompt: ChatMessage[];
  chosen: ChatMessage[];
  rejected: ChatMessage[];
}

export interface KtoRecord extends FramerRecord {
  prompt: ChatMessage[];
  completion: ChatMessage[];
  label: boolean;
}

export interface SplitData<T> {
  /** Path (relative to `compiled/`) of the file each split is read from; the whole file when the Framer
   * writes no split files. */
  files: Record<Split, string | null>;
  /** Whether `files.train` holds only training records (false: the whole file, filtered by a `split` field). */
  splitFiles: boolean;
  records: Record<Split, T[]>;
}

export interface FramerData {
  present: boolean;
  sft: SplitData<SftRecord>;
  preferences: SplitData<PreferenceRecord>;
  kto: SplitData<KtoRecord>;
  /** Records of any file that could not be read as their format says (file and line). */
  rejected: { file: string; line: number; reason: string }[];
}

const SPLITS: readonly Split[] = ['train', 'validation', 'heldout'];

export function readFramerData(emitted: readonly OutputFile[], normIris: ReadonlySet<string>): FramerData {
  const byPath = new Map(emitted.map((f) => [f.path, f.content]));
  const rejected: FramerData['rejected'] = [];
  const load = <T>(dataset: FramerDataset, make: (o: Record<string, unknown>) => T | string): SplitData<T> => {
    const splitPaths = Object.fromEntries(
      SPLITS.map((s) => [s, framerSplitCandidates(dataset, s).find((p) => byPath.has(p)) ?? null]),
    ) as Record<Split, string | null>;
    const records: Record<Split, T[]> = { train: [], validation: [], heldout: [] };
    const read = (path: string, into: (o: Record<string, unknown>, t: T) => void): void => {
      parseJsonl(byPath.get(path) ?? '').forEach(({ value, line, error }) => {
        if (error || !value || typeof value !== 'object' || Array.isArray(value)) {
          rejected.push({ file: path, line, reason: error ?? 'not a JSON object' });
          return;
        }
        const o = value as Record<string, unknown>;
        const t = make(o);
        if (typeof t === 'string') rejected.push({ file: path, line, reason: t });
        else into(o, t);
      });
    };
    if (splitPaths.train) {
      for (const s of SPLITS) if (splitPaths[s]) read(splitPaths[s]!, (_o, t) => records[s].push(t));
      return { files: splitPaths, splitFiles: true, records };
    }
    const whole = FRAMER[dataset];
    if (byPath.has(whole)) {
      read(whole, (o, t) => {
        const s = o.split === 'validation' || o.split === 'heldout' ? o.split : o.split === 'test' ? 'heldout' : 'train';
        records[s].push(t);
      });
    }
    return { files: { train: byPath.has(whole) ? whole : null, validation: null, heldout: null }, splitFiles: false, records };
  };
  const base = (o: Record<string, unknown>): FramerRecord => ({ id: typeof o.id === 'string' ? o.id : '', norms: normsIn(o, normIris), raw: o });
  const sft = load<SftRecord>('sft', (o) => {
    const messages = messagesOf(o.messages);
    if (!messages?.some((m) => m.role === 'assistant')) return 'no "messages" with an assistant turn';
    return { ...base(o), messages };
  });
  const preferences = load<PreferenceRecord>('preferences', (o) => {
    const prompt = messagesOf(o.prompt);
    const chosen = messagesOf(o.chosen);
    const rejectedMsgs = messagesOf(o.rejected);
    if (!prompt || !chosen?.length || !rejectedMsgs?.length) return 'no conversational "prompt", "chosen" and "rejected"';
    return { ...base(o), prompt, chosen, rejected: rejectedMsgs };
  });
  const kto = load<KtoRecord>('kto', (o) => {
    const prompt = messagesOf(o.prompt);
    const completion = messagesOf(o.completion);
    if (!prompt || !completion?.length || typeof o.label !== 'boolean') return 'no conversational "prompt", "completion" and boolean "label"';
    return { ...base(o), prompt, completion, label: o.label };
  });
  const present = [sft, preferences, kto].some((d) => d.files.train !== null);
  return { present, sft, preferences, kto, rejected };
}

/** Messages as TRL's conversational format writes them: `[{role, content}]`, content a string. A bare string
 * is read as one message of the role the field implies elsewhere (not here: rejected). */
function messagesOf(v: unknown): ChatMessage[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: ChatMessage[] = [];
  for (const m of v) {
    if (!m || typeof m !== 'object') return undefined;
    const { role, content } = m as Record<string, unknown>;
    if (typeof role !== 'string' || typeof content !== 'string') return undefined;
    out.push({ role, content });
  }
  return out;
}

/** The norms of the graph a record names: its `provenance.norms`, else every string outside its messages that
 * is the IRI of a norm of the graph; sorted. */
export function normsIn(o: Record<string, unknown>, normIris: ReadonlySet<string>): string[] {
  const stated = (o.provenance as { norms?: unknown } | undefined)?.norms;
  if (Array.isArray(stated)) return [...new Set(stated.filter((n): n is string => typeof n === 'string' && normIris.has(n)))].sort();
  const found = new Set<string>();
  const walk = (v: unknown, depth: number): void => {
    if (depth > 6) return;
    if (typeof v === 'string') {
      if (normIris.has(v)) found.add(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, depth + 1));
    else if (v && typeof v === 'object') Object.values(v as Record<string, unknown>).forEach((x) => walk(x, depth + 1));
  };
  for (const [k, v] of Object.entries(o)) {
    if (k === 'messages' || k === 'prompt' || k === 'chosen' || k === 'rejected' || k === 'completion') continue;
    walk(v, 0);
  }
  return [...found].sort();
}

export function parseJsonl(text: string): { value?: unknown; line: number; error?: string }[] {
  const out: { value?: unknown; line: number; error?: string }[] = [];
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    try {
      out.push({ value: JSON.parse(raw), line: i + 1 });
    } catch (e) {
      out.push({ line: i + 1, error: `invalid JSON: ${(e as Error).message}` });
    }
  });
  return out;
}

export const jsonl = (records: readonly unknown[]): string => records.map((r) => JSON.stringify(r) + '\n').join('');
