/**
 * RSS 2.0 and Atom feeds → one RawArticle per item. Parsed with linkedom's XML mode (lenient), so we
 * check well-formedness at the edges ourselves: a feed must close its root; items that are complete
 * before a truncation are still returned, and the truncation is reported.
 */
import { DOMParser } from 'linkedom';
import { ParallaxError } from '../../pipeline/errors.js';
import type { RawArticle } from '../article.js';

export interface FeedResult {
  items: RawArticle[];
  error: ParallaxError | null;
}

export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 4096).replace(/<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '').trimStart();
  return /^(<!DOCTYPE[^>]*>\s*)?<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

const childText = (el: Element, names: string[]): string | null => {
  for (const n of names) {
    for (const c of Array.from(el.children)) {
      if (c.tagName.toLowerCase() === n.toLowerCase()) {
        const t = (c.textContent ?? '').trim();
        if (t) return t;
      }
    }
  }
  return null;
};

function atomLink(el: Element): string | null {
  for (const c of Array.from(el.children)) {
    if (c.tagName.toLowerCase() !== 'link') continue;
    const rel = c.getAttribute('rel');
    if (!rel || rel === 'alternate') return c.getAttribute('href');
  }
  return null;
}

/** Cuts a truncated feed back to its last complete item so that the complete ones can still be read. */
function salvage(text: string, itemTag: string): string | null {
  const close = `</${itemTag}>`;
  const last = text.lastIndexOf(close);
  if (last < 0) return null;
  const root = /<(rss|feed)[\s>]/i.exec(text)?.[1] ?? 'rss';
  const tail = root === 'rss' ? '</channel></rss>' : '</feed>';
  return text.slice(0, last + close.length) + tail;
}

export function readFeed(text: string, source: string): FeedResult {
  const isAtom = /<feed[\s>]/i.test(text.slice(0, 4096));
  const itemTag = isAtom ? 'entry' : 'item';
  const closed = isAtom ? /<\/feed>\s*$/i.test(text) : /<\/(rss|rdf:RDF)>\s*$/i.test(text);
  let error: ParallaxError | null = null;
  let body = text;
  if (!closed) {
    error = new ParallaxError('FEED_TRUNCATED', `the feed ends before its closing </${isAtom ? 'feed' : 'rss'}> tag`);
    const cut = salvage(text, itemTag);
    if (!cut) return { items: [], error };
    body = cut;
  }
  let doc: Document;
  try {
    doc = new DOMParser().parseFromString(body, 'text/xml') as unknown as Document;
  } catch (e) {
    return { items: [], error: new ParallaxError('FEED_MALFORMED', `the feed could not be parsed: ${(e as Error).message}`) };
  }
  const channel = doc.querySelector(isAtom ? 'feed' : 'channel');
  const feedTitle = channel ? childText(channel, ['title']) : null;
  const items: RawArticle[] = [];
  const nodes = Array.from(doc.getElementsByTagName(itemTag));
  nodes.forEach((el, i) => {
    const html = childText(el, ['content:encoded', 'content', 'description', 'summary']);
    const link = isAtom ? atomLink(el) : childText(el, ['link', 'guid']);
    if (!html) return;
    items.push({
      source: link ?? `${source}#${i + 1}`,
      format: 'feed',
      html: /<[a-z][\s\S]*>/i.test(html) ? html : `<p>${escapeHtml(html)}</p>`,
      url: link,
      title: childText(el, ['title']),
      outlet: feedTitle,
      published: childText(el, ['pubDate', 'published', 'updated', 'dc:date']),
    });
  });
  if (items.length === 0 && !error) error = new ParallaxError('FEED_EMPTY', 'the feed has no items with content');
  return { items, error };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
