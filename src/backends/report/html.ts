/** A tiny HTML builder that escapes every string it is given: markup comes only from `h()` and `raw()`. */

/** Markup that is already safe: built by `h()` or wrapped deliberately with `raw()`. */
export class Markup {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

/** What an element may contain: text (escaped), markup, nothing, or lists of these. */
export type Child = string | number | Markup | null | undefined | false | readonly Child[];

/** Attribute values; `false`, `null` and `undefined` leave the attribute out, `true` writes it bare. */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and double-quoted attribute values. */
export const escapeHtml = (s: string | number): string => String(s).replace(/[&<>"']/g, (c) => TEXT[c]!);

/** Markup written as is; only for constant strings of this module's callers (CSS, script, SVG paths). */
export const raw = (html: string): Markup => new Markup(html);

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'wbr']);
/** SVG shapes without content close themselves (`<rect … />`); HTML parsers would otherwise nest them. */
const SVG_EMPTY = new Set(['rect', 'line', 'path', 'circle']);

/** An element: `h('p', { class: 'x' }, 'text', h('b', {}, 'bold'))`. Attribute order is the order given. */
export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): Markup {
  let open = `<${tag}`;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    open += value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
  }
  if (VOID.has(tag) && !children.length) return new Markup(`${open}>`);
  if (SVG_EMPTY.has(tag) && !children.length) return new Markup(`${open} />`);
  return new Markup(`${open}>${render(children)}</${tag}>`);
}

/** Children joined without a wrapper element. */
export const fragment = (...children: Child[]): Markup => new Markup(render(children));

/** Children with a space between each two, so that words of adjacent badges never run together when copied. */
export const spaced = (...children: Child[]): Child[] =>
  children.filter((c) => c !== null && c !== undefined && c !== false).flatMap((c, i) => (i ? [' ', c] : [c]));

/** The HTML of children: strings and numbers escaped, markup as it is. */
export function render(children: readonly Child[]): string {
  let out = '';
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (c instanceof Markup) out += c.html;
    else if (Array.isArray(c)) out += render(c);
    else out += escapeHtml(c as string | number);
  }
  return out;
}
