/** HTML text escaping for the audit report: every string from suites, replies and rule texts goes through it. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values. */
export const esc = (s: string | number): string => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A percentage with one decimal: 0.8333 → "83.3%". */
export const pct = (rate: number): string => `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
