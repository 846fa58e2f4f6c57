/** Rules for amounts of time (DURATION: "four-day", "the past two years") and repetitions (SET: "every week"). */
import { MONTHS, MONTH_RE, NUM_RE, UNIT_RE, WEEKDAYS, WEEKDAY_RE, duration, quantity, unitOf } from './lexicon.js';
import { durationPrecision, made } from './resolve.js';
import { g } from './rules.js';
import type { Rule } from './rules.js';

const MODS = '(?:about|nearly|almost|some|around|roughly|approximately|just|only|more\\s+than|less\\s+than|over|under|at\\s+least|at\\s+most|up\\s+to|within|a\\s+mere|another|an\\s+additional|the\\s+(?:past|last|next|first|previous|coming|latest|final|remaining|following)|(?:past|last|next|first|previous|coming|latest|final))';
const UNIT_LETTER: Record<string, string> = { day: 'D', week: 'W', month: 'M', quarter: 'Q', year: 'Y', morning: 'D', night: 'D' };

export const DUR_RULES: Rule[] = [
  {
    // "the past two years", "three days", "a decade", "several months", "two to three weeks", "30-day", "9-month-old"
    name: 'duration',
    re: new RegExp(`\\b(?:(?:${MODS})\\s+)*(${NUM_RE})(?:\\s+(?:to|or|-)\\s+(${NUM_RE}))?(\\s+|-)(?:more\\s+|full\\s+|straight\\s+|consecutive\\s+|trading\\s+|business\\s+|calendar\\s+)?(${UNIT_RE})(s)?(-old|-long|\\s+old)?(?:\\s+or\\s+so)?\\b`, 'gi'),
    make(m, ctx, s, e) {
      const unit = unitOf(m[4]!);
      let n = quantity(m[2] ?? m[1]!);
      if (!unit || n === null) return null;
      const hyphen = m[3] === '-';
      const after = ctx.text.slice(e, e + 20); // room for " earlier than"
      if (/old$/i.test(m[6] ?? '')) return null; // ages ("a 44-year-old") are not annotated as durations
      if (/^[A-Z]/.test(m[4]!)) return null; // "60 Minutes" (a programme)
      // "a second betrayal", "three-quarters of its food": an ordinal or a fraction, not time.
      if (/^second$/i.test(m[4]!) && !m[5] && /^\s+[a-z]/.test(after)) return null;
      if (/^quarter/i.test(m[4]!) && /^\s+of\b/i.test(after)) return null;
      if (/^\s+(?:ago|earlier|later|from\s+now)\b(?!\s+than)/i.test(after)) return null; // the 'ago' rule's
      const q = m[1]!.toLowerCase();
      if ((q === 'a' || q === 'an' || q === 'some' || q === 'the') && hyphen) return null;
      if (q === 'the' && !/^the\s+/i.test(m[0])) return null;
      if (/^(?:a|an)$/.test(q) && m[5]) return null; // "a years" is no phrase
      // "$5 million a year", "twice a week": a rate, not an amount of time.
      if ((q === 'a' || q === 'an' || q === 'per') && /(?:\d|million|billion|times|once|twice|percent|%|\bone|\bhours?|\bdays?)\s+$/i.test(ctx.text.slice(Math.max(0, s - 12), s))) {
        return made(duration(1, unit), 'SET', durationPrecision(duration(1, unit)), false, [], []);
      }
      if (typeof n === 'number' && n > 1000) return null;
      if (m[2] && n !== 'X') n = 'X'; // "two to three weeks": TIMEX leaves a range of amounts open
      if (/^\d+$/.test(m[1]!) && +m[1]! > 31 && /^(?:day|week|night)$/.test(g(m, 4)) && !hyphen) n = +m[1]!;
      const v = duration(n, unit);
      return made(v, 'DURATION', durationPrecision(v), false, [], []);
    },
  },
  {
    // Bare plural units after a preposition: "for years", "in months", "over decades".
    name: 'duration-vague',
    re: /\b(?:for|in|over|within|after|than|took|takes|lasted)\s+(?:(?:many|several|recent|few)\s+)?(days|weeks|months|years|decades|centuries|hours|minutes)\b(?!\s+(?:ago|old|earlier|later|of\s+age))/gi,
    make(m, ctx, s) {
      const unit = unitOf(m[1]!);
      if (!unit) return null;
      const v = duration('X', unit).replace('PX10Y', 'PXDE').replace('PX100Y', 'PXCE');
      return { ...made(v, 'DURATION', durationPrecision(v), false, [], []), start: s + m[0].search(/\s/) + 1 };
    },
  },
  {
    name: 'set',
    re: new RegExp(`\\b(?:(?:every|each|per)\\s+(?:other\\s+|single\\s+)?(day|week|month|quarter|year|morning|night|${MONTH_RE}|${WEEKDAY_RE})|(daily|weekly|monthly|quarterly|annually|yearly|hourly|nightly|biweekly|bi-weekly))\\b`, 'gi'),
    make(m, ctx, s) {
      const word = (m[1] ?? m[2] ?? '').toLowerCase().replace('.', '');
      if (m[2] && /^[A-Z]/.test(m[2]) && s > 0 && !/[.!?\n]\s*$/.test(ctx.text.slice(Math.max(0, s - 3), s))) return null; // "the Daily Mail"
      // "quarterly dividend", "daily volume": adjectives on a noun are no repetition of time.
      if (m[2] && /^\s+(?!(?:and|or|but|since|in|on|at|by|for|to|until|from|with|through)\b)[a-z]/.test(ctx.text.slice(s + m[0].length, s + m[0].length + 12))) return null;
      if (m[2]) {
        const map: Record<string, string> = { daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', quarterly: 'P1Q',
          annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', biweekly: 'P2W', 'bi-weekly': 'P2W' };
        return made(map[word]!, 'SET', durationPrecision(map[word]!), false, [], []);
      }
      if (word in WEEKDAYS) return made(`XXXX-WXX-${WEEKDAYS[word]}`, 'SET', 'day', false, ['weekday'], []);
      if (word in MONTHS) return made(`XXXX-${String(MONTHS[word]).padStart(2, '0')}`, 'SET', 'month', false, ['month'], []);
      const v = `P1${UNIT_LETTER[word] ?? 'D'}`;
      return made(v, 'SET', durationPrecision(v), false, [], []);
    },
  },
];
