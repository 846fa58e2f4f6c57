/**
 * Refiners over an article's mentions, in this order: merge mentions of one event; date meetings from the
 * exchanges of the same pair; place (and date) from the article's main visit or dateline; the article date last.
 */
import countriesJson from '../../../lexicons/countries.json' with { type: 'json' };
import type { Doc } from '../../model/doc.js';
import { FIRMNESS } from './status.js';
import { compatibleDates, dayGap } from './when.js';
import type { EventDate, EventMention } from './types.js';

const COUNTRIES = new Set((countriesJson.countries as Array<{ name: string }>).map((c) => c.name));
const RANK: Record<string, number> = { day: 5, range: 4, week: 3, month: 3, season: 2, year: 1 };

export const familyOf = (kind: string): string => (kind === 'talks' ? 'meet' : kind);
/** The participants' names, sorted and joined: who took part, whatever the order. */
function names(m: EventMention): string {
  const ps = m.participants;
  if (ps.length === 1) return ps[0]!.name;
  if (ps.length === 2) { const [a, b] = [ps[0]!.name, ps[1]!.name]; return a <= b ? `${a}|${b}` : `${b}|${a}`; }
  return ps.map((p) => p.name).sort().join('|');
}
const hasDate = (d: EventDate): boolean => d.start !== null;

/** True when `b` is a better date for the same event than `a`. */
export function sharper(a: EventDate, b: EventDate): boolean {
  if (!hasDate(b)) return false;
  if (!hasDate(a)) return true;
  const open = (d: EventDate): boolean => /X/.test(d.start!);
  if (open(a) !== open(b)) return open(a);
  return (RANK[b.precision ?? ''] ?? 0) > (RANK[a.precision ?? ''] ?? 0) && compatibleDates(a, b);
}

/** Folds mention `m` into event `e`: evidence, the sharper date, a place where there was none, the firmer status. */
export function fold(e: EventMention, m: EventMention, anaphor = false): void {
  e.evidence.push(...m.evidence);
  e.evidence.sort((x, y) => x.start - y.start);
  if (sharper(e.date, m.date)) e.date = { ...m.date };
  if (!e.place && m.place && !e.virtual) e.place = m.place;
  if (anaphor) return; // "the summit, chaired by …" speaks of the event; it does not change whether it happened
  const bothPlans = new Set([e.status, m.status]);
  if (bothPlans.has('planned') && bothPlans.has('hypothetical')) e.status = 'planned';
  else if (FIRMNESS[m.status] > FIRMNESS[e.status] && e.status !== 'denied' && m.status !== 'denied') e.status = m.status;
  e.confidence = Math.min(0.98, Math.round((e.confidence + 0.05) * 100) / 100);
}

/** Whether `m` reports the event `e` (same kind family and participants, checked by the caller). */
function mergeable(e: EventMention, m: EventMention, sentGap: () => number): boolean {
  if (!compatibleDates(e.date, m.date)) return false;
  if (e.place && m.place && e.place.name !== m.place.name) return false;
  const plans = (s: string): boolean => s === 'planned' || s === 'hypothetical';
  if (e.status !== m.status && !(plans(e.status) && plans(m.status))) return false;
  if (hasDate(e.date) && hasDate(m.date)) return true;
  return ['meet', 'visit', 'summit', 'call'].includes(familyOf(e.kind)) || sentGap() <= 2;
}

export function merge(ms: EventMention[], sentIndex: (at: number) => number): EventMention[] {
  const out: EventMention[] = [];
  // The events of `out` by kind family and participants, in order: a mention is compared only with its own kind's.
  const byKey = new Map<string, EventMention[]>();
  for (const m of ms) {
    const key = m.participants.length ? `${familyOf(m.kind)}:${names(m)}` : '';
    const same = key ? byKey.get(key) : undefined;
    const e = same?.find((x) => mergeable(x, m, () => sentIndex(m.trigger.start) - sentIndex(x.evidence.at(-1)!.start)));
    if (e) fold(e, m);
    else {
      out.push(m);
      if (same) same.push(m);
      else if (key) byKey.set(key, [m]);
    }
  }
  return out;
}

