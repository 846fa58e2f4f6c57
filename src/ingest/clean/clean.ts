/**
 * Cleaning: decides for every block whether it is body, a heading, a caption, the title, or furniture,
 * and builds the clean text from what is kept. Every removal is recorded with its reason.
 *
 * The rules, in order (each one general, none keyed to a site):
 *  1. lexicon furniture (share/comment prompts, related links, pitches …), and lines ending in ':' that
 *     lead into links the scraper dropped (a dangling "ALSO READ:");
 *  2. repeated blocks (exact or differing only in quotes, apostrophes and spacing): a repeated caption is
 *     kept once; a repeated headline-like line is a related-article link and goes entirely; a repeated
 *     paragraph is kept once;
 *  3. captions by their photo credit; headings by shape (short, title case, no final stop, between body);
 *  4. end-of-story marks cut from the last body line.
 */
import type { Removal, Span } from '../../model/doc.js';
import { TextBuilder, type OffsetMap } from '../../model/offsets.js';
import type { Block } from './blocks.js';
import { isCaption } from './captions.js';
import { endMarkAt, furnitureReason, type FurnitureLexicon } from './furniture.js';
import { dupHash, dupKey, endsSentence, titleCaseShare, wordCount } from './text-norm.js';

export type BlockRole = 'body' | 'heading' | 'caption' | 'title' | 'removed';

export interface Classified extends Block {
  role: BlockRole;
  reason?: string;
  /** Characters kept from the start of the block (an end mark cut off the tail). */
  keepEnd?: number;
}

export interface CleanResult {
  text: string;
  map: OffsetMap;
  layers: Record<string, Span[]>;
  removed: Removal[];
  blocks: Classified[];
}

const STAGE = 'ingest.clean';

export function headlineLike(text: string): boolean {
  if (text.length > 200) return false;
  const words = wordCount(text);
  return words >= 1 && words <= 20 && !endsSentence(text) && !/[,;]$/.test(text);
}

function looksLikeHeading(b: Block): boolean {
  if (b.hint === 'heading') return true;
  const t = b.text;
  if (!headlineLike(t) || t.endsWith(':') || wordCount(t) < 2 || wordCount(t) > 14) return false;
  if (/^[\p{Lu}\p{N}"“‘']/u.test(t) === false) return false;
  const allCaps = t === t.toUpperCase() && /\p{Lu}{3}/u.test(t);
  return allCaps || titleCaseShare(t) >= 0.75;
}

/** Marks the roles; `titleIndex` is the block already taken as the title, if any. */
export function classify(blocks: Block[], lex: FurnitureLexicon, titleIndex: number | null): Classified[] {
  // Every block gets the same fields in the same order: the passes below read them all, and one object shape keeps
  // those reads fast (spreads and late-added fields made as many shapes as there were paths).
  const out: Classified[] = blocks.map((b, i): Classified => ({
    start: b.start, end: b.end, text: b.text, hint: b.hint, drop: b.drop,
    role: i === titleIndex ? 'title' : 'body', reason: i === titleIndex ? 'title' : undefined, keepEnd: undefined,
  }));
  for (const b of out) {
    if (b.role !== 'body') continue;
    const reason = b.drop ?? furnitureReason(b.text, lex);
    if (reason) remove(b, reason);
  }
  markRepeats(out);
  markDanglingLeadIns(out);
  for (const b of out) {
    if (b.role === 'body' && (b.hint === 'caption' || isCaption(b.text))) b.role = 'caption';
  }
  markHeadings(out);
  cutEndMark(out, lex);
  return out;
}

function remove(b: Classified, reason: string): void {
  b.role = 'removed';
  b.reason = reason;
}

function markRepeats(out: Classified[]): void {
  // Group by a hash of the duplicate key; a hash collision is split apart by the real key below.
  const byHash = new Map<number, Classified[]>();
  for (const b of out) {
    // List items and preformatted lines repeat by design (tables, menus, schedules).
    if (b.role === 'removed' || b.hint === 'list' || b.hint === 'pre') continue;
    // Long blocks hash by their head and tail (a repeat repeats both); the full key settles every group below.
    const { hash, length } = dupHash(b.text.length > 480 ? b.text.slice(0, 240) + b.text.slice(-240) : b.text);
    if (length < 8) continue;
    const g = byHash.get(hash);
    if (g) g.push(b);
    else byHash.set(hash, [b]);
  }
  const groups = new Map<string, Classified[]>();
  for (const g of byHash.values()) {
    if (g.length < 2) continue;
    for (const b of g) {
      const key = dupKey(b.text);
      const same = groups.get(key);
      if (same) same.push(b);
      else groups.set(key, [b]);
    }
  }
  const repeated = [...groups.values()].filter((g) => g.length > 1);
  // Many different repeated lines mean structured content (a plan, a schedule, a table as paragraphs):
  // furniture repeats one or two lines, so only titles and captions are deduplicated then.
  const structured = repeated.length > 4;
  for (const g of repeated) {
    const first = g[0]!;
    if (first.role === 'title') {
      for (const b of g.slice(1)) remove(b, 'title repeated in the body');
    } else if (first.hint === 'caption' || isCaption(first.text)) {
      first.role = 'caption';
      for (const b of g.slice(1)) remove(b, 'repeated caption');
    } else if (structured || (g.length > 2 && wordCount(first.text) <= 12)) {
      // A short line printed three or more times is a label in structured content, not a link or a slip.
      continue;
    } else if (headlineLike(first.text) && first.hint !== 'heading') {
      for (const b of g) remove(b, 'related-article link (headline printed more than once)');
    } else {
      for (const b of g.slice(1)) remove(b, 'repeated paragraph');
    }
  }
}

/** A short line ending in ':' with no body after it introduced links the scraper did not keep. */
function markDanglingLeadIns(out: Classified[]): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const b = out[i]!;
    if (b.role === 'removed') continue;
    if (b.role !== 'body') break;
    if (b.text.endsWith(':') && wordCount(b.text) <= 6) remove(b, 'related-article lead-in with nothing after it');
    else break;
  }
}

