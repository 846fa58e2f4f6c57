/**
 * chrono-node as the parser for written-out calendar dates and clock times ("Sept. 10, 2024", "October 22-24",
 * "10 September", "9/11/2001", "3 p.m. EST Tuesday"). We keep only the components chrono says were stated and do
 * the anchoring ourselves: chrono's implied year and its forward-looking weekdays are wrong for news.
 */
import { Chrono, en } from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { fmtDay, fmtMonth, validDay } from './calendar.js';
import type { Ctx } from './context.js';
import { made, monthDayValue, weekdayValue } from './resolve.js';
import type { Made } from './resolve.js';
import { digitWindows } from './scan.js';

// Strict configuration: explicit dates and times only (its casual words and bare month names are ours).
// Built once; chrono parsers keep no state between calls.
const CONFIG = en.configuration.createConfiguration(true, false);

/**
 * Chrono's two costliest patterns, "three days ago" and "two weeks later", end in one of a few words (their strict
 * forms, case-insensitive) and match nothing in a text without them; a parse of such a text leaves their parsers
 * out, with the same results. Each is recognised by its pattern, so a chrono-node that changes them is parsed whole.
 */
const CLOSING: readonly { name: string; tail: string; words: RegExp }[] = [
  { name: 'ENTimeUnitAgoFormatParser', tail: '\\s{0,5}(?:ago|before|earlier)(?=\\W|$)', words: /ago|before|earlier/i },
  { name: 'ENTimeUnitLaterFormatParser', tail: '\\s{0,5}(later|after|from now)(?=\\W|$)', words: /later|after|from now/i },
];
type Parser = (typeof CONFIG.parsers)[number];
/** The parser each CLOSING entry stands for, when its pattern is the one described. */
const closingParser = CLOSING.map(({ name, tail }) => CONFIG.parsers.find((p: Parser) => {
  const inner = (p as { innerPattern?: () => RegExp }).innerPattern;
  return p.constructor.name === name && typeof inner === 'function' && inner.call(p).source.endsWith(tail) && inner.call(p).flags.includes('i');
}) ?? null);
/** How many CLOSING parsers were recognised (exported for a test: a chrono-node upgrade must not lose them unnoticed). */
export const CLOSING_FOUND = closingParser.filter(Boolean).length;
/** A Chrono per subset of CLOSING left out (bit i set: entry i's parser left out). */
const PARTIAL = Array.from({ length: 1 << CLOSING.length }, (_, mask) => new Chrono({
  parsers: CONFIG.parsers.filter((p: Parser) => !closingParser.some((c, i) => c === p && (mask >> i) & 1)),
  refiners: CONFIG.refiners,
}));

/** Chrono's strict parse of `text`, leaving out the parsers that cannot match it. */
export function parseStrict(text: string, ref: Date): ParsedResult[] {
  let mask = 0;
  CLOSING.forEach((c, i) => {
    if (closingParser[i] && !c.words.test(text)) mask |= 1 << i;
  });
  return PARTIAL[mask]!.parse(text, { instant: ref, timezone: 0 });
}

/**
 * Cheap test for anything chrono could add: a month name or a clock time or a numeric date. Every match holds a
 * digit and none crosses a cut (scan.ts), so it only runs over the stretches between cuts that hold a digit.
 */
export const TRIGGERS =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\d\s*[ap]\.?m\b|\d:\d\d|\b\d{1,4}[/-]\d{1,2}[/-]\d{2,4}\b/gi;

export interface ChronoHit {
  start: number;
  end: number;
  made: Made;
}

/**
 * Blanked gaps longer than this are shortened to it. Chrono's cost grows with the text it scans (some of its
 * patterns backtrack quadratically over `\s*…\s*`), and its patterns and refiners only ever ask "is this
 * whitespace", never how much of it there is beyond ten characters (`\s{0,5},?\s{0,5}`, in chrono-node 2.x).
 */
const GAP = 16;

/** Chrono's input and the map from its offsets back to the text's. */
interface Masked { text: string; toText(at: number): number }

/**
 * The text with everything farther than 40 characters from a trigger blanked out, long blank runs shortened
 * to GAP spaces: chrono's cost grows with the text it scans, and most of an article holds nothing it could parse.
 */
function masked(text: string, cut: readonly number[]): Masked | null {
  const keep: [number, number][] = [];
  for (const [a, b] of digitWindows(text, cut)) {
    const win = text.slice(a, b);
    TRIGGERS.lastIndex = 0;
    for (let m = TRIGGERS.exec(win); m; m = TRIGGERS.exec(win)) {
      const s = Math.max(0, a + m.index - 40);
      const e = Math.min(text.length, a + m.index + m[0].length + 40);
      const last = keep[keep.length - 1];
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else keep.push([s, e]);
    }
  }
  if (!keep.length) return null;
  let out = '';
  let at = 0;
  const from: number[] = []; // where each kept window starts in `out` …
  const orig: number[] = []; // … and in `text`
  for (const [s, e] of keep) {
    out += ' '.repeat(Math.min(GAP, s - at));
    from.push(out.length);
    orig.push(s);
    out += text.slice(s, e);
    at = e;
  }
  out += ' '.repeat(Math.min(GAP, text.length - at));
  // Results start and (trimmed) end inside kept windows; offsets are shifted by their window's displacement.
  const toText = (x: number): number => {
    let i = from.length - 1;
    while (i > 0 && from[i]! > x) i--;
    return orig[i]! + (x - from[i]!);
  };
  return { text: out, toText };
}

/** Chrono's parse of a text's masked stretches, and the map back to the text. */
export interface ChronoScan { mask: Masked; results: ParsedResult[] }

