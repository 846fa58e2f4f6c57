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

export function choosePublished(stated: DateValue | null, dlDate: string | null): DateValue {
  if (stated) return stated;
  if (dlDate && !dlDate.startsWith('XXXX')) return { value: dlDate, precision: 'day', source: 'dateline' };
  return { value: null, precision: null, source: null };
}
