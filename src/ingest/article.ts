/**
 * One input article → one Doc: decode, repair, clean, metadata. A pure function of the article and the
 * lexicons, so it runs in any order, in workers or on other machines.
 */
import { createHash } from 'node:crypto';
import type { Doc, DocMeta, Removal, Span } from '../model/doc.js';
import { compose, toSource, type OffsetMap } from '../model/offsets.js';
import { ParallaxError } from '../pipeline/errors.js';
import { lineBlocks, type Block, type BlockHint } from './clean/blocks.js';
import { captionCredit } from './clean/captions.js';
import { assemble, classify } from './clean/clean.js';
import { loadFurniture } from './clean/furniture.js';
import { declaredCharset, decodeBytes } from './repair/encoding.js';
import { repairMojibake } from './repair/mojibake.js';
import { parseDateline } from './meta/dateline.js';
import { knownOutlet, outletFromUrl } from './meta/outlets.js';
import { choosePublished, dateLineDate, datelineDate, normaliseStatedDate } from './meta/published.js';
import { findTitleBlock, splitOutletSuffix } from './meta/title.js';
import { extractHtml } from './html/extract.js';
import { fragmentBlocks, isFragment } from './fragment.js';

/** What a reader hands to ingest: the content plus whatever the container (page, feed, JSONL) says. */
export interface RawArticle {
  source: string;
  format: DocMeta['format'];
  /** Bytes of a text or HTML file, when the reader has bytes. */
  bytes?: Uint8Array;
  text?: string;
  html?: string;
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
}

export const INGEST_VERSION = '1';

interface Prepared {
  raw: string;
  /** `raw` with mojibake repaired: block offsets refer to it. */
  repaired: string;
  blocks: Block[];
  encoding: string;
  title: string | null;
  siteName: string | null;
  published: string | null;
  url: string | null;
  repairMap: OffsetMap;
  mojibake: Array<{ found: string; means: string; at: number }>;
}

function prepare(item: RawArticle): Prepared {
  let encoding = 'utf-8';
  let text = item.text;
  let html = item.html;
  if (item.bytes) {
    const decoded = decodeBytes(item.bytes, item.format === 'html' ? declaredCharset(item.bytes) : null);
    encoding = decoded.encoding;
    if (item.format === 'html') html = decoded.text;
    else text = decoded.text;
  }
  if (html !== undefined) return prepareHtml(html, item, encoding);
  if (text === undefined || text.trim() === '') throw new ParallaxError('EMPTY');
  const repair = repairMojibake(text);
  return {
    raw: text, repaired: repair.text, blocks: lineBlocks(repair.text), encoding, title: item.title ?? null, siteName: null,
    published: item.published ?? null, url: item.url ?? null, repairMap: repair.map, mojibake: repair.fixes,
  };
}

function prepareHtml(html: string, item: RawArticle, encoding: string): Prepared {
  if (html.trim() === '') throw new ParallaxError('EMPTY');
  const ex = item.format !== 'html' && isFragment(html)
    ? { title: null, siteName: null, published: null, canonicalUrl: null, blocks: fragmentBlocks(html) }
    : extractHtml(html, { url: item.url ?? undefined, keepDropped: true });
  if (!ex.blocks.some((b) => !b.drop)) throw new ParallaxError('NO_BODY', 'no article body could be found in the page');
  // The cleaner's input is the extracted blocks, one per line; offsets in the Doc refer to it.
  const raw = ex.blocks.map((b) => b.text.replace(/\n+/g, ' ')).join('\n');
  const repair = repairMojibake(raw);
  const lines = lineBlocks(repair.text);
  // One line per extracted block; if a block vanished in repair the hints no longer line up, so drop them.
  const blocks = lines.length === ex.blocks.length
    ? lines.map((b, i) => {
        const x = ex.blocks[i]!;
        return x.drop ? { ...b, hint: x.kind as BlockHint, drop: x.drop } : { ...b, hint: x.kind as BlockHint };
      })
    : lines;
  return {
    raw, repaired: repair.text, blocks, encoding, title: item.title ?? ex.title, siteName: ex.siteName,
    published: item.published ?? ex.published, url: item.url ?? ex.canonicalUrl ?? null,
    repairMap: repair.map, mojibake: repair.fixes,
  };
}

