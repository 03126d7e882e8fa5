/**
 * Optional augmentation through the model layer (any OpenAI-compatible endpoint, via `src/llm/`): questions
 * paraphrased few-shot from their template phrasings, and new scenarios written few-shot from the template
 * scenarios of a norm (as Alignment Studio expands its seed examples). Every generated scenario is parsed as a
 * situation and re-evaluated against the graph — a label that differs from the reasoner's rejects it (RC5002)
 * — and near-duplicates (word-trigram Jaccard similarity) are dropped. Replies are cached on disk, so a second
 * compile makes no model calls. Off unless configured.
 */
import { z } from 'zod';
import type { Diagnostic } from '../../ir/index.js';
import { diag } from '../../ir/index.js';
import type { ChatMessage, LlmClient, LlmConfig } from '../../llm/index.js';
import { parseSituation } from '../../reasoner/situation.js';
import type { AnswerInput } from './answers.js';
import { answerText } from './answers.js';
import type { Ctx } from './context.js';
import type { Label, ScenarioItem, SftItem } from './records.js';
import { LABELS, textKey } from './records.js';
import { recordId, rngFor } from './random.js';
import { judge, scenarioRecords } from './scenarios.js';
import { SituationJsonSchema } from './schemas.js';
import { situationKey } from './situations.js';
import { statement, citeShort, wording } from './wording.js';

export interface AugmentOptions {
  llm: LlmConfig;
  /** Directory of the reply cache (`.cache/llm`). */
  cacheDir: string;
  /** Paraphrases asked for per question (default 2). */
  paraphrases?: number;
  /** Scenarios asked for per norm (default 2). */
  scenarios?: number;
  /** Word-trigram Jaccard similarity at or above which a generated text is a near-duplicate (default 0.8). */
  nearDuplicate?: number;
  /** Norms augmented at most (default: all), in IRI order. */
  maxNorms?: number;
}

export interface AugmentStats {
  sft: number;
  scenarios: number;
  /** Generated scenarios whose label the reasoner contradicted, or that did not parse. */
  rejected: number;
  /** Generated texts dropped as near-duplicates. */
  duplicates: number;
}

export interface AugmentInput {
  sft: readonly SftItem[];
  scenarios: readonly ScenarioItem[];
  answers: ReadonlyMap<string, { input: AnswerInput; label: Label }>;
}

export interface AugmentResult {
  sft: SftItem[];
  scenarios: ScenarioItem[];
  answers: Map<string, { input: AnswerInput; label: Label }>;
  diagnostics: Diagnostic[];
  stats: AugmentStats;
  /** Model calls made (cached replies are not calls). */
  calls: number;
}

/** Options from the environment: on when `REGC_AUGMENT=1` and `REGC_LLM_ENDPOINT` and `REGC_LLM_MODEL` are set. */
export function augmentOptionsFromEnv(env: Readonly<Record<string, string | undefined>>): AugmentOptions | undefined {
  const endpoint = env['REGC_LLM_ENDPOINT'];
  const model = env['REGC_LLM_MODEL'];
  if (env['REGC_AUGMENT'] !== '1' || !endpoint || !model) return undefined;
  return { llm: { endpoint, model, temperature: 0, seed: 0 }, cacheDir: env['REGC_LLM_CACHE'] || '.cache/llm' };
}