function markHeadings(out: Classified[]): void {
  const kept = out.filter((b) => b.role === 'body' || b.role === 'heading');
  for (let i = 0; i < kept.length; i++) {
    const b = kept[i]!;
    if (b.role !== 'body' || !looksLikeHeading(b)) continue;
    const next = kept[i + 1];
    // A heading introduces body text; a title-case line at the very end is more likely a link.
    if (b.hint === 'heading' || (next && next.role === 'body' && !looksLikeHeading(next) && wordCount(next.text) > wordCount(b.text))) b.role = 'heading';
  }
}

function cutEndMark(out: Classified[], lex: FurnitureLexicon): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const b = out[i]!;
    if (b.role !== 'body') continue;
    const keep = endMarkAt(b.text, lex);
    if (keep === null) return;
    if (keep === 0) {
      remove(b, 'end-of-story mark');
      continue;
    }
    b.keepEnd = keep;
    return;
  }
}

/** Builds the clean text (blocks joined by blank lines), its span layers and the removals. */
export function assemble(source: string, classified: Classified[]): CleanResult {
  const builder = new TextBuilder();
  const layers: Record<string, Span[]> = { paragraph: [], heading: [], caption: [] };
  const removed: Removal[] = [];
  for (const b of classified) {
    if (b.role === 'removed' || b.role === 'title') {
      removed.push({ text: b.text, reason: b.reason ?? b.role, rawStart: b.start, rawEnd: b.end });
      continue;
    }
    if (builder.size > 0) builder.insert('\n\n');
    const start = builder.size;
    const end = b.keepEnd !== undefined ? b.start + b.keepEnd : b.end;
    builder.copy(source, b.start, end);
    if (end < b.end) removed.push({ text: source.slice(end, b.end).trim(), reason: 'end-of-story mark', rawStart: end, rawEnd: b.end });
    const layer = b.role === 'body' ? 'paragraph' : b.role;
    layers[layer]!.push({ start, end: builder.size, label: layer, prov: { stage: STAGE, rule: b.reason ?? layer } });
  }
  const { text, map } = builder.build();
  return { text, map, layers, removed, blocks: classified };
}
