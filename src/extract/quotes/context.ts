/** The per-call working state shared by the frame builders: tokens, quotations, cues, sentence bounds. */
import type { Cue, QuoteMark, Tok } from './types.js';
import type { Range } from './phrases.js';
import { tokenize, splitSentences } from './tokens.js';
import { pairQuotes } from './marks.js';
import { findCues } from './cues.js';
import { TERMINAL } from './grammar.js';

export interface Draft {
  cue: Cue | null;
  source: Range | null;
  content: Range[];
  addressee: Range | null;
  via: Range | null;
  stance: string | null;
  direct: boolean;
  conf: number;
  /** Which frame produced it, for debugging and confidence. */
  frame: string;
}

export interface Ctx {
  text: string;
  toks: Tok[];
  quotes: QuoteMark[];
  cues: Cue[];
  /** First and last token of each sentence. */
  ss: number[];
  se: number[];
  /** Per token: 1 + index of the draft whose content holds it, or 0. */
  claimed: Int32Array;
  /** Per token: index of the cue covering it, or -1. */
  cueAt: Int32Array;
  drafts: Draft[];
  /** Cues already used (e.g. "according to Sputnik" folded into another attribution as its relay). */
  used: Set<number>;
}

export function makeContext(text: string): Ctx {
  const toks = tokenize(text);
  const quotes = pairQuotes(text, toks);
  splitSentences(toks, quotes);
  const cues = findCues(toks);
  const ss: number[] = [];
  const se: number[] = [];
  toks.forEach((t, k) => {
    if (ss[t.sent] === undefined) ss[t.sent] = k;
    se[t.sent] = k;
  });
  const cueAt = new Int32Array(toks.length).fill(-1);
  cues.forEach((c, i) => { for (let k = c.a; k <= c.b; k++) cueAt[k] = i; });
  return { text, toks, quotes, cues, ss, se, claimed: new Int32Array(toks.length), cueAt, drafts: [], used: new Set() };
}

/** Index of the quotation that closes exactly at token k (allowing one comma after it), or -1. */
export function quoteClosingAt(ctx: Ctx, k: number): number {
  const { toks, quotes } = ctx;
  if (k >= 0 && toks[k]!.t === ',' ) k--;
  if (k < 0) return -1;
  const q = toks[k]!.q;
  return q >= 0 && quotes[q]!.b === k ? q : -1;
}

/** Index of the quotation that opens exactly at token k, or -1. */
export function quoteOpeningAt(ctx: Ctx, k: number): number {
  const t = ctx.toks[k];
  if (!t || t.q < 0) return -1;
  return ctx.quotes[t.q]!.a === k ? t.q : -1;
}

/** Last token of a sentence's content: drops the final full stop, keeps a closing quotation mark. */
export function contentEnd(ctx: Ctx, sent: number): number {
  const { toks } = ctx;
  let k = ctx.se[sent]!;
  if (toks[k]!.q >= 0 && ctx.quotes[toks[k]!.q]!.b === k) return k;
  while (k > ctx.ss[sent]! && (TERMINAL.has(toks[k]!.t) || toks[k]!.t === ',' || toks[k]!.t === ':')) k--;
  return k;
}

export function claim(ctx: Ctx, d: Draft): void {
  ctx.drafts.push(d);
  const id = ctx.drafts.length;
  for (const [a, b] of d.content) for (let k = a; k <= b; k++) if (ctx.claimed[k] === 0) ctx.claimed[k] = id;
}
