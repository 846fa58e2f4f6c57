/**
 * Walks an article DOM (Readability's content) into ordered text blocks. Readability's `textContent` runs
 * list items and table cells together; here every block-level element closes the running block, so each
 * paragraph, heading, caption, list item or cell becomes its own block, and loose text in divs is kept.
 */

export type BlockKind = 'p' | 'heading' | 'caption' | 'list' | 'quote' | 'pre';

export interface HtmlBlock {
  kind: BlockKind;
  text: string;
  /** Why the block is in-article furniture, when it is (only with extractHtml's keepDropped). */
  drop?: string;
}

/** A block with the walk-time facts that the furniture filter needs. */
export interface RawBlock extends HtmlBlock {
  /** Characters of the block's text that sit inside links. */
  linkChars: number;
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'FIGURE', 'FIGCAPTION',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE',
  'THEAD', 'TBODY', 'TFOOT', 'TR', 'CAPTION', 'HR', 'FORM', 'FIELDSET', 'ADDRESS', 'DETAILS',
  'SUMMARY', 'CENTER',
]);

/** Elements whose text is never article prose. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'BUTTON',
  'SELECT', 'TEXTAREA', 'INPUT', 'MATH', 'AUDIO', 'VIDEO', 'HEAD', 'TITLE', 'META', 'LINK',
]);

const KIND_OF_TAG: Record<string, BlockKind> = {
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  FIGCAPTION: 'caption', CAPTION: 'heading', LI: 'list', DT: 'list', DD: 'list', BLOCKQUOTE: 'quote', PRE: 'pre',
};

/** Collapses whitespace runs (nbsp and zero-width characters included) to one space, drops control characters, trims. */
export function normaliseSpace(text: string): string {
  return text
    .replace(/[\s\u00a0\u200b\u200c\u200d\u2060\ufeff]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Mutable state of one walk; created per call, never shared. */
interface Walk {
  out: RawBlock[];
  parts: string[];
  linkChars: number;
  kinds: BlockKind[];
  inLink: number;
  inPre: number;
  role: (el: Element) => 'skip' | 'caption' | null;
}

function flush(w: Walk): void {
  if (w.parts.length === 0) return;
  const raw = w.parts.join('');
  const text = w.inPre ? raw.replace(/[\u00a0 \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim() : normaliseSpace(raw);
  w.parts = [];
  const linkChars = Math.min(w.linkChars, text.length);
  w.linkChars = 0;
  if (!text) return;
  w.out.push({ kind: w.kinds[w.kinds.length - 1] ?? 'p', text, linkChars });
}

function visit(node: Node, w: Walk): void {
  if (node.nodeType === TEXT_NODE) {
    const t = node.nodeValue ?? '';
    w.parts.push(t);
    if (w.inLink) w.linkChars += normaliseSpace(t).length;
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return;
  const role = w.role(el);
  if (role === 'skip') return;
  if (tag === 'BR') {
    flush(w);
    return;
  }
  if (tag === 'IMG') return;
  // A table row reads as one line: its cells are joined by spaces rather than split into blocks.
  if (tag === 'TD' || tag === 'TH') w.parts.push(' ');
  const isBlock = BLOCK_TAGS.has(tag);
  const kind = role === 'caption' ? 'caption' : KIND_OF_TAG[tag];
  // A change of kind (an inline caption span inside a paragraph) is a block boundary too.
  if (isBlock || kind) flush(w);
  if (kind) w.kinds.push(kind);
  if (tag === 'A') w.inLink++;
  if (tag === 'PRE') w.inPre++;
  // Inline elements adjacent to text need no separator; block boundaries flush instead.
  for (let c = el.firstChild; c; c = c.nextSibling) visit(c, w);
  if (tag === 'A') w.inLink--;
  if (isBlock || kind) flush(w);
  if (tag === 'PRE') w.inPre--;
  if (kind) w.kinds.pop();
}

/**
 * Text blocks of `root`, in document order. `role` may drop an element's subtree ('skip') or mark its
 * text as a caption; by default only tags decide.
 */
export function walkBlocks(root: Element, role: (el: Element) => 'skip' | 'caption' | null = () => null): RawBlock[] {
  const w: Walk = { out: [], parts: [], linkChars: 0, kinds: [], inLink: 0, inPre: 0, role };
  for (let c = root.firstChild; c; c = c.nextSibling) visit(c, w);
  flush(w);
  return w.out;
}
