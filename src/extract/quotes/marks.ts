/**
 * Pairs quotation marks paragraph by paragraph. Curly and guillemet marks have a direction; straight `"` and
 * the doubled apostrophe `''` (used by some wires) are read from their surroundings, falling back on state.
 * A paragraph that opens a quote without closing it "runs on"; when the next paragraph opens with a mark,
 * that quotation continues the first one (the print convention for quotes over several paragraphs).
 */
import type { QuoteMark, Tok } from './types.js';

const OPENERS = new Set(['“', '«', '„', '``']);
const CLOSERS = new Set(['”', '»']);
const TOGGLES = new Set(['"', "''"]);
/** First characters of all the marks above (“ ” « » „ ` " '): most tokens are ruled out by comparing one char code. */
const isMarkStart = (c: number): boolean => c === 0x201c || c === 0x201d || c === 34 || c === 39 || c === 0xab || c === 0xbb || c === 0x201e || c === 96;

function direction(text: string, tok: Tok, isOpen: boolean): 'open' | 'close' {
  if (OPENERS.has(tok.t)) return 'open';
  if (CLOSERS.has(tok.t)) return 'close';
  const before = tok.s > 0 ? text[tok.s - 1]! : ' ';
  const after = tok.e < text.length ? text[tok.e]! : ' ';
  const spaceBefore = /[\s([{\u2014\u2013-]/.test(before);
  const spaceAfter = /[\s.,;:!?)\]}\u2014\u2013-]/.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return isOpen ? 'close' : 'open';
}

function close(quotes: QuoteMark[], toks: readonly Tok[], a: number, b: number, runsOn: boolean): void {
  const first = toks[a]!;
  let words = 0;
  for (let i = a + 1; i < b; i++) if (toks[i]!.word) words++;
  quotes.push({ s: first.s, e: toks[b]!.e, a, b, para: first.para, words, runsOn, cont: -1 });
}

export function pairQuotes(text: string, toks: Tok[]): QuoteMark[] {
  const quotes: QuoteMark[] = [];
  let open = -1;
  for (let k = 0; k < toks.length; k++) {
    const tok = toks[k]!;
    if (open >= 0 && tok.para !== toks[open]!.para) {
      close(quotes, toks, open, k - 1, true);
      open = -1;
    }
    if (tok.word || !isMarkStart(tok.t.charCodeAt(0)) || (!OPENERS.has(tok.t) && !CLOSERS.has(tok.t) && !TOGGLES.has(tok.t))) continue;
    const dir = direction(text, tok, open >= 0);
    if (dir === 'open' && (open < 0 || !TOGGLES.has(tok.t))) open = k;
    else if (open >= 0) {
      close(quotes, toks, open, k, false);
      open = -1;
    }
  }
  if (open >= 0) close(quotes, toks, open, toks.length - 1, true);
  link(quotes, toks);
  return quotes;
}

/** Marks continuations and writes each token's quotation index. */
function link(quotes: QuoteMark[], toks: Tok[]): void {
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    for (let k = q.a; k <= q.b; k++) toks[k]!.q = i;
    const next = quotes[i + 1];
    if (!q.runsOn || !next) continue;
    const firstOfPara = next.a === 0 || toks[next.a - 1]!.para !== toks[next.a]!.para;
    if (firstOfPara && next.para === q.para + 1) next.cont = i;
  }
}
