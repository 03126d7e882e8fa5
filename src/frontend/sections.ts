/**
 * Sections from headings, shared by the Markdown and text front ends: ids (`{#id}` or a unique slug), heading
 * attributes, nesting by level, heading paths, section numbers and the authority in force in each section.
 */
import { diag } from '../ir/codes.js';
import type { Diagnostic } from '../ir/diagnostic.js';
import type { Section } from '../ir/document.js';
import { spanOf } from '../ir/source.js';
import { sectionIri } from '../vocab/index.js';
import { findAttributeBlock, parseAttributeBlock } from './attributes.js';
import type { FrontendOptions } from './types.js';

/** A heading as a front end found it. */
export interface HeadingInput {
  /** Heading text as written, whitespace-normalised, attribute block still attached. */
  raw: string;
  /** Offset in the file of each character of `raw` (as long as `raw`). */
  rawOffsets: ArrayLike<number>;
  level: number;
  /** Offsets of the whole heading (marker and underline included). */
  start: number;
  end: number;
}

export interface SectionPlan {
  docId: string;
  file: string;
  starts: readonly number[];
  text: string;
  /** The document's authority level, inherited by sections that set none. */
  authority?: string;
  headings: HeadingInput[];
  /** Content before the first heading: the preamble section's range and heading. */
  preamble?: { heading: string; start: number };
  /** Where the body ends (the end of the text). */
  end: number;
}

export interface SectionsBuilt {
  /** All sections in document order: the preamble (if any), then one per heading. */
  sections: Section[];
  preamble?: Section;
  /** The section of each heading of the plan, in the plan's order. */
  byHeading: Section[];
  diagnostics: Diagnostic[];
}

export const PREAMBLE_ID = 'preamble';

export function buildSections(plan: SectionPlan, opts: FrontendOptions): SectionsBuilt {
  const diagnostics: Diagnostic[] = [];
  const span = (a: number, b: number) => spanOf(plan.file, plan.starts, a, b);
  const at = (h: HeadingInput, i: number): number => (i < h.rawOffsets.length ? h.rawOffsets[i]! : h.end);

  // 1. heading text, attributes, explicit ids
  const parsed = plan.headings.map((h) => {
    const block = findAttributeBlock(h.raw);
    const text = (block ? h.raw.slice(0, block.start) : h.raw).trim();
    const attributes: Record<string, string> = {};
    let explicitId: { value: string; start: number; end: number } | undefined;
    if (block) {
      const attrs = parseAttributeBlock(block.inner, block.start + 1);
      if (!attrs.ok) {
        diagnostics.push(diag('RC1006', `malformed heading attributes: ${attrs.reason}`, span(at(h, attrs.start), at(h, attrs.end - 1) + 1)));
      } else {
        if (attrs.id) explicitId = { value: attrs.id.value, start: at(h, attrs.id.start), end: at(h, attrs.id.end - 1) + 1 };
        if (attrs.classes.length) attributes['class'] = attrs.classes.join(' ');
        for (const e of attrs.entries) {
          attributes[e.key] = e.value;
          if (e.key === 'authority' && !opts.authorities.has(e.value)) {
            const names = [...opts.authorities].sort();
            diagnostics.push(diag('RC1004', `unknown authority level "${e.value}"${names.length ? ` (known: ${names.join(', ')})` : ''}`, span(at(h, e.start), at(h, e.end - 1) + 1)));
          }
        }
      }
    }
    return { h, text, attributes, explicitId };
  });

  // 2. ids: explicit ids first (first one wins), then unique slugs for the rest
  const taken = new Set<string>();
  if (plan.preamble) taken.add(PREAMBLE_ID);
  const ids: (string | undefined)[] = parsed.map((p) => {
    if (!p.explicitId) return undefined;
    const id = p.explicitId.value;
    if (taken.has(id)) {
      diagnostics.push(diag('RC1005', `section id "${id}" is used twice in this document`, span(p.explicitId.start, p.explicitId.end)));
      return undefined;
    }
    taken.add(id);
    return id;
  });
  const unique = (base: string): string => {
    let id = base;
    for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
    taken.add(id);
    return id;
  };
  parsed.forEach((p, i) => {
    if (ids[i] === undefined) ids[i] = unique(p.explicitId ? p.explicitId.value : slugify(p.text));
  });

  // 3. nesting, paths, numbers, authority, extents
  const sections: Section[] = [];
  let preamble: Section | undefined;
  if (plan.preamble) {
    const firstHeading = plan.headings[0]?.start ?? plan.end;
    preamble = {
      id: PREAMBLE_ID,
      iri: sectionIri(plan.docId, PREAMBLE_ID),
      heading: plan.preamble.heading,
      level: 0,
      path: [plan.preamble.heading],
      attributes: {},
      span: span(trimStart(plan.text, plan.preamble.start, firstHeading), trimEnd(plan.text, plan.preamble.start, firstHeading)),
      clauses: [],
    };
    if (plan.authority !== undefined) preamble.authority = plan.authority;
    sections.push(preamble);
  }
  const stack: Section[] = [];
  const byHeading = parsed.map((p, i) => {
    const { h } = p;
    while (stack.length && stack[stack.length - 1]!.level >= h.level) stack.pop();
    const parent = stack[stack.length - 1];
    let extentEnd = plan.end;
    for (let k = i + 1; k < parsed.length; k++) {
      if (parsed[k]!.h.level <= h.level) { extentEnd = parsed[k]!.h.start; break; }
    }
    const id = ids[i]!;
    const s: Section = {
      id,
      iri: sectionIri(plan.docId, id),
      heading: p.text,
      level: h.level,
      path: [...(parent?.path ?? []), p.text],
      attributes: p.attributes,
      span: span(h.start, trimEnd(plan.text, h.start, extentEnd)),
      clauses: [],
    };
    if (parent) s.parent = parent.iri;
    const authority = p.attributes['authority'] ?? parent?.authority ?? plan.authority;
    if (authority !== undefined) s.authority = authority;
    const number = headingNumber(p.text);
    if (number !== undefined) s.number = number;
    stack.push(s);
    sections.push(s);
    return s;
  });
  return preamble ? { sections, preamble, byHeading, diagnostics } : { sections, byHeading, diagnostics };
}

const KEYWORD = '(?:part|chapter|title|article|art\\.|section|sec\\.|§{1,2}|rule|clause|paragraph|para\\.)';
const ARABIC = new RegExp(`^(?:${KEYWORD}\\s*)?(\\d+(?:\\.\\d+)*[a-z]?)(?=$|[\\s.:)—–-])`, 'i');
const ROMAN = new RegExp(`^${KEYWORD}\\s+([IVXLCDM]+)(?=$|[\\s.:)—–-])`, 'i');

/** The number a heading carries: "3.2 Gifts" → "3.2", "Article 6 …" → "6", "Section 4:" → "4", "Part IV" → "IV". */
export function headingNumber(heading: string): string | undefined {
  const t = heading.trim();
  const arabic = ARABIC.exec(t)?.[1];
  if (arabic !== undefined) return arabic;
  // roman numerals only in capitals, so that "Section did …" is no number
  const roman = ROMAN.exec(t)?.[1];
  return roman !== undefined && roman === roman.toUpperCase() ? roman : undefined;
}

/** A readable id from heading text: lower case, ASCII letters and digits, hyphens. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'section';
}

function trimStart(text: string, start: number, end: number): number {
  while (start < end && /\s/.test(text[start]!)) start++;
  return start;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}
