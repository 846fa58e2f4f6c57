/** One trigger in one sentence → one candidate mention (participants, place, date, status), or null. */
import { LEXICON, isSpace, isWordOrHyphen, ploverOf, type TriggerEntry, type TriggerMatch } from './lexicon.js';
import { complementAfter, objectAfter, possessor, subjectBefore, type ClauseView } from './actors.js';
import { dateOf, pickTime, placeAfter } from './when.js';
import { isReported, statusOf } from './status.js';
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
  /** Where clauses may be cut: ';', dashes, "that", the quote marks of `quotes` (see clauseCuts). */
  cuts: ReadonlyArray<readonly [number, number]>;
  /** Whether the sentence says its events are reported; computed on first need. */
  reported?: boolean;
}

const DETERMINERS = /(?:^|\s)(?:a|an|the|his|her|their|its|our|this|that|these|those|first|recent|current|surprise|official|state|planned|anticipated|upcoming|brief|private|high[- ]profile|profile|virtual|bilateral|\S+['’]s?|[\w-]+-day)\s+$/i;
const LIGHT_VERB = /\b(?:held|hold|holds|holding|had|has|have|made|makes|make|paid|pays|pay|began|begins|begin|started|starts|start|concluded|ended|wrapped up|attended|attends|attend|convened|is on|was on|said in|spoke at|saying at)\s+(?:(?:an?|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}$/i;
const DEFINITE = /(?:^|\s)(?:the|this|that|those|these)\s+(?:[\w-]+\s+){0,1}$/i;
const CLAUSE_CUT = /;|\s[—–]\s|\bthat\s/g;
/** A trigger this close after another is its object ("signed a trade agreement", "trip to the BRICS summit"). */
export const OBJECT_GAP = /^\s+(?:(?:to|for)\s+)?(?:(?:the|an?)\s+)?(?:\S+\s+){0,2}$/i;
/** Any of the virtual words, anywhere, in any case. */
const VIRTUAL = new RegExp(LEXICON.virtual.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
const PASSIVE = /\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$/i;
/** A past participle right after a conjunction is a passive clause with its auxiliary left out ("when asked"). */
const REDUCED_PASSIVE = /(?:^|[\s,])(?:when|if|after|once|unless|though|although|until|while|as)\s+$/i;
/** A verb does not follow an article or a possessive ("a host of", "holding the signs"): that form is a noun. */
const ARTICLE_BEFORE = /(?:^|\s)(?:a|an|the|his|her|their|its|our|my|your|this|these|those)\s+$/i;
/** A noun does not follow a modal ("he should deal with"): that form is a verb. */
const MODAL_BEFORE = /(?:^|\s)(?:will|would|should|could|can|may|might|must|shall|cannot|won['’]t|wouldn['’]t|don['’]t|doesn['’]t|didn['’]t)\s+$/i;

/** Verb or noun reading of a form that has both ("visit", "meeting", "call"). */
function choose(entries: readonly TriggerEntry[], pre: string): TriggerEntry | null {
  if (entries.length === 1) return entries[0]!;
  const noun = DETERMINERS.test(pre.slice(-40));
  return entries.find((e) => e.pos === (noun ? 'noun' : 'verb')) ?? entries[0] ?? null;
}

/** The spans a clause may be cut at in the sentence [start, end): ';', dashes, "that" and the quote marks of `quotes`. */
export function clauseCuts(text: string, start: number, end: number, quotes: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const cuts: Array<[number, number]> = [];
  // exec on the one shared pattern: matchAll would copy it for every sentence.
  const seg = text.slice(start, end);
  CLAUSE_CUT.lastIndex = 0;
  for (let m = CLAUSE_CUT.exec(seg); m; m = CLAUSE_CUT.exec(seg)) cuts.push([start + m.index, start + m.index + m[0].length]);
  CLAUSE_CUT.lastIndex = 0;
  for (const [a, b] of quotes) cuts.push([a, a + 1], [b - 1, b]);
  return cuts;
}

/** Clause bounds: the sentence cut at the cuts nearest either side of the trigger. */
function clauseOf(s: SentenceView, at: number, end: number): { from: number; to: number } {
  let from = s.start;
  let to = s.end;
  for (const [i, j] of s.cuts) {
    if (j <= at) from = Math.max(from, j);
    else if (i >= end && i < to) to = i;
  }
  return { from, to };
}

const toParticipant = (a: Actor, role: Participant['role']): Participant => ({ name: a.name, type: a.type, role, start: a.start, end: a.end });

/** Whether one whitespace character, then `word`, then another follow offset `end` (/^\s+word\s/ on the next word's length + 2). */
const nextWordIs = (text: string, end: number, word: string): boolean =>
  isSpace(text.charCodeAt(end)) && text.startsWith(word, end + 1) && isSpace(text.charCodeAt(end + 1 + word.length));

function participantsOf(e: TriggerEntry, form: string, at: number, end: number, v: ClauseView): { ps: Participant[]; definite: boolean } {
  const text = v.text;
  const pre = text.slice(v.from, at);
  let src: Actor[] = [];
  let tgt: Actor[] = [];
  let definite = false;
  if (e.pos === 'verb') {
    src = subjectBefore(at, v);
    const wantsObject = e.kind !== 'statement' || /^(?:told|tells)$/i.test(form) || nextWordIs(text, end, 'to');
    if (wantsObject && e.kind !== 'visit') tgt = objectAfter(end, v, 90, e.cameo >= '11'); // CAMEO 11–20 aim at things
    // "A was congratulated by B": B acts toward A. "A faltered under attacks from B", "further attacks by B": a
    // plural read as a verb is the noun, and B is its source.
    const nounBy = e.cameo >= '11' && /s$/i.test(form) && nextWordIs(text, end, 'by'); // "further attacks by B"
    const passive = PASSIVE.test(pre) || (/(?:ed|en)$/i.test(form) && REDUCED_PASSIVE.test(pre));
    if ((nextWordIs(text, end, 'by') && passive) || nounBy || (e.cameo >= '11' && nextWordIs(text, end, 'from'))) [src, tgt] = [tgt, src];
    // "Wang was received in Moscow", "when asked if he had met Trump": with no agent the doer is unknown and the
    // subject is the one acted on.
    else if (passive && /(?:ed|en)$/i.test(form)) [src, tgt] = [[], src];
  } else {
    const light = LIGHT_VERB.exec(pre.slice(-60));
    // "an attack by B", "criticism from B": the agent named after the noun.
    const agentWord = e.cameo >= '11' ? (['by', 'from'] as const).find((w) => nextWordIs(text, end, w)) : undefined;
    const agent = agentWord ? objectAfter(end + agentWord.length + 2, v, 40) : [];
    src = agent.length ? agent : possessor(at, v) ?? (light ? subjectBefore(at - light[0].length, v, true) : []);
    if (e.kind !== 'visit') tgt = complementAfter(end, v, e.cameo >= '11'); // CAMEO 11–20: from criticism to force
    definite = src.length === 0 && tgt.length === 0 && DEFINITE.test(pre.slice(-25));
  }
  const seen = new Set<string>();
  const ps: Participant[] = [];
  const symmetric = e.kind === 'meet' || e.kind === 'talks' || e.kind === 'call';
  for (const a of src) if (!seen.has(a.name)) { seen.add(a.name); ps.push(toParticipant(a, symmetric ? 'participant' : 'source')); }
  for (const a of tgt) if (!seen.has(a.name)) { seen.add(a.name); ps.push(toParticipant(a, symmetric ? 'participant' : 'target')); }
  return { ps, definite };
}

const isUpperAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
};

/** Most longer words capitalised: a headline written in title case. */
function titleCase(sentence: string): boolean {
  const words = sentence.match(/[A-Za-z][\w’'-]{3,}/g) ?? [];
  return words.length > 0 && words.filter((w) => isUpperAt(w, 0)).length >= 0.7 * words.length;
}

export interface Candidate { m: EventMention; definite: boolean; during: string | null }

const HOST_TITLE = /(?:(?:^|\s)\p{Lu}[\p{L}.'’-]*|\b(?:radio|show|television|tv|talk|podcast|program|programme|news|cable))\s+$/u;
const STRUCK_WHAT = /^(?:\s+[\w’'-]+){0,3}?\s+(?:deal|agreement|bargain|compromise|accord|pact|truce|balance|tone|chord|note|pose|nerve)\b/i;

/** Words of armed force or bloodshed: without one in the sentence, an attack between people is made of words. */
const ARMED = /\b(?:troops?|forces|army|armed|military|soldiers?|militants?|rebels?|insurgents?|gunm[ae]n|fighters?|police|weapons?|guns?|gunfire|shot|shots|shooting|bombs?|bomb(?:ed|ing)|explosi\w+|missiles?|rockets?|artillery|shell(?:s|ed|ing)|drones?|air ?strikes?|tanks?|kill(?:ed|ing|s)?|murder\w*|fatal\w*|wounded|injured|dead|deaths?|casualties|invasion|invad\w+|war|attackers?|terror\w*|violen\w+|raids?|stabb\w+|knife|hostages?|massacre)\b/i;
const CRITICIZE = { kind: 'criticize', cameo: '111', plover: ploverOf('111') };

/**
 * "Trump attacked Clinton for her record", "Sanders reboots his attacks on Clinton": CAMEO's 190 is armed force, but in
 * political news an attack by one person or organisation on another, with no weapon, casualty or armed group in the
 * sentence and no place naming it ("the Benghazi attack"), is a verbal one: criticize or denounce (111).
 */
function verbalAttack(e: TriggerEntry, ps: readonly Participant[], text: string, s: SentenceView, at: number): boolean {
  if (e.kind !== 'attack' || e.cameo !== '190' || ps.length < 2) return false;
  if (!ps.every((p) => p.type === 'person' || p.type === 'organization')) return false;
  if (s.places.some((p) => p.end <= at && /^[\s-]*$/.test(text.slice(p.end, at)))) return false;
  return !ARMED.test(text.slice(s.start, s.end));
}

const VENUE = /\b(?:forum|conference|summit|meeting|briefing|speech|interview|ceremony|capital|visit|session|rally|event)\b/i;

/** Statements are placed only at a venue ("at the X conference", "at a forum in P") or right after the verb. */
function statementPlace(text: string, end: number, p: Actor | null): Actor | null {
  if (!p || p.start === null) return p;
  const between = text.slice(end, p.start);
  return /^\s*(?:in|at)\s/i.test(between) || /\bat\s+(?:the\s+)?$/i.test(between) || VENUE.test(between) ? p : null;
}

const needsObject = (x: TriggerEntry): boolean => x.object !== undefined;

/** /^\s+([\w-]+)/ on text[end, limit): the word after the whitespace that follows `end`, or ''. */
function wordAfter(text: string, end: number, limit: number): string {
  limit = Math.min(limit, text.length);
  let i = end;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  if (i === end) return '';
  let j = i;
  while (j < limit && isWordOrHyphen(text.charCodeAt(j))) j++;
  return text.slice(i, j);
}

export function mentionAt(text: string, s: SentenceView, trigger: TriggerMatch, next = Infinity, hits: readonly number[] = []): Candidate | null {
  const { at, end } = trigger;
  const form = text.slice(at, end);
  // Entries that need an object noun ("restored … ties") count only with it.
  const entries = trigger.entries.some(needsObject)
    ? trigger.entries.filter((x) => !x.object || x.object.test(text.slice(end, Math.min(s.end, end + 80))))
    : trigger.entries;
  const e = entries.length ? choose(entries, text.slice(Math.max(s.start, at - 40), at)) : null;
  if (!e) return null;
  // "Fox News host Megyn Kelly", "radio host Hugh Hewitt": a bare "host" between a name or show word and a name is a
  // job title, not a visit hosted.
  if (e.kind === 'host' && /^host$/i.test(form) && /^\s+\p{Lu}/u.test(text.slice(end, end + 3)) && HOST_TITLE.test(text.slice(Math.max(s.start, at - 30), at))) return null;
  // "struck a major deal", "strike a balance": the verb of a deal or an idiom, not of force (a deal is its own trigger).
  if (e.kind === 'attack' && /^stri|^struck/i.test(form) && STRUCK_WHAT.test(text.slice(end, Math.min(s.end, end + 40)))) return null;
  // A form read against its word class names no event: the lexicon lists only the other reading.
  const just = text.slice(Math.max(s.start, at - 20), at);
  // ("a meeting with X" matches the verb form "meeting with" and is a meeting: only one-word forms are judged.)
  if (!form.includes(' ') && (e.pos === 'verb' ? ARTICLE_BEFORE.test(just) : MODAL_BEFORE.test(just))) return null;
  if (e.pos === 'noun' && LEXICON.stops.has(wordAfter(text, end, end + 20).toLowerCase())) return null;
  // "the BRICS Meeting of High Representatives …": a capitalised meeting noun after a capitalised word names a body.
  // (Not in a title-case headline: "Putin Meets Xi in Moscow".)
  if ((e.kind === 'meet' || e.kind === 'talks') && isUpperAt(text, at) && /[A-Z][\w-]*\s+$/.test(text.slice(Math.max(s.start, at - 30), at)) && !/^\S+\s+$/.test(text.slice(s.start, at)) && !titleCase(text.slice(s.start, s.end))) return null;
  const { from, to } = clauseOf(s, at, end);
  const v: ClauseView = { text, from, to, actors: s.actors, earlier: s.earlier, prior: s.prior };
  const { ps, definite: def0 } = participantsOf(e, form, at, end, v);
  const code = verbalAttack(e, ps, text, s, at) ? CRITICIZE : e;
  let definite = def0;
  if (e.kind === 'summit' && !ps.length) {
    // "the BRICS summit": the grouping that holds it, whichever type the recogniser gave it
    const g = s.places.find((p) => p.type === 'place' && /^\s+(?:leaders['’]\s+)?$/.test(text.slice(p.end, at)));
    if (g) { ps.push(toParticipant(g, 'source')); definite = false; }
  }
  if (ps.length < Math.min(e.min, 2) && !definite) return null;
  if (e.min >= 2 && ps.length < 2 && !definite) return null;
  const virtual = e.kind === 'call' || VIRTUAL.test(text.slice(Math.max(s.start, at - 30), Math.min(s.end, end + 30)));
  // A place after the next trigger is that trigger's, unless it continues this one ("trip to the BRICS summit in Kazan").
  const limit = e.kind === 'statement' || OBJECT_GAP.test(text.slice(end, next)) ? to : Math.min(to, next);
  let place = virtual ? null : placeAfter(text, end, limit, s.places, e.kind === 'visit' && e.pos === 'verb') ?? placeBefore(text, from, at, s.places);
  if (e.kind === 'statement') place = statementPlace(text, end, place);
  const reported = (): boolean => (s.reported ??= isReported(text.slice(s.start, s.end)));
  let status = statusOf({ pre: text.slice(from, at), post: text.slice(end, end + 40), reported, noun: e.pos === 'noun' });
  const t = s.times.length ? pickTime(text, { start: at, end }, ownTimes(text, s, at, end, hits)) : null;
  const date = t ? dateOf(text, t, s.article, status === 'planned' || status === 'hypothetical') : { start: null, end: null, precision: null, implied: false };
  if (status === 'occurred' && date.start && s.article && /^\d{4}-\d\d-\d\d$/.test(s.article) && date.start.slice(0, 10) > s.article) status = 'planned';
  const during = /\bduring\s+the\s+(summit|visit|trip|conference|forum)\b/i.exec(text.slice(end, to))?.[1]?.toLowerCase() ?? null;
  const m: EventMention = {
    kind: code.kind, cameo: code.cameo, plover: code.plover, participants: ps,
    place: place ? { name: place.name, start: place.type === 'capital' ? null : place.start, end: place.type === 'capital' ? null : place.end } : null,
    date, status, trigger: { start: at, end }, sentence: { start: s.start, end: s.end },
    confidence: confidenceOf(ps.length, e, date.start !== null), evidence: [{ start: at, end }],
  };
  if (virtual) m.virtual = true;
  return { m, definite, during };
}

/**
 * The sentence's times that can date the trigger: outside long quotes, with no other trigger between them and it
 * (that one's time); "during the summit" is this trigger's own adjunct, and a trigger right after it is its object.
 */
function ownTimes(text: string, s: SentenceView, at: number, end: number, hits: readonly number[]): TimeRef[] {
  const out: TimeRef[] = [];
  for (const x of s.times) {
    if (inQuote(x.start, s.quotes)) continue;
    let taken = false;
    for (const h of hits) {
      const between = h !== at && (x.end <= at ? h > x.end && h < at : h >= end && h < x.start);
      if (between && takesTime(text, h, end)) { taken = true; break; }
    }
    if (!taken) out.push(x);
  }
  return out;
}

/** Whether the trigger at h, between the trigger ending at `end` and a time, takes that time for itself. */
function takesTime(text: string, h: number, end: number): boolean {
  return !/\bduring\s+the\s+$/i.test(text.slice(Math.max(0, h - 12), h)) && !(h > end && OBJECT_GAP.test(text.slice(end, h)));
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
