/**
 * Quotes and attributions: who said what, to whom, through which outlet, and with what stance of the outlet.
 *
 * One pass builds tokens, quotation pairs, sentences and cues; then frames are tried in a fixed order:
 *   1. quote-adjacent cues (“A,” he said / he said: “A.”) and sentence-final cues (…, X said.) claim their content;
 *   2. the remaining cues take the rest of their sentence (X said that …, according to X, …);
 *   3. paragraphs that are only a quotation join the neighbouring paragraph's direct attribution.
 * Earlier frames win; later ones never take claimed tokens, so each token has at most one role (as in PolNeAR).
 */
import type { Attribution, Cue, QuoteSpan } from './types.js';
import { type Ctx, type Draft, makeContext } from './context.js';
import { claimIf, cueAsQuote, cueBeforeQuote, quoteBeforeCue, quoteChain, transcriptTurn } from './direct.js';
import { backwardFrame, forwardFrame } from './reported.js';
import { evidenceFrames } from './nouns.js';
import type { Range } from './phrases.js';

export type { Attribution, QuoteSpan } from './types.js';

export function findAttributions(text: string): Attribution[] {
  if (text.length === 0) return [];
  const ctx = makeContext(text);
  const done = new Set<number>();
  for (let ci = 0; ci < ctx.cues.length; ci++) {
    if (claimIf(ctx, transcriptTurn(ctx, ci) ?? quoteBeforeCue(ctx, ci) ?? cueBeforeQuote(ctx, ci) ?? cueAsQuote(ctx, ci))) done.add(ci);
  }
  // "Asked whether …, Lee said": the opening participle's question comes before the main clause's own frame.
  for (let ci = 0; ci < ctx.cues.length; ci++) {
    const c = ctx.cues[ci]!;
    if (!done.has(ci) && c.passive && c.a === ctx.ss[ctx.toks[c.a]!.sent] && claimIf(ctx, forwardFrame(ctx, ci))) done.add(ci);
  }
  for (let ci = 0; ci < ctx.cues.length; ci++) {
    if (!done.has(ci) && ctx.claimed[ctx.cues[ci]!.head] === 0 && claimIf(ctx, backwardFrame(ctx, ci))) done.add(ci);
  }
  // Verbs of saying first, so that "X said the plan seemed to fail" keeps "seemed" inside X's content.
  for (const strong of [true, false]) {
    for (let ci = 0; ci < ctx.cues.length; ci++) {
      if (done.has(ci) || ctx.used.has(ci) || ctx.claimed[ctx.cues[ci]!.head] !== 0 || isStrong(ctx.cues[ci]!) !== strong) continue;
      if (claimIf(ctx, forwardFrame(ctx, ci))) done.add(ci);
    }
  }
  for (const d of evidenceFrames(ctx)) claimIf(ctx, d);
  attachQuoteParagraphs(ctx);
  return ctx.drafts
    .map((d) => toAttribution(ctx, d))
    .sort((x, y) => x.content[0]!.start - y.content[0]!.start);
}

const isStrong = (c: Cue): boolean => c.cls !== 'belief' && c.cls !== 'evaluative' && !c.passive;

/**
 * A paragraph that is nothing but a quotation continues the speaker of the previous paragraph when that
 * paragraph ends with a direct attribution; otherwise it may open the next paragraph's direct attribution.
 * Quotations inside other sentences are never given a speaker here (scare quotes, titles).
 */
function attachQuoteParagraphs(ctx: Ctx): void {
  const { quotes, toks, claimed } = ctx;
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi]!;
    if (claimed[q.a] !== 0 || q.cont >= 0 || q.words < 4) continue;
    const startsPara = q.a === 0 || toks[q.a - 1]!.para !== q.para;
    const after = toks[q.b + 1];
    const endsPara = !after || after.para !== q.para || (toks[q.b + 2]?.para !== q.para && !after.word);
    if (!startsPara || !endsPara) continue;
    const target = neighbour(ctx, q.para, q.a);
    if (!target) continue;
    const pieces = quoteChain(ctx, qi);
    target.content.push(...pieces);
    target.content.sort((x, y) => x[0] - y[0]);
    const id = ctx.drafts.indexOf(target) + 1;
    for (const [a, b] of pieces) for (let k = a; k <= b; k++) if (claimed[k] === 0) claimed[k] = id;
  }
}

function neighbour(ctx: Ctx, para: number, at: number): Draft | null {
  const { toks } = ctx;
  let prev: Draft | null = null;
  let next: Draft | null = null;
  for (const d of ctx.drafts) {
    const first = d.content[0]![0];
    const last = d.content[d.content.length - 1]![1];
    if (last < at && (!prev || last > prev.content[prev.content.length - 1]![1])) prev = d;
    if (first > at && (!next || first < next.content[0]![0])) next = d;
  }
  const paraOf = (d: Draft): number => toks[d.content[d.content.length - 1]![1]]!.para;
  if (prev && prev.direct && paraOf(prev) === para - 1) return prev;
  if (next && next.direct && toks[next.content[0]![0]]!.para === para + 1 && !prev?.direct) return next;
  return null;
}

function span(ctx: Ctx, r: Range | null): QuoteSpan | null {
  return r ? { start: ctx.toks[r[0]]!.s, end: ctx.toks[r[1]]!.e } : null;
}

function toAttribution(ctx: Ctx, d: Draft): Attribution {
  return {
    direct: d.direct,
    content: d.content.map((r) => span(ctx, r)!),
    source: span(ctx, d.source),
    cue: d.cue ? { start: ctx.toks[d.cue.a]!.s, end: ctx.toks[d.cue.b]!.e } : null,
    addressee: span(ctx, d.addressee),
    via: span(ctx, d.via),
    stance: d.stance,
    confidence: Math.round(d.conf * 100) / 100,
  };
}
