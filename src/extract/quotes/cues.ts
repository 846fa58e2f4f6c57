/**
 * Finds attribution cues: multiword phrases from the lexicon, and reporting verbs with the auxiliaries and
 * particles that belong to them ("has also said", "called for", "described as"). A verb form is rejected where
 * its context makes it a noun or an adjective ("the report", "a reported 20,000"), a passive ("was told"),
 * or one of the lexicon's non-attribution phrases ("is said to be").
 */
import type { Cue, Tok } from './types.js';
import { LEXICON as LX, type Phrase } from './lexicon.js';
import { ownerNounAt } from './nouns.js';
import { BE, DETERMINERS, LY_NOUNS, PLURAL_NOUNS, POSSESSIVES, PREPOSITIONS } from './grammar.js';

const matchAt = (toks: readonly Tok[], i: number, words: readonly string[]): boolean => {
  if (i < 0 || i + words.length > toks.length) return false;
  for (let k = 0; k < words.length; k++) if (toks[i + k]!.lo !== words[k]) return false;
  return true;
};

/** word → the non-attribution phrases holding it, in lexicon order, with the word's first position in each. */
const NOT_BY_WORD: ReadonlyMap<string, ReadonlyArray<{ words: readonly string[]; at: number }>> = (() => {
  const m = new Map<string, Array<{ words: readonly string[]; at: number }>>();
  for (const p of LX.notAttribution) {
    for (const w of new Set(p.words)) {
      const list = m.get(w) ?? [];
      list.push({ words: p.words, at: p.words.indexOf(w) });
      m.set(w, list);
    }
  }
  return m;
})();

/** Any non-attribution phrase ("said to be") that covers token i. */
function inNotAttribution(toks: readonly Tok[], i: number): boolean {
  for (const p of NOT_BY_WORD.get(toks[i]!.lo) ?? []) if (matchAt(toks, i - p.at, p.words)) return true;
  return false;
}

function multiwordAt(toks: readonly Tok[], i: number): Cue | null {
  const list: readonly Phrase[] | undefined = LX.multi.get(toks[i]!.lo);
  if (!list) return null;
  for (const p of list) {
    if (!matchAt(toks, i, p.words)) continue;
    const cls: Cue['cls'] = p.kind === 'according' || p.kind === 'quoted' || p.kind === 'belief' || p.kind === 'evaluative' ? p.kind : 'speech';
    // "Asked about the vote, Lee said …": a participle phrase that opens the sentence is a reduced passive.
    const opens = (i === 0 || toks[i - 1]!.sent !== toks[i]!.sent) && LX.verbs.get(p.words[0]!)?.form === 'past';
    return { a: i, b: i + p.words.length - 1, head: i, lemma: p.words.join(' '), cls, form: 'past', stance: null, passive: opens };
  }
  return null;
}

/** Whether the word before a verb form shows it is used as a noun/adjective or a passive. */
/** Reporting verbs whose -s form is usually a plural noun. */
export const NOUN_LEMMAS: ReadonlySet<string> = new Set(
  ('state attack plan question email report comment remark call show support back challenge document figure reason post ' +
    'claim estimate project answer reply promise pledge vow warning charge concern demand proposal text tweet praise ' +
    'fear hope doubt dispute protest object release statement estimate note record').split(' '),
);

