/** Rules for dates written out: years, decades, centuries, month + year, month ranges, seasons, quarters. */
import { fmtMonth, fmtYear } from './calendar.js';
import type { Ctx } from './context.js';
import { MONTHS, MONTH_RE, ORDINALS, SEASONS } from './lexicon.js';
import { made, monthDayValue, seasonValue } from './resolve.js';
import { g } from './rules.js';
import type { Rule } from './rules.js';

const EDGE = '(?:(?:early|mid|late|the\\s+(?:beginning|start|middle|end|first\\s+half|second\\s+half)\\s+of)[- ]?\\s*)';
const monthNum = (s: string): number => MONTHS[s.toLowerCase().replace('.', '')]!;

/** Capitalised words before "May" that make it a surname ("Theresa May"), not the month. */
function mayIsName(ctx: Ctx, start: number): boolean {
  const before = /([A-Z][a-z]+)\.?\s+$/.exec(ctx.text.slice(Math.max(0, start - 20), start));
  return !!before && !/^(?:In|By|Since|Until|Till|From|Through|Before|After|Of|And|Or|To|On|Early|Late|Mid|Last|Next|This|During|Between|Since|End|Late|Until|Each|Every)$/.test(before[1]!);
}

/** A year written with a month, a season or a preposition is surely a year; a bare 4-digit number may not be. */
function yearOk(ctx: Ctx, start: number, end: number): boolean {
  const before = ctx.text.slice(Math.max(0, start - 12), start);
  const after = ctx.text.slice(end, end + 16);
  if (/[$€£¥#]\s*$|[\d.,]\s*$|\bNo\.?\s*$|[^\d]-$/.test(before) || /^\s*(?:%|percent|per\s*cent)|^[.,]\d|^-(?!\d)/.test(after)) return false;
  if (/\b(?:in|since|by|until|till|from|of|before|after|during|through|to|and|or|fiscal|calendar|year|early|late|mid|the|its|end|since|between|spring|summer|autumn|fall|winter)\s+$/i.test(before)) return true;
  // "2,000 troops"-like counts: a plural noun follows.
  return !/^\s+(?!(?:and|or|was|were|is|are|has|had|saw|when|as|for|with|levels)\b)[a-z]+s\b/.test(after);
}

export const ABS_RULES: Rule[] = [
  {
    name: 'decade',
    re: /\b(?:(?:the\s+)?(?:(?:early|mid|late)[- ])?(1[5-9]|20)(\d)0['’]?s\b|the\s+(?:(?:early|mid|late)[- ])?['’](\d)0s\b|the\s+(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))/gi,
    make(m, ctx) {
      if (m[1]) return made(`${m[1]}${m[2]}`, 'DATE', 'decade', false, ['year'], []);
      const words = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
      const dec = m[3] ? +m[3] : words.indexOf(g(m, 4)) + 2;
      const a = ctx.anchor;
      if (!a) return made(`XX${dec}`, 'DATE', 'decade', false, ['year'], []);
      // The most recent such decade that has begun by the anchor ('the '90s' said in 2013 is the 1990s).
      let c = Math.floor(a.y / 100);
      if (c * 100 + dec * 10 > a.y) c -= 1;
      return made(`${c}${dec}`, 'DATE', 'decade', true, ['year'], ['century']);
    },
  },
  {
    name: 'century',
    re: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[- ]century\b/gi,
    make: (m) => made(String(+m[1]! - 1).padStart(2, '0'), 'DATE', 'decade', false, ['year'], []),
  },
  {
    name: 'month-year',
    re: new RegExp(`\\b${EDGE}?(${MONTH_RE}),?\\s+(?:of\\s+)?(1[89]\\d\\d|20\\d\\d)\\b(?![-,.]?\\d)`, 'g'),
    make: (m) => made(fmtMonth(+m[2]!, monthNum(m[1]!)), 'DATE', 'month', false, ['year', 'month'], []),
  },
  {
    // "April or early May", "between March and June", "April-May 2023": a range of months.
    name: 'month-range',
    re: new RegExp(`\\b(?:between\\s+)?${EDGE}?(${MONTH_RE})\\s*(?:or|to|and|through|until|-|–)\\s*${EDGE}?(${MONTH_RE})(?:,?\\s+(1[89]\\d\\d|20\\d\\d))?\\b(?!\\s*\\d)`, 'g'),
    make(m, ctx, s, e) {
      const m1 = monthNum(m[1]!);
      const m2 = monthNum(m[2]!);
      if (m1 === m2) return null;
      let y1: number;
      let y2: number;
      if (m[3]) [y1, y2] = m1 < m2 ? [+m[3], +m[3]] : [+m[3] - 1, +m[3]];
      else {
        const first = monthDayValue(ctx, m1, null, s, e);
        if (!ctx.anchor) return made(`XXXX-${String(m1).padStart(2, '0')}/XXXX-${String(m2).padStart(2, '0')}`, 'DATE', 'range', false, ['month'], []);
        y1 = +first.value.slice(0, 4);
        y2 = m2 < m1 ? y1 + 1 : y1;
      }
      return made(`${fmtMonth(y1, m1)}/${fmtMonth(y2, m2)}`, 'DATE', 'range', !m[3], m[3] ? ['year', 'month'] : ['month'], m[3] ? [] : ['year']);
    },
  },
  {
    name: 'month',
    re: new RegExp(`\\b(?:${EDGE}|(last|this|next|past|coming)\\s+)?(${MONTH_RE})(?![\\w-]|\\.?\\s*\\d|\\s+of\\s+\\d)`, 'g'),
    make(m, ctx, s, e) {
      const name = m[2]!;
      if (name === 'May' && (mayIsName(ctx, s) || /^\s+(?:be|have|not|also|well|still)\b/.test(ctx.text.slice(e, e + 8)))) return null;
      if (/^(?:Mar|Jan|Jun|Jul|Aug|Oct|Nov|Dec|Sep|Apr|Feb)$/.test(name)) return null; // abbreviation without a day
      if (/^\s+(?:for|of|on)\s+[A-Z]/.test(ctx.text.slice(e, e + 8))) return null; // "the March for Life"
      const mod = g(m, 1);
      const mon = monthNum(name);
      const a = ctx.anchor;
      if (mod && a) {
        const y = mod === 'this' ? a.y : mod === 'next' || mod === 'coming' ? (mon > a.m ? a.y : a.y + 1) : (mon < a.m ? a.y : a.y - 1);
        return made(fmtMonth(y, mon), 'DATE', 'month', true, ['month'], ['year']);
      }
      return monthDayValue(ctx, mon, null, s, e);
    },
  },
  yearRule(),
  seasonRule(),
  quarterRule(),
];

function yearRule(): Rule {
  return {
    name: 'year',
    re: /\b(?:(?:(?:early|mid|late)[- ]|(?:the\s+)?(?:beginning|start|middle|end|first\s+half|second\s+half)\s+of\s+|fiscal\s+|calendar\s+|the\s+year\s+)?)(1[6-9]\d\d|20\d\d)\b(?![.,]\d)/gi,
    make(m, ctx, s, e) {
      const y1 = m[1]!;
      const ys = s + m[0].indexOf(y1);
      if (!yearOk(ctx, ys, ys + 4)) return null;
      // In "2009-2010" each year is its own expression, as in TimeML.
      return made(y1, 'DATE', 'year', false, ['year'], []);
    },
  };
}

function seasonRule(): Rule {
  return {
    name: 'season',
    re: /\b(?:(this|last|next|past|coming|the|early|late|mid|in)\s+)?(?:(?:the\s+)?(early|late|mid)[- ]?)?(spring|summer|autumn|fall|winter)\b(?:(?:\s+of)?,?\s+(1[89]\d\d|20\d\d)\b)?/gi,
    make(m, ctx, s, e) {
      const code = SEASONS[g(m, 3)]!;
      if (m[4]) return made(`${m[4]}-${code}`, 'DATE', 'season', false, ['year', 'season'], []);
      const lead = g(m, 1);
      if (!lead && !m[2]) return null; // a bare "fall"/"spring" is too often a verb or a noun
      if (/^\s+of\b|^\s*[A-Z]/.test(ctx.text.slice(e, e + 6)) && !/^(this|last|next|past|coming)$/.test(lead)) return null;
      if (/^(?:fall|spring)$/.test(g(m, 3)) && (lead === 'in' || lead === 'the') && /^\s+(?:in|of|from)\b/.test(ctx.text.slice(e, e + 6))) return null;
      const mod = /^(this|last|next|past|coming)$/.test(lead) ? lead : '';
      const v = seasonValue(ctx, code, mod, s, e);
      const start = lead === 'in' ? s + m[0].toLowerCase().indexOf(' ') + 1 : s;
      return { ...v, start };
    },
  };
}

function quarterRule(): Rule {
  return {
    name: 'quarter',
    re: /\b(?:(this|last|next)\s+year['’]s\s+|the\s+(1[89]\d\d|20\d\d)\s+|(?:the|its)\s+)?(?:fiscal[- ])?(first|second|third|fourth|1st|2nd|3rd|4th|final|current|latest|previous|last|past|next|coming|year-ago|year-earlier)[- ](?:fiscal[- ])?quarter(?!s)(?:\s+of\s+(1[89]\d\d|20\d\d)|\s+(?:of\s+)?(this|last|next)\s+year)?\b|\bQ([1-4])(?:\s+(1[89]\d\d|20\d\d))?\b/gi,
    make(m, ctx) {
      const a = ctx.anchor;
      const word = g(m, 3);
      const q = m[6] ? +m[6] : ORDINALS[word] ?? (word === 'final' ? 4 : 0);
      const relYear = g(m, 1) || g(m, 5) || (/^year-/.test(word) ? 'last' : '');
      const written = m[2] ?? m[4] ?? m[7];
      const stated = written ? ['year', 'quarter'] : q ? ['quarter'] : [];
      if (!a && !written) return made(q ? `XXXX-Q${q}` : 'XXXX-QX', 'DATE', 'range', false, stated, []);
      if (!q && !/^year-/.test(word)) {
        // "the current quarter" is the anchor's; "the latest/last quarter" the one before it; "next" the one after.
        const shift = word === 'current' ? 0 : word === 'next' || word === 'coming' ? 1 : -1;
        const idx = a!.y * 4 + Math.floor((a!.m - 1) / 3) + shift;
        return made(`${fmtYear(Math.floor(idx / 4))}-Q${(idx % 4) + 1}`, 'DATE', 'range', true, [], ['year', 'quarter']);
      }
      if (!q) return null; // "the year-ago quarter" needs the quarter it compares with: see refine.ts
      const y = written ? +written : a!.y + (relYear === 'last' ? -1 : relYear === 'next' ? 1 : 0);
      return made(`${fmtYear(y)}-Q${q}`, 'DATE', 'range', !written, stated, written ? [] : ['year']);
    },
  };
}
