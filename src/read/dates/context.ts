/**
 * Per-text context the rules share: the anchor, sentence bounds and a cheap tense guess for the clause around a
 * mention. Built once per findTimes call; never mutated after construction.
 */
import { parseDay } from './calendar.js';
import type { Tense, Ymd } from './types.js';

// Markers whose presence near a mention says where the clause points in time. Future wins ties: a
// planned event in a past-tense report ("said he would visit in May") still points forward.
const FUTURE_RE =
  /\b(?:will|won['’]t|shall|['’]ll|going to|gonna|(?:is|are|was|were|be|been)\s+(?:\w+\s+)?(?:expected|scheduled|set|due|slated|planned|poised|likely|about)\s+to|(?:set|scheduled|due|slated|expected|planned|poised)\s+to|plans?\s+to|planning\s+to|as\s+(?:soon|early)\s+as|until|intends?\s+to|aims?\s+to|hopes?\s+to|would|next|upcoming|coming|ahead|forthcoming|later this)\b/gi;
const PAST_RE =
  /\b(?:was|were|had|did|said|told|met|began|came|went|made|took|held|gave|saw|rose|fell|sold|bought|won|lost|left|spent|paid|became|brought|got|ran|grew|paid|found|thought|wrote|spoke|led|sent|struck|hit|shot|killed|announced|\w{2,}ed|ago|earlier|last|previously|recently)\b/gi;

const MARKER_RES: readonly [RegExp, Tense][] = [[FUTURE_RE, 'future'], [PAST_RE, 'past']];

export interface Ctx {
  text: string;
  anchor: Ymd | null;
  /** Start offsets of sentences, ascending (first is 0). */
  sentenceStarts: number[];
  /** Per-call cache: tense markers by sentence start (filled lazily by tenseAt). */
  markers: Map<number, Marker[]>;
}

export function makeCtx(text: string, anchor: string | null): Ctx {
  const starts = [0];
  const re = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9])|\n+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // "Sept. 10", "Mr. Wang", "U.S. officials": a period after a short capitalised word or initial is no boundary.
    const before = text.slice(Math.max(0, m.index - 5), m.index + 1);
    if (m[0][0] === '.' && /(?:\b[A-Z][a-z]{0,3}|\b[A-Z]|\.[A-Z])\.$/.test(before)) continue;
    starts.push(m.index + m[0].length);
  }
  return { text, anchor: parseDay(anchor), sentenceStarts: starts, markers: new Map() };
}

/** [start, end) of the sentence holding offset `pos`. */
export function sentenceAt(ctx: Ctx, pos: number): [number, number] {
  const s = ctx.sentenceStarts;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return [s[lo]!, lo + 1 < s.length ? s[lo + 1]! : ctx.text.length];
}

interface Marker { s: number; e: number; t: Tense }

/** Tense markers of the sentence starting at `s` (computed once per sentence and kept in the ctx's cache). */
function markersOf(ctx: Ctx, s: number, e: number): Marker[] {
  const hit = ctx.markers.get(s);
  if (hit) return hit;
  const clause = ctx.text.slice(s, e);
  const out: Marker[] = [];
  // exec on the shared patterns (reset before and after) rather than matchAll, which copies the regex each call.
  for (const [re, t] of MARKER_RES) {
    re.lastIndex = 0;
    for (let m = re.exec(clause); m; m = re.exec(clause)) out.push({ s: s + m.index, e: s + m.index + m[0].length, t });
    re.lastIndex = 0;
  }
  ctx.markers.set(s, out);
  return out;
}

/**
 * Tense of the clause around [start, end): the nearest tense marker in the sentence decides (the mention's own
 * words are excluded, so "next month" does not vote for itself). Future markers get a small head start: a plan
 * reported in the past ("said he would visit in May") points forward.
 */
export function tenseAt(ctx: Ctx, start: number, end: number): Tense {
  const [s, sentEnd] = sentenceAt(ctx, start);
  // To the right, only the mention's own clause counts: in "said on Saturday that Beijing would release", the
  // "would" belongs to the reported clause, not to "Saturday".
  // A fronted adverbial ("In December 2022, Putin and Xi held…") takes its tense from the clause after the comma.
  const fronted = start - s < 25 && /^[,\s]/.test(ctx.text.slice(end, end + 1));
  const from = fronted ? end + 1 : end;
  const rest = ctx.text.slice(from, Math.min(sentEnd, from + 200));
  const cut = rest.search(/[,;:()—–]|\s(?:that|which|who|when|but|while|because|although|as)\s/);
  const e = cut < 0 ? sentEnd : from + cut;
  let best: Tense = 'none';
  let bestDist = Infinity;
  for (const k of markersOf(ctx, s, sentEnd)) {
    if (k.e > e || (k.e > start && k.s < end)) continue;
    const dist = (k.e <= start ? start - k.e : k.s - end) + (k.t === 'future' ? -5 : 0);
    if (dist < bestDist) {
      bestDist = dist;
      best = k.t;
    }
  }
  return best;
}
