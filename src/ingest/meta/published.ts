/**
 * Publication date, as far as ingest can tell: stated by metadata (page, feed, JSONL), or a dateline's
 * month and day plus the year found next to the same month and day elsewhere in the article.
 * Inference from the content comes with the read stage.
 */
import type { DateValue } from '../../model/doc.js';
import { MONTHS, MONTH_RE, type Dateline } from './dateline.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** Normalises a metadata date (ISO 8601, RFC 822, or anything Date parses) to YYYY-MM-DD. */
export function normaliseStatedDate(value: string | null | undefined): DateValue | null {
  if (!value) return null;
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(v);
  if (iso) {
    if (!iso[3]) return { value: `${iso[1]}-${iso[2]}`, precision: 'month', source: 'metadata' };
    return { value: `${iso[1]}-${iso[2]}-${iso[3]}`, precision: 'day', source: 'metadata' };
  }
  if (/^\d{4}$/.test(v)) return { value: v, precision: 'year', source: 'metadata' };
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  // RFC 822 dates carry a zone; the calendar day is the one the outlet printed, so read it off the text when we can.
  const printed = new RegExp(`(\\d{1,2})\\s+${MONTH_RE}\\s+(\\d{4})`, 'i').exec(v);
  if (printed) {
    const month = MONTHS[printed[2]!.toLowerCase().replace('.', '')]!;
    return { value: `${printed[3]}-${pad(month)}-${pad(Number(printed[1]))}`, precision: 'day', source: 'metadata' };
  }
  return { value: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`, precision: 'day', source: 'metadata' };
}

/** The year printed with the dateline's month and day elsewhere in the text ("Sept. 10, 2024", "10 September 2024"). */
export function yearForDateline(text: string, dl: Dateline): number | null {
  if (dl.year) return dl.year;
  if (!dl.month || !dl.day) return null;
  const mdY = new RegExp(`${MONTH_RE}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b`, 'g');
  const dMY = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_RE},?\\s+((?:19|20)\\d{2})\\b`, 'g');
  for (const m of text.matchAll(mdY)) {
    if (MONTHS[m[1]!.toLowerCase().replace('.', '')] === dl.month && Number(m[2]) === dl.day) return Number(m[3]);
  }
  for (const m of text.matchAll(dMY)) {
    if (MONTHS[m[2]!.toLowerCase().replace('.', '')] === dl.month && Number(m[1]) === dl.day) return Number(m[3]);
  }
  return null;
}

export function datelineDate(text: string, dl: Dateline | null): string | null {
  if (!dl || !dl.month || !dl.day) return null;
  const year = yearForDateline(text, dl);
  return `${year ?? 'XXXX'}-${pad(dl.month)}-${pad(dl.day)}`;
}

const WEEKDAY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?';
/** A full date inside a line: "Friday, July 21, 2017", "21 July 2017", "2017-07-21T10:32Z". */
const DATE_IN_LINE = [
  new RegExp(`(?:${WEEKDAY},?\\s+)?${MONTH_RE}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b`, 'i'),
  new RegExp(`(?:${WEEKDAY},?\\s+)?\\b(\\d{1,2})\\s+${MONTH_RE},?\\s+((?:19|20)\\d{2})\\b`, 'i'),
  /\b((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?/,
];
/**
 * What may stand beside the date on a date line or byline: labels, "by" and a name, a clock time and its zone, a
 * reading time, separators ("By Ann Lee | Sept. 12, 2023 · 4 min read", "Posted on … by admin"). Case is spelled
 * out: a sentence's short words must not pass for a time zone.
 */
const BESIDE_DATE = new RegExp(
  '^(?:[\\s|·•,:\\-—–]|(?:[Ff]irst\\s+)?(?:[Pp]ublished|PUBLISHED|[Pp]osted|[Uu]pdated|UPDATED|[Ll]ast\\s+[Uu]pdated|[Mm]odified)\\b|on\\b|at\\b|' +
    '[Bb]y\\s+(?:\\p{Lu}[\\p{L}.\'’-]*(?:\\s+\\p{Lu}[\\p{L}.\'’-]*){0,3}|[\\p{Ll}\\d_]+)|\\d{1,2}[:.]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?|[A-Z]{2,4}\\b|' +
    '(?:UTC|GMT)[+-]\\d{1,2}|\\d+\\s+min(?:ute)?s?\\s+read\\b)*$', 'u');

/**
 * The publication date printed on a line of its own among the first blocks (headings and paragraphs, in text order:
 * under the headline, as news sites and wikis print it), alone or in a byline. "Updated" lines give way to a
 * publication line when both are there.
 */
export function dateLineDate(text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>): string | null {
  let updated: string | null = null;
  for (const p of paragraphs.slice(0, 4)) {
    const line = text.slice(p.start, p.end).trim();
    if (line.length > 100) continue;
    const day = readDateLine(line);
    if (!day) continue;
    if (!/^(?:last\s+)?(?:updated|modified)/i.test(line)) return day;
    updated ??= day;
  }
  return updated;
}

function readDateLine(line: string): string | null {
  for (let k = 0; k < DATE_IN_LINE.length; k++) {
    const m = DATE_IN_LINE[k]!.exec(line);
    if (!m || !BESIDE_DATE.test(line.slice(0, m.index) + ' ' + line.slice(m.index + m[0].length))) continue;
    if (k === 0) return validDay(+m[3]!, MONTHS[m[1]!.toLowerCase().replace('.', '')]!, +m[2]!);
    if (k === 1) return validDay(+m[3]!, MONTHS[m[2]!.toLowerCase().replace('.', '')]!, +m[1]!);
    return validDay(+m[1]!, +m[2]!, +m[3]!);
  }
  return null;
}

function validDay(y: number, m: number, d: number): string | null {
  if (!m || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function choosePublished(stated: DateValue | null, dlDate: string | null, lineDate: string | null = null): DateValue {
  if (stated) return stated;
  if (lineDate) return { value: lineDate, precision: 'day', source: 'date line' };
  if (dlDate && !dlDate.startsWith('XXXX')) return { value: dlDate, precision: 'day', source: 'dateline' };
  return { value: null, precision: null, source: null };
}
