/**
 * HTML → article body blocks plus page metadata. Readability (on a linkedom DOM) picks the article
 * container; our own walk turns it into blocks and drops in-body furniture that Readability keeps.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { walkBlocks, type HtmlBlock, type RawBlock } from './blocks.js';
import { readMeta, type HtmlMeta } from './meta.js';
import { filterBlocks, isFurnitureElement } from './furniture.js';

export type { HtmlBlock, BlockKind } from './blocks.js';

export interface HtmlExtraction extends HtmlMeta {
  blocks: HtmlBlock[];
}

const EMPTY_META: HtmlMeta = { title: null, siteName: null, published: null, byline: null, lang: null, canonicalUrl: null };

function parseDocument(html: string): Document | null {
  try {
    const { document } = parseHTML(html);
    return document && document.documentElement ? (document as unknown as Document) : null;
  } catch {
    return null;
  }
}

/** Readability's article container as a live element (no serialise/re-parse round trip). */
function readabilityRoot(doc: Document): Element | null {
  try {
    const article = new Readability<Element>(doc, { keepClasses: true, serializer: (node) => node as Element }).parse();
    return article?.content ?? null;
  } catch {
    return null;
  }
}

export function bodyBlocks(doc: Document): RawBlock[] {
  const root = readabilityRoot(doc);
  if (!root) return [];
  const rootChars = (root.textContent ?? '').length;
  return walkBlocks(root, (el) => isFurnitureElement(el, rootChars));
}

/** Extracts metadata and the article body; junk input yields empty results, never an exception. */
export function extractHtml(html: string, opts: { url?: string } = {}): HtmlExtraction {
  if (typeof html !== 'string' || !html.trim()) return { ...EMPTY_META, blocks: [] };
  const doc = parseDocument(html);
  if (!doc) return { ...EMPTY_META, blocks: [] };
  let meta = EMPTY_META;
  try {
    meta = readMeta(doc, opts.url);
  } catch {
    // Metadata is best-effort; a broken head must not lose the body.
  }
  const blocks = filterBlocks(bodyBlocks(doc)).map(({ kind, text }) => ({ kind, text }));
  return { ...meta, blocks };
}

/** The body as plain text, one block per line (the benchmark's format). */
export function blocksToText(blocks: HtmlBlock[]): string {
  return blocks.map((b) => b.text).join('\n');
}
