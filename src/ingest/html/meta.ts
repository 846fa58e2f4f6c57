/**
 * Page metadata read from the untouched document (Readability later mutates it): meta tags, JSON-LD,
 * microdata and a few HTML fallbacks. Values are raw; splitting outlet suffixes off titles is done downstream.
 */
import { normaliseSpace } from './blocks.js';

export interface HtmlMeta {
  title: string | null;
  siteName: string | null;
  published: string | null;
  byline: string | null;
  lang: string | null;
  canonicalUrl: string | null;
}

/** First non-empty value among the meta keys, in priority order. */
function pick(meta: Map<string, string>, keys: string[]): string | null {
  for (const k of keys) {
    const v = meta.get(k);
    if (v) return v;
  }
  return null;
}

/** All `<meta>` values keyed by lower-cased property/name/itemprop; the first occurrence wins. */
function metaMap(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const value = normaliseSpace(m.getAttribute('content') ?? '');
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      for (const key of (m.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key && !out.has(key)) out.set(key, value);
      }
    }
  }
  return out;
}

/** JSON-LD objects of the page, flattened through arrays and `@graph`. */
function jsonLdObjects(doc: Document): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const add = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      out.push(o);
      if (o['@graph']) add(o['@graph']);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      add(JSON.parse(s.textContent ?? ''));
    } catch {
      // Malformed JSON-LD is common on real pages; the other sources still apply.
    }
  }
  return out;
}

const ARTICLE_TYPE = /article|posting|report|blog/i;

function ldString(v: unknown): string | null {
  if (typeof v === 'string') return normaliseSpace(v) || null;
  if (Array.isArray(v)) {
    const names = v.map(ldString).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object') return ldString((v as Record<string, unknown>).name);
  return null;
}

/** Fields of the first article-typed JSON-LD object (or the first object with the field). */
function fromJsonLd(objs: Array<Record<string, unknown>>, field: string): string | null {
  const typed = objs.filter((o) => ARTICLE_TYPE.test(String(o['@type'] ?? '')));
  for (const o of [...typed, ...objs]) {
    const v = ldString(o[field]);
    if (v) return v;
  }
  return null;
}

/** An ISO-8601 string when `raw` parses as a date, else null. */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const t = raw.trim();
  if (!/\d{4}/.test(t)) return null;
  const ms = Date.parse(t);
  if (Number.isNaN(ms)) return null;
  // Keep date-only values as dates: a time would invent precision the page did not state.
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  return new Date(ms).toISOString();
}

function attr(doc: Document, selector: string, name: string): string | null {
  const v = doc.querySelector(selector)?.getAttribute(name);
  return v ? normaliseSpace(v) || null : null;
}

function text(doc: Document, selector: string): string | null {
  const el = doc.querySelector(selector);
  return el ? normaliseSpace(el.textContent ?? '') || null : null;
}

function publishedDate(doc: Document, meta: Map<string, string>, ld: Array<Record<string, unknown>>): string | null {
  const candidates = [
    pick(meta, ['article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate',
      'publish-date', 'date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date']),
    fromJsonLd(ld, 'datePublished'),
    attr(doc, '[itemprop="datePublished"]', 'datetime') ?? attr(doc, '[itemprop="datePublished"]', 'content'),
    attr(doc, 'time[pubdate]', 'datetime'),
    attr(doc, 'time[datetime]', 'datetime'),
    fromJsonLd(ld, 'dateCreated'),
  ];
  for (const c of candidates) {
    const iso = toIsoDate(c);
    if (iso) return iso;
  }
  return null;
}

function resolveUrl(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).toString();
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
}

/** Reads metadata; never throws on odd markup. */
export function readMeta(doc: Document, url?: string): HtmlMeta {
  const meta = metaMap(doc);
  const ld = jsonLdObjects(doc);
  const title = pick(meta, ['og:title', 'twitter:title']) ?? text(doc, 'title') ?? fromJsonLd(ld, 'headline')
    ?? text(doc, 'h1');
  const siteName = pick(meta, ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'twitter:site'])
    ?? fromJsonLd(ld.filter((o) => /organization|website/i.test(String(o['@type'] ?? ''))), 'name');
  const byline = pick(meta, ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author'])
    ?? fromJsonLd(ld, 'author') ?? text(doc, '[rel="author"]') ?? text(doc, '[itemprop="author"]');
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || pick(meta, ['og:locale', 'content-language',
    'language', 'dc.language']);
  const canonical = attr(doc, 'link[rel="canonical"]', 'href') ?? pick(meta, ['og:url']);
  return {
    title,
    siteName,
    published: publishedDate(doc, meta, ld),
    byline: byline && !/^https?:\/\//i.test(byline) ? byline : null,
    lang: lang || null,
    canonicalUrl: resolveUrl(canonical, url),
  };
}
