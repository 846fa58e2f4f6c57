/**
 * inferPublished: when an article states no date, infer when it was published from what it says.
 *
 * Evidence narrows a window of days [lo, hi]: anniversaries of well-known events ("days before the first
 * anniversary of ..."), numbered annual events ("the 78th General Debate of the UN General Assembly"), dates told in
 * the past tense (the article comes after them) or the future tense (it comes before them). Inside the window, the
 * lead weekday ("Wang Yi on Wednesday said") picks the day: news is published on the day of its lead event.
 * A month named with "next month"/"last month" gives the month even when no year can be inferred.
 */
import { addDays, fmtDay, fmtMonth, isoWeekday, parseDay, toDays, fromDays, daysInMonth, weekdayNear } from './calendar.js';
import { tenseAt } from './context.js';
import type { Ctx } from './context.js';
import { findTimes, scanTimes } from './find.js';
import type { TimeScan } from './find.js';
import { ANNIVERSARY_BASES, NUMBERED_EVENTS } from './knowledge.js';
import { ORDINALS as SMALL_ORDINALS } from './lexicon.js';
import type { PublishedInference, TimeMention } from './types.js';

/**
 * A window of days (inclusive, as day numbers) with why and how strongly it holds; `now`: the day the article
 * speaks from, when it sets itself against an event with a known opening day.
 */
interface Bound { lo: number; hi: number; why: string; strong: boolean; now?: number }

const NONE: PublishedInference = { value: null, precision: null, confidence: 0, evidence: [] };

const ORDINAL_WORDS: Record<string, number> = {
  ...SMALL_ORDINALS, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, twentieth: 20, thirtieth: 30,
  fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, seventy: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
};

function ordinal(s: string): number | null {
  const m = /^(\d{1,3})(?:st|nd|rd|th)$/i.exec(s);
  if (m) return +m[1]!;
  return ORDINAL_WORDS[s.toLowerCase()] ?? null;
}

/** `scan`: scanTimes(text), and `mentions`: findTimes(text, null, scan), when the caller reads the text's dates too. */
export function inferPublished(text: string, scan: TimeScan = scanTimes(text), mentions: TimeMention[] = findTimes(text, null, scan)): PublishedInference {
  const ctx = scan.base;
  const bounds = [...anniversaryBounds(text), ...numberedBounds(text), ...tenseBounds(ctx, mentions)];
  const lo = Math.max(...bounds.map((b) => b.lo), -Infinity);
  const hi = Math.min(...bounds.map((b) => b.hi), Infinity);
  const evidence = bounds.map((b) => b.why);
  const lead = leadWeekday(ctx, mentions);
  // A written date that falls on the lead weekday dates the article — by chance one time in seven, so with no window
  // closing on both sides it must be written near the weekday, in the same paragraph.
  const open = !Number.isFinite(lo) || !Number.isFinite(hi);
  const agreeing = lead && lo <= hi ? datedLead(mentions, lead.wd, lo, hi, open ? paragraphOf(ctx.text, lead.at) : null) : null;
  if (agreeing) return { value: agreeing.value, precision: 'day', confidence: 0.65, evidence: [...evidence, lead!.why, `"${agreeing.text}" falls on that weekday`] };
  // "Against the backdrop of the 78th General Debate …, the minister began a trip on Monday": the article speaks
  // from the event's opening, and its lead weekday (not one still to come) is the latest such day not after it.
  const now = bounds.find((b) => b.now !== undefined && b.now >= lo && b.now <= hi)?.now;
  if (lead && now !== undefined && lo <= hi) {
    const day = toDays(weekdayNear(fromDays(now), lead.wd, 'back'));
    if (day >= lo) return { value: fmtDay(fromDays(day)), precision: 'day', confidence: 0.6, evidence: [...evidence, lead.why] };
  }
  if (!bounds.some((b) => b.strong) || lo > hi) return relativeMonthOnly(ctx, mentions) ?? weakYear(bounds) ?? NONE;
  if (lead && hi - lo <= 31) {
    const days = [];
    for (let d = lo; d <= hi; d++) if (isoWeekday(fromDays(d)) === lead.wd) days.push(d);
    if (days.length === 1) {
      return { value: fmtDay(fromDays(days[0]!)), precision: 'day', confidence: 0.7, evidence: [...evidence, lead.why] };
    }
  }
  const a = fromDays(lo);
  const b = fromDays(hi);
  if (a.y === b.y && a.m === b.m) return { value: fmtMonth(a.y, a.m), precision: 'month', confidence: 0.6, evidence };
  if (a.y === b.y) return { value: String(a.y), precision: 'year', confidence: 0.5, evidence };
  return { ...NONE, evidence };
}

