/**
 * HTML fragments (feed item content, JSONL `html`) are already the article: no page around them for
 * Readability to cut away, and too short for its thresholds. We walk their blocks directly.
 */
import { parseHTML } from 'linkedom';
import { walkBlocks } from './html/blocks.js';
import type { HtmlBlock } from './html/extract.js';

export function isFragment(html: string): boolean {
  return !/<(html|body|head)[\s>]/i.test(html.slice(0, 5000));
}

export function fragmentBlocks(html: string): HtmlBlock[] {
  try {
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const body = document.body as unknown as Element | null;
    return body ? walkBlocks(body).map(({ kind, text }) => ({ kind, text })) : [];
  } catch {
    return [];
  }
}
