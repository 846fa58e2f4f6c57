/** One trigger in one sentence → one candidate mention (participants, place, date, status), or null. */
import { LEXICON, entriesOf, type TriggerEntry } from './lexicon.js';
import { complementAfter, objectAfter, possessor, subjectBefore, type ClauseView } from './actors.js';
import { dateOf, pickTime, placeAfter } from './when.js';
import { statusOf } from './status.js';
import type { Actor, EventMention, Participant, TimeRef } from './types.js';

export interface SentenceView extends Omit<ClauseView, 'from' | 'to'> {
  start: number;
  end: number;
  places: readonly Actor[];
  times: readonly TimeRef[];
  /** Long quoted stretches: triggers inside are the speaker's words, not events of the article. */
  quotes: ReadonlyArray<[number, number]>;
  /** The article's own date (YYYY, YYYY-MM or YYYY-MM-DD) or null. */
  article: string | null;
}

const DETERMINERS = /(?:^|\s)(?:a|an|the|his|her|their|its|our|this|that|these|those|first|recent|current|surprise|official|state|planned|anticipated|upcoming|brief|private|high[- ]profile|profile|virtual|bilateral|\S+['’]s?|[\w-]+-day)\s+$/i;
const LIGHT_VERB = /\b(?:held|hold|holds|holding|had|has|have|made|makes|make|paid|pays|pay|began|begins|begin|started|starts|start|concluded|ended|wrapped up|attended|attends|attend|convened|is on|was on|said in|spoke at|saying at)\s+(?:(?:an?|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}$/i;
const DEFINITE = /(?:^|\s)(?:the|this|that|those|these)\s+(?:[\w-]+\s+){0,1}$/i;
const CLAUSE_CUT = /;|\s[—–]\s|\bthat\s/g;
/** A trigger this close after another is its object ("signed a trade agreement", "trip to the BRICS summit"). */
const OBJECT_GAP = /^\s+(?:(?:to|for)\s+)?(?:(?:the|an?)\s+)?(?:\S+\s+){0,2}$/i;
const PASSIVE = /\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$/i;

/** Verb or noun reading of a form that has both ("visit", "meeting", "call"). */
function choose(entries: readonly TriggerEntry[], pre: string): TriggerEntry | null {
  if (entries.length === 1) return entries[0]!;
  const noun = DETERMINERS.test(pre.slice(-40));
  return entries.find((e) => e.pos === (noun ? 'noun' : 'verb')) ?? entries[0] ?? null;
}

/** Clause bounds: the sentence cut at ';', dashes, "that" and quote marks nearest either side of the trigger. */
function clauseOf(text: string, s: SentenceView, at: number, end: number): { from: number; to: number } {
  let from = s.start;
  let to = s.end;
  const cuts: Array<[number, number]> = [...text.slice(s.start, s.end).matchAll(CLAUSE_CUT)].map((m) => [s.start + m.index!, s.start + m.index! + m[0].length]);
  for (const [a, b] of s.quotes) cuts.push([a, a + 1], [b - 1, b]);
  for (const [i, j] of cuts) {
    if (j <= at) from = Math.max(from, j);
    else if (i >= end && i < to) to = i;
  }
  return { from, to };
}

const toParticipant = (a: Actor, role: Participant['role']): Participant => ({ name: a.name, type: a.type, role, start: a.start, end: a.end });

function participantsOf(e: TriggerEntry, form: string, at: number, end: number, v: ClauseView): { ps: Participant[]; definite: boolean } {
  const text = v.text;
  const pre = text.slice(v.from, at);
  let src: Actor[] = [];
  let tgt: Actor[] = [];
  let definite = false;
  if (e.pos === 'verb') {
    src = subjectBefore(at, v);
    const wantsObject = e.kind !== 'statement' || /^(?:told|tells)$/i.test(form) || /^\s+to\s/.test(text.slice(end, end + 4));
    if (wantsObject && e.kind !== 'visit') tgt = objectAfter(end, v);
    // "A was congratulated by B": B acts toward A.
    if (PASSIVE.test(pre) && /^\s+by\s/.test(text.slice(end, end + 4))) [src, tgt] = [tgt, src];
  } else {
    const light = LIGHT_VERB.exec(pre.slice(-60));
    src = possessor(at, v) ?? (light ? subjectBefore(at - light[0].length, v, true) : []);
    if (e.kind !== 'visit') tgt = complementAfter(end, v);
    definite = src.length === 0 && tgt.length === 0 && DEFINITE.test(pre.slice(-25));
  }
  const seen = new Set<string>();
  const ps: Participant[] = [];
  const symmetric = e.kind === 'meet' || e.kind === 'talks' || e.kind === 'call';
  for (const a of src) if (!seen.has(a.name)) { seen.add(a.name); ps.push(toParticipant(a, symmetric ? 'participant' : 'source')); }
  for (const a of tgt) if (!seen.has(a.name)) { seen.add(a.name); ps.push(toParticipant(a, symmetric ? 'participant' : 'target')); }
  return { ps, definite };
}

export interface Candidate { m: EventMention; definite: boolean; during: string | null }

const VENUE = /\b(?:forum|conference|summit|meeting|briefing|speech|interview|ceremony|capital|visit|session|rally|event)\b/i;

/** Statements are placed only at a venue ("at the X conference", "at a forum in P") or right after the verb. */
function statementPlace(text: string, end: number, p: Actor | null): Actor | null {
  if (!p || p.start === null) return p;
  const between = text.slice(end, p.start);
  return /^\s*(?:in|at)\s/i.test(between) || /\bat\s+(?:the\s+)?$/i.test(between) || VENUE.test(between) ? p : null;
}

export function mentionAt(text: string, s: SentenceView, at: number, end: number, next = Infinity, hits: readonly number[] = []): Candidate | null {
  const form = text.slice(at, end);
  const e = choose(entriesOf(form), text.slice(Math.max(s.start, at - 40), at));
  if (!e) return null;
  if (e.pos === 'noun' && LEXICON.stops.has((/^\s+([\w-]+)/.exec(text.slice(end, end + 20))?.[1] ?? '').toLowerCase())) return null;
  const { from, to } = clauseOf(text, s, at, end);
  const v: ClauseView = { text, from, to, actors: s.actors, earlier: s.earlier, prior: s.prior };
  const { ps, definite: def0 } = participantsOf(e, form, at, end, v);
  let definite = def0;
  if (e.kind === 'summit' && !ps.length) {
    // "the BRICS summit": the grouping that holds it, whichever type the recogniser gave it
    const g = s.places.find((p) => p.type === 'place' && /^\s+(?:leaders['’]\s+)?$/.test(text.slice(p.end, at)));
    if (g) { ps.push(toParticipant(g, 'source')); definite = false; }
  }
  if (ps.length < Math.min(e.min, 2) && !definite) return null;
  if (e.min >= 2 && ps.length < 2 && !definite) return null;
  const near = text.slice(Math.max(s.start, at - 30), Math.min(s.end, end + 30)).toLowerCase();
  const virtual = LEXICON.virtual.some((w) => near.includes(w)) || e.kind === 'call';
  // A place after the next trigger is that trigger's, unless it continues this one ("trip to the BRICS summit in Kazan").
  const limit = e.kind === 'statement' || OBJECT_GAP.test(text.slice(end, next)) ? to : Math.min(to, next);
  let place = virtual ? null : placeAfter(text, end, limit, s.places, e.kind === 'visit' && e.pos === 'verb') ?? placeBefore(text, from, at, s.places);
  if (e.kind === 'statement') place = statementPlace(text, end, place);
  let status = statusOf({ pre: text.slice(from, at), post: text.slice(end, end + 40), sentence: text.slice(s.start, s.end), noun: e.pos === 'noun' });
  // A time with another trigger between it and this one dates that other event.
  // ("during the summit" is this trigger's own adjunct, not another event).
  const other = hits.filter((h) => h !== at && !/\bduring\s+the\s+$/i.test(text.slice(Math.max(0, h - 12), h)) && !(h > end && OBJECT_GAP.test(text.slice(end, h))));
  const own = (x: TimeRef): boolean => !other.some((h) => (x.end <= at ? h > x.end && h < at : h >= end && h < x.start));
  const t = pickTime(text, { start: at, end }, s.times.filter((x) => !inQuote(x.start, s.quotes) && own(x)));
  const date = t ? dateOf(text, t, s.article, status === 'planned' || status === 'hypothetical') : { start: null, end: null, precision: null, implied: false };
  if (status === 'occurred' && date.start && s.article && /^\d{4}-\d\d-\d\d$/.test(s.article) && date.start.slice(0, 10) > s.article) status = 'planned';
  const during = /\bduring\s+the\s+(summit|visit|trip|conference|forum)\b/i.exec(text.slice(end, to))?.[1]?.toLowerCase() ?? null;
  const m: EventMention = {
    kind: e.kind, cameo: e.cameo, plover: e.plover, participants: ps,
    place: place ? { name: place.name, start: place.type === 'capital' ? null : place.start, end: place.type === 'capital' ? null : place.end } : null,
    date, status, trigger: { start: at, end }, sentence: { start: s.start, end: s.end },
    confidence: confidenceOf(ps.length, e, date.start !== null), evidence: [{ start: at, end }],
  };
  if (virtual) m.virtual = true;
  return { m, definite, during };
}

function placeBefore(text: string, from: number, at: number, places: readonly Actor[]): Actor | null {
  const p = places.filter((x) => x.type === 'place' && x.start >= from && x.end <= at).at(-1);
  return p && /\b(?:in|at)\s+$/i.test(text.slice(Math.max(0, p.start - 4), p.start)) ? p : null;
}

const inQuote = (i: number, qs: ReadonlyArray<[number, number]>): boolean => qs.some(([a, b]) => i >= a && i < b);
export const insideQuote = inQuote;

function confidenceOf(n: number, e: TriggerEntry, dated: boolean): number {
  let c = 0.5 + (n >= 2 ? 0.2 : 0.1) + (dated ? 0.1 : 0);
  if (e.kind === 'statement') c -= 0.05;
  return Math.round(Math.min(0.95, c) * 100) / 100;
}
