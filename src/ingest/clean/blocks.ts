/** Blocks: the lines or HTML blocks that cleaning classifies, with their offsets in the cleaner's input. */

export type BlockHint = 'p' | 'heading' | 'caption' | 'list' | 'quote' | 'pre';

export interface Block {
  start: number;
  end: number;
  text: string;
  hint?: BlockHint;
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
    while (s < e && /[\s\u00A0\uFEFF]/u.test(text[s]!)) s++;
    while (e > s && /[\s\u00A0]/u.test(text[e - 1]!)) e--;
    if (e > s) blocks.push({ start: s, end: e, text: text.slice(s, e) });
    pos = nl + 1;
  }
  return blocks;
}
