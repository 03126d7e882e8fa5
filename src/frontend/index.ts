/** The Markdown and plain-text front ends: regulation files → Document IR. */
export { readSource, decodeSource, normaliseText } from './load.js';
export type { ReadResult } from './load.js';
export { parseMarkdown } from './markdown.js';
export { parseText } from './text.js';
export { readFrontMatter } from './frontmatter.js';
export type { FrontMatter, FrontMatterFormat } from './frontmatter.js';
export { headingNumber, slugify } from './sections.js';
export { splitSentences } from './sentences.js';
export type { FrontendOptions, ParseResult } from './types.js';
