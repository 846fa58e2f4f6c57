/**
 * Refiners: drop proposals that are names or slogans rather than dates, keep the longest of overlapping
 * proposals, and resolve comparisons ("a year earlier") against the date under discussion.
 */
import { addDays, fmtDay, fmtWeek, fmtYear, parseDay } from './calendar.js';
import type { Ctx } from './context.js';
import { sentenceAt } from './context.js';
import { NAME_AFTER_TODAY } from './lexicon.js';
import type { TimeMention } from './types.js';

export type Cand = TimeMention & { shift?: { n: number; unit: string; ref?: boolean }; prio: number };

/**
 * "Today"/"Tomorrow" that name something: "on Today's latest news" (a site), "USA Today", and the contrast slogan
 * "Ukraine today, Taiwan tomorrow" (two names, each followed by a deictic word).
 */
export function isNotADate(ctx: Ctx, c: Cand): boolean {
  if (c.rule !== 'deictic-day') return false;
  const t = ctx.text;
  const word = t.slice(c.start, c.end);
  const after = t.slice(c.end, c.end + 24);
  const [sentStart] = sentenceAt(ctx, c.start);
  const initial = /^\s*(?:["“‘'`]+)?\s*$/.test(t.slice(sentStart, c.start));
  if (/^To(?:day|morrow)/.test(word) && !initial) return true; // capitalised mid-sentence: a title or a brand
  if (/^today$/i.test(word) && NAME_AFTER_TODAY.test(after)) return true;
  // Contrast slogan: "<Name> today, <Name> tomorrow" in either order.
  const slogan = /[A-Z][\w-]+\s+today,?\s+[A-Z][\w-]+\s+tomorrow\b|\btoday\s+[A-Z][\w-]+,?\s+tomorrow\s+[A-Z][\w-]+/g;
  const from = Math.max(0, c.start - 30);
  const win = t.slice(from, Math.min(t.length, c.end + 30));
  if (!/^(?:today|tomorrow)$/i.test(word)) return false;
  for (const m of win.matchAll(slogan)) {
    if (c.start >= from + m.index! && c.end <= from + m.index! + m[0].length) return true;
  }
  return false;
}

/** Longest match wins; on equal length the higher-priority source (our rules over chrono) wins. */
export function keepLongest(cands: Cand[]): Cand[] {
  const sorted = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.prio - a.prio || a.start - b.start);
  const kept: Cand[] = [];
  for (const c of sorted) {
    if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Is `v` a value at `unit` granularity that an anaphor can lean on? */
const AT_UNIT: Record<string, RegExp> = {
  year: /^\d{4}/, month: /^\d{4}-\d{2}/, day: /^\d{4}-\d{2}-\d{2}/, week: /^\d{4}-\d{2}-\d{2}/, quarter: /^\d{4}-Q[1-4]$/,
};

/** Shift an ISO value by n units at that unit's granularity. */
function shiftValue(v: string, unit: string, n: number): string | null {
  const day = parseDay(v);
  if (unit === 'year') return fmtYear(+v.slice(0, 4) + n) + (/-Q\d$/.test(v) ? v.slice(4) : '');
  if (unit === 'quarter') { const q = +v.slice(0, 4) * 4 + +v.slice(6) - 1 + n; return `${fmtYear(Math.floor(q / 4))}-Q${(q % 4) + 1}`; }
  if (unit === 'month') { const i = +v.slice(0, 4) * 12 + +v.slice(5, 7) - 1 + n; return `${fmtYear(Math.floor(i / 12))}-${String((i % 12) + 1).padStart(2, '0')}`; }
  if (!day) return null;
  return unit === 'week' ? fmtWeek(addDays(day, 7 * n)) : fmtDay(addDays(day, n));
}

/**
 * Comparisons and anaphors. "a year earlier", "a year ago", "the year-ago quarter": when a quarter is the period
 * under discussion (mentioned in this or the previous `QUARTER_WINDOW` sentences), the comparison is with that
 * quarter a year before (business news); else the anchor's. "that year", "the following month": the last date
 * of that granularity mentioned before; else the anchor-based fallback.
 */
const QUARTER_WINDOW = 2;

export function resolveComparisons(ctx: Ctx, kept: Cand[]): Cand[] {
  const out: Cand[] = [];
  let lastQuarter: Cand | null = null;
  for (const c of kept) {
    let r = c;
    const sh = c.shift;
    if (sh?.ref) {
      const prev = [...out].reverse().find((p) => p.type === 'DATE' && !p.shift && AT_UNIT[sh.unit]!.test(p.value));
      const v = prev ? shiftValue(prev.value, sh.unit, sh.n) : null;
      if (v) r = { ...c, value: v };
    } else if (sh && lastQuarter && (sh.unit === 'year' || sh.unit === 'quarter') && sentencesBetween(ctx, lastQuarter.start, c.start) <= QUARTER_WINDOW) {
      r = { ...c, value: shiftValue(lastQuarter.value, 'year', sh.unit === 'year' ? sh.n : 0)!, precision: 'range' };
    }
    if (AT_UNIT.quarter!.test(c.value) && !sh) lastQuarter = c;
    out.push(r);
  }
  return out;
}

function sentencesBetween(ctx: Ctx, a: number, b: number): number {
  let n = 0;
  for (const s of ctx.sentenceStarts) if (s > a && s <= b) n++;
  return n;
}
