/**
 * Events inside one storyline. Articles of one storyline share its words (the kind of event, the recurring
 * people); what tells two events of one storyline apart is what some of its articles share and others lack:
 * the other participants, the place, the year. So the articles are compared with rarity counted inside the
 * storyline (a word every article uses weighs nothing), and then merged average-link.
 */
import { dotBag, unitBag, type Bag } from './vectors.js';

export interface SplitOptions { splitThreshold: number; splitEntityWeight: number; sameEvent: number; otherEvent: number; yearClash: number }

/** What the split reads of an article: its words, and who, where and when (entities plus the lead's years). */
export interface SplitItem { terms: Bag; who: Bag; years: readonly string[]; main: readonly string[] }

const shares = (a: readonly string[], b: readonly string[]): boolean => a.some((x) => b.includes(x));

/**
 * Pair scores among a storyline's articles (positions in `group`), rarity counted inside it: every pair, or
 * only `pairs` when given (a storyline too large for all pairs).
 */
export function localPairs(group: SplitItem[], o: SplitOptions, pairs?: Array<[number, number]>): Array<[number, number, number]> {
  const n = group.length;
  const df = new Map<number, number>();
  const count = (b: Bag): void => { for (const k of b.ids) df.set(k, (df.get(k) ?? 0) + 1); };
  for (const x of group) { count(x.terms); count(x.who); }
  // A key of one article alone says nothing about which articles belong together.
  const weight = (k: number): number => { const d = df.get(k) ?? 1; return d < 2 ? 0 : Math.log((n + 1) / d); };
  const vecs = group.map((x) => ({ x, terms: unitBag(x.terms, weight), who: unitBag(x.who, weight) }));
  const score = (i: number, j: number): number => {
    const [a, b] = [vecs[i]!, vecs[j]!];
    let s = (1 - o.splitEntityWeight) * dotBag(a.terms, b.terms) + o.splitEntityWeight * dotBag(a.who, b.who);
    if (a.x.main.length && b.x.main.length) s += shares(a.x.main, b.x.main) ? o.sameEvent : o.otherEvent;
    if (a.x.years.length && b.x.years.length && !shares(a.x.years, b.x.years)) s += o.yearClash;
    return s;
  };
  if (pairs) return pairs.map(([i, j]) => [i, j, score(i, j)]);
  const out: Array<[number, number, number]> = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) out.push([i, j, score(i, j)]);
  return out;
}
