/**
 * The Markdown front end: CommonMark + GFM (micromark via mdast-util-from-markdown) → Document IR. Root-level
 * headings open sections; paragraphs and list items give clauses; code, HTML, tables, block quotes, footnote
 * definitions and admonitions (`!!! note`) give none.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Heading, List, Paragraph, RootContent } from 'mdast';
import type { Clause, Section } from '../ir/document.js';
import type { SourceFile } from '../ir/source.js';
import { lineStarts } from '../ir/source.js';
import { findAttributeBlock } from './attributes.js';
import { ClauseWriter, introduces } from './clauses.js';
import type { Unit } from './clauses.js';
import { assembleDocument, documentId, maskFrontMatter } from './document.js';
import { readFrontMatter } from './frontmatter.js';
import { inlineRun } from './inline.js';
import type { InlineContext } from './inline.js';
import { collapseWhitespace } from './runs.js';
import { buildSections } from './sections.js';
import type { HeadingInput } from './sections.js';
import type { FrontendOptions, ParseResult } from './types.js';

export function parseMarkdown(file: SourceFile, opts: FrontendOptions): ParseResult {
  const starts = lineStarts(file.text);
  const fm = readFrontMatter(file, starts, opts);
  const source = maskFrontMatter(file.text, fm.bodyStart);
  const tree = fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const id = documentId(fm, file);

  const plainInline: InlineContext = { source };
  const headingNodes = tree.children.filter((n): n is Heading => n.type === 'heading');
  const headings: HeadingInput[] = headingNodes.map((h) => {
    const run = collapseWhitespace(inlineRun(h.children, plainInline));
    return { raw: run.text, rawOffsets: run.offsets, level: h.depth, start: h.position!.start.offset!, end: h.position!.end.offset! };
  });
  const firstH1 = headings.find((h) => h.level === 1);
  const title = fm.meta.title ?? (firstH1 ? withoutAttributes(firstH1.raw) : undefined);

  const firstHeadingIndex = tree.children.findIndex((n) => n.type === 'heading');
  const beforeFirst = firstHeadingIndex < 0 ? tree.children : tree.children.slice(0, firstHeadingIndex);
  const hasPreamble = beforeFirst.some((n) => n.type === 'list' || (n.type === 'paragraph' && !isAdmonition(n)));

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

  const titles = new Map(built.sections.map((s) => [s.id, s.heading]));
  const walker = new Walker({ source, anchorTitle: (a) => titles.get(a) }, (s) => new ClauseWriter(id, s, file.path, starts));
  let writer = built.preamble ? walker.writerFor(built.preamble) : undefined;
  let segment: RootContent[] = [];
  let h = 0;
  for (const node of tree.children) {
    if (node.type !== 'heading') {
      segment.push(node);
      continue;
    }
    if (writer) walker.container(segment, writer);
    segment = [];
    writer = walker.writerFor(built.byHeading[h++]!);
  }
  if (writer) walker.container(segment, writer);

  const document = assembleDocument(file, 'markdown', fm, id, title, built.sections);
  return { document, diagnostics: [...fm.diagnostics, ...built.diagnostics] };
}

/** What a list item hands to its first paragraph. */
interface ItemContext {
  label?: string;
  leadIn?: Clause;
}

class Walker {
  constructor(
    private readonly inline: InlineContext,
    private readonly makeWriter: (s: Section) => ClauseWriter,
  ) {}

  writerFor(section: Section): ClauseWriter {
    return this.makeWriter(section);
  }

  /** The clauses of a sequence of sibling blocks (the root between two headings, or a list item's blocks). */
  container(children: readonly RootContent[], writer: ClauseWriter, item?: ItemContext): void {
    let prev: Clause | undefined;
    let first = item;
    for (const node of children) {
      if (node.type === 'paragraph' && !isAdmonition(node)) {
        const unit: Unit = { run: inlineRun(node.children, this.inline), kind: item ? 'list-item' : 'paragraph' };
        if (first) {
          if (first.label !== undefined) unit.label = first.label;
          if (first.leadIn) unit.leadIn = first.leadIn;
          first = undefined;
        }
        const clauses = writer.add(unit);
        prev = clauses[clauses.length - 1];
      } else if (node.type === 'list') {
        this.list(node, writer, introduces(prev) ? prev : undefined);
        prev = undefined;
      } else {
        // code, html, table, blockquote, thematicBreak, definition, footnoteDefinition, nested headings
        prev = undefined;
      }
    }
  }

  private list(list: List, writer: ClauseWriter, leadIn: Clause | undefined): void {
    for (const li of list.children) {
      const ctx: ItemContext = {};
      if (list.ordered) {
        const label = orderedMarker(this.inline.source, li.position?.start.offset);
        if (label) ctx.label = label;
      }
      if (leadIn) ctx.leadIn = leadIn;
      this.container(li.children, writer, ctx);
    }
  }
}

/** The marker of an ordered list item as written: "3." or "3)". */
function orderedMarker(source: string, offset: number | undefined): string | undefined {
  if (offset === undefined) return undefined;
  return /^\d{1,9}[.)]/.exec(source.slice(offset, offset + 11))?.[0];
}

/** A Python-Markdown / MkDocs admonition (`!!! note "Title"`, `??? tip`): an aside, not a clause. */
function isAdmonition(p: Paragraph): boolean {
  const first = p.children[0];
  return first?.type === 'text' && /^(?:!!!|\?\?\?\+?)[ \t]/.test(first.value);
}

function withoutAttributes(heading: string): string {
  const block = findAttributeBlock(heading);
  return (block ? heading.slice(0, block.start) : heading).trim();
}
