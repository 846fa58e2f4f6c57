/**
 * Datelines: "ST. PETERSBURG, Sept. 10 (Xinhua) --", "WASHINGTON (Reuters) -", "Hong Kong (CNN) —",
 * "NAIROBI, March 11, 2025 (AP) —". The place, the month and day (the year comes from elsewhere),
 * and the outlet in parentheses.
 */
import { toTitleCase } from '../clean/text-norm.js';
import { knownOutlet } from './outlets.js';

export interface Dateline {
  place: string;
  month: number | null;
  day: number | null;
  year: number | null;
  outlet: string | null;
  start: number;
  end: number;
}

export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
export const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const CAPS_PLACE = "[\\p{Lu}][\\p{Lu}.'’\\- ]*[\\p{Lu}.](?:,\\s+[\\p{Lu}][\\p{L}.'’\\- ]*[\\p{L}.])?";
const ANY_PLACE = "[\\p{Lu}][\\p{L}.'’\\-]*(?: [\\p{Lu}][\\p{L}.'’\\-]*){0,3}(?:,\\s+[\\p{Lu}][\\p{L}.'’\\- ]*[\\p{L}.])?";
const DATE = `,\\s+${MONTH_RE}\\s+(\\d{1,2})(?:,\\s+(\\d{4}))?`;
const OUTLET = '\\(([^()]{2,40})\\)';
const DASH = '\\s*(?:--|—|–|-|:)\\s+';

// All-caps place, optional date, optional outlet, then a dash.
const CAPS_FORM = new RegExp(`^(${CAPS_PLACE})(?:${DATE})?\\s*(?:${OUTLET})?${DASH}`, 'u');
// Mixed-case place needs the outlet in parentheses to be sure it is a dateline.
const MIXED_FORM = new RegExp(`^(${ANY_PLACE})(?:${DATE})?\\s*${OUTLET}${DASH}`, 'u');

export function parseDateline(paragraph: string): Dateline | null {
  const caps = CAPS_FORM.exec(paragraph);
  const m = caps && (caps[2] || caps[5]) ? caps : MIXED_FORM.exec(paragraph);
  if (!m) return null;
  const place = m[1]!.trim();
  if (place.length < 3 || place.length > 60) return null;
  const month = m[2] ? MONTHS[m[2].toLowerCase().replace('.', '')] ?? null : null;
  const outletRaw = m[5]?.trim() ?? null;
  return {
    place: normalisePlace(place),
    month,
    day: m[3] ? Number(m[3]) : null,
    year: m[4] ? Number(m[4]) : null,
    outlet: outletRaw ? (knownOutlet(outletRaw) ?? outletRaw) : null,
    start: 0,
    end: m[0].length,
  };
}

/** "ST. PETERSBURG" → "St. Petersburg"; "NAIROBI, Kenya" → "Nairobi, Kenya"; mixed case kept. */
function normalisePlace(place: string): string {
  const head = place.split(',')[0]!.trim();
  return head === head.toUpperCase() ? toTitleCase(head) : head;
}
