/**
 * Articles grouped by the event they report, and events grouped into storylines. Incremental: `addArticle`
 * puts one article into an existing state (the cluster it fits best, or a new one), looking only at clusters
 * that share a specific entity or a rare word with it (an inverted index, never all clusters). What decides:
 * the linked events of the articles' leads (the same meeting joins; different meetings of the same people
 * part), then who, where and when (entities weighted by rarity, years the lead names), then the words.
 * A batch (`clusterArticles`) finds storylines first and then the events inside each (./cluster-split.ts).
 */
import type { Doc } from '../model/doc.js';
import { dot, type Vec } from './vectors.js';
import { entityKey } from '../query/entities.js';
import { familyOf, type LinkedEvent } from './events.js';
import { localPairs } from './cluster-split.js';

export interface Features {
  id: string;
  terms: Map<string, number>;
  /** The words of the title and lead alone: the kind of event ("quake", "rehab", "fired"). */
  lead: Map<string, number>;
  ents: Map<string, number>;
  years: Set<string>;
  main: Set<string>;
}

export interface ClusterState {
  features: Map<string, Features>;
  /** Article → cluster number. */
  cluster: Map<string, number>;
  next: number;
  /** Document frequency of terms and entity keys, for rarity weights. */
  df: Map<string, number>;
  /** Term or entity key → articles holding it (the blocking index). */
  index: Map<string, Set<string>>;
}

/** Tunable weights; the defaults were set on the ECB+ dev half (held-out half scored by others). `threshold` serves
 * the incremental `addArticle`; `topicThreshold` and `split*` the batch. */
export const CLUSTER_OPTIONS = { threshold: 0.25, topicThreshold: 0.025, splitThreshold: 0.1, leadWeight: 0.3, entityWeight: 0.4, splitEntityWeight: 0.4, sameEvent: 0.6, otherEvent: -1, yearClash: -0.15, blockTerms: 25 };
export type ClusterOptions = typeof CLUSTER_OPTIONS;

const STOP = new Set(('the a an and or but of to in on at by for with from as is was were are be been being has have had it its this that these those '
  + 'he she they we you i his her their our them him who whom which what when where why how not no said says say will would could should may might '
  + 'also after before over into about than then there here up out more most other some such only new one two three first last year years '
  + 'time just like can did does do www com http https html htm article news story index php asp').split(' '));

/** Lower-case content words, crudely singular ("meetings" = "meeting"). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*\p{L}/gu)) {
    let w = m[0].replace(/['’]s$/, '');
    if (w.length < 3 || STOP.has(w)) continue;
    if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
    out.push(w);
  }
  return out;
}

const LEAD_SENTENCES = 3;

/** The lead: the title and the first sentences, where an article names the event it reports. */
function leadEnd(doc: Doc): number {
  const sents = doc.layers['sentence'] ?? [];
  return sents[Math.min(LEAD_SENTENCES, sents.length) - 1]?.end ?? doc.text.length;
}

/** The linked events of an article's lead that happened and are meetings, visits or talks. */
export function mainEvents(doc: Doc, linked: LinkedEvent[]): Set<string> {
  const spans = doc.layers['event'] ?? [];
  const end = leadEnd(doc);
  const isMain = (i: number): boolean => {
    const d = spans[i]!.data as { kind: string; status: string };
    return familyOf(d.kind) === 'contact' && d.status === 'occurred';
  };
  let picked = spans.map((_, i) => i).filter((i) => isMain(i) && spans[i]!.start < end);
  if (!picked.length) picked = spans.map((_, i) => i).filter(isMain).slice(0, 1);
  const out = new Set<string>();
  for (const e of linked) for (const r of e.reports) if (r.article === doc.id && picked.includes(r.event)) out.add(e.id);
  return out;
}

