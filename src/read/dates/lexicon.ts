/** Word lists the rules are built from (data, not logic). Regex sources are built once, at module load. */

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Month names, capitalised (lower-case "may"/"march" are verbs), abbreviations with an optional period. */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';

export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
export const WEEKDAY_RE = '(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)';

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
/** Month that each season starts in (northern hemisphere, meteorological), for ordering. */
export const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI',
};

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, 'a dozen': 12, 'a couple of': 2, 'a couple': 2, couple: 2, 'a hundred': 100,
};
/** Quantity words that leave the number open (TIMEX 'X'). */
const VAGUE = new Set(['a few', 'few', 'several', 'some', 'many', 'a number of', 'the', 'recent', 'coming']);

export const NUM_RE =
  '(?:\\d+(?:\\.\\d+)?|a couple of|a couple|a dozen|a hundred|a few|a number of|several|few|some|many|' +
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|' +
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|' +
  'seventeen|eighteen|nineteen|hundred|dozen|an|a)';

/** Numeric value of a quantity phrase: a number, or 'X' when vague; null when not a quantity. */
export function quantity(raw: string): number | 'X' | null {
  const s = raw.toLowerCase().trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (VAGUE.has(s)) return 'X';
  if (s in SMALL) return SMALL[s]!;
  const m = /^(\w+)[- ](\w+)$/.exec(s);
  if (m && SMALL[m[1]!] !== undefined && SMALL[m[2]!] !== undefined) return SMALL[m[1]!]! + SMALL[m[2]!]!;
  return null;
}

/** Time units → [TIMEX unit letter, is a clock unit (PT…), multiplier]. */
export const UNITS: Record<string, [string, boolean, number]> = {
  second: ['S', true, 1], minute: ['M', true, 1], hour: ['H', true, 1], day: ['D', false, 1],
  night: ['D', false, 1], week: ['W', false, 1], fortnight: ['W', false, 2], month: ['M', false, 1],
  quarter: ['Q', false, 1], year: ['Y', false, 1], decade: ['Y', false, 10], century: ['Y', false, 100],
  weekend: ['D', false, 2],
};
export const UNIT_RE = '(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))';

export function unitOf(raw: string): [string, boolean, number] | null {
  const s = raw.toLowerCase().replace(/-?(s|es)$/, '').replace(/centurie?$/, 'century').replace(/ie$/, 'y');
  return UNITS[s] ?? UNITS[s.replace(/s$/, '')] ?? null;
}

/** ISO duration string for n × unit. */
export function duration(n: number | 'X', unit: [string, boolean, number]): string {
  const [u, clock, mult] = unit;
  const q = n === 'X' ? 'X' : String(+(n * mult).toFixed(2));
  return clock ? `PT${q}${u}` : `P${q}${u}`;
}

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/** What follows "today" when it names a site, a paper or a show rather than a day ("Today's latest news"). */
export const NAME_AFTER_TODAY = /^['’]s\s+(?:latest|top|breaking|headlines?|news)\b|^\s+(?:show|programme|newspaper|magazine)\b/i;