function badContext(toks: readonly Tok[], i: number, form: Cue['form'], lemma: string): boolean {
  let j = i - 1;
  while (j >= 0 && ((LX.aux.has(toks[j]!.lo) && !BE.has(toks[j]!.lo)) || (toks[j]!.lo.endsWith('ly') && !toks[j]!.cap))) j--;
  if (j < 0) return form === 'past' ? false : form !== 'ing';
  const prev = toks[j]!;
  // "Some say", "Both said", "Many believe": a quantifier stands for the people who speak; "many reports" is a noun.
  if (QUANTIFIERS.has(prev.lo) && (form === 'base' || form === 'past')) return false;
  if (DETERMINERS.has(prev.lo) || POSSESSIVES.has(prev.lo) || prev.lo.endsWith('’s') || prev.lo.endsWith("'s")) return true;
  // A passive ("was asked", "is expected to") is a cue of its own: verbAt takes "be" into the group.
  if (form === 'past' || form === 'pp') return false;
  if (form === 'base' || form === 's') {
    if (PREPOSITIONS.has(prev.lo)) return prev.lo !== 'to' || !isModalTo(toks, j);
    // "peace plan", "mutual trust": a base form needs a plural or pronoun subject, or a modal before it.
    if (form === 'base' && j === i - 1) return !pluralSubject(prev);
    // "attacks", "plans", "states" are nouns more often than verbs; as verbs they follow a name or pronoun.
    // … or a reporting noun ("the poll shows") or a determiner-led noun ("the video shows").
    if (form === 's' && j === i - 1 && NOUN_LEMMAS.has(lemma)) {
      const det = j > 0 && (DETERMINERS.has(toks[j - 1]!.lo) || POSSESSIVES.has(toks[j - 1]!.lo)) && prev.word && !DETERMINERS.has(prev.lo);
      return !(prev.cap || /^(?:he|she|it|who|which|that)$/.test(prev.lo) || LX.reportingNouns.has(prev.lo) || det);
    }
  }
  // A bare participle ("showing favorable responses") is a cue only after a comma, "and", or a form of "be".
  if (form === 'ing') return !(prev.t === ',' || prev.lo === 'and' || BE.has(prev.lo) || prev.t === '—');
  return false;
}

/** Determiners that can stand alone as the subject of a verb. */
const QUANTIFIERS: ReadonlySet<string> = new Set('some many most several few all both each neither none'.split(' '));

function pluralSubject(t: Tok): boolean {
  if (/^(?:i|we|you|they|who|which|that)$/.test(t.lo) || PLURAL_NOUNS.has(t.lo)) return true;
  return t.word && (t.cap || (t.lo.endsWith('s') && !t.lo.endsWith('ss') && !t.lo.endsWith('us') && !t.lo.endsWith('is')));
}

const REDUCED: ReadonlySet<string> = new Set(['when', 'if', 'once', 'unless', 'until', 'whenever']);

/** "want to say", "refused to comment" are not cues by themselves; "going to say" is. */
const isModalTo = (toks: readonly Tok[], j: number): boolean => j > 0 && toks[j - 1]!.lo === 'going';

/** Auxiliaries and manner adverbs that join a verb's group ("has also said", "flatly denied"). */
function inGroup(t: Tok, sent: number): boolean {
  return t.sent === sent && (LX.aux.has(t.lo) || (t.lo.endsWith('ly') && !t.cap && t.word && !LY_NOUNS.has(t.lo) && !LX.stanceAdverbs.has(t.lo)));
}

/** Where speech happened, which belongs to the cue: "said in a statement", "wrote during an online chat". */
const SETTINGS: ReadonlySet<string> = new Set(
  'statement interview email letter tweet post speech release memo op-ed editorial column video conference call appearance chat'.split(' '),
);

/** The end of a cue ending at b, extended over "in a (phone) interview", "during a statement". */
function settingEnd(toks: readonly Tok[], b: number): number {
  const p = toks[b + 1];
  if (!p || (p.lo !== 'in' && p.lo !== 'during')) return b;
  for (let k = b + 2; k < toks.length && k <= b + 5; k++) {
    const t = toks[k]!;
    if (!t.word || t.sent !== p.sent || t.q >= 0) return b;
    if (SETTINGS.has(t.lo)) return k;
  }
  return b;
}

