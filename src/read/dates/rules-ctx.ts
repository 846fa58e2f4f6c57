/**
 * Rules whose value leans on other dates in the text ("that year", "the year-ago quarter", "the following month"),
 * plus holidays, weekends and spelled-out years. Anaphoric ones carry a `shift` that refine.ts resolves against
 * the date under discussion; their own value is the anchor-based fallback.
 */
import { addDays, fmtDay, fmtWeek, fmtYear, isoWeekday, weekdayNear, yearFor } from './calendar.js';
import type { Ctx } from './context.js';
import { ORDINALS, quantity } from './lexicon.js';
import { dirAt, made, shiftedValue } from './resolve.js';
import type { Made } from './resolve.js';
import { g } from './rules.js';
import type { Rule } from './rules.js';

/** nth (1-based; -1 = last) ISO weekday `wd` of month m in year y. */
function nthWeekday(y: number, m: number, wd: number, n: number): { y: number; m: number; d: number } {
  if (n < 0) {
    const lastDay = addDays({ y: m === 12 ? y + 1 : y, m: m === 12 ? 1 : m + 1, d: 1 }, -1);
    return weekdayNear(lastDay, wd, 'back');
  }
  return addDays(weekdayNear({ y, m, d: 1 }, wd, 'forward'), 7 * (n - 1));
}

/** Holidays whose date follows from the year alone (US ones are the ones US wire copy names without a year). */
const HOLIDAYS: Record<string, (y: number) => { y: number; m: number; d: number }> = {
  'christmas eve': (y) => ({ y, m: 12, d: 24 }),
  'christmas day': (y) => ({ y, m: 12, d: 25 }),
  christmas: (y) => ({ y, m: 12, d: 25 }),
  "new year's eve": (y) => ({ y, m: 12, d: 31 }),
  "new year's day": (y) => ({ y, m: 1, d: 1 }),
  "valentine's day": (y) => ({ y, m: 2, d: 14 }),
  halloween: (y) => ({ y, m: 10, d: 31 }),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  'election day': (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
};

function holiday(ctx: Ctx, name: string, s: number, e: number): Made {
  const rule = HOLIDAYS[name]!;
  const a = ctx.anchor;
  if (!a) return made(`XXXX-${fmtDay(rule(2000)).slice(5)}`, 'DATE', 'day', false, ['month', 'day'], []);
  const here = rule(a.y);
  const y = yearFor(a, here.m, here.d, dirAt(ctx, s, e, 'same'), 90);
  return made(fmtDay(rule(y)), 'DATE', 'day', true, ['month', 'day'], ['year']);
}

export const CTX_RULES: Rule[] = [
  {
    name: 'holiday',
    re: /\b(christmas\s+(?:eve|day)|christmas|new\s+year['’]s\s+(?:eve|day)|valentine['’]s\s+day|halloween|thanksgiving(?:\s+day)?|labor\s+day|memorial\s+day|election\s+day)\b/gi,
    make: (m, ctx, s, e) => holiday(ctx, g(m, 1).replace(/\s+/g, ' ').replace('’', "'"), s, e),
  },
  {
    // "over the weekend" (past by default), "this weekend"; "last/next weekend" are relative-unit's.
    name: 'weekend',
    re: /\b(?:the|this)\s+weekend\b/gi,
    make(m, ctx, s, e) {
      const a = ctx.anchor;
      if (!a) return made('XXXX-WXX-WE', 'DATE', 'range', false, [], []);
      const fwd = /^this/i.test(m[0]) ? isoWeekday(a) <= 5 : dirAt(ctx, s, e, 'back') === 'forward';
      const sat = weekdayNear(a, 6, fwd ? 'forward' : 'back');
      return made(`${fmtWeek(sat)}-WE`, 'DATE', 'range', true, [], ['year', 'month', 'day']);
    },
  },
  {
    name: 'spelled-year',
    re: /\b(?:the\s+year\s+)?(?:nineteen[- ](ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)|two\s+thousand(?:\s+and\s+(one|two|three|four|five|six|seven|eight|nine|ten))?)\b/gi,
    make(m) {
      const y = m[1] ? 1900 + (quantity(m[1]) as number) : 2000 + (m[2] ? (quantity(m[2]) as number) : 0);
      if (!m[1] && !/year/i.test(m[0]) && !m[2]) return null; // "two thousand" alone is a number
      return Number.isFinite(y) ? made(String(y), 'DATE', 'year', false, ['year'], []) : null;
    },
  },
  {
    // "the quarter", "this quarter": the quarter under discussion, else the last complete one (results season).
    name: 'the-quarter',
    re: /\b(?:the|this)\s+quarter\b(?!s|ly)/gi,
    make(m, ctx) {
      const v = shiftedValue(ctx.anchor, 'quarter', /^this/i.test(m[0]) ? 0 : -1);
      return v ? { ...v, shift: { n: 0, unit: 'quarter' } } : null;
    },
  },
  {
    // Business copy: "the latest period" is the quarter under discussion, like "the quarter".
    name: 'latest-period',
    re: /\bthe\s+latest\s+period\b/gi,
    make(m, ctx) {
      const v = shiftedValue(ctx.anchor, 'quarter', -1);
      return v ? { ...v, shift: { n: 0, unit: 'quarter' } } : null;
    },
  },
  {
    // "the full year" is the anchor's year; "the fiscal year (ended …)" is an amount of time.
    name: 'the-year',
    re: /\bthe\s+(?:full|fiscal)\s+year\b(?!['’]s)|\bthe\s+year\b(?=\s+end(?:ed|ing)\b)|\b(?:earlier|later)\s+in\s+the\s+(year|month|week)\b/gi,
    make(m, ctx) {
      if (m[1]) return shiftedValue(ctx.anchor, g(m, 1), 0);
      if (/full/i.test(m[0])) return shiftedValue(ctx.anchor, 'year', 0);
      return made('P1Y', 'DURATION', 'year', false, [], []);
    },
  },
  {
    name: 'year-ago',
    re: /\b(?:the\s+)?year[- ](?:ago|earlier)(?:\s+(?:(first|second|third|fourth)\s+)?(?:period|quarter))?\b/gi,
    make(m, ctx) {
      const q = ORDINALS[g(m, 1)];
      if (q && ctx.anchor) return made(`${fmtYear(ctx.anchor.y - 1)}-Q${q}`, 'DATE', 'range', true, ['quarter'], ['year']);
      const v = shiftedValue(ctx.anchor, 'year', -1);
      return v ? { ...v, shift: { n: -1, unit: 'year' } } : null;
    },
  },
  {
    // "that year", "later that day", "the following month", "the same week": relative to the date just discussed.
    name: 'anaphoric',
    re: /\b(?:(?:earlier|later)\s+)?(?:(that|the\s+same|the\s+following|the\s+previous|the\s+next)\s+)(day|week|month|year)\b(?!s)/gi,
    make(m, ctx) {
      const rel = g(m, 1);
      const n = /following|next/.test(rel) ? 1 : /previous/.test(rel) ? -1 : 0;
      const unit = g(m, 2);
      const v = shiftedValue(ctx.anchor, unit, n);
      return v ? { ...v, shift: { n, unit, ref: true } } : null;
    },
  },
];
