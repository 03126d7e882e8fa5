/**
 * Preference data: for each conversation about a situation, the compliant, cited answer (chosen) against
 * plausible wrong answers (rejected) — ignoring the rule, applying the rule precedence overrides, missing the
 * exception, refusing a permitted request (over-refusal is as much a failure as a violation), guessing a
 * missing fact — and the same as unpaired KTO examples (desirable / undesirable).
 */
import type { Ctx } from './context.js';
import type { AnswerInput } from './answers.js';
import { wrongAnswer } from './answers.js';
import type { KtoItem, Label, PreferenceItem, SftItem } from './records.js';
import { ERROR_KINDS } from './records.js';
import { recordId, rngFor } from './random.js';

/** The pairs for one conversation: one per kind of error that fits its situation. */
export function preferencePairs(ctx: Ctx, sft: SftItem, answer: AnswerInput, label: Label): PreferenceItem[] {
  const out: PreferenceItem[] = [];
  for (const kind of ERROR_KINDS) {
    const rejected = wrongAnswer(ctx.view, answer, label, kind, rngFor(ctx.view.seed, `${kind} ${sft.id}`));
    if (!rejected || rejected === sft.assistant) continue;
    out.push({
      id: recordId('pref', sft.user, kind),
      seeds: [...sft.seeds],
      provenance: sft.provenance,
      keys: [...sft.keys],
      user: sft.user,
      chosen: sft.assistant,
      rejected,
      error: kind,
      source: sft.id,
    });
  }
  return out;
}

/** KTO examples: the chosen answer of each conversation once as desirable, each rejected one as undesirable. */
export function ktoItems(pairs: readonly PreferenceItem[]): KtoItem[] {
  const out = new Map<string, KtoItem>();
  for (const p of pairs) {
    const good = recordId('kto', p.source, 'chosen');
    if (!out.has(good)) {
      out.set(good, { id: good, seeds: p.seeds, provenance: p.provenance, keys: p.keys, user: p.user, completion: p.chosen, label: true, source: p.source });
    }
    const bad = recordId('kto', p.id);
    out.set(bad, { id: bad, seeds: p.seeds, provenance: p.provenance, keys: p.keys, user: p.user, completion: p.rejected, label: false, error: p.error, source: p.source });
  }
  return [...out.values()];
}
