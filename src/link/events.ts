/**
 * Event coreference across articles: the event mentions of many articles (extract stage) merged into one
 * event per real-world happening. Two reports are one event when their kinds are of one family, their
 * participants nest (one report may name fewer people, never other people), their places and statuses agree
 * and their dates overlap at each report's own precision ("2024-09" holds "2024-09-10"). Candidate pairs come
 * from blocks keyed by family, status and one participant, swept in date order, so the cost follows the
 * number of plausible pairs rather than all pairs.
 */
import type { Doc } from '../model/doc.js';
import { entityKey } from '../query/entities.js';
import { countryOfQualifier } from '../read/entities/countries.js';
import { nameKey } from '../read/entities/names.js';

export interface LinkedEvent {
  id: string;
  kind: string;
  participants: string[];
  place: string | null;
  date: { start: string | null; end: string | null; precision: string | null };
  status: string;
  reports: Array<{ article: string; event: number; gives: string[] }>;
}

interface EventData {
  kind: string;
  participants: Array<{ name: string; type: string; role: string }>;
  place: { name: string } | null;
  date: { start: string | null; end: string | null; precision: string | null; implied?: boolean };
  status: string;
}

/** One report, reduced to what comparison needs. */
export interface Report {
  article: string;
  event: number;
  data: EventData;
  family: string;
  statusGroup: string;
  keys: Set<string>;
  persons: Set<string>;
  place: string | null;
  when: Interval | null;
}

/** A date as an interval of ISO days; `yearless` when only month and day are known. */
export interface Interval {
  lo: string;
  hi: string;
  yearless: boolean;
  implied: boolean;
}

/** Kinds that report one happening in different words: a visit, the talks and the meeting during it. */
const FAMILY: Record<string, string> = { meet: 'contact', talks: 'contact', visit: 'contact', host: 'contact', 'intent-meet': 'contact' };
/** Planned and occurred are different facts about the world; reported and occurred are the same one. */
const STATUS_GROUP: Record<string, string> = { occurred: 'real', reported: 'real', planned: 'planned' };

export const familyOf = (kind: string): string => FAMILY[kind] ?? kind;

/** People compare by surname: extractors keep titles glued to names ("Security Council Sergei Shoigu"). */
export function participantKey(p: { name: string; type: string }): string {
  if (p.type !== 'person') return entityKey(p.type, p.name);
  const t = nameKey(p.name).split(' ');
  return `person:${t[t.length - 1]}`;
}