/** "(just days) before the first anniversary of <event>" → the window around that anniversary. */
function anniversaryBounds(text: string): Bound[] {
  // The pattern opens with optional words, so it is tried at every offset: look for its one fixed word first.
  if (!/anniversary/i.test(text)) return [];
  const re = /\b(?:(?:(just|only|a\s+few|several|two|three|four|five)\s+)?(hours?|days?|weeks?)\s+)?(before|ahead\s+of|after|on|marking|to\s+mark|marks|on\s+the\s+eve\s+of)?\s*(?:the|its)\s+(\w+)\s+anniversary\s+of\s+([^.;\n]{0,140})/gi;
  const out: Bound[] = [];
  for (const m of text.matchAll(re)) {
    const n = ordinal(m[4]!);
    const ev = ANNIVERSARY_BASES.find((e) => e.match.test(m[5]!));
    if (!n || !ev) continue;
    const base = parseDay(ev.date)!;
    const day = toDays({ y: base.y + n, m: base.m, d: base.d });
    const rel = (m[3] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const unit = (m[2] ?? '').toLowerCase().replace(/s$/, '');
    // "just/a few days" is within a week; bare "days" within two; "weeks" within about six.
    const few = /^(?:just|only|a\s+few|two|three|four|five)$/i.test(m[1] ?? '');
    const span = unit === 'hour' ? 1 : unit === 'day' ? (few ? 6 : 13) : unit === 'week' ? 45 : 30;
    // With no relation word: the anniversary's year when "this year" is near, else within half a year of it.
    const thisYear = /\bthis\s+year\b/i.test(text.slice(Math.max(0, m.index! - 120), m.index!));
    const [from, to] = /before|ahead/.test(rel) ? [-span, -1] : rel === 'after' ? [1, span]
      : /eve/.test(rel) ? [-1, -1] : rel ? [-1, 1]
      : thisYear ? [toDays({ y: base.y + n, m: 1, d: 1 }) - day, toDays({ y: base.y + n, m: 12, d: 31 }) - day] : [-183, 183];
    out.push({ lo: day + from, hi: day + to, strong: true,
      why: `anniversary: "${m[0].trim().slice(0, 120)}" → ${ev.name} (${ev.date}) + ${n} years = ${fmtDay(fromDays(day))}` });
  }
  return out;
}

/** Words that set what an article reports against an event still going on ("against the backdrop of …"). */
const BACKDROP = /\b(?:against\s+the\s+backdrop\s+of|on\s+the\s+(?:sidelines|margins)\s+of|in\s+conjunction\s+with)\s+(?:the\s+|this\s+year['’]s\s+)?$/i;

/** Each numbered event's key word in any case: a gate cheaper than lower-casing the whole text (4x on news text). */
const KEY_RE = new Map(NUMBERED_EVENTS.map((ev) => [ev.key, new RegExp(ev.key, 'i')]));

/** "the 78th General Debate of the UN General Assembly" → September 2023, by the event's numbering rule. */
function numberedBounds(text: string): Bound[] {
  const out: Bound[] = [];
  for (const ev of NUMBERED_EVENTS) {
    const m = KEY_RE.get(ev.key)!.test(text) ? ev.re.exec(text) : null;
    const n = m ? +(m.slice(1).find((x) => x !== undefined) ?? NaN) : NaN;
    if (!m || !Number.isFinite(n)) continue;
    const y = ev.year(n);
    const [m1, m2] = ev.months ?? [1, 12];
    const bound: Bound = { lo: toDays({ y, m: m1, d: 1 }), hi: toDays({ y, m: m2, d: daysInMonth(y, m2) }), strong: true,
      why: `numbered event: "${m[0]}" → ${ev.name} #${n} in ${ev.months ? fmtMonth(y, m1) + (m1 !== m2 ? '..' + fmtMonth(y, m2) : '') : y}` };
    if (ev.opens && BACKDROP.test(text.slice(Math.max(0, m.index - 40), m.index))) {
      const opens = ev.opens(n);
      bound.now = toDays(opens);
      bound.why += `, set against its opening on ${fmtDay(opens)}`;
    }
    out.push(bound);
  }
  return out;
}

/** First and last day covered by an explicit value (day, month, season, year); null for others. */
function extent(v: string): [number, number] | null {
  const d = parseDay(v);
  if (d) return [toDays(d), toDays(d)];
  let m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return [toDays({ y: +m[1]!, m: +m[2]!, d: 1 }), toDays({ y: +m[1]!, m: +m[2]!, d: daysInMonth(+m[1]!, +m[2]!) })];
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v);
  if (m) {
    const sm = { SP: 3, SU: 6, FA: 9, WI: 12 }[m[2] as 'SP']!;
    const s = toDays({ y: +m[1]!, m: sm, d: 1 });
    return [s, toDays(addDays({ y: +m[1]!, m: sm, d: 1 }, 91)) - 1];
  }
  m = /^(\d{4})$/.exec(v);
  return m ? [toDays({ y: +m[1]!, m: 1, d: 1 }), toDays({ y: +m[1]!, m: 12, d: 31 })] : null;
}

/**
 * Dates with a written year: told in the past tense, the article comes after their start ("In December 2022,
 * Putin and Xi held…"); planned or invited, it comes before their end ("invited Xi to visit in the spring of 2023").
 */
function tenseBounds(ctx: Ctx, mentions: TimeMention[]): Bound[] {
  const out: Bound[] = [];
  for (const t of mentions) {
    if (t.type !== 'DATE' || !t.stated.includes('year')) continue;
    const v = t.value.split('/');
    const span = extent(v[0]!);
    const last = extent(v[v.length - 1]!);
    if (!span || !last) continue;
    const tense = tenseAt(ctx, t.start, t.end);
    const planned = /\b(?:invit\w*|plan\w*|schedul\w*|expect\w*|due|set|will|would|to\s+(?:visit|meet|hold|attend|travel))\b/i
      .test(ctx.text.slice(Math.max(0, t.start - 60), t.start));
    if (planned || tense === 'future') out.push({ lo: -Infinity, hi: last[1], strong: false, why: `ahead: "${t.text}" (${t.value}) is still to come` });
    else if (tense === 'past' || /^\d{4}-\d{2}-\d{2}$/.test(v[0]!)) out.push({ lo: span[0], hi: Infinity, strong: false, why: `past: "${t.text}" (${t.value}) has happened` });
  }
  return out;
}

/** The first weekday the article names outside a future clause: the day of its lead event. */
function leadWeekday(ctx: Ctx, mentions: TimeMention[]): { wd: number; at: number; why: string } | null {
  for (const t of mentions) {
    const m = /^XXXX-WXX-(\d)$/.exec(t.value);
    if (!m || t.rule !== 'weekday' || tenseAt(ctx, t.start, t.end) === 'future') continue;
    return { wd: +m[1]!, at: t.start, why: `lead weekday: "${ctx.text.slice(Math.max(0, t.start - 30), t.end).trim()}"` };
  }
  return null;
}

/** The latest full date written with its year that falls on the lead weekday and inside [lo, hi] (and `within`). */
function datedLead(mentions: TimeMention[], wd: number, lo: number, hi: number, within: [number, number] | null): TimeMention | null {
  let best: TimeMention | null = null;
  for (const t of mentions) {
    if (within && (t.start < within[0] || t.end > within[1])) continue;
    const d = t.stated.includes('year') ? parseDay(t.value) : null;
    if (!d || isoWeekday(d) !== wd || toDays(d) < lo || toDays(d) > hi) continue;
    if (!best || t.value > best.value) best = t;
  }
  return best;
}

/** "the summit in Kazan next month … scheduled for October 22-24" → published in September (year unknown). */
function relativeMonthOnly(ctx: Ctx, mentions: TimeMention[]): PublishedInference | null {
  for (const rel of mentions) {
    const dir = /\bnext\s+month\b/i.test(rel.text) ? 1 : /\blast\s+month\b/i.test(rel.text) ? -1 : 0;
    if (!dir) continue;
    const named = mentions.find((t) => t !== rel && /^XXXX-(\d{2})/.test(t.value) && tied(ctx.text, rel, t) &&
      (dir > 0 ? t.start > rel.start || tenseAt(ctx, t.start, t.end) === 'future' : tenseAt(ctx, t.start, t.end) !== 'future'));
    if (!named) continue;
    const mo = +named.value.slice(5, 7);
    const pub = ((mo - 1 - dir + 12) % 12) + 1;
    return { value: `XXXX-${String(pub).padStart(2, '0')}`, precision: 'month', confidence: 0.3,
      evidence: [`"${rel.text}" with "${named.text}" → published in month ${pub}; no year can be inferred`] };
  }
  return null;
}

/**
 * Only weak bounds (past and future dates): a year when they close on it from both sides. A past date alone says
 * only "not before": articles tell history (on political news the latest past year was the year of publication
 * about one time in six), so the year stays unknown and the bound is kept as evidence.
 */
function weakYear(bounds: Bound[]): PublishedInference | null {
  if (!bounds.length) return null;
  const lo = Math.max(...bounds.map((b) => b.lo));
  const hi = Math.min(...bounds.map((b) => b.hi));
  if (lo > hi || !Number.isFinite(lo)) return null;
  const y = fromDays(lo).y;
  const evidence = bounds.map((b) => b.why);
  if (Number.isFinite(hi) && fromDays(hi).y === y) return { value: String(y), precision: 'year', confidence: 0.45, evidence };
  return { ...NONE, evidence: [`not before ${fmtDay(fromDays(lo))}`, ...evidence] };
}

const SENTENCE_END = /[.!?]["”’)]*\s/;

/**
 * Whether a named month speaks of the thing "next month" / "last month" does: in the same sentence, or in the next
 * one about the same noun ("the summit in Kazan next month. … during the summit, scheduled for October 22-24").
 * Elsewhere it is another event's ("a contested convention in July. … took in $4.8 million last month").
 */
function tied(text: string, rel: TimeMention, t: TimeMention): boolean {
  const between = text.slice(Math.min(t.end, rel.end), Math.max(t.start, rel.start));
  if (!SENTENCE_END.test(between) && !between.includes('\n')) return true;
  if (t.start < rel.end || between.includes('\n')) return false;
  const cut = between.search(SENTENCE_END);
  const next = between.slice(cut + 1).toLowerCase();
  if (SENTENCE_END.test(next)) return false;
  const nouns = text.slice(Math.max(0, rel.start - 60), rel.start).toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  return nouns.some((w) => next.includes(`the ${w}`));
}

/** The paragraph (between line breaks) around offset `at`. */
function paragraphOf(text: string, at: number): [number, number] {
  const s = text.lastIndexOf('\n', at) + 1;
  const e = text.indexOf('\n', at);
  return [s, e < 0 ? text.length : e];
}
