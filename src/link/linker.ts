/**
 * The article linker: storylines (articles on one kind of happening) and, inside each, the articles that
 * report one event. It is a state that grows: `add` links one article against what is there, looking only at
 * the articles that share a specific entity or a rare word with it and lie near it in time (an inverted index
 * keyed by word and date bucket whose lists are capped, so a hub entity costs no more than a rare one), so the
 * cost of an addition does not grow with the corpus. Dated articles are compared only within `nearDays` and a
 * storyline spans at most `storyDays`: the same kind of happening years apart is another storyline.
 * `Linker.batch` links many at once on the same index and scores, merging best first; both end where no two
 * storylines average the bar (./avglink.ts), so they differ only where merge order matters.
 */
import { AvgLink } from './avglink.js';
import { localPairs, type SplitItem } from './cluster-split.js';
import { dotsWith, toBags, unitBags, Vocab, type Bag } from './vectors.js';

export interface Features {
  id: string;
  terms: Map<string, number>;
  /** The words of the title and lead alone: the kind of event ("quake", "rehab", "fired"). */
  lead: Map<string, number>;
  ents: Map<string, number>;
  years: Set<string>;
  /** The linked events the lead reports (ids from event linking). */
  main: Set<string>;
  /** The article's date as a day number (days since 1970-01-01; a month's middle day), when it states one. */
  day?: number | null;
}

/**
 * Weights set on the ECB+ dev half (the held-out half is scored by others). `topicThreshold` is the storyline
 * bar, `split*` the event bar inside one. Blocking: `blockTerms` rarest words an article is filed under (with
 * all its entities), `postingCap` articles kept per key (the most recent), `candidates` compared per article;
 * a storyline of up to `splitAll` articles is split over all its pairs. An addition re-splits the events around
 * the new article, up to `resplit` articles (the whole storyline when it is that small). Up to `relinkUpTo`
 * articles, the state is relinked each time the corpus grows by `relinkGrowth`. Dated articles more than
 * `nearDays` apart are not compared, and no storyline spans more than `storyDays` (the seeds' runs 19 months).
 */
export const CLUSTER_OPTIONS = { topicThreshold: 0.025, splitThreshold: 0.1, leadWeight: 0.3, entityWeight: 0.4, splitEntityWeight: 0.4, sameEvent: 0.6, otherEvent: -1, yearClash: -0.15, blockTerms: 25, postingCap: 64, candidates: 128, splitAll: 64, resplit: 32, relinkGrowth: 1.25, relinkUpTo: 2000, nearDays: 365, storyDays: 730 };
export type ClusterOptions = typeof CLUSTER_OPTIONS;

/** Whether a sorted array holds `x`. */
function has(xs: Int32Array, x: number): boolean {
  let [lo, hi] = [0, xs.length - 1];
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    if (xs[m] === x) return true;
    if (xs[m]! < x) lo = m + 1;
    else hi = m - 1;
  }
  return false;
}

/** Words and lead words, entities apart: the same kind of happening among the same people. */
interface Units { terms: Bag; lead: Bag; ents: Bag }

interface Entry extends SplitItem {
  id: string; lead: Bag; ents: Bag; keys: Int32Array; day: number | null;
  /** Its weighted vectors, with the rarities of the day they were made (kept: an addition compares with many). */
  units: Units | null;
}

/** Posting lists per block key: one over all dates, one for undated articles, one per date bucket. */
const SLOTS = 4096;
const ALL = 0;
const UNDATED = 1;
const slot = (key: number, s: number): number => key * SLOTS + s;

export class Linker {
  private readonly vocab = new Vocab();
  private readonly df: number[] = [];
  private readonly entries: Entry[] = [];
  private readonly byId = new Map<string, number>();
  /** A list of one is the article itself: most keys are rare, and an array costs ten times the entry. */
  private readonly postings = new Map<number, number | number[]>();
  /** How many articles were ever filed under each key (its list keeps only the latest). */
  private readonly filed: number[] = [];
  /** The articles each one was compared with: the pairs a storyline too large for all pairs is split over. */
  private readonly near: Int32Array[] = [];
  private stories: AvgLink;
  private relinkAt = 0;
  /** Article → event number, and each event's articles. */
  private readonly event: number[] = [];
  private readonly eventMembers = new Map<number, number[]>();
  private nextEvent = 0;
  /** Scratch for `candidates`: shared keys per article, all zero between calls. */
  private hits = new Int32Array(0);

  constructor(readonly o: ClusterOptions = CLUSTER_OPTIONS) {
    this.stories = new AvgLink(o.topicThreshold, o.storyDays);
  }

  get size(): number { return this.entries.length; }
  has(id: string): boolean { return this.byId.has(id); }

  /** Links many articles: every one filed and compared, then storylines merged best first and split. */
  static batch(feats: Iterable<Features>, o: ClusterOptions = CLUSTER_OPTIONS): Linker {
    const l = new Linker(o);
    for (const f of feats) if (!l.has(f.id)) l.register(f);
    l.relink();
    return l;
  }

