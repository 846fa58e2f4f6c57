/**
 * findTimes runs every rule over the stretches of text that hold its key words (and chrono-node once, for
 * written-out calendar dates and clock times), drops names and slogans, keeps the longest of overlapping proposals
 * and resolves comparisons.
 */
import { chronoHits, chronoScan } from './chrono.js';
import type { ChronoScan } from './chrono.js';
import { parseDay, validDay } from './calendar.js';
import { makeCtx } from './context.js';
import type { Ctx } from './context.js';
import { isNotADate, keepLongest, resolveComparisons } from './refine.js';
import type { Cand } from './refine.js';
import { ABS_RULES } from './rules-abs.js';
import { DUR_RULES } from './rules-dur.js';
import { CTX_RULES } from './rules-ctx.js';
import { REL_RULES } from './rules-rel.js';
import type { Made } from './resolve.js';
import type { Rule } from './rules.js';
import { RuleGate, cuts } from './scan.js';
import type { RuleKeys } from './scan.js';
import type { TimeMention } from './types.js';

/** The one list of rules, in priority order (earlier wins a tie in length). */
export const RULES: readonly Rule[] = [...ABS_RULES, ...REL_RULES, ...CTX_RULES, ...DUR_RULES];

/** Month names and abbreviations all start with these, capitalised (MONTH_RE), even glued to "mid"/"early". */
const MONTH_KEYS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SEASON_KEYS = ['spring', 'summer', 'autumn', 'fall', 'winter'].flatMap((s) => [s, `early${s}`, `mid${s}`, `late${s}`]);

/**
 * Key words of each rule: every match of the rule has a word that starts with one of its `words`, in any case (a
 * word starts after a non-word character, as `\b` sees it), or holds one of its `anywhere` keys as written: month
 * names ("may" is a verb; "mid-May" can lose its hyphen) and the ends of decades ("1990s"). A rule only runs over
 * the stretches of text that hold one of its keys (scan.ts), so a missing key silently loses matches:
 * test/dates-gate.test.ts checks them.
 */
export const KEYS: Readonly<Record<string, RuleKeys>> = {
  decade: { anywhere: ['0s', '0S', "0's", "0'S", '0’s', '0’S'],
    words: ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'] },
  century: { words: ['century'] },
  'month-year': { anywhere: MONTH_KEYS },
  'month-range': { anywhere: MONTH_KEYS },
  month: { anywhere: MONTH_KEYS },
  year: { words: ['16', '17', '18', '19', '20'] },
  season: { words: SEASON_KEYS },
  quarter: { words: ['quarter', 'q1', 'q2', 'q3', 'q4'] },
  'deictic-day': { words: ['today', 'tonight', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'day'] },
  weekday: { words: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] },
  'relative-unit': { words: ['week', 'month', 'year', 'decade', 'century'] },
  ago: { words: ['ago', 'earlier', 'before', 'later', 'now', 'hence'] },
  'ref-present': { words: ['now', 'current', 'present', 'days', 'moment'] },
  'ref-past': { words: ['recent', 'previously', 'formerly', 'past', 'years'] },
  'ref-future': { words: ['future', 'soon', 'later', 'days', 'weeks', 'months', 'years', 'quarters', 'decades'] },
  'end-of': { words: ['end', 'beginning', 'start', 'middle'] },
  noon: { words: ['noon', 'midday', 'midnight'] },
  'clock-day': { words: ['today', 'tonight', 'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] },
  holiday: { words: ['christmas', 'new', 'valentine', 'halloween', 'thanksgiving', 'labor', 'memorial', 'election'] },
  weekend: { words: ['weekend'] },
  'spelled-year': { words: ['nineteen', 'thousand'] },
  'the-quarter': { words: ['quarter'] },
  'latest-period': { words: ['latest'] },
  'the-year': { words: ['year', 'month', 'week'] },
  'year-ago': { words: ['year'] },
  anaphoric: { words: ['day', 'week', 'month', 'year'] },
  duration: { words: ['second', 'minute', 'hour', 'day', 'night', 'week', 'fortnight', 'month', 'quarter', 'year', 'decade', 'centur'] },
  'duration-vague': { words: ['days', 'weeks', 'months', 'years', 'decades', 'centuries', 'hours', 'minutes'] },
  set: { words: ['every', 'each', 'per', 'daily', 'weekly', 'monthly', 'quarterly', 'annually', 'yearly', 'hourly', 'nightly', 'biweekly', 'bi-weekly'] },
};

/** The key gate over RULES (exported for the tests that hold it to the rules). */
export const GATE = new RuleGate(RULES.map((r) => {
  const keys = KEYS[r.name];
  if (!keys?.words?.length && !keys?.anywhere?.length) throw new Error(`date rule ${r.name} has no key words`);
  return keys;
}));

/**
 * What the rules and chrono find in a text whatever its anchor: the regex matches (offsets in the whole text) and
 * chrono's parse. An undated article is read twice, once to infer its date and once against that date; the scan,
 * most of the cost, is shared.
 */
export interface TimeScan {
  text: string;
  /** Anchor-free context: its sentence starts and tense-marker cache are shared by every anchored reading. */
  base: Ctx;
  /** Rule index and match, in rule order. */
  matches: { rule: number; m: RegExpExecArray }[];
  chrono: ChronoScan | null;
}

export function scanTimes(text: string): TimeScan {
  const base = makeCtx(text, null);
  const cut = cuts(text);
  const windows = GATE.windows(text, cut);
  const matches: TimeScan['matches'] = [];
  RULES.forEach((rule, i) => {
    const wins = windows[i];
    if (!wins) return;
    const re = rule.re;
    for (let w = 0; w < wins.length; w += 2) {
      const a = wins[w]!;
      const win = text.slice(a, wins[w + 1]);
      re.lastIndex = 0;
      for (let m = re.exec(win); m; m = re.exec(win)) {
        m.index += a; // rules see offsets in the whole text
        matches.push({ rule: i, m });
      }
    }
    re.lastIndex = 0;
  });
  return { text, base, matches, chrono: chronoScan(text, cut) };
}

/** Every time expression in `text`; `anchor` is the article date 'YYYY-MM-DD' or null; `scan`: scanTimes(text). */
export function findTimes(text: string, anchor: string | null, scan: TimeScan = scanTimes(text)): TimeMention[] {
  if (scan.text !== text) throw new Error('findTimes: the scan is of another text');
  const ctx = anchor === null ? scan.base : { ...scan.base, anchor: parseDay(anchor) };
  const cands = propose(ctx, scan).filter((c) => !isNotADate(ctx, c));
  return listed(text, resolveComparisons(ctx, keepLongest(cands)).map(mention));
}

/**
 * After a day ("April 24"): " and 25", " or 26th", ", 25 and 26" — followed by punctuation or a function word, never
 * by a noun ("24 and 25 people"); a comma-listed day only before another list item ("On Sept. 10, 24 people died").
 */
const NEXT_DAY = /^(?:\s*,\s*(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:,|&|and\b|or\b))|\s+(?:and|or|&)\s+(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:[,.;:)]|$|(?:and|or|in|at|on|to|for|from|with|when|while|as|after|before|during|respectively|the|this|that)\b)))/;
/** After a year ("1957"): "-58", "–58" (the next year, written short). */
const NEXT_YEAR = /^[-–/](\d{2})\b(?![-–/.,]?\d)/;

