/**
 * findTimes runs every rule (and chrono-node once, for written-out calendar dates and clock times) over the text,
 * drops names and slogans, keeps the longest of overlapping proposals and resolves comparisons.
 */
import { chronoHits } from './chrono.js';
import { makeCtx } from './context.js';
import type { Ctx } from './context.js';
import { isNotADate, keepLongest, resolveComparisons } from './refine.js';
import type { Cand } from './refine.js';
import { ABS_RULES } from './rules-abs.js';
import { DUR_RULES } from './rules-dur.js';
import { CTX_RULES } from './rules-ctx.js';
import { REL_RULES } from './rules-rel.js';
import type { Rule } from './rules.js';
import type { TimeMention } from './types.js';

/** The one list of rules, in priority order (earlier wins a tie in length). */
export const RULES: readonly Rule[] = [...ABS_RULES, ...REL_RULES, ...CTX_RULES, ...DUR_RULES];

/**
 * Words (lower case) of which every match of a rule contains at least one: a rule whose words are all absent
 * from the text cannot match it, and is not run. (Its regex over the whole text costs far more than a few
 * indexOf calls.) Keep these in step with the rules' patterns; rules not listed always run.
 */
export const KEYS: Readonly<Record<string, readonly string[]>> = {
  decade: ['0s', "0's", '0’s', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
  century: ['century'],
  season: ['spring', 'summer', 'autumn', 'fall', 'winter'],
  quarter: ['quarter', 'q1', 'q2', 'q3', 'q4'],
  'deictic-day': ['day', 'night', 'morning', 'afternoon', 'evening'],
  weekday: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  'relative-unit': ['week', 'month', 'year', 'decade', 'century'],
  ago: ['ago', 'earlier', 'before', 'later', 'now', 'hence'],
  'ref-present': ['now', 'current', 'present', 'days', 'moment'],
  'ref-past': ['recent', 'previously', 'formerly', 'past', 'years'],
  'ref-future': ['future', 'soon', 'later', 'days', 'weeks', 'months', 'years', 'quarters', 'decades'],
  'end-of': ['end', 'beginning', 'start', 'middle'],
  noon: ['noon', 'midday', 'midnight'],
  holiday: ['christmas', 'new', 'valentine', 'halloween', 'thanksgiving', 'labor', 'memorial', 'election'],
  weekend: ['weekend'],
  'spelled-year': ['nineteen', 'thousand'],
  'the-quarter': ['quarter'],
  'latest-period': ['latest'],
  'the-year': ['year', 'month', 'week'],
  'year-ago': ['ago', 'earlier'],
  anaphoric: ['day', 'week', 'month', 'year'],
  duration: ['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'quarter', 'year', 'decade', 'centur'],
  'duration-vague': ['days', 'weeks', 'months', 'years', 'decades', 'centuries', 'hours', 'minutes'],
  set: ['every', 'each', 'per', 'daily', 'weekly', 'monthly', 'quarterly', 'annually', 'yearly', 'hourly', 'nightly'],
};

/** All the words of KEYS, longest first, and for each the words among them that are its prefixes (itself included). */
const ALL_KEYS = [...new Set(Object.values(KEYS).flat())].sort((a, b) => b.length - a.length);
const KEY_RE = new RegExp(ALL_KEYS.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
const PREFIXES = new Map(ALL_KEYS.map((k) => [k, ALL_KEYS.filter((j) => k.startsWith(j))]));

/**
 * The words of KEYS that occur in the lower-cased text, in one scan. The scan restarts one character after each
 * hit, so overlapping words are all seen; at one offset it reports the longest word, and the shorter words
 * starting there are its prefixes.
 */
function keysIn(lower: string): Set<string> {
  const found = new Set<string>();
  KEY_RE.lastIndex = 0;
  for (let m = KEY_RE.exec(lower); m; m = KEY_RE.exec(lower)) {
    for (const k of PREFIXES.get(m[0])!) found.add(k);
    KEY_RE.lastIndex = m.index + 1;
  }
  return found;
}

/** Every time expression in `text`; `anchor` is the article date 'YYYY-MM-DD' or null. */
export function findTimes(text: string, anchor: string | null): TimeMention[] {
  const ctx = makeCtx(text, anchor);
  const cands = propose(ctx).filter((c) => !isNotADate(ctx, c));
  return resolveComparisons(ctx, keepLongest(cands)).map(({ shift: _s, prio: _p, ...m }) => m);
}

function propose(ctx: Ctx): Cand[] {
  const out: Cand[] = [];
  // Lower-casing can only add occurrences of the (ASCII) words, never hide one: the gate may let a rule run needlessly, never skip a match.
  const present = keysIn(ctx.text.toLowerCase());
  RULES.forEach((rule, i) => {
    const keys = KEYS[rule.name];
    if (keys && !keys.some((k) => present.has(k))) return;
    for (const m of ctx.text.matchAll(rule.re)) {
      const s = m.index!;
      const e = s + m[0].length;
      const r = rule.make(m, ctx, s, e);
      if (!r) continue;
      const start = r.start ?? s;
      const end = r.end ?? e;
      const { start: _s, end: _e, ...rest } = r;
      out.push({ ...rest, start, end, text: ctx.text.slice(start, end), rule: rule.name, prio: 1000 - i });
    }
  });
  for (const h of chronoHits(ctx)) {
    out.push({ ...h.made, start: h.start, end: h.end, text: ctx.text.slice(h.start, h.end), rule: 'chrono', prio: 0 });
  }
  return out;
}
