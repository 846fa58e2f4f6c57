/**
 * Events inside one storyline. Articles of one storyline share its words (the kind of event, the recurring
 * people); what tells two events of one storyline apart is what some of its articles share and others lack:
 * the other participants, the place, the year. So the articles are compared with rarity counted inside the
 * storyline (a word every article uses weighs nothing), and then merged average-link.
 */
import type { Features } from './cluster.js';
import { dot, type Vec } from './vectors.js';

export interface SplitOptions { splitThreshold: number; splitEntityWeight: number; sameEvent: number; otherEvent: number; yearClash: number }


/** Unit vector of counts weighted by rarity inside the group (document frequency `df` of `n` articles). */
function localUnit(m: Map<string, number>, df: Map<string, number>, n: number): Vec {
  const out: Vec = new Map();
  let norm = 0;
  for (const [k, x] of m) {
    const d = df.get(k) ?? 1;
    if (d < 2) continue; // a word of one article alone says nothing about which articles belong together
    const w = x * Math.log((n + 1) / d);
    if (w <= 0) continue;
    out.set(k, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [k, w] of out) out.set(k, w / norm);
  return out;
}


/** Entities plus the lead's years, as keys of one bag. */
function whoWhereWhen(f: Features): Map<string, number> {
  const m = new Map(f.ents);
  for (const y of f.years) m.set(`year:${y}`, 2);
  return m;
}

/** Pair scores among a storyline's articles, rarity counted inside it. */
export function localPairs(group: Features[], o: SplitOptions): Array<[string, string, number]> {
  const n = group.length;
  const df = new Map<string, number>();
  const bags = group.map((f) => ({ f, terms: f.terms, ents: whoWhereWhen(f) }));
  for (const b of bags) for (const k of new Set([...b.terms.keys(), ...b.ents.keys()])) df.set(k, (df.get(k) ?? 0) + 1);
  const vecs = bags.map((b) => ({ f: b.f, terms: localUnit(b.terms, df, n), ents: localUnit(b.ents, df, n) }));
  const out: Array<[string, string, number]> = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    const [a, b] = [vecs[i]!, vecs[j]!];
    let s = (1 - o.splitEntityWeight) * dot(a.terms, b.terms) + o.splitEntityWeight * dot(a.ents, b.ents);
    if (a.f.main.size && b.f.main.size) s += [...a.f.main].some((e) => b.f.main.has(e)) ? o.sameEvent : o.otherEvent;
    if (a.f.years.size && b.f.years.size && ![...a.f.years].some((y) => b.f.years.has(y))) s += o.yearClash;
    out.push([a.f.id, b.f.id, s]);
  }
  return out;
}
