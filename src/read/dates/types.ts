/** Public types of the date reader (see index.ts for the entry points). */

export type DatePrecision = 'day' | 'month' | 'season' | 'year' | 'range' | 'decade' | 'time';
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeMention {
  /** Offsets in the given text (UTF-16, end-exclusive). */
  start: number;
  end: number;
  text: string;
  /** TIMEX3-style value: 2024-09-10, 2024-09, 2024, 2023-SP, 2024-W37, PRESENT_REF, P4D, or a range 'A/B'. */
  value: string;
  type: TimexType;
  precision: DatePrecision;
  /** True when the value depended on the anchor (the article date). */
  anchored: boolean;
  /** Which of year/month/day were written in the text versus taken from the anchor. */
  stated: string[];
  implied: string[];
  /** Which parser or rule produced it. */
  rule: string;
}

export interface PublishedInference {
  value: string | null;
  precision: 'day' | 'month' | 'year' | null;
  confidence: number;
  evidence: string[];
}

/** A calendar day as numbers (month 1-12). */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Rough tense of the clause around a mention; decides which way an under-specified date resolves. */
export type Tense = 'past' | 'future' | 'none';
