/**
 * General-knowledge data for dating undated articles (inferPublished): base dates of widely commemorated events,
 * and numbered recurring events whose year follows from their number by a rule. Curated by hand from public
 * knowledge; extend freely. Each `match` is tested against the words that follow "anniversary of".
 */
import { addDays, isoWeekday, weekdayNear } from './calendar.js';
import type { Ymd } from './types.js';

export interface KnownEvent {
  name: string;
  /** The event's date, YYYY-MM-DD. */
  date: string;
  match: RegExp;
}

export const ANNIVERSARY_BASES: readonly KnownEvent[] = [
  { name: "Russia's full-scale invasion of Ukraine", date: '2022-02-24', match: /\b(?:full[- ]scale\s+)?invasion\s+of\s+Ukraine|\b(?:war|conflict)\s+in\s+Ukraine|\bUkraine\s+war\b|\bRussia['’]s\s+war\b/i },
  { name: 'Russian annexation of Crimea', date: '2014-03-18', match: /\bannexation\s+of\s+(?:the\s+)?Crimea|\bCrimea['’]s\s+annexation/i },
  { name: 'September 11 attacks', date: '2001-09-11', match: /\b(?:9\/11|September\s+11(?:th)?)\b/i },
  { name: 'Hamas attack on Israel', date: '2023-10-07', match: /\bOct(?:ober|\.)?\s+7(?:th)?\b|\bHamas['’]?\s+(?:attack|assault|massacre)/i },
  { name: 'fall of the Berlin Wall', date: '1989-11-09', match: /\bfall\s+of\s+the\s+Berlin\s+Wall/i },
  { name: 'German reunification', date: '1990-10-03', match: /\bGerman\s+reunification|\breunification\s+of\s+Germany/i },
  { name: 'D-Day landings', date: '1944-06-06', match: /\bD-Day\b|\bNormandy\s+landings/i },
  { name: 'end of the Second World War in Europe', date: '1945-05-08', match: /\bVictory\s+in\s+Europe|\bV-E\s+Day|\bend\s+of\s+(?:World\s+War\s+II|the\s+Second\s+World\s+War)\s+in\s+Europe/i },
  { name: 'atomic bombing of Hiroshima', date: '1945-08-06', match: /\bbombing\s+of\s+Hiroshima|\bHiroshima\s+bombing/i },
  { name: 'Tiananmen Square crackdown', date: '1989-06-04', match: /\bTiananmen/i },
  { name: "founding of the People's Republic of China", date: '1949-10-01', match: /\b(?:founding|establishment)\s+of\s+the\s+People['’]s\s+Republic(?:\s+of\s+China)?|\bfounding\s+of\s+(?:the\s+)?(?:new\s+)?China\b/i },
  { name: 'China–Russia (USSR) diplomatic relations', date: '1949-10-02', match: /\bdiplomatic\s+(?:relations|ties)\s+between\s+(?:China\s+and\s+(?:Russia|the\s+Soviet\s+Union)|(?:Russia|the\s+Soviet\s+Union)\s+and\s+China)/i },
  { name: 'founding of the United Nations', date: '1945-10-24', match: /\b(?:founding|creation|establishment)\s+of\s+the\s+(?:UN|United\s+Nations)\b|\bUN\s+Charter/i },
  { name: 'founding of NATO', date: '1949-04-04', match: /\b(?:founding|creation|establishment)\s+of\s+NATO|\bNorth\s+Atlantic\s+Treaty\b/i },
  { name: 'Chernobyl disaster', date: '1986-04-26', match: /\bChernobyl/i },
  { name: 'Fukushima disaster', date: '2011-03-11', match: /\bFukushima|\bTohoku\s+earthquake/i },
  { name: 'Brexit referendum', date: '2016-06-23', match: /\bBrexit\s+referendum|\bEU\s+referendum/i },
  { name: 'January 6 Capitol attack', date: '2021-01-06', match: /\bJan(?:uary|\.)?\s+6(?:th)?\b|\bCapitol\s+(?:attack|riot)/i },
  { name: 'WHO pandemic declaration (COVID-19)', date: '2020-03-11', match: /\b(?:COVID|coronavirus)(?:-19)?\s+pandemic/i },
  { name: 'assassination of John F. Kennedy', date: '1963-11-22', match: /\bassassination\s+of\s+(?:President\s+)?(?:John\s+F\.?\s+)?Kennedy|\bJFK['’]s\s+assassination/i },
];

/** A recurring event whose Nth edition falls in year `base + N` (within the window of months given). */
export interface NumberedEvent {
  name: string;
  /** Matches text with the ordinal number captured in group 1. */
  re: RegExp;
  /**
   * A word every match holds, in lower-case letters (found in any case): texts without it are not searched (the
   * ordinals make `re` slow to scan).
   */
  key: string;
  /** Year of edition N: base + N (rule), with exceptions for skipped years. */
  year(n: number): number;
  /** Months [from, to] (inclusive, 1-12) in which that edition is usually held; null when it varies. */
  months: [number, number] | null;
  /** The day edition N opens, when a fixed calendar rule gives it. */
  opens?(n: number): Ymd;
}

const ORD = '(\\d{1,3})(?:st|nd|rd|th)';

/**
 * The day the UN General Assembly's general debate opens: rule 1 of the Assembly's rules of procedure sets the
 * Tuesday of the third week of September, counting weeks (Monday to Sunday) from the first with a September
 * working day, and the debate opens the Tuesday after (2018-09-25, 2019-09-24, 2021-09-21 … 2025-09-23).
 */
export function generalDebateOpens(year: number): Ymd {
  const sept1 = { y: year, m: 9, d: 1 };
  // A Saturday or Sunday 1 September leaves its week without a September working day.
  const firstMonday = isoWeekday(sept1) >= 6 ? weekdayNear(sept1, 1, 'forward') : addDays(sept1, 1 - isoWeekday(sept1));
  return addDays(firstMonday, 3 * 7 + 1);
}

export const NUMBERED_EVENTS: readonly NumberedEvent[] = [
  // Session N of the UN General Assembly opens in September of 1945 + N; its general debate is that September.
  { name: 'UN General Assembly general debate', key: 'assembly', opens: (n) => generalDebateOpens(1945 + n), re: new RegExp(`\\b${ORD}\\s+(?:annual\\s+)?(?:General\\s+Debate|high-level\\s+(?:week|session))\\s+of\\s+the\\s+(?:UN|U\\.N\\.|United\\s+Nations)\\s+General\\s+Assembly`, 'i'), year: (n) => 1945 + n, months: [9, 9] },
  { name: 'UN General Assembly session', key: 'assembly', re: new RegExp(`\\b${ORD}\\s+(?:regular\\s+)?(?:session\\s+of\\s+the\\s+)?(?:UN|U\\.N\\.|United\\s+Nations)\\s+General\\s+Assembly|\\b(?:UN|United\\s+Nations)\\s+General\\s+Assembly['’]s\\s+${ORD}\\s+session`, 'i'), year: (n) => 1945 + n, months: null },
  // BRICS leaders' summits have been annual since the first in 2009.
  { name: 'BRICS summit', key: 'brics', re: new RegExp(`\\b${ORD}\\s+BRICS\\s+summit`, 'i'), year: (n) => 2008 + n, months: null },
  // SCO heads-of-state councils: annual since 2001.
  { name: 'SCO summit', key: 'summit', re: new RegExp(`\\b${ORD}\\s+(?:SCO|Shanghai\\s+Cooperation\\s+Organi[sz]ation)\\s+summit`, 'i'), year: (n) => 2000 + n, months: null },
  // UN climate conferences: COP1 in 1995; none in 2020, so COP26 onwards is one year later.
  { name: 'UN climate conference (COP)', key: 'cop', re: /\bCOP\s?-?(\d{1,2})\b/, year: (n) => (n >= 26 ? 1995 + n : 1994 + n), months: [11, 12] },
];
