/**
 * Frames for cues the main frames leave over: passives ("was asked whether …", "is expected to …"), where the
 * subject belongs to the content and "by X" (when present) is the source, and a looser subject for active cues
 * whose speaker is not a plain noun phrase ("About two-thirds of voters in all five states support …").
 */
import { type Ctx, leftSpeaker } from './context.js';
import type { Range } from './phrases.js';
import { npStartingAt } from './phrases.js';
import { DASHES, PREPOSITIONS, SHORT_ADVERBS, SUBJECT_PRONOUNS, TERMINAL } from './grammar.js';

/** Words that open a new clause: the subject of a cue never reaches left of them. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  'that because while when whenever if unless although though whereas since after before as and but or so where whether then ;'.split(' '),
);

/** Auxiliaries, negation and adverbs that sit between a subject and its verb. */
const TRAILING_AUX: ReadonlySet<string> = new Set(
  "be been being is are was were am has have had will would could should can may might must do does did not n't never yet still also already just even".split(' '),
);

/** The stretch from the start of the cue's clause up to the cue: a subject with modifiers and relative clauses. */
export function looseSubject(ctx: Ctx, a: number): Range | null {
  const { toks, cueAt, claimed } = ctx;
  const sent = toks[a]!.sent;
  let k = a - 1;
  let words = 0;
  while (k >= 0 && a - k <= 25) {
    const t = toks[k]!;
    if (t.sent !== sent || t.q >= 0 || claimed[k] !== 0 || cueAt[k]! >= 0) break;
    if (t.t === ',' || t.t === ':' || t.t === ';' || t.t === '(' || isDash(t.t)) break;
    if (CLAUSE_OPENERS.has(t.lo) && words > 0) break;
    if (t.word) words++;
    k--;
  }
  let s = k + 1;
  while (s < a && (!toks[s]!.word || CLAUSE_OPENERS.has(toks[s]!.lo))) s++;
  // "you might be asking", "Trump has not yet responded": auxiliaries belong to the verb, not the subject.
  let e = a - 1;
  while (e > s && (TRAILING_AUX.has(toks[e]!.lo) || SHORT_ADVERBS.has(toks[e]!.lo) || (toks[e]!.lo.endsWith('ly') && !toks[e]!.cap))) e--;
  if (s >= a || a - s > 20 || TRAILING_AUX.has(toks[e]!.lo) || toks[e]!.lo === 'and' || toks[e]!.lo === 'or') return null;
  const first = toks[s]!;
  // "In a video posted …, she …": a phrase that opens with a preposition is no subject, capitalised or not.
  if (PREPOSITIONS.has(first.lo)) return null;
  return [s, e];
}

/** Subject and agent of a passive cue: content starts with the subject; "by X" after the cue is the source. */
export function passiveParts(ctx: Ctx, a: number, b: number): { subject: Range | null; agent: Range | null; next: number } {
  const { toks } = ctx;
  const subject = leftSpeaker(ctx, a) ?? looseSubject(ctx, a);
  let next = b + 1;
  let agent: Range | null = null;
  if (toks[next]?.lo === 'by') {
    agent = npStartingAt(toks, next + 1);
    if (agent) next = agent[1] + 1;
  }
  return { subject, agent, next };
}

/**
 * The speaker left of token at: leftSpeaker's phrase, or the whole subject when that phrase is only the tail of a
 * subject with a modifier ("A judge in Ohio ruled", "a study released by the agency found").
 */
export function wholeSubject(ctx: Ctx, at: number): Range | null {
  const { toks } = ctx;
  const np = leftSpeaker(ctx, at);
  const before = np ? toks[np[0] - 1] : undefined;
  if (!np || !before || before.sent !== toks[at]!.sent) return np;
  // "About 40 percent support …": an approximation before a number is part of the phrase, not a preposition.
  if (/^(?:about|around|over|under|nearly|almost|roughly)$/.test(before.lo) && /^\d/.test(toks[np[0]]!.t)) return [np[0] - 1, np[1]];
  if (!(PREPOSITIONS.has(before.lo) || (before.word && !before.cap && before.lo.length > 4 && before.lo.endsWith('ed')))) return np;
  const whole = looseSubject(ctx, at);
  if (whole && whole[0] < np[0] && whole[1] >= np[1]) return whole;
  // "In a video posted to Facebook, she …": the phrase is a preposition's object, and the verb modifies it.
  return !whole && PREPOSITIONS.has(before.lo) && toks[np[0] - 2]?.sent !== before.sent ? null : np;
}

/** A dash, or a hyphen standing alone as one ("Some economists - including … - warn"). */
const isDash = (t: string): boolean => DASHES.has(t) || t === '-';

/**
 * The subject at the start of the sentence when an aside stands between it and the cue at token a: "Sanders,
 * meanwhile, who has no such endorsements, said …", "The justice -- who has been in a scuffle -- said …",
 * "Humphrey, who calls Trump a “sociopath,” said …". A relative clause in the aside may hold a cue of its own.
 */
export function asideSubject(ctx: Ctx, a: number): Range | null {
  const { toks, cueAt } = ctx;
  const p = toks[a - 1];
  if (!p || p.sent !== toks[a]!.sent) return null;
  const closesQuote = p.q >= 0 && ctx.quotes[p.q]!.b === a - 1 && toks[a - 2]?.t === ',';
  if (!(p.t === ',' || isDash(p.t) || closesQuote)) return null;
  let k = ctx.ss[p.sent]!;
  if (/^(?:but|and|yet|so)$/.test(toks[k]!.lo)) k++;
  // The subject runs to the first comma or dash: a noun phrase of words only ("A third of independents, 33%, say").
  let e = k;
  while (e < a && toks[e]!.word && toks[e]!.q < 0 && cueAt[e]! < 0 && e - k < 10) e++;
  const np: Range = [k, e - 1];
  if (e === k || e + 1 >= a || !npStartingAt(toks, k)) return null;
  const opener = toks[e]!;
  if (!(opener.t === ',' || isDash(opener.t)) || !(toks[k]!.cap || SUBJECT_PRONOUNS.has(toks[k]!.lo))) return null;
  let relative = false;
  for (let j = np[1] + 2; j < a - 1; j++) {
    const t = toks[j]!;
    if (TERMINAL.has(t.t) && t.q < 0) return null;
    if (/^(?:who|whose|which)$/.test(t.lo) && toks[j - 1]!.q < 0 && !toks[j - 1]!.word) relative = true;
    if (cueAt[j]! >= 0 && !relative) return null;
  }
  return np;
}
