/**
 * How a reply's verdict is read (part of the suite's format, used by the runner and the promptfoo export
 * alike): the label word it names first — "non-compliant", "compliant" or "needs more information" — in
 * English or in the suite's other languages (German, French, Spanish). The earliest label in the reply is its
 * verdict; "not compliant" reads as non-compliant.
 */
import type { Verdict } from './schema.js';

/** The label words, in the order they are tried ("non-compliant" before the "compliant" inside it). */
export const VERDICT_PATTERNS: readonly { verdict: Verdict; pattern: RegExp }[] = [
  { verdict: 'non-compliant', pattern: /\b(?:non[- ]?compliant|not compliant|nicht konform|non[- ]conforme|no conforme|nicht regelkonform)\b/gi },
  {
    verdict: 'needs-more-information',
    pattern: /\b(?:needs? more information|more information is needed|(?:brauche|benötige|benötigen) (?:weitere|mehr) Informationen|(?:weitere|mehr) Informationen (?:sind )?(?:nötig|erforderlich|notwendig)|besoin de plus d(?:'|’)informations|(?:necesito|se necesita|necesitamos) más información)/gi,
  },
  { verdict: 'compliant', pattern: /\b(?:compliant|konform|regelkonform|conforme)\b/gi },
];

/** The verdict the reply states first, or null when it states none. */
export function verdictOf(reply: string): Verdict | null {
  let best: { at: number; verdict: Verdict } | null = null;
  const taken: [number, number][] = [];
  for (const { verdict, pattern } of VERDICT_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(reply); m; m = pattern.exec(reply)) {
      const start = m.index;
      const end = start + m[0].length;
      // "compliant" inside an earlier "non-compliant" match is the same label
      if (taken.some(([a, b]) => start >= a && end <= b)) continue;
      taken.push([start, end]);
      if (!best || start < best.at) best = { at: start, verdict };
      break;
    }
  }
  return best?.verdict ?? null;
}
