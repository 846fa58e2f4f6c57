/** Blocks: the lines or HTML blocks that cleaning classifies, with their offsets in the cleaner's input. */

export type BlockHint = 'p' | 'heading' | 'caption' | 'list' | 'quote' | 'pre';

export interface Block {
  start: number;
  end: number;
  text: string;
  hint?: BlockHint;
  /** Set by the HTML reader when the block is furniture inside the article container (the reason). */
  drop?: string;
}

/** Splits text into non-blank lines, trimmed, with offsets. */
export function lineBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) blocks.push({ start: s, end: e, text: text.slice(s, e) });
    pos = nl + 1;
  }
  return blocks;
}

/** White space, no-break space and the byte-order mark. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x1680;
}
