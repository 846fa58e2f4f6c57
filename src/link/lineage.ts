/**
 * Rewrite lineage: an article that copies or paraphrases another. Sentences are compared by their content
 * words (a paraphrase keeps the names, numbers and key nouns while changing the wording); a derived article
 * matches many of its sentences to the source's, in the source's order. Candidates come from an index of
 * rare content words, so only articles that share vocabulary are compared. The copy is the later one: an
 * undated or date-inferred article against a dated one, else the later date. Both must report the same lead
 * event (`sameNews`): shared background paragraphs do not make a rewrite.
 */
import type { Doc } from '../model/doc.js';
import { words } from './cluster.js';
import { entityKey } from '../query/entities.js';

export interface Lineage {
  article: string;
  derived_from: string;
  /** Sentences of the derived article that the source says too (copied or paraphrased). */
  shared: string[];
  /** Sentences of the derived article the source does not say: the claims it adds. */
  added: string[];
}

export const LINEAGE_OPTIONS = { sentenceMatch: 0.4, minShared: 3, minShare: 0.3, minOrder: 0.5, minWords: 4 };

interface Sent { text: string; words: Set<string>; quoted: boolean }

/** Share of a sentence inside quotation marks: independent reports of one press conference quote the same words. */
function quotedShare(text: string): number {
  let inside = 0;
  for (const m of text.matchAll(/“[^”]*”|"[^"]*"/g)) inside += m[0].length;
  return text.length ? inside / text.length : 0;
}

function sentences(doc: Doc): Sent[] {
  const heads = doc.layers['heading'] ?? [];
  return (doc.layers['sentence'] ?? [])
    .filter((s) => !heads.some((h) => h.start <= s.start && s.end <= h.end))
    .map((s) => {
      const text = doc.text.slice(s.start, s.end).trim();
      return { text, words: new Set(words(text)), quoted: quotedShare(text) > 0.5 };
    });
}

/** Overlap of content words relative to the smaller sentence (a paraphrase may drop or add a clause). */
function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n >= 3 ? n / Math.min(a.size, b.size) : 0;
}

/** Each sentence of `a` with its best match in `b` (index or -1). */
function align(a: Sent[], b: Sent[], o: typeof LINEAGE_OPTIONS): number[] {
  return a.map((s) => {
    // Shared quotations are evidence of a shared source, not of one report copying the other.
    if (s.words.size < o.minWords || s.quoted) return -1;
    let best = -1;
    let score = o.sentenceMatch;
    b.forEach((t, j) => { const x = overlap(s.words, t.words); if (x >= score) { score = x; best = j; } });
    return best;
  });
}

/** Fraction of matched sentence pairs that keep the source's order. */
function orderKept(matches: number[]): number {
  const m = matches.filter((j) => j >= 0);
  let kept = 0;
  let all = 0;
  for (let i = 0; i < m.length; i++) for (let j = i + 1; j < m.length; j++) { all++; if (m[i]! <= m[j]!) kept++; }
  return all ? kept / all : 0;
}

/** -1 when `a` is the earlier version, 1 when `b` is, 0 when nothing tells. */
function earlier(a: Doc, b: Doc): number {
  const stated = (d: Doc): boolean => Boolean(d.meta.published.value) && !d.meta.published.inferred;
  if (stated(a) !== stated(b)) return stated(a) ? -1 : 1;
  const [x, y] = [a.meta.published.value ?? '', b.meta.published.value ?? ''];
  return x && y && x !== y ? (x < y ? -1 : 1) : 0;
}

