/** The per-call working state shared by the frame builders: tokens, quotations, cues, sentence bounds. */
import type { Cue, QuoteMark, Tok } from './types.js';
import { type Range, speakerLeftOf } from './phrases.js';
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
  claimed: number[];
  /** Per token: index of the cue covering it, or -1. */
  cueAt: number[];
  drafts: Draft[];
  /** Cues already used (e.g. "according to Sputnik" folded into another attribution as its relay). */
  used: Set<number>;
  /** speakerLeftOf by token, filled on first use: several frames ask for the speaker of the same cue (a Map: few
   * tokens are asked about, and an array would take a slot for every token). */
  left: Map<number, Range | null>;
}

/** The speaker left of token c (phrases.ts speakerLeftOf), computed once per token. */
export function leftSpeaker(ctx: Ctx, c: number): Range | null {
  let r = ctx.left.get(c);
  if (r === undefined) ctx.left.set(c, (r = speakerLeftOf(ctx.toks, c)));
  return r;
}

export function makeContext(text: string): Ctx {
  const toks = tokenize(text);
  const quotes = pairQuotes(text, toks);
  const { ss, se } = splitSentences(toks, quotes);
  const cues = findCues(toks);
  // Plain arrays: typed arrays this size live outside the heap and cost more to make than to fill.
  const cueAt = new Array<number>(toks.length).fill(-1);
  for (let i = 0; i < cues.length; i++) cueAt.fill(i, cues[i]!.a, cues[i]!.b + 1);
  return { text, toks, quotes, cues, ss, se, claimed: new Array<number>(toks.length).fill(0), cueAt, drafts: [], used: new Set(), left: new Map() };
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
  for (const r of d.content) for (let k = r[0]; k <= r[1]; k++) if (ctx.claimed[k] === 0) ctx.claimed[k] = id;
}