export function featuresOf(doc: Doc, linked: LinkedEvent[]): Features {
  const terms = new Map<string, number>();
  const end = leadEnd(doc);
  const add = (m: Map<string, number>, k: string, n: number): void => void m.set(k, (m.get(k) ?? 0) + n);
  const lead = new Map<string, number>();
  for (const w of [...words(doc.meta.title ?? ''), ...words(doc.text.slice(0, end))]) { add(terms, w, 2); add(lead, w, 1); }
  for (const w of words(doc.text.slice(end))) add(terms, w, 1);
  const ents = new Map<string, number>();
  for (const s of doc.layers['entity'] ?? []) {
    const d = s.data as { type: string; name: string; credit?: boolean; demonymOf?: string };
    if (!d.credit && !d.demonymOf) add(ents, entityKey(d.type, d.name), s.start < end ? 2 : 1);
  }
  const years = new Set<string>();
  for (const t of doc.layers['time'] ?? []) {
    const v = (t.data as { value?: string }).value ?? '';
    if (t.start < end && /^\d{4}-\d{2}/.test(v)) years.add(v.slice(0, 4));
  }
  const pub = doc.meta.published;
  if (pub.value && /^\d{4}/.test(pub.value) && !pub.inferred) years.add(pub.value.slice(0, 4));
  return { id: doc.id, terms, lead, ents, years, main: mainEvents(doc, linked) };
}

export function idfOf(state: ClusterState): (k: string) => number {
  const n = Math.max(2, state.features.size);
  return (k) => Math.log(1 + n / ((state.df.get(k) ?? 0) + 1));
}

export function newClusterState(): ClusterState {
  return { features: new Map(), cluster: new Map(), next: 0, df: new Map(), index: new Map() };
}


/** Unit vector of rarity-weighted counts. */
function unit(m: Map<string, number>, idf: (k: string) => number): Vec {
  const out: Vec = new Map();
  let n = 0;
  for (const [k, x] of m) { const w = x * idf(k); out.set(k, w); n += w * w; }
  n = Math.sqrt(n) || 1;
  for (const [k, w] of out) out.set(k, w / n);
  return out;
}


interface Item { f: Features; terms: Vec; lead: Vec; ents: Vec }

/** Theme: words and entities. Event: the theme, then whether the leads' events and years agree. */
function themeScore(a: Item, b: Item, o: ClusterOptions): number {
  const words = (1 - o.leadWeight) * dot(a.terms, b.terms) + o.leadWeight * dot(a.lead, b.lead);
  return (1 - o.entityWeight) * words + o.entityWeight * dot(a.ents, b.ents);
}
function eventScore(a: Item, b: Item, o: ClusterOptions): number {
  let s = themeScore(a, b, o);
  if (a.f.main.size && b.f.main.size) s += [...a.f.main].some((e) => b.f.main.has(e)) ? o.sameEvent : o.otherEvent;
  if (a.f.years.size && b.f.years.size && ![...a.f.years].some((y) => b.f.years.has(y))) s += o.yearClash;
  return s;
}

/** The keys an article is looked up by: its entities and its rarest, most used words (not the commonest keys). */
function blockKeys(f: Features, state: ClusterState, o: ClusterOptions): string[] {
  const idf = idfOf(state);
  const top = [...f.terms].sort((a, b) => b[1] * idf(b[0]) - a[1] * idf(a[0])).slice(0, o.blockTerms).map(([k]) => k);
  return [...top, ...f.ents.keys()];
}

function candidates(state: ClusterState, f: Features, o: ClusterOptions): Set<string> {
  const maxDf = Math.max(8, state.features.size * 0.1);
  const out = new Set<string>();
  for (const k of blockKeys(f, state, o)) {
    const ids = state.index.get(k);
    if (ids && ids.size <= maxDf) for (const id of ids) if (id !== f.id) out.add(id);
  }
  return out;
}

function register(state: ClusterState, f: Features, o: ClusterOptions): void {
  state.features.set(f.id, f);
  for (const k of new Set([...f.terms.keys(), ...f.ents.keys()])) state.df.set(k, (state.df.get(k) ?? 0) + 1);
  for (const k of blockKeys(f, state, o)) (state.index.get(k) ?? state.index.set(k, new Set()).get(k)!).add(f.id);
}

