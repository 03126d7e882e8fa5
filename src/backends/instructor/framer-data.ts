/**
 * The Framer's records as the Instructor uses them: parsed from the files of the back ends that ran before
 * (`BackendInput.emitted`) — the Framer's whole files, one per kind — and told apart by each record's `split`
 * field into train / validation / held-out (a record without one counts as training data, `test` as
 * held-out, any other value is rejected rather than guessed), with the norm IRIs each record was derived from
 * (every IRI of the graph's norms found in its provenance fields).
 */
import type { OutputFile } from '../types.js';
import type { FramerDataset, Split } from './paths.js';
import { FRAMER } from './paths.js';

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
  /** Path (relative to `compiled/`) of the Framer file the records were read from; null when not emitted. */
  file: string | null;
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

/** The split a record's `split` field names, or undefined for a value that names none. */
export function splitOf(o: Record<string, unknown>): Split | undefined {
  const s = o.split;
  if (s === undefined || s === 'train') return 'train';
  if (s === 'validation' || s === 'heldout') return s;
  if (s === 'test') return 'heldout';
  return undefined;
}

export function readFramerData(emitted: readonly OutputFile[], normIris: ReadonlySet<string>): FramerData {
  const byPath = new Map(emitted.map((f) => [f.path, f.content]));
  const rejected: FramerData['rejected'] = [];
  const load = <T>(dataset: FramerDataset, make: (o: Record<string, unknown>) => T | string): SplitData<T> => {
    const path = FRAMER[dataset];
    const records: Record<Split, T[]> = { train: [], validation: [], heldout: [] };
    const content = byPath.get(path);
    if (content === undefined) return { file: null, records };
    parseJsonl(content).forEach(({ value, line, error }) => {
      if (error || !value || typeof value !== 'object' || Array.isArray(value)) {
        rejected.push({ file: path, line, reason: error ?? 'not a JSON object' });
        return;
      }
      const o = value as Record<string, unknown>;
      const split = splitOf(o);
      if (!split) {
        rejected.push({ file: path, line, reason: `"split" is ${JSON.stringify(o.split)}, not train, validation or heldout` });
        return;
      }
      const t = make(o);
      if (typeof t === 'string') rejected.push({ file: path, line, reason: t });
      else records[split].push(t);
    });
    return { file: path, records };
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
  const present = [sft, preferences, kto].some((d) => d.file !== null);
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