/**
 * The second of two days or years written as one ("April 24 and 25", "1957-58"): its own mention, in the first one's
 * month or century, as TimeML annotates them.
 */
function listed(text: string, found: TimeMention[]): TimeMention[] {
  const out: TimeMention[] = [];
  for (const t of found) {
    out.push(t);
    // "March 3, 4 and 5": each listed day after the last.
    for (let last = t; ;) {
      const day = last.type === 'DATE' && last.precision === 'day' && /\d(?:st|nd|rd|th)?$/.test(last.text) ? NEXT_DAY.exec(text.slice(last.end, last.end + 40)) : null;
      const ymd = day ? /^(\d{4}|XXXX)-(\d\d)-\d\d$/.exec(last.value) : null;
      const n = day ? (day[1] ?? day[2])! : '';
      const d = +n;
      if (!day || !ymd || d < 1 || !(ymd[1] === 'XXXX' ? d <= 31 : validDay(+ymd[1]!, +ymd[2]!, d))) break;
      const start = last.end + day[0].lastIndexOf(n);
      last = derived(last, start, last.end + day[0].length, text, `${ymd[1]}-${ymd[2]}-${n.padStart(2, '0')}`, 'day-list');
      out.push(last);
    }
    const yr = t.type === 'DATE' && t.precision === 'year' && /^\d{4}$/.test(t.text) && t.value === t.text ? NEXT_YEAR.exec(text.slice(t.end, t.end + 8)) : null;
    if (yr) {
      const first = +t.value;
      let y = first - (first % 100) + +yr[1]!;
      if (y <= first) y += 100;
      if (y - first <= 30) out.push(derived(t, t.end + 1, t.end + 3, text, String(y), 'year-list'));
    }
  }
  return out;
}

function derived(t: TimeMention, start: number, end: number, text: string, value: string, rule: string): TimeMention {
  return { value, type: t.type, precision: t.precision, anchored: t.anchored, stated: t.stated, implied: t.implied, start, end, text: text.slice(start, end), rule };
}

// Candidates and mentions are built field by field, always in this order (the one callers see): rest-destructuring
// (`{ shift, ...m }`) takes V8's slow path and cost more than all the gated regex scanning.
function cand(m: Made, start: number, end: number, text: string, rule: string, prio: number): Cand {
  return { value: m.value, type: m.type, precision: m.precision, anchored: m.anchored, stated: m.stated,
    implied: m.implied, shift: m.shift, start, end, text: text.slice(start, end), rule, prio };
}

function mention(c: Cand): TimeMention {
  return { value: c.value, type: c.type, precision: c.precision, anchored: c.anchored, stated: c.stated,
    implied: c.implied, start: c.start, end: c.end, text: c.text, rule: c.rule };
}

function propose(ctx: Ctx, scan: TimeScan): Cand[] {
  const out: Cand[] = [];
  const text = ctx.text;
  for (const { rule: i, m } of scan.matches) {
    const rule = RULES[i]!;
    const s = m.index;
    const e = s + m[0].length;
    const r = rule.make(m, ctx, s, e);
    if (r) out.push(cand(r, r.start ?? s, r.end ?? e, text, rule.name, 1000 - i));
  }
  if (scan.chrono) for (const h of chronoHits(ctx, scan.chrono)) out.push(cand(h.made, h.start, h.end, text, 'chrono', 0));
  return out;
}
