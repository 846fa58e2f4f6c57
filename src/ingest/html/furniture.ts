/**
 * In-body furniture that Readability keeps but article text omits: navigation, share and newsletter
 * prompts, related-story rails, bylines and datelines, image captions and credits. Two levels:
 * elements (by tag and class/id words, before their text is walked) and finished blocks (by wording).
 */
import type { RawBlock } from './blocks.js';

/** What the walk does with an element's subtree: drop it, read it as a caption, or walk it normally. */
export type ElementRole = 'skip' | 'caption' | null;

/** Container tags that hold page chrome rather than prose. */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM']);

/** Tags whose text describes a picture. */
const CAPTION_TAGS = new Set(['FIGURE', 'FIGCAPTION']);

/** Class/id words (split on punctuation and camelCase) that name furniture containers. */
const FURNITURE_WORDS = new Set([
  'nav', 'navigation', 'navbar', 'topnav', 'subnav', 'menu', 'breadcrumb', 'breadcrumbs', 'related', 'trending',
  'popular', 'recommended', 'recommendations', 'share', 'sharing', 'sharebar', 'social', 'newsletter', 'subscribe',
  'subscription', 'promo', 'cta', 'byline', 'author', 'bio', 'credit', 'credits', 'copyright', 'gallery',
  'slideshow', 'rail', 'sidebar', 'advert', 'advertisement', 'ad', 'ads', 'dfp', 'sponsor', 'sponsored',
  'timestamp', 'dateline', 'date', 'tags', 'comments', 'comment', 'print', 'toolbar', 'rollover', 'tooltip',
  'popup', 'popover', 'flyout', 'modal', 'outbrain', 'taboola', 'signin', 'login', 'cookie', 'consent',
  'postinfo', 'skip',
]);

/** Class/id words of picture containers: their text is a caption. */
const CAPTION_WORDS = new Set(['caption', 'photo', 'image', 'media', 'thumbnail', 'figure']);

/** Media-embed words: furniture unless the embed is a quoted post (tweets are part of the story). */
const EMBED_WORDS = new Set(['embed', 'video']);

/** Words that name a headline/meta area: furniture only when short, since bodies sometimes reuse them. */
const HEADER_WORDS = new Set(['title', 'headline', 'header', 'meta', 'label', 'kicker', 'eyebrow']);

const READ_MORE_CLASS = /(read|see|load|show)[-_]?more/i;

/** Splits a class/id string into lower-case words: "relatedContent article__media" → related, content, article, media. */
function classWords(value: string): string[] {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Text length under which a headline-area container counts as furniture. */
const SHORT_HEADER_CHARS = 200;

/** The role that the tag and class/id words suggest, before the size guard. */
function suggestedRole(el: Element, tag: string): { role: ElementRole; ifShort: boolean } {
  if (FURNITURE_TAGS.has(tag)) return { role: 'skip', ifShort: false };
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (READ_MORE_CLASS.test(names)) return { role: 'skip', ifShort: false };
  let caption = CAPTION_TAGS.has(tag);
  let headerOnly = false;
  if (names.trim()) {
    for (const w of classWords(names)) {
      if (FURNITURE_WORDS.has(w) || (EMBED_WORDS.has(w) && !el.querySelector('blockquote'))) {
        return { role: 'skip', ifShort: false };
      }
      if (CAPTION_WORDS.has(w)) caption = true;
      else if (HEADER_WORDS.has(w)) headerOnly = true;
    }
  }
  if (caption) return { role: 'caption', ifShort: false };
  return { role: headerOnly ? 'skip' : null, ifShort: true };
}

/**
 * How the walk treats `el`'s subtree. `rootChars` guards against losing the article itself: a container
 * holding half of the body text is always walked normally, whatever its class says.
 */
export function elementRole(el: Element, rootChars: number): ElementRole {
  const { role, ifShort } = suggestedRole(el, el.tagName.toUpperCase());
  if (!role) return null;
  const chars = (el.textContent ?? '').length;
  if (chars * 2 > rootChars) return null;
  return !ifShort || chars < SHORT_HEADER_CHARS ? role : null;
}

/** Whole-block prompts and labels (the block is nothing but this). */
const LABEL_RE = new RegExp(
  '^(?:advert(?:isement)?|sponsored|iklan|anzeige|publicidad|related(?: (?:news|stories|articles|content|coverage))?|' +
    'read more|see more|more|trending|latest|popular|most read|you may also like|don\'?t miss|recommended|' +
    'skip to (?:main )?content|enlarge (?:this )?image|continue reading(?: below)?|sign in|log in|caption|close|' +
    'share(?: this)?(?: article| story)?|comments?|tags?|filed under|highlights|about the author|' +
    '(?:image|photo|slide) \\d+ of(?: /)? ?\\d+|\\d+ of \\d+|\\d+)[\\s:.!|…]*$',
  'iu',
);

/** Lead-ins of promotional or cross-link blocks: "Related: …", "READ MORE: …", "Also: …". */
const LEAD_IN_RE =
  /^(?:related|see (?:more|also)|read (?:more|also|next)|also(?: read| see)?|more|don'?t miss|watch|listen|recommended|trending|click here|most read)\s*(?::|\||-|–|—)/iu;

/** Prompts to subscribe, follow, download or join. */
const PROMPT_RE =
  /^(?:subscribe|sign up|follow (?:us|\S+ on)|get (?:the latest|our|\S+ on the go)|join (?:our|the)|listen to|download (?:the|our)|click here|like us on|this (?:website|site) uses cookies)|\b(?:click here|subscribe to (?:our|the)|sign up for (?:our|the)|newsletters?\b.*\binbox|inbox\b.*\bnewsletters?)/iu;

/** Credits and captions written inline in paragraphs. */
const CREDIT_RE =
  /^(?:image|photo|picture|video)s?(?: credit| copyright| caption)?\s*:|^(?:image|photo) (?:copyright|caption)\b|\((?:image|photo|picture|credit)s?(?: credit)?:[^)]*\)\s*$|credit:\s*\S|©|\bgetty images\b|\b(?:ap|afp|reuters|epa) photo\b|\((?:ap|afp|reuters|getty)\)\s*$/iu;

/** Publication/update stamps: "Published 11:11 PM EST Nov 19, 2019", "Updated at 1:23 p.m.". */
const STAMP_RE = /^\|?\s*(?:published|updated|posted|last updated|first published)(?: on| at)?\b.*\d/iu;

/** Bylines: "By Jane Doe" (short, no sentence-ending punctuation needed). */
const BYLINE_RE = /^by\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)*\b/u;

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;
}

