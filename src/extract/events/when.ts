/**
 * When and where: the time expression that belongs to the trigger (not the one that dates the report of it),
 * completed against the article's date; the place after "in/at/to" in the clause.
 */
import type { Actor, EventDate, TimeRef } from './types.js';
import { LEXICON } from './lexicon.js';

// A Map: `in` on an object literal interned every string looked up (and found inherited keys such as 'constructor').
const RELATIVE_MONTH: ReadonlyMap<string, number> = new Map([['next month', 1], ['last month', -1], ['this month', 0], ['the coming month', 1], ['the previous month', -1]]);
const USABLE = /^(?:\d{4}|XXXX)(?:-(?:\d\d|XX|W\d\d|WXX|SP|SU|FA|WI)(?:-(?:\d\d|\d))?)?(?:\/.*)?$/;
const REPORTING = new RegExp(`\\b(?:${LEXICON.reporting.join('|')})\\b`, 'i');

/** The time expression nearest the trigger in its sentence, skipping ones that date a report of it. */
export function pickTime(text: string, trig: { start: number; end: number }, times: readonly TimeRef[]): TimeRef | null {
  let best: TimeRef | null = null;
  let bestD = Infinity;
  for (const t of times) {
    const before = t.end <= trig.start;
    const d = before ? trig.start - t.end : t.start - trig.end;
    if (d >= bestD) continue; // no nearer than the best so far: its checks cannot change the answer
    if (!USABLE.test(t.value) || (/^XXXX(?:-XX)?$/.test(t.value) && !RELATIVE_MONTH.has(text.slice(t.start, t.end).toLowerCase()))) continue;
    if (REPORTING.test(before ? text.slice(t.end, trig.start) : text.slice(trig.end, t.start))) continue;
    best = t;
    bestD = d;
  }
  return best;
}


function shiftMonth(ym: string, by: number): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + by;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** Fills an open year (XXXX) from the article's date: the nearest such date ahead for plans, behind for the rest. */
function fillYear(v: string, article: string | null, ahead: boolean): string {
  if (!v.startsWith('XXXX') || !article || !/^\d{4}/.test(article)) return v;
  const year = Number(article.slice(0, 4));
  const am = /^\d{4}-(\d\d)/.exec(article)?.[1];
  const vm = /^XXXX-(\d\d)/.exec(v)?.[1];
  let y = year;
  if (am && vm) {
    if (ahead && vm < am) y = year + 1;
    if (!ahead && vm > am) y = year - 1;
  }
  return String(y) + v.slice(4);
}

/** The trigger's date as an interval; open parts completed from the article date where the read stage could not. */
export function dateOf(text: string, t: TimeRef, article: string | null, ahead: boolean): EventDate {
  const surface = text.slice(t.start, t.end).toLowerCase();
  let value = t.value;
  const shift = RELATIVE_MONTH.get(surface);
  if (shift !== undefined && article && /^\d{4}-\d\d/.test(article)) value = shiftMonth(article.slice(0, 7), shift);
  // value.split('/')[0] and [1], without the array.
  const slash = value.indexOf('/');
  const a = slash < 0 ? value : value.slice(0, slash);
  const next = slash < 0 ? -1 : value.indexOf('/', slash + 1);
  const b = slash < 0 ? undefined : value.slice(slash + 1, next < 0 ? value.length : next);
  const start = fillYear(a, article, ahead);
  const end = b ? fillYear(b, article, ahead) : start;
  const implied = start !== a || value !== t.value;
  if (/^XXXX(?:-XX)?$/.test(start)) return { start: null, end: null, precision: null, implied: false };
  return { start, end, precision: t.precision, implied };
}

const PREP_BEFORE = /\b(?:in|at|to|inside|near)\s+(?:the\s+)?$/i;
/** "talks on security in the Asia-Pacific", "the war in Ukraine": the place is the scope of a topic, not the venue. */
const TOPIC_IN = /\b(?:security|peace|stability|situation|crisis|crises|war|wars|conflicts?|tensions?|fighting|violence|developments?|influence|presence|interests?|investments?|role|issues?|affairs|events|problems?|disputes?|elections?|reforms?|unrest|settlement|reconstruction|operations?|invasion)\s+(?:in|inside|on)\s+(?:the\s+)?$/i;

/** The place of the event: a place named after in/at/to in the clause ("in the Chinese capital" → its capital). */
export function placeAfter(text: string, at: number, to: number, places: readonly Actor[], direct: boolean): Actor | null {
  for (const p of places) {
    if (p.start < at || p.end > to || p.start - at > 110) continue;
    const pre = text.slice(Math.max(at, p.start - 12), p.start);
    const isDirect = direct && /^\s*$/.test(text.slice(at, p.start).replace(/^\s*(?:the\s+)?/i, ''));
    if (!PREP_BEFORE.test(pre) && !isDirect) continue;
    if (TOPIC_IN.test(text.slice(Math.max(at, p.start - 40), p.start))) continue;
    if (p.type === 'demonym') {
      if (!/^\s+capital\b/i.test(text.slice(p.end, p.end + 10))) continue;
      const cap = LEXICON.capitals.get(p.name);
      if (cap) return { ...p, name: cap, type: 'capital' };
      continue;
    }
    return p;
  }
  return null;
}

/** Orders two dates' starts (open parts compare as equal); null when either is unknown. */
export function compareDates(a: string | null, b: string | null): number | null {
  if (!a || !b || !/^\d{4}/.test(a) || !/^\d{4}/.test(b)) return null;
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  if (/X|W|SP|SU|FA|WI/.test(x + y)) return x.slice(0, 4) === y.slice(0, 4) ? 0 : x < y ? -1 : 1;
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Whether two dates can be the same day/interval (prefix-compatible, open parts match anything). */
export function compatibleDates(a: EventDate, b: EventDate): boolean {
  if (!a.start || !b.start) return true;
  const lo = (d: EventDate): string => d.start!;
  const hi = (d: EventDate): string => d.end ?? d.start!;
  const le = (x: string, y: string): boolean => { const c = cmpOpen(x, y); return c <= 0; };
  return le(lo(a), hi(b)) && le(lo(b), hi(a));
}

function cmpOpen(x: string, y: string): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const c = x[i]!;
    const d = y[i]!;
    if (c === 'X' || d === 'X' || c === 'W' || d === 'W') return 0;
    if (c !== d) return c < d ? -1 : 1;
  }
  return 0;
}

/** Days between two YYYY-MM-DD dates (null unless both are full days). */
export function dayGap(a: string | null, b: string | null): number | null {
  if (!a || !b || !/^\d{4}-\d\d-\d\d$/.test(a) || !/^\d{4}-\d\d-\d\d$/.test(b)) return null;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86400000;
}
