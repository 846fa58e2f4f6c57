/**
 * Events inside one storyline. Articles of one storyline share its words (the kind of event, the recurring
 * people); what tells two events of one storyline apart is what some of its articles share and others lack:
 * the other participants, the place, the year. So the articles are compared with rarity counted inside the
 * storyline (a word every article uses weighs nothing), and then merged average-link.
 */
import { dotBag, dotsWith, unitBag, type Bag } from './vectors.js';

export interface SplitOptions { splitThreshold: number; splitEntityWeight: number; sameEvent: number; otherEvent: number; yearClash: number }

/** What the split reads of an article: its words, and who, where and when (entities plus the lead's years). */
export interface SplitItem { terms: Bag; who: Bag; years: readonly string[]; main: readonly string[] }

/** Scratch counts by key id for `localPairs`, all zero between calls (it runs on every addition). */
let df = new Int32Array(0);

const shares = (a: readonly string[], b: readonly string[]): boolean => a.some((x) => b.includes(x));

/**
 * Pair scores among a storyline's articles (positions in `group`), rarity counted inside it: every pair, or
 * only `pairs` when given (a storyline too large for all pairs).
 */
export function localPairs(group: SplitItem[], o: SplitOptions, pairs?: Array<[number, number]>): Array<[number, number, number]> {
  const n = group.length;
  let top = 0;
  for (const x of group) for (const b of [x.terms, x.who]) if (b.ids.length) top = Math.max(top, b.ids[b.ids.length - 1]!);
  if (df.length <= top) df = new Int32Array(2 * top + 2);
  for (const x of group) { for (const k of x.terms.ids) df[k]!++; for (const k of x.who.ids) df[k]!++; }
  // A key of one article alone says nothing about which articles belong together.
  const weight = (k: number): number => { const d = df[k]!; return d < 2 ? 0 : Math.log((n + 1) / d); };
  const vecs = group.map((x) => ({ x, terms: unitBag(x.terms, weight), who: unitBag(x.who, weight) }));
  for (const x of group) { for (const k of x.terms.ids) df[k] = 0; for (const k of x.who.ids) df[k] = 0; }
  const terms = vecs.map((v) => v.terms);
  const who = vecs.map((v) => v.who);
  const score = (i: number, j: number, dTerms: number, dWho: number): number => {
    const [a, b] = [vecs[i]!, vecs[j]!];
    let s = (1 - o.splitEntityWeight) * dTerms + o.splitEntityWeight * dWho;
    if (a.x.main.length && b.x.main.length) s += shares(a.x.main, b.x.main) ? o.sameEvent : o.otherEvent;
    if (a.x.years.length && b.x.years.length && !shares(a.x.years, b.x.years)) s += o.yearClash;
    return s;
  };
  if (pairs) return pairs.map(([i, j]) => [i, j, score(i, j, dotBag(terms[i]!, terms[j]!), dotBag(who[i]!, who[j]!))]);
  const out: Array<[number, number, number]> = [];
  for (let i = 0; i < n; i++) {
    const [dt, dw] = [dotsWith(terms[i]!, terms.slice(i + 1)), dotsWith(who[i]!, who.slice(i + 1))];
    for (let j = i + 1; j < n; j++) out.push([i, j, score(i, j, dt[j - i - 1]!, dw[j - i - 1]!)]);
  }
  return out;
}
