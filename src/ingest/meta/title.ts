/** Titles: a headline-like first line, or the page/feed/JSONL title, with an outlet suffix split off. */
import type { Block } from '../clean/blocks.js';
import { isCaption } from '../clean/captions.js';
import { headlineLike } from '../clean/clean.js';
import { furnitureReason, type FurnitureLexicon } from '../clean/furniture.js';
import { dupKey, titleCaseShare, wordCount } from '../clean/text-norm.js';
import { knownOutlet } from './outlets.js';

/** Index of the block that is the article's title, or null. */
export function findTitleBlock(blocks: Block[], lex: FurnitureLexicon, knownTitle: string | null): number | null {
  const firstIdx = blocks.findIndex((b) => !furnitureReason(b.text, lex));
  if (firstIdx < 0) return null;
  const first = blocks[firstIdx]!;
  if (knownTitle) {
    // The page title printed again as the first line of the body.
    const k = dupKey(splitOutletSuffix(knownTitle).title);
    return dupKey(splitOutletSuffix(first.text).title) === k ? firstIdx : null;
  }
  if (first.hint && first.hint !== 'heading') return null;
  if (firstIdx + 1 >= blocks.length || isCaption(first.text)) return null;
  const words = wordCount(first.text);
  if (!headlineLike(first.text) || words < 3 || words > 30 || first.text.endsWith(':')) return null;
  return firstIdx;
}

const SUFFIX = /^(.{8,}?)\s+(\||–|—|-|::|•)\s+([^|–—•]{2,60})$/u;

/**
 * "Headline | CNN" → { title: "Headline", outlet: "CNN" }. A ' | ' suffix is always an outlet when it is
 * short; a dash suffix only when it names a known outlet or looks like a site name (short, capitalised).
 */
export function splitOutletSuffix(title: string): { title: string; outlet: string | null } {
  const t = title.trim();
  const m = SUFFIX.exec(t);
  if (!m) return { title: t, outlet: null };
  const suffix = m[3]!.trim();
  const known = knownOutlet(suffix);
  const words = wordCount(suffix);
  const siteLike = words <= 4 && titleCaseShare(suffix) === 1 && !/[.!?]$/.test(suffix);
  if (known || (m[2] === '|' && words <= 6) || (siteLike && /[.]\w{2,4}$|^[\p{Lu}]{2,}/u.test(suffix))) {
    return { title: m[1]!.trim(), outlet: known ?? suffix };
  }
  return { title: t, outlet: null };
}