/** Adds one article: it joins the cluster whose members it fits best on average, or starts its own. */
export function addArticle(state: ClusterState, f: Features, o: ClusterOptions = CLUSTER_OPTIONS): number {
  register(state, f, o);
  const idf = idfOf(state);
  const item = (g: Features): Item => ({ f: g, terms: unit(g.terms, idf), lead: unit(g.lead, idf), ents: unit(g.ents, idf) });
  const me = item(f);
  const sums = new Map<number, number>();
  for (const id of candidates(state, f, o)) {
    const c = state.cluster.get(id)!;
    sums.set(c, (sums.get(c) ?? 0) + eventScore(me, item(state.features.get(id)!), o));
  }
  const size = (c: number): number => [...state.cluster.values()].filter((x) => x === c).length;
  let best: [number, number] | null = null;
  for (const [c, sum] of sums) { const avg = sum / size(c); if (avg >= o.threshold && (!best || avg > best[1])) best = [c, avg]; }
  const c = best ? best[0] : state.next++;
  state.cluster.set(f.id, c);
  return c;
}

/** Average-link agglomeration over the scored pairs (a pair never scored counts 0), best merge first. */
function agglomerate(groups: string[][], pairs: Array<[string, string, number]>, threshold: number): string[][] {
  const of = new Map<string, number>();
  groups.forEach((g, i) => g.forEach((id) => of.set(id, i)));
  const live = new Map(groups.map((g, i) => [i, [...g]]));
  // Sum of pair scores between two groups, kept both ways.
  const adj = new Map<number, Map<number, number>>(groups.map((_, i) => [i, new Map()]));
  const bump = (a: number, b: number, s: number): void => {
    adj.get(a)!.set(b, (adj.get(a)!.get(b) ?? 0) + s);
    adj.get(b)!.set(a, (adj.get(b)!.get(a) ?? 0) + s);
  };
  for (const [x, y, s] of pairs) if (of.get(x) !== of.get(y)) bump(of.get(x)!, of.get(y)!, s);
  for (;;) {
    let best: [number, number, number] | null = null;
    for (const [a, m] of adj) for (const [b, s] of m) {
      if (b <= a) continue;
      const avg = s / (live.get(a)!.length * live.get(b)!.length);
      if (avg >= threshold && (!best || avg > best[2])) best = [a, b, avg];
    }
    if (!best) break;
    const [a, b] = best;
    live.get(a)!.push(...live.get(b)!);
    live.delete(b);
    const nb = adj.get(b)!;
    adj.delete(b);
    adj.get(a)!.delete(b);
    for (const [c, s] of nb) {
      adj.get(c)!.delete(b);
      if (c !== a) bump(a, c, s);
    }
  }
  return [...live.values()];
}

/**
 * Articles by the event they report, and storylines, for a batch. Storylines first: every candidate pair scored
 * on words, lead words and entities, merged average-link at a low bar (the same kind of happening). Then each
 * storyline is split into events by what only some of its articles share (`localPairs`): other people, places,
 * years, and the leads' linked events.
 */
export function clusterArticles(docs: Doc[], linked: LinkedEvent[], o: ClusterOptions = CLUSTER_OPTIONS): { events: string[][]; storylines: string[][] } {
  const state = newClusterState();
  const feats = docs.map((d) => featuresOf(d, linked));
  for (const f of feats) register(state, f, o);
  const idf = idfOf(state);
  const items = new Map(feats.map((f) => [f.id, { f, terms: unit(f.terms, idf), lead: unit(f.lead, idf), ents: unit(f.ents, idf) }]));
  const themePairs: Array<[string, string, number]> = [];
  const seen = new Set<string>();
  for (const f of feats) for (const id of candidates(state, f, o)) {
    const k = f.id < id ? `${f.id}|${id}` : `${id}|${f.id}`;
    if (seen.has(k)) continue;
    seen.add(k);
    themePairs.push([f.id, id, themeScore(items.get(f.id)!, items.get(id)!, o)]);
  }
  const stories = agglomerate([...items.keys()].map((id) => [id]), themePairs, o.topicThreshold);
  const events = stories.flatMap((g) => g.length < 2 ? [g] : agglomerate(g.map((id) => [id]), localPairs(g.map((id) => items.get(id)!.f), o), o.splitThreshold));
  const order = new Map(docs.map((d, i) => [d.id, i]));
  const sort = (gs: string[][]): string[][] => gs.map((g) => g.sort((a, b) => order.get(a)! - order.get(b)!)).sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!);
  return { events: sort(events), storylines: sort(stories) };
}
