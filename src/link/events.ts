/**
 * Event coreference across articles: the event mentions of many articles (extract stage) merged into one
 * event per real-world happening. Two reports are one event when their kinds are of one family, their
 * participants nest (one report may name fewer people, never other people), their places and statuses agree
 * and their dates overlap at each report's own precision ("2024-09" holds "2024-09-10"). Candidates come from
 * an index keyed by family, status, one participant and month (`EventIndex` below), so the cost follows the
 * number of plausible pairs rather than all pairs, and an added article's reports find theirs in a few lists.
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

/** How much two compatible reports agree beyond the minimum: shared people, the same named place, a precise date. */
function affinity(a: Report, b: Report): number {
  let s = 0;
  for (const k of a.keys) if (b.keys.has(k)) s += 1;
  if (a.place && a.place === b.place) s += 1;
  if (a.when && b.when && a.when.lo === b.when.lo && a.when.hi === b.when.hi) s += 0.5;
  return s;
}

/** Lists are capped at the latest reports, so a hub participant costs an addition no more than a rare one. */
const LIST_CAP = 256;
/** A date wider than this many months (a bare year and more) is filed with the undated. */
const MAX_MONTHS = 13;

/** The months an interval touches, with the three days of slack an implied date gets; null when too wide. */
function monthsOf(w: Interval): string[] | null {
  const out: string[] = [];
  const end = addDays(w.hi, 3).slice(0, 7);
  for (let [y, m] = [Number(w.lo.slice(0, 4)), Number(w.lo.slice(5, 7))]; ; m === 12 ? (y++, m = 1) : m++) {
    const k = `${y}-${String(m).padStart(2, '0')}`;
    out.push(k);
    if (k >= end) return out;
    if (out.length >= MAX_MONTHS) return null;
  }
}

/**
 * Event reports filed by (family, status, participant, month), grown one article at a time. A dated report
 * looks in the months it spans and among its block's undated reports; an undated (or yearless) one in its
 * block's list over all dates. Compatible pairs are merged best first (ties by report name, never by arrival);
 * a merge must keep every pair of its reports compatible (no chaining Wang–Shoigu to Wang–Lavrov through a
 * report naming only Wang), and only meetings may take two reports from one article (an article says "met" and
 * "the meeting"; its two statements are two). Best-first merging never crosses a connected set of compatible
 * pairs, so an addition re-merges only the set its reports join: the result is the batch's, in any order.
 */
export class EventIndex {
  private readonly reports: Report[] = [];
  private readonly names: string[] = [];
  private readonly lists = new Map<string, number[]>();
  /** Each report's compatible pairs, with their affinity. */
  private readonly pairs: Array<Array<[number, number]>> = [];
  private readonly group: number[] = [];
  private readonly members = new Map<number, number[]>();

  static batch(docs: Iterable<Doc>): EventIndex {
    const x = new EventIndex();
    for (const d of docs) for (const r of reportsOf(d)) x.file(r);
    x.regroup(x.reports.map((_, i) => i));
    return x;
  }

  /** Links one article's reports into the events there are. */
  add(doc: Doc): void {
    const added = reportsOf(doc).map((r) => this.file(r));
    const seen = new Set(added);
    for (const i of seen) for (const [j] of this.pairs[i]!) seen.add(j);
    this.regroup([...seen]);
  }

  /** Files a report and records its compatible pairs with the reports filed before it. */
  private file(r: Report): number {
    const i = this.reports.length;
    this.reports.push(r);
    this.names.push(`${r.article}#${String(r.event).padStart(4, '0')}`);
    this.pairs.push([]);
    this.group.push(i);
    this.members.set(i, [i]);
    const months = r.when && !r.when.yearless ? monthsOf(r.when) : null;
    const found = new Set<number>();
    for (const k of r.keys) {
      const block = `${r.family}|${r.statusGroup}|${k}`;
      const look = months ? [...months.map((m) => `${block}|${m}`), `${block}|undated`] : [`${block}|all`];
      for (const key of look) for (const j of this.lists.get(key) ?? []) found.add(j);
      for (const key of [`${block}|all`, ...(months ? months.map((m) => `${block}|${m}`) : [`${block}|undated`])]) {
        const list = this.lists.get(key) ?? this.lists.set(key, []).get(key)!;
        if (list.length >= LIST_CAP) list.shift();
        list.push(i);
      }
    }
    for (const j of found) {
      if (!compatible(this.reports[j]!, r)) continue;
      const a = affinity(this.reports[j]!, r);
      this.pairs[j]!.push([i, a]);
      this.pairs[i]!.push([j, a]);
    }
    return i;
  }

  /** Merges a closed set of reports (every compatible pair of one stays inside) afresh, best pair first. */
  private regroup(items: number[]): void {
    const rs = this.reports;
    for (const i of items) this.members.delete(this.group[i]!);
    for (const i of items) { this.group[i] = i; this.members.set(i, [i]); }
    // Ties go by the reports' names, which do not depend on the order articles came in.
    const todo: Array<[number, number, number, string]> = [];
    for (const i of items) for (const [j, a] of this.pairs[i]!) {
      if (j > i) continue;
      const [x, y] = [this.names[i]!, this.names[j]!];
      todo.push([j, i, a, x < y ? `${x} ${y}` : `${y} ${x}`]);
    }
    todo.sort((p, q) => q[2] - p[2] || (p[3] < q[3] ? -1 : p[3] > q[3] ? 1 : 0));
    for (const [i, j] of todo) {
      const [gi, gj] = [this.group[i]!, this.group[j]!];
      if (gi === gj) continue;
      const a = this.members.get(gi)!;
      const b = this.members.get(gj)!;
      const sameArticle = a.some((x) => b.some((y) => rs[x]!.article === rs[y]!.article));
      if (sameArticle && rs[i]!.family !== 'contact') continue;
      if (!a.every((x) => b.every((y) => compatible(rs[x]!, rs[y]!)))) continue;
      const [keep, gone] = a[0]! < b[0]! ? [gi, gj] : [gj, gi];
      const m = [...a, ...b].sort((x, y) => x - y);
      for (const x of this.members.get(gone)!) this.group[x] = keep;
      this.members.delete(gone);
      this.members.set(keep, m);
    }
  }

  /** The events, numbered by their first report; each with its reports in the order filed. */
  events(): LinkedEvent[] {
    const groups = [...this.members.values()].sort((p, q) => p[0]! - q[0]!);
    return groups.map((g, n) => summarise(g.map((i) => this.reports[i]!), `ev${n + 1}`));
  }
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

export function summarise(group: Report[], id: string): LinkedEvent {
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
  return EventIndex.batch(docs).events();
}