  /** Everything filed, linked afresh with today's rarities: both directions of every article's blocks. */
  private relink(): void {
    const o = this.o;
    this.stories = new AvgLink(o.topicThreshold, o.storyDays);
    this.eventMembers.clear();
    for (let i = 0; i < this.size; i++) {
      this.stories.addItem(this.entries[i]!.day);
      this.near[i] = this.candidates(i, this.blockKeys(i));
      this.entries[i]!.units = null;
    }
    // A pair in both lists is scored from its lower side.
    for (let i = 0; i < this.size; i++) this.link(i, this.near[i]!.filter((j) => j > i || !has(this.near[j]!, i)));
    this.stories.mergeAll();
    for (const g of this.stories.groups()) this.split(g, g.length <= o.splitAll ? undefined : this.nearPairs(g));
    this.relinkAt = Math.max(this.size + 1, Math.ceil(this.size * o.relinkGrowth));
  }

  /** Links one article into the state: its storyline (joining, merging or new), then that storyline's events. */
  add(f: Features): void {
    if (this.has(f.id)) return;
    const i = this.register(f);
    // Scores use the rarities of the day they were made. While the corpus is small its rarities move fast,
    // so it is relinked whenever it has grown by a share: geometric steps, a constant cost per article.
    if (!this.relinkAt || (this.size >= this.relinkAt && this.size <= this.o.relinkUpTo)) { this.relink(); return; }
    const near = this.candidates(i);
    this.near[i] = near;
    this.link(i, near);
    this.stories.settle(i);
    const story = this.stories.members.get(this.stories.groupOf(i))!;
    if (story.length <= this.o.resplit) { this.split(story); return; }
    // A larger storyline: re-split only the events the article's neighbours are in, as many as fit the bound.
    const part = [i];
    const seen = new Set<number>();
    for (const j of near) {
      const e = this.event[j]!;
      if (this.stories.groupOf(j) !== this.stories.groupOf(i) || seen.has(e)) continue;
      seen.add(e);
      const m = this.eventMembers.get(e)!;
      if (part.length + m.length > this.o.resplit) continue;
      part.push(...m);
    }
    this.split(part);
  }

  /** Article ids by event and by storyline, each group and the list in the order the articles came. */
  clusters(): { events: string[][]; storylines: string[][] } {
    const out = (gs: Iterable<number[]>): string[][] => [...gs].map((g) => [...g].sort((a, b) => a - b))
      .sort((a, b) => a[0]! - b[0]!).map((g) => g.map((i) => this.entries[i]!.id));
    return { events: out(this.eventMembers.values()), storylines: out(this.stories.groups()) };
  }

  private idf(k: number): number {
    return Math.log(1 + Math.max(2, this.entries.length) / ((this.df[k] ?? 0) + 1));
  }

  /** Files an article: document frequencies, its block keys (entities and its rarest, most used words). */
  private register(f: Features): number {
    const i = this.entries.length;
    const people = new Map(f.ents);
    for (const y of f.years) people.set(`year:${y}`, 2);
    const [terms, ents, lead, who] = toBags([f.terms, f.ents, f.lead, people], this.vocab) as [Bag, Bag, Bag, Bag];
    for (const k of new Set([...terms.ids, ...ents.ids])) this.df[k] = (this.df[k] ?? 0) + 1;
    const day = f.day ?? null;
    this.entries.push({ id: f.id, terms, ents, lead, who, years: [...f.years], main: [...f.main], keys: new Int32Array(0), day, units: null });
    this.byId.set(f.id, i);
    const keys = this.blockKeys(i);
    this.entries[i]!.keys = keys;
    const own = day === null ? UNDATED : 2 + this.bucket(day);
    for (const k of keys) {
      for (const s of [slot(k, ALL), slot(k, own)]) {
        const list = this.postings.get(s);
        if (list === undefined || (typeof list === 'number' && this.o.postingCap < 2)) this.postings.set(s, i);
        else if (typeof list === 'number') this.postings.set(s, [list, i]);
        else {
          if (list.length >= this.o.postingCap) list.shift();
          list.push(i);
        }
      }
      this.filed[k] = (this.filed[k] ?? 0) + 1;
    }
    this.event[i] = -1;
    if (this.relinkAt) this.stories.addItem(day);
    return i;
  }

  /** A day's date bucket, `nearDays` wide (wrapping: a shared list is filtered by date anyway). */
  private bucket(day: number): number {
    return ((Math.floor(day / this.o.nearDays) % (SLOTS - 2)) + SLOTS - 2) % (SLOTS - 2);
  }

  /**
   * The lists an article looks in, per key: an undated one in the list over all dates; a dated one in its
   * bucket and the two beside it (every article within `nearDays`), and among the undated.
   */
  private lookups(i: number): number[] {
    const day = this.entries[i]!.day;
    if (day === null) return [ALL];
    const b = Math.floor(day / this.o.nearDays);
    return [UNDATED, ...[b - 1, b, b + 1].map((x) => 2 + this.bucket(x * this.o.nearDays))];
  }