export function contentId(text: string): string {
  // Clean text is already normalised block by block, so equal articles hash equal without another pass.
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export function ingestArticle(item: RawArticle): Doc {
  const p = prepare(item);
  const lex = loadFurniture();
  const titleIdx = findTitleBlock(p.blocks, lex, p.title);
  const classified = classify(p.blocks, lex, titleIdx);
  const cleaned = assemble(p.repaired, classified);
  if (cleaned.text.trim() === '') throw new ParallaxError('NO_BODY', 'nothing is left once site furniture is removed');
  const titleText = p.title ?? (titleIdx !== null ? p.blocks[titleIdx]!.text : null);
  const split = titleText ? splitOutletSuffix(titleText) : null;
  const firstPara = cleaned.layers['paragraph']![0];
  const dl = firstPara ? parseDateline(cleaned.text.slice(firstPara.start, firstPara.end)) : null;
  const layers: Record<string, Span[]> = { ...cleaned.layers };
  if (dl && firstPara) layers['dateline'] = [{ start: firstPara.start, end: firstPara.start + dl.end, label: 'dateline', prov: { stage: 'ingest.meta', rule: 'dateline' } }];
  const dlDate = datelineDate(cleaned.text, dl);
  const stated = normaliseStatedDate(p.published);
  const outlet = chooseOutlet(item, p, split?.outlet ?? null, dl?.outlet ?? null, cleaned.layers['caption']!.map((s) => cleaned.text.slice(s.start, s.end)));
  const meta: DocMeta = {
    source: item.source, format: item.format, url: p.url, encoding: p.encoding,
    title: split?.title ?? null, titleSource: p.title ? 'metadata' : titleIdx !== null ? 'first line' : null,
    outlet: outlet?.name ?? null, outletSource: outlet?.source ?? null,
    dateline: dl ? { place: dl.place, date: dlDate, outlet: dl.outlet } : null,
    published: choosePublished(stated, dlDate, dateLineDate(cleaned.text, [...(cleaned.layers['heading'] ?? []), ...(cleaned.layers['paragraph'] ?? [])].sort((a, b) => a.start - b.start))),
  };
  const map = compose(cleaned.map, p.repairMap);
  const removed: Removal[] = cleaned.removed.map((r) => ({ ...r, rawStart: toSource(p.repairMap, r.rawStart), rawEnd: toSource(p.repairMap, r.rawEnd, 'end') }));
  for (const f of p.mojibake) removed.push({ text: f.found, reason: `mojibake repaired as "${f.means}"`, rawStart: f.at, rawEnd: f.at + f.found.length });
  return { id: contentId(cleaned.text), raw: p.raw, text: cleaned.text, offsets: map, meta, layers, removed };
}

function chooseOutlet(item: RawArticle, p: Prepared, suffix: string | null, dateline: string | null, captions: string[]): { name: string; source: string } | null {
  if (item.outlet) return { name: knownOutlet(item.outlet) ?? item.outlet, source: 'given' };
  if (suffix) return { name: suffix, source: 'title suffix' };
  if (dateline) return { name: dateline, source: 'dateline' };
  if (p.siteName) return { name: knownOutlet(p.siteName) ?? p.siteName, source: 'site name' };
  for (const c of captions) {
    const agency = captionCredit(c)?.agency;
    const known = agency ? knownOutlet(agency) : null;
    if (known) return { name: known, source: 'photo credit' };
  }
  const fromUrl = p.url ? outletFromUrl(p.url) : null;
  if (fromUrl) return { name: fromUrl.name, source: 'url host' };
  return null;
}
