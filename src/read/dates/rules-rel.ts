/** Rules for dates that only mean something against the anchor: today, weekdays, last week, two years ago. */
import { addDays, fmtDay } from './calendar.js';
import type { Ctx } from './context.js';
import { NUM_RE, PARTS_OF_DAY, WEEKDAYS, WEEKDAY_RE, quantity } from './lexicon.js';
import { made, shiftedValue, weekdayValue } from './resolve.js';
import type { Made } from './resolve.js';
import { g } from './rules.js';
import type { Rule } from './rules.js';

const DEICTIC: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/** A day plus an optional part of day: 2024-09-10TEV; placeholders without an anchor. */
function dayValue(ctx: Ctx, offset: number, part: string, anchored = true): Made {
  const a = ctx.anchor;
  const p = PARTS_OF_DAY[part] ?? '';
  const v = a ? fmtDay(addDays(a, offset)) : 'XXXX-XX-XX';
  return made(p ? `${v}T${p}` : v, p ? 'TIME' : 'DATE', p ? 'time' : 'day', anchored && !!a, [], ['year', 'month', 'day']);
}

export const REL_RULES: Rule[] = [
  {
    name: 'deictic-day',
    re: /\b(?:(?:early|late|earlier|later)\s+)?(today|tonight|yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?\b|\b(?:(?:early|late|earlier|later)\s+)?this\s+(morning|afternoon|evening)\b|\blast\s+(night)\b|\b(?:earlier|later)\s+in\s+the\s+day\b/gi,
    make(m, ctx) {
      if (m[4]) return dayValue(ctx, -1, 'night');
      if (m[3]) return dayValue(ctx, 0, g(m, 3));
      if (!m[1]) return dayValue(ctx, 0, ''); // "later in the day": the anchor's day, not the next one
      const w = g(m, 1);
      return dayValue(ctx, DEICTIC[w]!, w === 'tonight' ? 'tonight' : g(m, 2));
    },
  },
  {
    name: 'weekday',
    re: new RegExp(`\\b(?:(last|this|next|past|coming|early|late|earlier|later)\\s+)?(${WEEKDAY_RE})(?:['’]s)?(?:\\s+(morning|afternoon|evening|night))?\\b`, 'g'),
    make(m, ctx, s, e) {
      const wd = WEEKDAYS[g(m, 2)]!;
      const mod = g(m, 1);
      const d = weekdayValue(ctx, wd, /^(last|this|next|past|coming)$/.test(mod) ? mod : '', s, e);
      // "Friday night": news annotators (TimeBank) mostly give the day itself, so the part of day stays in the span only.
      const v = d ? fmtDay(d) : `XXXX-WXX-${wd}`;
      return made(v, 'DATE', 'day', !!d, ['weekday'], ['year', 'month', 'day']);
    },
  },
  {
    name: 'relative-unit',
    re: /\b(?:(?:early|late|earlier|later)\s+)?(?:(the\s+)?(last|this|next|past|coming|previous|current|following|same)\s+)(week|weekend|month|year|decade|century|fiscal\s+year)\b(?!s)/gi,
    make(m, ctx, s, e) {
      const rel = g(m, 2);
      const unit = g(m, 3).replace(/fiscal\s+/, '');
      // "the past/next year" with an article can be a span of time; TimeML reads "the past year" as a year.
      if (rel === 'following' || rel === 'same') return null; // relative to another date in the text
      if (/\b[A-Z]/.test(m[0].slice(1)) && !/[.!?\n"“]\s*$/.test(ctx.text.slice(Math.max(0, s - 3), s))) return null; // "This Week" (a show)
      if (/^\s*(?:or\s+(?:so|two)|ahead)\b/.test(ctx.text.slice(e, e + 8))) return null;
      const n = rel === 'last' || rel === 'past' || rel === 'previous' ? -1 : rel === 'next' || rel === 'coming' ? 1 : 0;
      return shiftedValue(ctx.anchor, unit, n);
    },
  },
  {
    name: 'ago',
    re: new RegExp(`\\b(?:(?:about|nearly|almost|some|around|roughly|just|only|more\\s+than|less\\s+than|over)\\s+)?(${NUM_RE})\\s+(second|minute|hour|day|week|month|quarter|year|decade|centur(?:y|ie))s?\\s+(ago|earlier|before|later|from\\s+now|hence)\\b(?!\\s+than)`, 'gi'),
    make(m, ctx) {
      const n = quantity(m[1]!);
      const u = g(m, 2).replace(/centurie/, 'century');
      if (n === null) return null;
      const dirWord = g(m, 3);
      if (dirWord === 'before') return null; // "two days before the vote" is anchored on the vote
      const sign = dirWord === 'ago' || dirWord === 'earlier' ? -1 : 1;
      if (n === 'X') return made(sign < 0 ? 'PAST_REF' : 'FUTURE_REF', 'DATE', 'year', false, [], []);
      if (u === 'second' || u === 'minute' || u === 'hour') return null;
      // "a year earlier/ago" often compares with the period under discussion (see refine.ts); here: the anchor.
      const v = shiftedValue(ctx.anchor, u, sign * n);
      return v ? { ...v, shift: { n: sign * n, unit: u } } : null;
    },
  },
  {
    name: 'ref-present',
    re: /\b(?:right\s+now|now|currently|at\s+present|presently|nowadays|these\s+days|at\s+the\s+moment|current(?!\s+(?:account|affairs|events|quarter|year|month|week|fiscal|period|levels?|price|prices|rate|rates)\b)|the\s+present)\b/gi,
    make(m, ctx, s) {
      const w = m[0].toLowerCase();
      if (w === 'now' && /\b(?:until|till|by|from|for)\s+$|\bjust\s+$/i.test(ctx.text.slice(Math.max(0, s - 8), s))) {
        return /\bjust\s+$/i.test(ctx.text.slice(Math.max(0, s - 8), s)) ? null : made('PRESENT_REF', 'DATE', 'day', true, [], []);
      }
      if (w === 'current' && !/^\s+[a-z]/.test(ctx.text.slice(s + 7, s + 9))) return null;
      return made('PRESENT_REF', 'DATE', 'day', true, [], []);
    },
  },
  {
    name: 'ref-past',
    re: /\b(?:(?:more\s+|most\s+|until\s+|only\s+)?recently|previously|formerly|(?:in\s+)?the\s+past(?!\s+(?:few|several|two|three|four|five|six|seven|eight|nine|ten|\d|week|month|year|decade|day|century|quarter|weekend)\b)|(?:in\s+)?recent\s+years|(?:in\s+)?past\s+years|years\s+ago)\b/gi,
    make(m, ctx, s) {
      const lead = /^in\s+/i.exec(m[0]);
      const start = lead ? s + lead[0].length : s;
      // "previously announced": an adverb on a participle, which TimeML leaves alone.
      if (/^previously$/i.test(m[0]) && /^\s+(?:\w+(?:ed|en)|had|been|sent|held)\b/i.test(ctx.text.slice(s + m[0].length, s + m[0].length + 16))) return null;
      return { ...made('PAST_REF', 'DATE', 'year', true, [], []), start };
    },
  },
  {
    name: 'ref-future',
    re: /\b(?:(?:the\s+)?(?:near\s+|distant\s+)?future(?!\s+(?:of|tense)\b)|soon|a\s+later\s+date|(?:the\s+)?(?:coming|next\s+few|years\s+to\s+come)\s+(?:days|weeks|months|years|quarters|decades)|the\s+years\s+(?:ahead|to\s+come))\b/gi,
    make(m, ctx, s) {
      // "future earnings", "the foreseeable future": TimeML leaves the adjective and the idiom alone.
      if (/^future$/i.test(m[0]) && /^\s+[a-z]/.test(ctx.text.slice(s + 6, s + 8))) return null;
      if (/foreseeable\s+$/i.test(ctx.text.slice(Math.max(0, s - 12), s))) return null;
      if (/^soon/i.test(m[0]) && /\bas\s+$/i.test(ctx.text.slice(Math.max(0, s - 4), s))) return null; // "as soon as"
      return made('FUTURE_REF', 'DATE', 'year', true, [], []);
    },
  },
  {
    name: 'end-of',
    re: /\b(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:the|this|next|last)\s+(week|month|year|quarter)|(?:the\s+)?year[- ]end|(?:the\s+)?year['’]s\s+end|(?:the\s+)?end\s+of\s+(?:the\s+)?year)\b/gi,
    make(m, ctx) {
      const unit = g(m, 1) || 'year';
      const n = /\bnext\b/i.test(m[0]) ? 1 : /\blast\b/i.test(m[0]) ? -1 : 0;
      return shiftedValue(ctx.anchor, unit, n);
    },
  },
  {
    // "at 10 p.m. Wednesday", "15:00 GMT Saturday", "6 a.m. tomorrow": a clock time with its day, one TIME. chrono's
    // strict parse drops these whole; without the day chrono keeps the clock time on the anchor's day.
    name: 'clock-day',
    re: new RegExp(`\\b(\\d{1,2})(?::(\\d\\d))?\\s*(?:([ap])\\.?\\s?m\\b\\.?)?(\\s+(?:[ECMP][SD]T|GMT|UTC)\\b)?,?\\s+(?:on\\s+)?(today|tonight|yesterday|tomorrow|${WEEKDAY_RE})\\b`, 'gi'),
    make(m, ctx, s, e) {
      let hh = +g(m, 1);
      const mm = m[2] ?? '00';
      const ap = g(m, 3);
      // A 24-hour time needs its zone ("15:00 GMT Saturday"): "won 21:14 Saturday" is a score.
      if (!ap && !(m[2] && m[4])) return null;
      if (hh > (ap ? 12 : 23) || +mm > 59 || (ap && hh === 0)) return null;
      if (ap === 'p' && hh < 12) hh += 12;
      if (ap === 'a' && hh === 12) hh = 0;
      const w = g(m, 5);
      let v: string;
      let anchored = !!ctx.anchor;
      if (w in DEICTIC) v = dayValue(ctx, DEICTIC[w]!, '').value;
      else { const d = weekdayValue(ctx, WEEKDAYS[w]!, '', s, e); v = d ? fmtDay(d) : `XXXX-WXX-${WEEKDAYS[w]}`; anchored = !!d; }
      return made(`${v}T${String(hh).padStart(2, '0')}:${mm}`, 'TIME', 'time', anchored, w in DEICTIC ? [] : ['weekday'], ['year', 'month', 'day']);
    },
  },
  {
    name: 'noon',
    re: new RegExp(`\\b(?:(noon|midday|midnight)(?:\\s+(today|yesterday|tomorrow|${WEEKDAY_RE}))?)\\b`, 'gi'),
    make(m, ctx, s, e) {
      const hh = g(m, 1) === 'midnight' ? '24:00' : '12:00';
      const w = g(m, 2);
      let v: string;
      if (w in DEICTIC) v = dayValue(ctx, DEICTIC[w]!, '').value;
      else if (w) { const d = weekdayValue(ctx, WEEKDAYS[w]!, '', s, e); v = d ? fmtDay(d) : `XXXX-WXX-${WEEKDAYS[w]}`; }
      else v = dayValue(ctx, 0, '').value;
      return made(`${v}T${hh}`, 'TIME', 'time', !!ctx.anchor, w ? ['weekday'] : [], ['year', 'month', 'day']);
    },
  },
];
