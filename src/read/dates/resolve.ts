/**
 * Turning parsed pieces into TIMEX values against the anchor. Every function answers with placeholders ('XXXX')
 * when there is no anchor and the value depends on one, as TIMEX3 does.
 */
import {
  addDays, addMonths, fmtDay, fmtMonth, fmtWeek, fmtYear, isoWeekday, quarterOf, weekdayNear, yearFor,
} from './calendar.js';
import type { Ctx } from './context.js';
import { tenseAt } from './context.js';
import { SEASON_START } from './lexicon.js';
import type { DatePrecision, TimeMention, TimexType, Ymd } from './types.js';

/** What a rule returns: a mention without its offsets and text (the runner adds them). */
export type Made = Omit<TimeMention, 'start' | 'end' | 'text' | 'rule'> & {
  start?: number;
  end?: number;
  /** "a year earlier": a shift that refine.ts may re-apply to the date under discussion instead of the anchor. */
  shift?: { n: number; unit: string; ref?: boolean };
};

export function made(
  value: string, type: TimexType, precision: DatePrecision, anchored: boolean, stated: string[], implied: string[],
): Made {
  return { value, type, precision, anchored, stated, implied };
}

/** Direction for an under-specified date: the tense of its clause; news reports the past by default. */
export function dirAt(ctx: Ctx, start: number, end: number, fallback: 'back' | 'same'): 'back' | 'forward' | 'same' {
  const t = tenseAt(ctx, start, end);
  return t === 'future' ? 'forward' : t === 'past' ? 'back' : fallback;
}

/** A weekday name: `mod` is last/next/this or ''; bare names follow the clause's tense, backward by default. */
export function weekdayValue(ctx: Ctx, wd: number, mod: string, start: number, end: number): Ymd | null {
  const a = ctx.anchor;
  if (!a) return null;
  if (mod === 'last' || mod === 'past') return weekdayNear(addDays(a, -1), wd, 'back');
  if (mod === 'next' || mod === 'coming') return weekdayNear(addDays(a, 1), wd, 'forward');
  if (mod === 'this') return addDays(a, wd - isoWeekday(a));
  const dir = dirAt(ctx, start, end, 'back');
  return weekdayNear(a, wd, dir === 'forward' ? 'forward' : 'back');
}

/** A month (and maybe day) without a year: the year comes from the anchor and the tense. */
export function monthDayValue(ctx: Ctx, m: number, d: number | null, start: number, end: number): Made {
  const stated = d === null ? ['month'] : ['month', 'day'];
  const a = ctx.anchor;
  if (!a) {
    const v = d === null ? `XXXX-${String(m).padStart(2, '0')}` : `XXXX-${fmtDay({ y: 0, m, d }).slice(5)}`;
    return made(v, 'DATE', d === null ? 'month' : 'day', false, stated, []);
  }
  const y = yearFor(a, m, d, dirAt(ctx, start, end, 'same'));
  const v = d === null ? fmtMonth(y, m) : fmtDay({ y, m, d });
  return made(v, 'DATE', d === null ? 'month' : 'day', true, stated, ['year']);
}

/** Season code (SP/SU/FA/WI) without a year: this year's, or the nearest one in the tense's direction. */
export function seasonValue(ctx: Ctx, code: string, mod: string, start: number, end: number): Made {
  const a = ctx.anchor;
  if (!a) return made(`XXXX-${code}`, 'DATE', 'season', false, [], []);
  const sm = SEASON_START[code]!;
  // Seasons on a month scale; winter belongs to the year it starts in (December).
  const curStart = a.m === 12 || a.m < 3 ? 12 : a.m - (a.m % 3);
  const cur = (a.m < 3 ? a.y - 1 : a.y) * 12 + curStart;
  let y: number;
  if (mod === 'last' || mod === 'past') y = Math.floor((cur - 1 - sm) / 12);
  else if (mod === 'next' || mod === 'coming') y = Math.ceil((cur + 1 - sm) / 12);
  else {
    const dir = mod === 'this' ? 'same' : dirAt(ctx, start, end, 'same');
    if (dir === 'back') y = Math.floor((cur - sm) / 12);
    else if (dir === 'forward') y = Math.ceil((cur - sm) / 12);
    else y = code === 'WI' && a.m < 3 ? a.y - 1 : a.y;
  }
  return made(`${fmtYear(y)}-${code}`, 'DATE', 'season', true, ['season'], ['year']);
}

/** "last/this/next <unit>" and "<n> <units> ago": the anchor shifted by `n` units, at that unit's granularity. */
export function shiftedValue(a: Ymd | null, unit: string, n: number): Made | null {
  if (!a) {
    const ph: Record<string, string> = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', year: 'XXXX',
      quarter: 'XXXX-QX', weekend: 'XXXX-WXX-WE', decade: 'XXX', century: 'XX' };
    return ph[unit] ? made(ph[unit]!, 'DATE', precisionOf(unit), false, [], []) : null;
  }
  const implied = ['year', 'month', 'day'];
  switch (unit) {
    case 'day': return made(fmtDay(addDays(a, n)), 'DATE', 'day', true, [], implied);
    case 'week': return made(fmtWeek(addDays(a, 7 * n)), 'DATE', 'range', true, [], implied);
    case 'weekend': return made(`${fmtWeek(addDays(a, 7 * n))}-WE`, 'DATE', 'range', true, [], implied);
    case 'month': { const x = addMonths(a, n); return made(fmtMonth(x.y, x.m), 'DATE', 'month', true, [], implied); }
    case 'quarter': {
      const q = a.y * 4 + quarterOf(a.m) - 1 + n;
      return made(`${fmtYear(Math.floor(q / 4))}-Q${(q % 4) + 1}`, 'DATE', 'range', true, [], implied);
    }
    case 'year': return made(fmtYear(a.y + n), 'DATE', 'year', true, [], implied);
    case 'decade': return made(String(Math.floor(a.y / 10) + n), 'DATE', 'decade', true, [], implied);
    case 'century': return made(String(Math.floor(a.y / 100) + n), 'DATE', 'decade', true, [], implied);
    default: return null;
  }
}

export function precisionOf(unit: string): DatePrecision {
  return ({ day: 'day', month: 'month', year: 'year', decade: 'decade', century: 'decade' } as const)[
    unit as 'day'] ?? 'range';
}

/** Precision of a duration value (the granularity of its unit). */
export function durationPrecision(v: string): DatePrecision {
  if (v.startsWith('PT')) return 'time';
  const u = v.slice(-1);
  return u === 'D' ? 'day' : u === 'M' ? 'month' : u === 'Y' || u === 'E' ? 'year' : 'range';
}
