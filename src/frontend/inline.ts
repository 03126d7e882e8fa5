/**
 * Markdown inline content (mdast phrasing nodes) → a run of plain clause text: emphasis and code become
 * their words, links their visible words, images, inline HTML and footnote calls ("[^8ep1]") disappear.
 * Every character keeps its offset in the file.
 */
import type { PhrasingContent } from 'mdast';
import type { Run } from './runs.js';
import { RunBuilder, removeMatches } from './runs.js';

export interface InlineContext {
  /** The text the tree was parsed from (offsets of its nodes index it). */
  source: string;
  /** The heading of the section a `#anchor` names, for links whose visible text is "?" (the Model Spec's
   * `[?](#letter_and_spirit)`, which its renderer replaces by the section title). */
  anchorTitle?: (anchor: string) => string | undefined;
}

/** A footnote call left as text (GFM makes one a node only when its definition exists). */
const FOOTNOTE_CALL = /\[\^[^\]\s]+\]/g;

export function inlineRun(nodes: readonly PhrasingContent[], ctx: InlineContext): Run {
  const b = new RunBuilder();
  for (const n of nodes) visit(n, b, ctx);
  return removeMatches(b.build(), FOOTNOTE_CALL);
}

function visit(node: PhrasingContent, b: RunBuilder, ctx: InlineContext): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      if (start !== undefined && end !== undefined) b.pushAligned(node.value, ctx.source, start, end);
      return;
    case 'break':
      if (start !== undefined) b.pushAt(' ', start);
      return;
    case 'html':
      // an inline tag separates words but says nothing itself
      if (start !== undefined) b.pushAt(' ', start);
      return;
    case 'link': {
      const title = autoTitle(node, ctx);
      if (title !== undefined && start !== undefined && end !== undefined) {
        b.pushAt(title.slice(0, -1), start);
        b.pushAt(title.slice(-1), end - 1);
        return;
      }
      for (const c of node.children) visit(c, b, ctx);
      return;
    }
    case 'emphasis':
    case 'strong':
    case 'delete':
    case 'linkReference':
      for (const c of node.children) visit(c, b, ctx);
      return;
    default:
      // image, imageReference, footnoteReference: not words of the clause
      return;
  }
}

/** The section title a `[?](#anchor)` link stands for, when the anchor names a known section. */
function autoTitle(node: Extract<PhrasingContent, { type: 'link' }>, ctx: InlineContext): string | undefined {
  if (!ctx.anchorTitle || !node.url.startsWith('#')) return undefined;
  const only = node.children.length === 1 ? node.children[0] : undefined;
  if (!only || only.type !== 'text' || only.value.trim() !== '?') return undefined;
  const title = ctx.anchorTitle(safeDecode(node.url.slice(1)));
  return title ? title : undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
