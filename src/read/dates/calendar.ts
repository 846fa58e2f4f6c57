/** Pure calendar arithmetic on proleptic Gregorian days (UTC, no time zones involved). */
import type { Ymd } from './types.js';

const DAY_MS = 86_400_000;

export function toDays(x: Ymd): number {
  return Math.floor(Date.UTC(x.y, x.m - 1, x.d) / DAY_MS);
}

export function fromDays(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(x: Ymd, n: number): Ymd {
  return fromDays(toDays(x) + n);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(x: Ymd): number {
  const w = new Date(toDays(x) * DAY_MS).getUTCDay();
  return w === 0 ? 7 : w;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Shift by whole months, clamping the day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(x: Ymd, n: number): Ymd {
  const idx = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

/** ISO-8601 week-numbering year and week. */
export function isoWeek(x: Ymd): { y: number; w: number } {
  const thursday = fromDays(toDays(x) + 4 - isoWeekday(x));
  const jan1 = toDays({ y: thursday.y, m: 1, d: 1 });
  return { y: thursday.y, w: Math.floor((toDays(thursday) - jan1) / 7) + 1 };
}

const p2 = (n: number): string => String(n).padStart(2, '0');
const p4 = (n: number): string => String(n).padStart(4, '0');

export const fmtDay = (x: Ymd): string => `${p4(x.y)}-${p2(x.m)}-${p2(x.d)}`;
export const fmtMonth = (y: number, m: number): string => `${p4(y)}-${p2(m)}`;
export const fmtYear = (y: number): string => p4(y);
export function fmtWeek(x: Ymd): string {
  const w = isoWeek(x);
  return `${p4(w.y)}-W${p2(w.w)}`;
}
export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;

/** Parse 'YYYY-MM-DD' (or a longer ISO timestamp); null when it is not a valid day. */
export function parseDay(s: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  if (!m) return null;
  const x = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return validDay(x.y, x.m, x.d) ? x : null;
}

/**
 * The day with ISO weekday `wd` nearest to `anchor` in direction `dir`:
 * 'back' = on or before the anchor, 'forward' = on or after it.
 */
export function weekdayNear(anchor: Ymd, wd: number, dir: 'back' | 'forward'): Ymd {
  const cur = isoWeekday(anchor);
  const delta = dir === 'back' ? -((cur - wd + 7) % 7) : (wd - cur + 7) % 7;
  return addDays(anchor, delta);
}

/**
 * Year for a month (and day) written without one. Past clauses take the latest occurrence, future clauses the
 * next one, each with a tolerance of `tol` days (a past-tense sentence can still name a deadline a few weeks
 * ahead: "payable Dec. 15"); with no tense, the occurrence nearest to the anchor.
 */
export function yearFor(anchor: Ymd, m: number, d: number | null, dir: 'back' | 'forward' | 'same', tol = 90): number {
  const a = toDays(anchor);
  const first = (y: number): number => toDays({ y, m, d: d ?? 1 }) - a;
  const last = (y: number): number => toDays({ y, m, d: d ?? daysInMonth(y, m) }) - a;
  if (dir === 'back') return first(anchor.y) <= tol ? anchor.y : anchor.y - 1;
  if (dir === 'forward') return last(anchor.y) >= -tol ? anchor.y : anchor.y + 1;
  const dist = (y: number): number => (first(y) > 0 ? first(y) : last(y) < 0 ? -last(y) : 0);
  return [anchor.y, anchor.y - 1, anchor.y + 1].reduce((b, y) => (dist(y) < dist(b) ? y : b));
}