/** Why a finished block is furniture, or null when it is kept. */
export function furnitureReason(block: RawBlock): string | null {
  const text = block.text;
  const words = wordCount(text);
  if (words === 0) return 'no words';
  if (LABEL_RE.test(text)) return 'label';
  if (words <= 25 && LEAD_IN_RE.test(text)) return 'cross-link';
  if (words <= 40 && PROMPT_RE.test(text)) return 'prompt';
  if (words <= 30 && CREDIT_RE.test(text)) return 'credit';
  if (words <= 16 && STAMP_RE.test(text)) return 'timestamp';
  if (words <= 12 && BYLINE_RE.test(text)) return 'byline';
  return null;
}

/** Share of a block's characters inside links above which it reads as a link, not prose. */
const LINK_DENSE = 0.8;
/** Consecutive link blocks that make a related-stories or navigation list. */
const LINK_RUN = 3;

function isLinkBlock(b: RawBlock): boolean {
  return b.linkChars >= LINK_DENSE * b.text.length;
}

/** A fully linked headline in capitals ("SEE THE LATEST ON …") is a promo between paragraphs. */
function isCapsPromo(b: RawBlock): boolean {
  if (!isLinkBlock(b) || wordCount(b.text) < 3) return false;
  const letters = b.text.match(/\p{L}/gu) ?? [];
  const upper = b.text.match(/\p{Lu}/gu) ?? [];
  return letters.length >= 10 && upper.length >= 0.9 * letters.length;
}

/** Keeps the article blocks: drops furniture by wording, link lists and capitalised promo links. */
/** Marks in-article furniture with the reason it is furniture (`drop`); nothing is lost, so callers can report it. */
export function markBlocks(blocks: RawBlock[]): RawBlock[] {
  const marked = blocks.map((b) => {
    const reason = furnitureReason(b) ?? (isCapsPromo(b) ? 'all-capitals promotion link' : null);
    return reason ? { ...b, drop: reason } : b;
  });
  const kept = marked.filter((b) => !b.drop);
  for (let i = 0; i < kept.length; ) {
    let j = i;
    while (j < kept.length && isLinkBlock(kept[j]!)) j++;
    if (j - i >= LINK_RUN) for (let k = i; k < j; k++) kept[k]!.drop = 'run of link-only blocks';
    i = j > i ? j : i + 1;
  }
  return marked;
}

export function filterBlocks(blocks: RawBlock[]): RawBlock[] {
  return markBlocks(blocks).filter((b) => !b.drop);
}
