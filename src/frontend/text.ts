/**
 * The plain-text front end: a `.txt` regulation → Document IR. Headings are lines such as "1. GIFTS",
 * "Section 3 — Conflicts", "ARTICLE 2", an all-capitals line, or a line underlined with `===` / `---`;
 * paragraphs are separated by blank lines; lines starting with a bullet or a label ("(a)", "(1)", "1.") start
 * items. The accepted format is described in this folder's README.
 */
import type { Clause } from '../ir/document.js';
import type { SourceFile } from '../ir/source.js';
import { lineStarts } from '../ir/source.js';
import { findAttributeBlock } from './attributes.js';
import { ClauseWriter, introduces } from './clauses.js';
import type { Unit } from './clauses.js';
import { assembleDocument, documentId } from './document.js';
import { readFrontMatter } from './frontmatter.js';
import type { Run } from './runs.js';
import { collapseWhitespace, sliceRun, sourceRun } from './runs.js';
import { buildSections } from './sections.js';
import type { HeadingInput } from './sections.js';
import type { FrontendOptions, ParseResult } from './types.js';

interface Line {
  start: number;
  end: number;
  text: string;
}

/** A heading found in the text, ranked by its kind before levels are given. */
interface TextHeading {
  type: 'heading';
  rank: number;
  run: Run;
  start: number;
  end: number;
}

/** A paragraph or an item found in the text. */
interface TextUnit {
  type: 'unit';
  run: Run;
  /** The marker style that starts it ("bullet", "(1)", "(a)", "1.", "a)"), if any. */
  style?: string;
  /** Whether it follows another unit in the same block. */
  inBlock: boolean;
}

type Item = TextHeading | TextUnit;

/** Ranks of heading kinds, outermost first; levels are these ranks renumbered 1..n per document. */
const RANK = { underlineDouble: 0, capitals: 0.5, underlineSingle: 1, part: 2, chapter: 3, article: 4, section: 5, numbered: 5 } as const;

const KEYWORD = /^(part|chapter|article|art\.|section|sec\.|§{1,2})\s*(\d+(?:\.\d+)*[a-z]?|[ivxlcdm]+)(?![\p{L}\p{N}])\.?(?:\s*[—–:-]+\s*|\s+)?(.*)$/iu;
const NUMBERED = /^(\d{1,3}(?:\.\d{1,3})*)\.?\s+(\S.*)$/;
const UNDERLINE = /^(=+|-+)\s*$/;
const BULLET = /^[-*•·‣◦]\s+(?=\S)/;
const LABELLED = /^(\(\d{1,3}[a-z]?\)|\([a-zA-Z]{1,6}\)|\d{1,3}(?:\.\d{1,3})*\.(?!\d)|[a-z]\))\s+(?=\S)/;
/** At most this many words in a heading that is not in capitals. */
const TITLE_WORDS = 12;

export function parseText(file: SourceFile, opts: FrontendOptions): ParseResult {
  const starts = lineStarts(file.text);
  const fm = readFrontMatter(file, starts, opts);
  const id = documentId(fm, file);
  const items = scan(file.text, fm.bodyStart);

  const ranks = [...new Set(items.filter((i): i is TextHeading => i.type === 'heading').map((h) => h.rank))].sort((a, b) => a - b);
  const headings: HeadingInput[] = [];
  for (const it of items) {
    if (it.type !== 'heading') continue;
    const run = collapseWhitespace(it.run);
    headings.push({ raw: run.text, rawOffsets: run.offsets, level: ranks.indexOf(it.rank) + 1, start: it.start, end: it.end });
  }
  const firstTop = headings.find((h) => h.level === 1);
  const title = fm.meta.title ?? (firstTop ? stripAttributes(firstTop.raw) : undefined);
  const firstHeading = items.findIndex((i) => i.type === 'heading');
  const hasPreamble = (firstHeading < 0 ? items : items.slice(0, firstHeading)).some((i) => i.type === 'unit');

  const built = buildSections(
    {
      docId: id,
      file: file.path,
      starts,
      text: file.text,
      ...(fm.meta.authority !== undefined ? { authority: fm.meta.authority } : {}),
      headings,
      ...(hasPreamble ? { preamble: { heading: title ?? 'Preamble', start: fm.bodyStart } } : {}),
      end: file.text.length,
    },
    opts,
  );

  let writer = built.preamble ? new ClauseWriter(id, built.preamble, file.path, starts) : undefined;
  let h = 0;
  let prev: Clause | undefined;
  let run: { style: string; leadIn: Clause } | undefined;
  for (const it of items) {
    if (it.type === 'heading') {
      writer = new ClauseWriter(id, built.byHeading[h++]!, file.path, starts);
      prev = undefined;
      run = undefined;
      continue;
    }
    if (!writer) continue;
    const unit: Unit = { run: it.run, kind: 'paragraph' };
    if (it.style !== undefined) {
      if (introduces(prev)) run = { style: it.style, leadIn: prev! };
      else if (run && run.style !== it.style) run = undefined;
      if (run) unit.leadIn = run.leadIn;
      if (it.style === 'bullet' || it.inBlock || run) unit.kind = 'list-item';
    } else run = undefined;
    const clauses = writer.add(unit);
    prev = clauses[clauses.length - 1] ?? prev;
  }

  const document = assembleDocument(file, 'text', fm, id, title, built.sections);
  return { document, diagnostics: [...fm.diagnostics, ...built.diagnostics] };
}