  /** Dated articles too far apart to compare. */
  private apart(i: number, j: number): boolean {
    const [a, b] = [this.entries[i]!.day, this.entries[j]!.day];
    return a !== null && b !== null && Math.abs(a - b) > this.o.nearDays;
  }

  private blockKeys(i: number): Int32Array {
    const { terms, ents } = this.entries[i]!;
    const scored = [...terms.ids.keys()].map((x) => [terms.ids[x]!, terms.w[x]! * this.idf(terms.ids[x]!)] as const).sort((a, b) => b[1] - a[1]);
    // Words tied with the last one taken come too: the keys must not depend on the order words were seen.
    const bar = scored[Math.min(this.o.blockTerms, scored.length) - 1]?.[1] ?? 0;
    return Int32Array.from(new Set([...scored.filter((p) => p[1] >= bar).map((p) => p[0]), ...ents.ids]));
  }

  /**
   * The articles sharing most block keys with article `i`, most first, then the latest; a key most articles are
   * filed under says nothing. Counts go in a dense scratch array, not a map: this runs on every addition.
   */
  private candidates(i: number, keys = this.entries[i]!.keys): Int32Array {
    const maxDf = Math.max(8, this.entries.length * 0.1);
    if (this.hits.length < this.size) this.hits = new Int32Array(this.size * 2);
    const hits = this.hits;
    const seen: number[] = [];
    const lists = this.lookups(i);
    for (const k of keys) {
      if ((this.filed[k] ?? 0) > maxDf) continue;
      for (const s of lists) {
        const list = this.postings.get(slot(k, s));
        if (list === undefined) continue;
        for (const j of typeof list === 'number' ? [list] : list) {
          const h = hits[j]!;
          if (h > 0) hits[j] = h + 1;
          else if (h === 0) {
            seen.push(j);
            // -1 marks one seen and ruled out, so it is checked once.
            hits[j] = j === i || this.apart(i, j) ? -1 : 1;
          }
        }
      }
    }
    // Ranked by count, then the latest, as one number each: count · 2³² + article.
    const ranked = new Float64Array(seen.length);
    let n = 0;
    for (const j of seen) {
      if (hits[j]! > 0) ranked[n++] = hits[j]! * 2 ** 32 + j;
      hits[j] = 0;
    }
    const top = ranked.subarray(0, n).sort().reverse().subarray(0, this.o.candidates);
    return Int32Array.from(top, (v) => v % 2 ** 32).sort();
  }

  private units(i: number): Units {
    const e = this.entries[i]!;
    if (e.units) return e.units;
    const w = (k: number): number => this.idf(k);
    const [terms, lead, ents] = unitBags([e.terms, e.lead, e.ents], w) as [Bag, Bag, Bag];
    return (e.units = { terms, lead, ents });
  }

  /** Adds the storyline links of article `i` to each of `others`: words, lead words and entities, weighted. */
  private link(i: number, others: Int32Array): void {
    const o = this.o;
    const me = this.units(i);
    const them = Array.from(others, (j) => this.units(j));
    const [terms, lead, ents] = (['terms', 'lead', 'ents'] as const).map((u) => dotsWith(me[u], them.map((x) => x[u]))) as [Float64Array, Float64Array, Float64Array];
    others.forEach((j, p) => {
      const words = (1 - o.leadWeight) * terms[p]! + o.leadWeight * lead[p]!;
      this.stories.addEdge(i, j, (1 - o.entityWeight) * words + o.entityWeight * ents[p]!);
    });
  }

  /** The compared pairs inside one group, as positions in it. */
  private nearPairs(group: number[]): Array<[number, number]> {
    const at = new Map(group.map((x, p) => [x, p]));
    const out: Array<[number, number]> = [];
    for (const x of group) for (const y of this.near[x]!) { const q = at.get(y); if (q !== undefined) out.push([at.get(x)!, q]); }
    return out;
  }

  /** Replaces the events of `items` by their split: local rarity, average link at the event bar. */
  private split(items: number[], pairs?: Array<[number, number]>): void {
    const set = new Set(items);
    for (const e of new Set(items.map((x) => this.event[x]!))) {
      const m = this.eventMembers.get(e);
      if (!m) continue;
      const rest = m.filter((y) => !set.has(y));
      if (rest.length) this.eventMembers.set(e, rest);
      else this.eventMembers.delete(e);
    }
    const link = new AvgLink(this.o.splitThreshold);
    for (let p = 0; p < items.length; p++) link.addItem();
    for (const [p, q, s] of localPairs(items.map((x) => this.entries[x]!), this.o, pairs)) link.addEdge(p, q, s);
    link.mergeAll();
    for (const g of link.groups()) {
      const e = this.nextEvent++;
      const m = g.map((p) => items[p]!);
      for (const x of m) this.event[x] = e;
      this.eventMembers.set(e, m);
    }
  }
}