/**
 * `cut`: the text's cuts (scan.ts). Only the components chrono marks certain are used, and those do not depend on
 * the reference date, so one parse serves every anchor.
 */
export function chronoScan(text: string, cut: readonly number[]): ChronoScan | null {
  const mask = masked(text, cut);
  return mask === null ? null : { mask, results: parseStrict(mask.text, new Date(0)) };
}

export function chronoHits(ctx: Ctx, scan: ChronoScan): ChronoHit[] {
  const { mask } = scan;
  const out: ChronoHit[] = [];
  for (const r of scan.results) {
    // "Jan. 1, 1990 at 1,015 francs": chrono takes the price for a clock time; keep the date alone.
    // "Dec. 30, 31 and Jan. 1": chrono reads a second day as a two-digit year (2031); keep the first day alone.
    const listed = r.start.isCertain('year') && r.start.isCertain('day') && r.start.isCertain('month') ? /^(.*\d),\s*(\d{2})$/.exec(r.text) : null;
    if (listed && r.start.get('year')! % 100 === +listed[2]! && !r.end) {
      const start = mask.toText(r.index);
      const end = mask.toText(r.index + listed[1]!.length);
      const m = monthDayValue(ctx, r.start.get('month')!, r.start.get('day')!, start, end);
      if (m) out.push({ start, end, made: m });
      continue;
    }
    const atNumber = /,?\s+at\s+\d{1,2}$/.exec(r.text);
    const dropTime = !!atNumber && r.start.isCertain('month') && r.start.isCertain('day');
    const text = dropTime ? r.text.slice(0, atNumber!.index) : r.text;
    if (!plausible(r, text, dropTime)) continue;
    const lead = /^(?:on|at|from|since|by|until|the)\s+/i.exec(text);
    const start = mask.toText(r.index + (lead ? lead[0].length : 0));
    const end = mask.toText(r.index + text.trimEnd().length);
    const m = convert(ctx, r, start, end, dropTime);
    if (m) out.push({ start, end, made: m });
  }
  return out;
}

/**
 * chrono reads "$1.11 a share" as 1:11 am, "fell 4 to 15" as a time range and "3/4" as March 4: keep a clock
 * time only with a meridiem, minutes or a zone, a slash date only with its year, and nothing relative.
 */
function plausible(r: ParsedResult, t: string, dropTime: boolean): boolean {
  if (/\b(?:before|after|ago|later|earlier|for|within|in\s+\w+\s+(?:days?|weeks?|months?|years?))\b/i.test(t)) return false;
  if (/^\d{1,2}\/\d{1,2}$/.test(t.trim())) return false;
  if (!dropTime && r.start.isCertain('hour') && !/\d\s*(?:[ap]\.m\.?|[ap]m\b)|\d:\d\d|\b(?:GMT|UTC|[ECMP][SD]T)\b/i.test(t)) return false;
  return !/\d\s+to\s+\d/.test(t) || /[ap]\.?m|:\d\d/i.test(t);
}

const has = (c: ParsedComponents, k: 'year' | 'month' | 'day' | 'hour' | 'weekday'): boolean => c.isCertain(k);

/** The calendar day of one side of a chrono result, anchored our way; null if it has no day. */
function dayOf(ctx: Ctx, c: ParsedComponents, start: number, end: number): Made | null {
  if (has(c, 'month') && has(c, 'day')) {
    const mo = c.get('month')!;
    const d = c.get('day')!;
    if (has(c, 'year')) {
      const y = c.get('year')!;
      return validDay(y, mo, d) ? made(fmtDay({ y, m: mo, d }), 'DATE', 'day', false, ['year', 'month', 'day'], []) : null;
    }
    return monthDayValue(ctx, mo, d, start, end);
  }
  if (has(c, 'weekday')) {
    const wd = c.get('weekday') || 7; // chrono counts Sunday as 0, ISO as 7
    const x = weekdayValue(ctx, wd, '', start, end);
    return made(x ? fmtDay(x) : `XXXX-WXX-${wd}`, 'DATE', 'day', !!x, ['weekday'], ['year', 'month', 'day']);
  }
  return null;
}

function convert(ctx: Ctx, r: ParsedResult, start: number, end: number, dropTime: boolean): Made | null {
  const c = r.start;
  const hasTime = has(c, 'hour') && !dropTime;
  if (!has(c, 'month') && !hasTime) return null; // weekdays, "2 days ago": our rules
  let day = dayOf(ctx, c, start, end);
  if (hasTime) {
    const anchorDay = ctx.anchor ? fmtDay(ctx.anchor) : 'XXXX-XX-XX';
    day ??= made(anchorDay, 'DATE', 'day', !!ctx.anchor, [], ['year', 'month', 'day']);
    const hh = String(c.get('hour')).padStart(2, '0');
    const mm = String(c.get('minute') ?? 0).padStart(2, '0');
    return { ...day, value: `${day.value}T${hh}:${mm}`, type: 'TIME', precision: 'time' };
  }
  if (!day) {
    if (has(c, 'year') && has(c, 'month')) return made(fmtMonth(c.get('year')!, c.get('month')!), 'DATE', 'month', false, ['year', 'month'], []);
    return null;
  }
  if (r.end && has(r.end, 'day')) {
    const e = dayOf(ctx, r.end, start, end);
    if (e && e.value > day.value) return { ...day, value: `${day.value}/${e.value}`, precision: 'range' };
    if (e && e.value < day.value && /^\d{4}/.test(e.value)) {
      // "December 30 - January 2": the end rolls into the next year.
      const next = String(+e.value.slice(0, 4) + 1) + e.value.slice(4);
      return { ...day, value: `${day.value}/${next}`, precision: 'range' };
    }
  }
  return day;
}