function candidatePairs(docs: Doc[], sents: Map<string, Sent[]>): Array<[number, number]> {
  const df = new Map<string, Set<number>>();
  docs.forEach((d, i) => { for (const s of sents.get(d.id)!) for (const w of s.words) (df.get(w) ?? df.set(w, new Set()).get(w)!).add(i); });
  const counts = new Map<string, number>();
  const limit = Math.max(5, docs.length * 0.05);
  for (const ids of df.values()) {
    if (ids.size < 2 || ids.size > limit) continue; // common words say nothing about copying
    const l = [...ids];
    for (let x = 0; x < l.length; x++) for (let y = x + 1; y < l.length; y++) { const k = `${l[x]}:${l[y]}`; counts.set(k, (counts.get(k) ?? 0) + 1); }
  }
  return [...counts].filter(([, n]) => n >= 5).map(([k]) => k.split(':').map(Number) as [number, number]);
}

interface EventData {
  participants: Array<{ name: string; type: string }>;
  date: { start: string | null };
  status: string;
}

const people = (e: EventData): string => [...new Set(e.participants.map((p) => entityKey(p.type, p.name)))].sort().join('|');
const eventsOf = (d: Doc): EventData[] => (d.layers['event'] ?? []).map((s) => s.data as unknown as EventData);
const dayOf = (e: EventData): string | null => (/^\d{4}-\d{2}-\d{2}/.exec(e.date.start ?? '')?.[0] ?? null);

/**
 * A retelling reports the same news: the copy's lead event — its first event between two or more parties — is an
 * event of the source too (the same parties, the same status, and the same day when both give one). An article
 * about a later event that reuses an earlier one's background paragraphs, as wire copy does, is not derived from
 * it. A copy without such an event is judged by its text alone.
 */
function sameNews(copy: Doc, src: Doc): boolean {
  const lead = eventsOf(copy).find((e) => e.participants.length >= 2);
  if (!lead) return true;
  const key = people(lead);
  return eventsOf(src).some((e) => people(e) === key && e.status === lead.status && (!dayOf(e) || !dayOf(lead) || dayOf(e) === dayOf(lead)));
}

/** A copy with a stated date of its own needs more shared text: dated outlets often report the same facts. */
const DATED_COPY_MIN_SHARE = 0.5;

export function findLineage(docs: Doc[], o: typeof LINEAGE_OPTIONS = LINEAGE_OPTIONS): Lineage[] {
  const sents = new Map(docs.map((d) => [d.id, sentences(d)]));
  const stated = (d: Doc): boolean => Boolean(d.meta.published.value) && !d.meta.published.inferred;
  const best = new Map<string, { lineage: Lineage; share: number }>();
  for (const [i, j] of candidatePairs(docs, sents)) {
    const [a, b] = [docs[i]!, docs[j]!];
    // Two reports dated the same day are independent reports, not one retelling the other.
    if (stated(a) && stated(b) && a.meta.published.value === b.meta.published.value) continue;
    const dir = earlier(a, b);
    // When dates do not tell, the shorter text is taken as the rewrite (rewrites condense).
    const [src, copy] = dir < 0 || (dir === 0 && b.text.length <= a.text.length) ? [a, b] : [b, a];
    const cs = sents.get(copy.id)!;
    const m = align(cs, sents.get(src.id)!, o);
    const shared = m.filter((x) => x >= 0).length;
    const content = cs.filter((s) => s.words.size >= o.minWords && !s.quoted).length;
    const share = shared / Math.max(1, content);
    const need = stated(copy) ? Math.max(o.minShare, DATED_COPY_MIN_SHARE) : o.minShare;
    if (shared < o.minShared || share < need || orderKept(m) < o.minOrder) continue;
    if (!sameNews(copy, src)) continue;
    // An article retells one source: keep the one it shares most with.
    if ((best.get(copy.id)?.share ?? -1) >= share) continue;
    best.set(copy.id, {
      share,
      lineage: {
        article: copy.id,
        derived_from: src.id,
        shared: cs.filter((_, k) => m[k]! >= 0).map((x) => x.text),
        added: cs.filter((x, k) => m[k]! < 0 && x.words.size >= o.minWords).map((x) => x.text),
      },
    });
  }
  return [...best.values()].map((x) => x.lineage);
}
