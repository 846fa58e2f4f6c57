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

/**
 * What metadata needs from the page, gathered in one walk over the elements (linkedom runs each
 * querySelector over the whole tree, and a dozen of them cost more than the rest of this module).
 */
export interface PageScan {
  metas: Element[];
  jsonLd: Element[];
  /** First element per role: title, h1, canonical, datePublished, time, author. */
  first: Map<string, Element>;
  /** Deepest element nesting seen (the walk stops counting at `depthLimit + 1`). */
  depth: number;
}

/** The role an element plays for metadata, if any. */
function roleOf(el: Element, tag: string): string | null {
  switch (tag) {
    case 'TITLE': return 'title';
    case 'H1': return 'h1';
    case 'LINK': return /\bcanonical\b/i.test(el.getAttribute('rel') ?? '') ? 'canonical' : null;
    case 'TIME':
      if (el.hasAttribute('pubdate') && el.hasAttribute('datetime')) return 'pubdate';
      return el.hasAttribute('datetime') ? 'time' : null;
    default:
      break;
  }
  const itemprop = el.getAttribute('itemprop');
  if (itemprop === 'datePublished') return 'datePublished';
  if (itemprop === 'author') return 'author';
  return /\bauthor\b/i.test(el.getAttribute('rel') ?? '') ? 'author' : null;
}

export function scanPage(doc: Document, depthLimit: number): PageScan {
  const scan: PageScan = { metas: [], jsonLd: [], first: new Map(), depth: 0 };
  const root = doc.documentElement;
  if (!root) return scan;
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > scan.depth) scan.depth = depth;
    const tag = el.tagName.toUpperCase();
    if (tag === 'META') scan.metas.push(el);
    else if (tag === 'SCRIPT' && /ld\+json/i.test(el.getAttribute('type') ?? '')) scan.jsonLd.push(el);
    const role = roleOf(el, tag);
    if (role && !scan.first.has(role)) scan.first.set(role, el);
    if (depth > depthLimit) continue;
    // Children pushed in reverse so that the walk, and "first", follow document order.
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push([c, depth + 1]);
  }
  return scan;
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
function metaMap(metas: Element[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of metas) {
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
function jsonLdObjects(scripts: Element[]): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const add = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      out.push(o);
      if (o['@graph']) add(o['@graph']);
    }
  };
  for (const s of scripts) {
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

function attrOf(scan: PageScan, role: string, ...names: string[]): string | null {
  const el = scan.first.get(role);
  for (const name of names) {
    const v = el?.getAttribute(name);
    if (v && normaliseSpace(v)) return normaliseSpace(v);
  }
  return null;
}

function textOf(scan: PageScan, role: string): string | null {
  const el = scan.first.get(role);
  return el ? normaliseSpace(el.textContent ?? '') || null : null;
}

function publishedDate(scan: PageScan, meta: Map<string, string>, ld: Array<Record<string, unknown>>): string | null {
  const candidates = [
    pick(meta, ['article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate',
      'publish-date', 'date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date']),
    fromJsonLd(ld, 'datePublished'),
    attrOf(scan, 'datePublished', 'datetime', 'content'),
    attrOf(scan, 'pubdate', 'datetime'),
    attrOf(scan, 'time', 'datetime'),
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

/** Reads metadata from a scan of the untouched document; never throws on odd markup. */
export function readMeta(doc: Document, scan: PageScan, url?: string): HtmlMeta {
  const meta = metaMap(scan.metas);
  const ld = jsonLdObjects(scan.jsonLd);
  const title = pick(meta, ['og:title', 'twitter:title']) ?? textOf(scan, 'title') ?? fromJsonLd(ld, 'headline')
    ?? textOf(scan, 'h1');
  // A Twitter handle ("@Outlet") is the weakest name for a site, so it comes last.
  const siteName = pick(meta, ['og:site_name', 'application-name', 'apple-mobile-web-app-title'])
    ?? fromJsonLd(ld, 'publisher')
    ?? fromJsonLd(ld.filter((o) => /organization|website/i.test(String(o['@type'] ?? ''))), 'name')
    ?? (pick(meta, ['twitter:site'])?.replace(/^@/, '') || null);
  const byline = pick(meta, ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author'])
    ?? fromJsonLd(ld, 'author') ?? textOf(scan, 'author');
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || pick(meta, ['og:locale', 'content-language',
    'language', 'dc.language']);
  const canonical = attrOf(scan, 'canonical', 'href') ?? pick(meta, ['og:url']);
  return {
    title,
    siteName,
    published: publishedDate(scan, meta, ld),
    byline: byline && !/^https?:\/\//i.test(byline) ? byline : null,
    lang: lang || null,
    canonicalUrl: resolveUrl(canonical, url),
  };
}