function verbAt(toks: readonly Tok[], i: number): Cue | null {
  const v = LX.verbs.get(toks[i]!.lo);
  // "the United States", "Global Times": a capitalised form is a name unless it opens the sentence.
  if (toks[i]!.cap && i > 0 && toks[i - 1]!.sent === toks[i]!.sent && toks[i - 1]!.q < 0) return null;
  if (!v || inNotAttribution(toks, i) || badContext(toks, i, v.form, v.lemma)) return null;
  let a = i;
  let passive = false;
  const sent = toks[i]!.sent;
  for (;;) {
    while (a > 0 && inGroup(toks[a - 1]!, sent)) a--;
    // "was asked", "isn’t expected", "could be expected": "be" joins a participle's group as a passive.
    if (a > 0 && (v.form === 'past' || v.form === 'pp') && toks[a - 1]!.sent === sent && (BE.has(toks[a - 1]!.lo) || /^(?:is|was|are|were)n['’]t$/.test(toks[a - 1]!.lo))) { a--; passive = true; continue; }
    break;
  }
  // A reduced passive: "When asked about …", "Asked whether …, she said" — no source of its own.
  const before = toks[a - 1];
  // … or one that opens the sentence: "Asked whether the plan works, the mayor said …".
  const opens = i === 0 || toks[i - 1]!.sent !== sent;
  if (!passive && a === i && (v.form === 'past' || v.form === 'pp') && ((before?.sent === sent && REDUCED.has(before.lo)) || (opens && toks[i + 1]?.word))) passive = true;
  let b = i;
  const parts = LX.particles.get(v.lemma);
  if (parts && i + 1 < toks.length && parts.has(toks[i + 1]!.lo)) b = i + 1;
  if (v.cls === 'speech') b = settingEnd(toks, b);
  let stance = v.stance;
  const adv = a > 0 ? LX.stanceAdverbs.get(toks[a - 1]!.lo) : undefined;
  if (adv) stance = adv;
  for (const t of LX.stanceTails) if (matchAt(toks, b + 1, t.words)) stance = t.label ?? stance;
  return { a, b, head: i, lemma: v.lemma, cls: v.cls, form: v.form, stance, passive };
}

/**
 * "Trump: “…”" and headline style "Issa: Clinton’s honesty is in question" — a colon after a short capitalised
 * phrase that opens the sentence acts as the cue, unless a verb just before it already is one.
 */
function colonCue(toks: readonly Tok[], i: number, cues: readonly Cue[]): boolean {
  const next = toks[i + 1];
  const prev = toks[i - 1];
  if (!next || !prev || prev.q >= 0 || !prev.word || next.para !== prev.para) return false;
  const last = cues[cues.length - 1];
  if (last && last.b >= i - 2) return false;
  let k = i - 1;
  while (k > 0 && toks[k - 1]!.sent === prev.sent && toks[k - 1]!.word && i - k < 4) k--;
  const opensSentence = k === 0 || toks[k - 1]!.sent !== prev.sent;
  // Only a name-like run: every word capitalised and not an article ("The Ninth Circle: …" is a title).
  for (let j = k; j < i; j++) if (!toks[j]!.cap || DETERMINERS.has(toks[j]!.lo)) return false;
  return opensSentence && (next.q >= 0 || next.sent === prev.sent) && !/^\d/.test(prev.t);
}

/** "“…” ― Ana Ruiz": a dash between a closing quotation mark and a short name that ends the paragraph (epigraphs,
 * collected reader comments). */
function dashCue(toks: readonly Tok[], i: number): boolean {
  const prev = toks[i - 1];
  if (!prev || prev.q < 0 || toks[i]!.q >= 0 || toks[i]!.para !== prev.para) return false;
  let k = i + 1;
  while (k < toks.length && toks[k]!.para === prev.para && toks[k]!.cap && k - i <= 4) k++;
  return k > i + 1 && (k === toks.length || toks[k]!.para !== prev.para);
}

/** All cues in reading order; tokens inside quotation marks never hold a cue. */
export function findCues(toks: readonly Tok[]): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cue) continue;
    if (!t.word) {
      if (t.t === ':' ? colonCue(toks, i, cues) : dashCue(toks, i)) cues.push({ a: i, b: i, head: i, lemma: t.t, cls: 'speech', form: 'past', stance: null });
      continue;
    }
    if (t.q >= 0) continue;
    const c = multiwordAt(toks, i) ?? verbAt(toks, i) ?? ownerNounAt(toks, i);
    if (!c) continue;
    cues.push(c);
    i = Math.max(i, c.b);
  }
  return cues;
}