interface Main { place: string | null; date: string | null; visitors: Set<string>; dateline: boolean }

/** The article's main event: its dateline, or the first occurred visit to a city (its earliest dated start). */
function mainOf(doc: Doc, ms: readonly EventMention[]): Main {
  const dl = doc.meta.dateline;
  if (dl?.place) return { place: dl.place, date: dl.date, visitors: new Set(), dateline: true };
  const visits = ms.filter((m) => m.kind === 'visit' && m.status === 'occurred' && m.participants.length);
  const withPlace = visits.filter((m) => m.place);
  const main = withPlace.find((m) => !COUNTRIES.has(m.place!.name)) ?? withPlace[0];
  if (!main) return { place: null, date: null, visitors: new Set(), dateline: false };
  const visitors = new Set(visits.filter((m) => !m.place || m.place.name === main.place!.name).flatMap((m) => m.participants.map((p) => p.name)));
  const dates = visits.filter((m) => m.participants.some((p) => visitors.has(p.name)) && m.date.start).map((m) => m.date.start!).sort();
  const days = dates.filter((d) => /^\d{4}-\d\d-\d\d$/.test(d));
  return { place: main.place!.name, date: days[0] ?? dates[0] ?? null, visitors, dateline: false };
}

/** A meeting stated without a date takes the date of the same pair's exchange ("On Tuesday, A told B …"). */
function dateFromPair(ev: EventMention, all: readonly EventMention[]): void {
  if (hasDate(ev.date) || familyOf(ev.kind) !== 'meet' || ev.participants.length < 2) return;
  const key = names(ev);
  const other = all.find((o) => o !== ev && o.status === ev.status && o.date.start && !/X/.test(o.date.start) && o.participants.length >= 2 && names(o) === key);
  if (other) ev.date = { ...other.date, implied: true };
}

function fromMain(ev: EventMention, main: Main, article: string | null): void {
  if (!main.place || ev.place || ev.virtual || ev.kind === 'visit' || ev.kind === 'summit') return;
  if (ev.status !== 'occurred' && ev.status !== 'planned') return;
  const involved = main.dateline || ev.participants.some((p) => main.visitors.has(p.name));
  if (!involved) return;
  let near = false;
  if (!hasDate(ev.date) && ev.status === 'occurred' && familyOf(ev.kind) === 'meet' && main.date) {
    ev.date = { start: main.date, end: main.date, precision: 'day', implied: true }; // a meeting during the trip, dated by its start
    near = true;
  }
  const gap = dayGap(ev.date.start, main.date ?? article);
  near ||= hasDate(ev.date) ? (gap !== null && gap <= 7) || ev.date.start === main.date : ev.status === 'occurred';
  if (near) ev.place = { name: main.place, start: null, end: null };
}

/** Occurred events still undated: the article's date, narrowed to its month outside the lead. */
function fromArticle(ev: EventMention, article: string | null, lead: boolean): void {
  if (hasDate(ev.date) || ev.status !== 'occurred' || !article || /^X/.test(article)) return;
  const v = lead ? article : article.slice(0, 7);
  const precision = v.length === 10 ? 'day' : v.length === 7 ? 'month' : 'year';
  ev.date = { start: v, end: v, precision, implied: true };
}

export function refine(doc: Doc, ms: EventMention[], sentIndex: (at: number) => number, article: string | null): EventMention[] {
  const events = merge(ms, sentIndex);
  for (const ev of events) dateFromPair(ev, events);
  const main = mainOf(doc, events);
  for (const ev of events) fromMain(ev, main, article);
  for (const ev of events) fromArticle(ev, article, sentIndex(ev.trigger.start) <= 2);
  return merge(events, sentIndex);
}
