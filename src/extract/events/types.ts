/** The event mention an article yields: who did what to whom, where, when, and how sure the text is that it happened. */

export type EventStatus = 'occurred' | 'planned' | 'reported' | 'denied' | 'hypothetical';

export interface Participant {
  name: string;
  type: string;
  role: 'source' | 'target' | 'participant';
  start: number;
  end: number;
}

export interface EventDate {
  /** TIMEX-style value (YYYY, YYYY-MM, YYYY-MM-DD; X where the text leaves a part open). */
  start: string | null;
  end: string | null;
  precision: string | null;
  /** True when the date was not stated for this event (article date, the trip it belongs to, …). */
  implied: boolean;
}

export interface EventMention {
  kind: 'meet' | 'visit' | 'call' | 'summit' | 'statement' | 'agreement' | 'host' | 'talks' | string;
  /** CAMEO code, e.g. '040' consult, '042' make a visit, '043' host a visit, '010' make statement, '057' sign agreement. */
  cameo: string;
  /** PLOVER category, e.g. 'CONSULT', 'AGREE', 'ACCUSE'. */
  plover: string;
  participants: Participant[];
  place: { name: string; start: number | null; end: number | null } | null;
  date: EventDate;
  status: EventStatus;
  trigger: { start: number; end: number };
  sentence: { start: number; end: number };
  confidence: number;
  /** Every span that evidences this event (triggers of merged mentions), in text order. */
  evidence: Array<{ start: number; end: number }>;
  /** True when the mention is virtual (phone, video): it has no place. */
  virtual?: boolean;
}

/** An actor the extractor may use: an entity span with its canonical name. */
export interface Actor {
  start: number;
  end: number;
  name: string;
  type: string;
}

/** A time expression of the read stage. */
export interface TimeRef {
  start: number;
  end: number;
  value: string;
  precision: string;
}