/** Headings and units of the body, in order. */
function scan(text: string, bodyStart: number): Item[] {
  const items: Item[] = [];
  const block: Line[] = [];
  const flush = (): void => {
    if (block.length) items.push(...readBlock(text, block));
    block.length = 0;
  };
  for (let at = bodyStart; at <= text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = { start: at, end, text: text.slice(at, end) };
    if (line.text.trim() === '') flush();
    else block.push(line);
    at = end + 1;
  }
  flush();
  return items;
}

/** The headings at the start of a block, then its units. */
function readBlock(text: string, lines: Line[]): Item[] {
  const out: Item[] = [];
  let j = 0;
  while (j < lines.length) {
    const line = lines[j]!;
    const next = lines[j + 1];
    if (next && UNDERLINE.test(next.text.trim()) && !BULLET.test(line.text.trim())) {
      out.push(heading(text, line, next.text.trim().startsWith('=') ? RANK.underlineDouble : RANK.underlineSingle, next.end));
      j += 2;
      continue;
    }
    const rank = headingRank(line.text, j === lines.length - 1);
    if (rank === undefined) break;
    const h = heading(text, line, rank, line.end);
    // "ARTICLE 2" with its title on the next line: one heading
    const titleLine = lines[j + 1];
    if (KEYWORD.exec(line.text.trim())?.[3] === '' && titleLine && isTitle(titleLine.text.trim())) {
      const joined = sourceRun(text, line.start, titleLine.end);
      out.push({ ...h, run: joined, end: titleLine.end });
      j += 2;
      continue;
    }
    out.push(h);
    j++;
  }
  let unit: { start: number; end: number; style?: string } | undefined;
  let count = 0;
  const emit = (): void => {
    if (!unit) return;
    out.push(makeUnit(text, unit.start, unit.end, unit.style, count++ > 0));
  };
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    const style = markerStyle(line.text.trimStart());
    if (style !== undefined || !unit) {
      emit();
      unit = style !== undefined ? { start: line.start, end: line.end, style } : { start: line.start, end: line.end };
    } else unit.end = line.end;
  }
  emit();
  return out;
}

function heading(text: string, line: Line, rank: number, end: number): TextHeading {
  return { type: 'heading', rank, run: sourceRun(text, line.start, line.end), start: line.start, end };
}

function makeUnit(text: string, start: number, end: number, style: string | undefined, inBlock: boolean): TextUnit {
  let run = sourceRun(text, start, end);
  if (style === 'bullet') {
    const lead = run.text.length - run.text.trimStart().length;
    const m = BULLET.exec(run.text.slice(lead))!;
    run = sliceRun(run, lead + m[0].length, run.text.length);
  }
  const u: TextUnit = { type: 'unit', run, inBlock };
  if (style !== undefined) u.style = style;
  return u;
}

/** The rank of a heading line, or undefined for a line of text. `alone`: nothing follows it in its block. */
function headingRank(raw: string, alone: boolean): number | undefined {
  const line = stripAttributes(raw.trim());
  if (line.length === 0 || line.length > 120) return undefined;
  const k = KEYWORD.exec(line);
  if (k) {
    const title = k[3]!;
    if (/^[ivxlcdm]+$/i.test(k[2]!) && k[2] !== k[2]!.toUpperCase()) return undefined;
    if (title !== '' && !isTitle(title)) return undefined;
    const word = k[1]!.toLowerCase();
    return word === 'part' ? RANK.part : word === 'chapter' ? RANK.chapter : word.startsWith('art') ? RANK.article : RANK.section;
  }
  const n = NUMBERED.exec(line);
  if (n) {
    const rest = n[2]!;
    if (isCapitals(rest) || (alone && isTitle(rest))) return RANK.numbered + n[1]!.split('.').length;
    return undefined;
  }
  if (alone && isCapitals(line) && !/[.;,]$/.test(line) && !markerStyle(line)) return RANK.capitals;
  return undefined;
}

/** A short line without closing punctuation, as titles are written. */
function isTitle(s: string): boolean {
  return s !== '' && !/[.;,:!?]$/.test(s) && s.split(/\s+/).length <= TITLE_WORDS && /\p{L}/u.test(s);
}

function isCapitals(s: string): boolean {
  return (s.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/\p{Ll}/u.test(s);
}

/** The kind of marker a line starts with: "bullet" or the shape of its label. */
function markerStyle(line: string): string | undefined {
  if (BULLET.test(line)) return 'bullet';
  const m = LABELLED.exec(line);
  if (!m) return undefined;
  // "(a)" … "(z)" and "(i)" … "(xii)" are one style: a list may run (h), (i), (j)
  return m[1]!.replace(/\d+/g, '1').replace(/[a-z]+/gi, 'a');
}

function stripAttributes(line: string): string {
  const block = findAttributeBlock(line);
  return (block ? line.slice(0, block.start) : line).trim();
}