const SEASON: Record<string, [string, string]> = { SP: ['03-01', '05-31'], SU: ['06-01', '08-31'], FA: ['09-01', '11-30'], WI: ['12-01', '12-31'] };

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The days a TIMEX-like value may denote; weekdays without a week fall back on the article's date. */
function bounds(v: string, pub: Interval | null): [string, string] | null {
  let m = /^(\d{4}|XXXX)-(\d{2})-(\d{2})/.exec(v);
  if (m) return [`${m[1]}-${m[2]}-${m[3]}`, `${m[1]}-${m[2]}-${m[3]}`];
  m = /^(\d{4}|XXXX)-(\d{2})$/.exec(v);
  if (m) return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-31`];
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v);
  if (m) return [`${m[1]}-${SEASON[m[2]!]![0]}`, `${m[1]}-${SEASON[m[2]!]![1]}`];
  m = /^(\d{4}|XXXX)-W/.exec(v);
  if (m) return pub ? [pub.lo, pub.hi] : /^\d{4}$/.test(m[1]!) ? [`${m[1]}-01-01`, `${m[1]}-12-31`] : null;
  m = /^(\d{4})$/.exec(v);
  return m ? [`${m[1]}-01-01`, `${m[1]}-12-31`] : null;
}

/** The article's own date as an interval: a reported event lies in the week before a day-precise date. */
export function publishedInterval(doc: Doc): Interval | null {
  const v = doc.meta.published.value;
  const b = v ? bounds(v, null) : null;
  if (!b) return null;
  const lo = doc.meta.published.precision === 'day' && !b[0].startsWith('XXXX') ? addDays(b[0], -7) : b[0];
  return { lo, hi: b[1], yearless: b[0].startsWith('XXXX'), implied: true };
}

export function intervalOf(date: EventData['date'], pub: Interval | null): Interval | null {
  if (!date.start) return pub;
  const a = bounds(date.start, pub);
  const b = bounds(date.end ?? date.start, pub) ?? a;
  if (!a || !b) return pub;
  const yearless = a[0].startsWith('XXXX') || b[1].startsWith('XXXX');
  return { lo: a[0], hi: b[1], yearless, implied: Boolean(date.implied) };
}

/** Overlap at the coarser precision; a yearless date compares by month and day only. Implied dates get slack. */
export function datesCompatible(a: Interval | null, b: Interval | null): boolean {
  if (!a || !b) return true;
  const slack = a.implied || b.implied ? 3 : 0;
  if (a.yearless || b.yearless) return a.lo.slice(5) <= b.hi.slice(5) && b.lo.slice(5) <= a.hi.slice(5);
  return a.lo <= addDays(b.hi, slack) && b.lo <= addDays(a.hi, slack);
}

/** Places agree when equal, when either is unknown, or when one is a country (the other may lie inside it). */
function placesCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return true;
  const isCountry = (k: string): boolean => countryOfQualifier(k.slice('place:'.length)) !== null;
  return isCountry(a) || isCountry(b);
}

/** One report names no one the other contradicts: its people are a subset of the other's (by surname). */
function participantsCompatible(a: Report, b: Report): boolean {
  const [x, y] = a.persons.size && b.persons.size ? [a.persons, b.persons] : [a.keys, b.keys];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return false;
  for (const k of small) if (!large.has(k)) return false;
  return true;
}

export function compatible(a: Report, b: Report): boolean {
  // One article names its places consistently: two places in it are two places, country or not.
  const places = a.article === b.article ? !a.place || !b.place || a.place === b.place : placesCompatible(a.place, b.place);
  return a.family === b.family && a.statusGroup === b.statusGroup && participantsCompatible(a, b)
    && places && datesCompatible(a.when, b.when);
}

export function reportsOf(doc: Doc): Report[] {
  const pub = publishedInterval(doc);
  return (doc.layers['event'] ?? []).map((s, i) => {
    const data = s.data as unknown as EventData;
    const parts = data.participants.filter((p) => p.name);
    return {
      article: doc.id, event: i, data,
      family: familyOf(data.kind),
      statusGroup: STATUS_GROUP[data.status] ?? data.status,
      keys: new Set(parts.map(participantKey)),
      persons: new Set(parts.filter((p) => p.type === 'person').map(participantKey)),
      place: data.place ? entityKey('place', data.place.name) : null,
      when: intervalOf(data.date, pub),
    };
  });
}

/** Candidate pairs: reports sharing a family, a status and a participant, compared within a date window. */
function candidatePairs(reports: Report[]): Array<[number, number]> {
  const blocks = new Map<string, number[]>();
  reports.forEach((r, i) => {
    for (const k of r.keys) {
      const b = `${r.family}|${r.statusGroup}|${k}`;
      blocks.set(b, [...(blocks.get(b) ?? []), i]);
    }
  });
  const seen = new Set<string>();
  const out: Array<[number, number]> = [];
  for (const ids of blocks.values()) {
    // Dated reports in order, so the sweep stops at the first one that starts after this one ends.
    const dated = ids.filter((i) => reports[i]!.when && !reports[i]!.when!.yearless).sort((x, y) => reports[x]!.when!.lo.localeCompare(reports[y]!.when!.lo));
    const loose = ids.filter((i) => !dated.includes(i));
    const push = (i: number, j: number): void => {
      const key = i < j ? `${i}:${j}` : `${j}:${i}`;
      if (i !== j && !seen.has(key)) { seen.add(key); out.push([i, j]); }
    };
    for (let x = 0; x < dated.length; x++) {
      const hi = addDays(reports[dated[x]!]!.when!.hi, 3);
      for (let y = x + 1; y < dated.length && reports[dated[y]!]!.when!.lo <= hi; y++) push(dated[x]!, dated[y]!);
    }
    for (const i of loose) for (const j of ids) push(i, j);
  }
  return out;
}

/** How much two compatible reports agree beyond the minimum: shared people, the same named place, a precise date. */
function affinity(a: Report, b: Report): number {
  let s = 0;
  for (const k of a.keys) if (b.keys.has(k)) s += 1;
  if (a.place && a.place === b.place) s += 1;
  if (a.when && b.when && a.when.lo === b.when.lo && a.when.hi === b.when.hi) s += 0.5;
  return s;
}

/**
 * Merges compatible pairs, best first. A merge must keep every pair of its reports compatible (no chaining
 * Wang–Shoigu to Wang–Lavrov through a report naming only Wang), and only meetings may take two reports
 * from one article (an article says "met" and "the meeting"; its two statements are two statements).
 */
function mergeReports(reports: Report[]): number[][] {
  const pairs = candidatePairs(reports).filter(([i, j]) => compatible(reports[i]!, reports[j]!));
  pairs.sort((p, q) => affinity(reports[q[0]]!, reports[q[1]]!) - affinity(reports[p[0]]!, reports[p[1]]!));
  const of = reports.map((_, i) => i);
  const members = new Map<number, number[]>(reports.map((_, i) => [i, [i]]));
  const root = (i: number): number => (of[i] === i ? i : (of[i] = root(of[i]!)));
  for (const [i, j] of pairs) {
    const [ri, rj] = [root(i), root(j)];
    if (ri === rj) continue;
    const a = members.get(ri)!;
    const b = members.get(rj)!;
    const sameArticle = a.some((x) => b.some((y) => reports[x]!.article === reports[y]!.article));
    if (sameArticle && reports[i]!.family !== 'contact') continue;
    if (!a.every((x) => b.every((y) => compatible(reports[x]!, reports[y]!)))) continue;
    of[rj] = ri;
    members.set(ri, [...a, ...b]);
    members.delete(rj);
  }
  return [...members.values()].map((m) => m.sort((x, y) => x - y));
}

/** The most frequent value, ties to the first seen. */
function mode<T>(xs: T[]): T | null {
  const n = new Map<T, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  let best: T | null = null;
  for (const [x, c] of n) if (best === null || c > n.get(best)!) best = x;
  return best;
}

const PRECISION_RANK: Record<string, number> = { day: 0, range: 1, month: 2, season: 3, year: 4 };

/** What a report states (an implied date is the article's, not the report's). */
function gives(r: Report): string[] {
  const out: string[] = [];
  if (r.data.participants.length) out.push('participants');
  if (r.data.place) out.push('place');
  if (r.data.date.start && !r.data.date.implied) out.push('date');
  if (r.data.status) out.push('status');
  return out;
}

function summarise(group: Report[], id: string): LinkedEvent {
  const names = new Map<string, string>();
  for (const r of group) for (const p of r.data.participants) {
    const k = participantKey(p);
    const cur = names.get(k);
    if (!cur || p.name.split(' ').length > cur.split(' ').length) names.set(k, p.name);
  }
  // A stated, day-precise, fully dated report is the event's date; implied ones only when nothing better.
  const dated = group.filter((r) => r.data.date.start && !/X/.test(r.data.date.start));
  dated.sort((a, b) => Number(Boolean(a.data.date.implied)) - Number(Boolean(b.data.date.implied))
    || (PRECISION_RANK[a.data.date.precision ?? ''] ?? 9) - (PRECISION_RANK[b.data.date.precision ?? ''] ?? 9));
  const d = dated[0]?.data.date ?? group[0]!.data.date;
  const places = group.map((r) => r.data.place?.name).filter((p): p is string => Boolean(p));
  const specific = places.filter((p) => countryOfQualifier(p) === null);
  return {
    id,
    kind: mode(group.map((r) => r.data.kind)) ?? group[0]!.data.kind,
    participants: [...names.values()],
    place: mode(specific.length ? specific : places),
    date: { start: d.start, end: d.end, precision: d.precision },
    status: mode(group.map((r) => r.data.status)) ?? 'occurred',
    reports: group.map((r) => ({ article: r.article, event: r.event, gives: gives(r) })),
  };
}

/** Every event of the corpus once, with the reports that tell of it; ids are stable for a given input order. */
export function linkEvents(docs: Doc[]): LinkedEvent[] {
  const reports = docs.flatMap(reportsOf);
  const groups = mergeReports(reports).sort((a, b) => a[0]! - b[0]!);
  return groups.map((g, i) => summarise(g.map((x) => reports[x]!), `ev${i + 1}`));
}
