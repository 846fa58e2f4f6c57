/**
 * HTML → article body blocks plus page metadata. Readability (on a linkedom DOM) picks the article
 * container; our own walk turns it into blocks and drops in-body furniture that Readability keeps.
 * When that leaves almost nothing, a cheap fallback (on a minority of pages) tries the container
 * holding the most paragraph text.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { walkBlocks, normaliseSpace, type HtmlBlock, type RawBlock } from './blocks.js';
import { readMeta, scanPage, type HtmlMeta } from './meta.js';
import { markBlocks, elementRole } from './furniture.js';

export type { HtmlBlock, BlockKind } from './blocks.js';

export interface HtmlExtraction extends HtmlMeta {
  blocks: HtmlBlock[];
}

const EMPTY_META: HtmlMeta = { title: null, siteName: null, published: null, byline: null, lang: null, canonicalUrl: null };

/** Below this many characters of body text the Readability result is treated as a failure. */
const THIN_BODY_CHARS = 200;

/**
 * linkedom builds no implicit <html>/<body> (unlike a browser), and Readability needs a body: fragments
 * and body-less pages are wrapped so that they parse like a browser would parse them.
 */
function completeMarkup(html: string): string {
  const hasHtml = /<html[\s>]/i.test(html);
  const hasBody = /<body[\s>]/i.test(html);
  if (hasHtml && hasBody) return html;
  if (hasBody) return `<!DOCTYPE html><html>${html}</html>`;
  if (hasHtml) return html.replace(/<html[^>]*>/i, (open) => `${open}<body>`);
  return `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

function parseDocument(html: string): Document | null {
  try {
    const { document } = parseHTML(completeMarkup(html));
    return document && document.documentElement ? (document as unknown as Document) : null;
  } catch {
    return null;
  }
}

/** Readability's article container as a live element (no serialise/re-parse round trip). */
function readabilityRoot(doc: Document): Element | null {
  try {
    // keepClasses: the furniture filter reads class names inside the article.
    const options = { keepClasses: true, serializer: (node: Node) => node as Element };
    const article = new Readability<Element>(doc, options).parse();
    return article?.content ?? null;
  } catch {
    return null;
  }
}

/** Blocks of a container with furniture elements and furniture blocks removed. */
function containerBlocks(root: Element): RawBlock[] {
  const rootChars = (root.textContent ?? '').length;
  return markBlocks(walkBlocks(root, (el) => elementRole(el, rootChars)));
}

function textChars(blocks: RawBlock[]): number {
  return blocks.reduce((n, b) => n + (b.drop ? 0 : b.text.length), 0);
}

/** The element whose child paragraphs hold the most text (the classic text-density baseline). */
function densestContainer(doc: Document): Element | null {
  const score = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p, pre'))) {
    const parent = p.parentElement;
    if (!parent || p.closest('nav, header, footer, aside, form')) continue;
    score.set(parent, (score.get(parent) ?? 0) + normaliseSpace(p.textContent ?? '').length);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) [best, bestScore] = [el, s];
  }
  return best ?? doc.body ?? null;
}

/** Nesting beyond which Readability's scoring turns super-linear (seconds per page at ~1,000 levels). */
const MAX_DEPTH = 300;

/** Body blocks; `html` is re-parsed only when Readability's answer is too thin to trust. */
function articleBlocks(doc: Document, html: string, tooDeep: boolean): RawBlock[] {
  const root = tooDeep ? null : readabilityRoot(doc);
  const primary = root ? containerBlocks(root) : [];
  if (textChars(primary) >= THIN_BODY_CHARS) return primary;
  const candidates = [primary];
  // Element pruning can over-fire on odd markup; the unpruned walk is the first alternative.
  if (root) candidates.push(markBlocks(walkBlocks(root)));
  const fresh = parseDocument(html);
  const dense = fresh ? densestContainer(fresh) : null;
  if (dense) candidates.push(containerBlocks(dense));
  return candidates.reduce((a, b) => (textChars(b) > textChars(a) ? b : a));
}

/** Extracts metadata and the article body; junk input yields empty results, never an exception. */
export function extractHtml(html: string, opts: { url?: string; keepDropped?: boolean } = {}): HtmlExtraction {
  if (typeof html !== 'string' || !html.trim()) return { ...EMPTY_META, blocks: [] };
  const doc = parseDocument(html);
  if (!doc) return { ...EMPTY_META, blocks: [] };
  let meta = EMPTY_META;
  let tooDeep = false;
  try {
    // Read before Readability runs: it rewrites the document in place.
    const scan = scanPage(doc, MAX_DEPTH);
    tooDeep = scan.depth > MAX_DEPTH;
    meta = readMeta(doc, scan, opts.url);
  } catch {
    // Metadata is best-effort; a broken head must not lose the body.
  }
  let blocks: HtmlBlock[] = [];
  try {
    const all = articleBlocks(doc, html, tooDeep);
    // With keepDropped the furniture comes too, marked, so the caller can record what was removed and why.
    blocks = (opts.keepDropped ? all : all.filter((b) => !b.drop)).map(({ kind, text, drop }) => (drop ? { kind, text, drop } : { kind, text }));
  } catch {
    // Pathological markup (deep nesting, parser quirks): no body rather than a failed batch.
  }
  return { ...meta, blocks };
}

/**
 * The article text, one block per line, without captions: what article-body benchmarks count as the body
 * (their gold omits picture captions). Use the blocks directly to keep captions.
 */
export function articleText(blocks: HtmlBlock[]): string {
  return blocks
    .filter((b) => b.kind !== 'caption')
    .map((b) => b.text)
    .join('\n');
}