/** Word trigrams of a text, for near-duplicate detection. */
export function shingles(text: string): Set<string> {
  const w = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  if (w.length < 3) out.add(w.join(' '));
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

/** The first JSON array in a reply (models wrap JSON in prose or code fences). */
export function jsonArray(reply: string): unknown[] | undefined {
  const start = reply.indexOf('[');
  const end = reply.lastIndexOf(']');
  if (start < 0 || end <= start) return undefined;
  try {
    const v = JSON.parse(reply.slice(start, end + 1)) as unknown;
    return Array.isArray(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

const GeneratedScenario = z.object({
  narrative: z.string().min(1),
  question: z.string().min(1),
  situation: SituationJsonSchema,
  performed: z.boolean(),
  label: z.enum(LABELS as [Label, ...Label[]]),
});

const PARAPHRASE_SYSTEM = 'You rewrite questions about workplace rules for training data. Keep every fact, role and amount exactly; change only the wording. Reply with a JSON array of strings and nothing else.';
const SCENARIO_SYSTEM = 'You write realistic workplace scenarios for training data about a rule. Use only the terms listed (IRIs as given). Reply with a JSON array of objects {"narrative", "question", "situation": {"actor", "action", "target", "facts"}, "performed", "label"} and nothing else.';

export async function augment(ctx: Ctx, input: AugmentInput, options: AugmentOptions, given?: Pick<LlmClient, 'complete'>): Promise<AugmentResult> {
  // The model layer (langchain) is loaded only when augmentation runs: a plain compile never pays for it.
  let client: Pick<LlmClient, 'complete'>;
  if (given) client = given;
  else {
    const llm = await import('../../llm/index.js');
    client = new llm.LlmClient(options.llm, new llm.LlmCache(options.cacheDir));
  }
  const view = ctx.view;
  const threshold = options.nearDuplicate ?? 0.8;
  const out: AugmentResult = { sft: [], scenarios: [], answers: new Map(), diagnostics: [], stats: { sft: 0, scenarios: 0, rejected: 0, duplicates: 0 }, calls: 0 };
  const texts = new Set(input.sft.map((s) => textKey(s.user)));
  const norms = view.norms.slice(0, options.maxNorms ?? view.norms.length);
  const ask = async (messages: ChatMessage[], about: string): Promise<string | undefined> => {
    try {
      const reply = await client.complete(messages);
      if (!reply.cached) out.calls++;
      return reply.text;
    } catch (e) {
      out.diagnostics.push(diag('RC5004', `model augmentation for ${about} failed: ${(e as Error).message}`, undefined, { nodes: [about] }));
      return undefined;
    }
  };

  const tasks = norms.map(async (e) => {
    const iri = e.norm.iri;
    const found: { sft: SftItem[]; scenarios: ScenarioItem[]; answers: [string, { input: AnswerInput; label: Label }][]; diagnostics: Diagnostic[]; rejected: number; duplicates: number } = { sft: [], scenarios: [], answers: [], diagnostics: [], rejected: 0, duplicates: 0 };
    // 1. paraphrases of the norm's questions about acts, few-shot from their template phrasings
    const seeds = input.sft.filter((s) => s.seeds.includes(iri) && (s.form === 'may' || s.form === 'must' || s.form === 'what-if'));
    if (seeds.length) {
      const k = options.paraphrases ?? 2;
      const target = seeds[0]!;
      const reply = await ask([
        { role: 'system', content: PARAPHRASE_SYSTEM },
        { role: 'user', content: `Phrasings of the same question so far:\n${seeds.map((s) => `- ${s.user}`).join('\n')}\n\nWrite ${k} new phrasings of: ${target.user}` },
      ], iri);
      const kept = [shingles(target.user), ...seeds.map((s) => shingles(s.user))];
      for (const p of (reply ? jsonArray(reply) : undefined) ?? []) {
        if (typeof p !== 'string' || !p.trim()) continue;
        const sh = shingles(p);
        if (texts.has(textKey(p)) || kept.some((x) => jaccard(x, sh) >= threshold)) {
          found.duplicates++;
          continue;
        }
        kept.push(sh);
        // a paraphrase keeps its question's situation and question keys: it lands on the same side of the split
        found.sft.push({ ...target, id: recordId('sft', target.form, p.trim()), user: p.trim(), keys: [...target.keys.filter((k2) => !k2.startsWith('text:')), textKey(p)], augmented: true });
      }
    }
    // 2. new scenarios, few-shot from the norm's template scenarios, re-evaluated by the reasoner
    const examples = input.scenarios.filter((s) => s.seeds.includes(iri)).slice(0, 3);
    if (!examples.length) return found;
    const w = wording(view, e);
    const terms = {
      roles: [...new Set(examples.flatMap((s) => [s.situation.actor].flat()))],
      action: e.scoped.action,
      targets: [...new Set(examples.map((s) => s.situation.target).filter(Boolean))],
      facts: Object.fromEntries(ctx.facts.leftOperands().filter((lo) => examples.some((s) => lo in s.situation.facts)).map((lo) => [lo, view.label(lo)])),
    };
    const shots = examples.map((s) => JSON.stringify({ narrative: s.narrative, question: s.question, situation: s.situation, performed: s.performed, label: s.label }));
    const reply = await ask([
      { role: 'system', content: SCENARIO_SYSTEM },
      { role: 'user', content: `Rule (${citeShort(w.cite)}): ${statement(w)}\nTerms: ${JSON.stringify(terms)}\nLabels: compliant, non-compliant, needs-more-information.\nExamples:\n${shots.join('\n')}\n\nWrite ${options.scenarios ?? 2} new, different scenarios.` },
    ], iri);
    const narratives = input.scenarios.filter((s) => s.seeds.includes(iri)).map((s) => shingles(s.narrative));
    for (const raw of (reply ? jsonArray(reply) : undefined) ?? []) {
      const g = GeneratedScenario.safeParse(raw);
      if (!g.success) {
        found.rejected++;
        found.diagnostics.push(diag('RC5002', `generated scenario for ${iri} is not a valid scenario: ${g.error.issues[0]?.message ?? ''}`, undefined, { severity: 'info', nodes: [iri] }));
        continue;
      }
      const parsed = parseSituation(JSON.stringify(g.data.situation), '<model>', view.reasoned.concepts);
      if (!parsed.situation) {
        found.rejected++;
        found.diagnostics.push(diag('RC5002', `generated scenario for ${iri} names unknown terms`, undefined, { severity: 'info', nodes: [iri] }));
        continue;
      }
      const j = judge(ctx, { situation: parsed.situation, performed: g.data.performed, seeds: [iri], order: Object.keys(parsed.situation.facts).sort(), distractors: [] });
      if (!j || j.label !== g.data.label) {
        found.rejected++;
        found.diagnostics.push(diag('RC5002', `generated scenario for ${iri} says ${g.data.label}, the reasoner says ${j?.label ?? 'conflict'}`, undefined, { severity: 'info', nodes: [iri] }));
        continue;
      }
      const sh = shingles(g.data.narrative);
      if (narratives.some((x) => jaccard(x, sh) >= threshold) || texts.has(textKey(g.data.question))) {
        found.duplicates++;
        continue;
      }
      narratives.push(sh);
      const r = scenarioRecords(ctx, j);
      const key = situationKey(parsed.situation);
      const question = g.data.question.trim();
      const scenario: ScenarioItem = { ...r.scenario, id: recordId('scn', key, String(g.data.performed), g.data.narrative), narrative: g.data.narrative.trim(), question, keys: ['situation:' + key, textKey(question)], augmented: true };
      const answer = answerText(view, ctx.facts, r.input, rngFor(view.seed, 'answer ' + question), parsed.situation.target);
      const sft: SftItem = { ...r.sft, id: recordId('sft', 'scenario', question), user: question, assistant: answer, keys: scenario.keys, augmented: true };
      found.scenarios.push(scenario);
      found.sft.push(sft);
      found.answers.push([sft.id, { input: r.input, label: j.label }]);
    }
    return found;
  });
  for (const f of await Promise.all(tasks)) {
    for (const s of f.sft) {
      if (texts.has(textKey(s.user))) {
        out.stats.duplicates++;
        continue;
      }
      texts.add(textKey(s.user));
      out.sft.push(s);
    }
    out.scenarios.push(...f.scenarios);
    for (const [k, v] of f.answers) out.answers.set(k, v);
    out.diagnostics.push(...f.diagnostics);
    out.stats.rejected += f.rejected;
    out.stats.duplicates += f.duplicates;
  }
  out.stats.sft = out.sft.length;
  out.stats.scenarios = out.scenarios.length;
  return out;
}
