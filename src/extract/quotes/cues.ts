/**
 * Finds attribution cues: multiword phrases from the lexicon, and reporting verbs with the auxiliaries and
 * particles that belong to them ("has also said", "called for", "described as"). A verb form is rejected where
 * its context makes it a noun or an adjective ("the report", "a reported 20,000"), a passive ("was told"),
 * or one of the lexicon's non-attribution phrases ("is said to be").
 */
import type { Cue, Tok } from './types.js';
import { LEXICON as LX, type Phrase } from './lexicon.js';
import { ownerNounAt } from './nouns.js';
import { BE, DETERMINERS, GERUND_PREPS, IRREGULAR_PAST, LY_NOUNS, PLURAL_NOUNS, POSSESSIVES, PREPOSITIONS, SETTINGS } from './grammar.js';

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
    'fear hope doubt dispute protest object release statement estimate note record point').split(' '),
);

function badContext(toks: readonly Tok[], i: number, form: Cue['form'], lemma: string): boolean {
  let j = i - 1;
  while (j >= 0 && ((LX.aux.has(toks[j]!.lo) && !BE.has(toks[j]!.lo)) || (toks[j]!.lo.endsWith('ly') && !toks[j]!.cap))) j--;
  if (j < 0) return form === 'past' ? false : form !== 'ing';
  const prev = toks[j]!;
  // "300 pledged delegates", "so called": a participle between a number and a noun, or after "so", is an adjective.
  if ((form === 'past' || form === 'pp') && j === i - 1) {
    const next = toks[i + 1];
    const c = prev.t.charCodeAt(0);
    if (prev.lo === 'so' || (c >= 48 && c <= 57 && /^\d[\d,.]*$/.test(prev.t) && next?.word && !next.cap && next.lo !== 'that')) return true;
  }
  // "a party called Anti-Prom": a participle that names the noun before it.
  if (form === 'past' && j === i - 1 && NAMING.has(lemma) && namesNoun(toks, i)) return true;
  // "helped found the group": the verb "found", not "find".
  if (lemma === 'find' && toks[i]!.lo === 'found' && (prev.lo === 'to' || prev.lo.startsWith('help'))) return true;
  // "Some say", "Both said", "Many believe": a quantifier stands for the people who speak; "many reports" is a noun.
  if (QUANTIFIERS.has(prev.lo) && (form === 'base' || form === 'past')) return false;
  if (DETERMINERS.has(prev.lo) || POSSESSIVES.has(prev.lo) || prev.lo.endsWith('’s') || prev.lo.endsWith("'s")) return true;
  // A passive ("was asked", "is expected to") is a cue of its own: verbAt takes "be" into the group.
  if (form === 'past' || form === 'pp') return false;
  if (form === 'base' || form === 's') {
    if (PREPOSITIONS.has(prev.lo)) return prev.lo !== 'to' || !isModalTo(toks, j);
    if (NOUN_LEMMAS.has(lemma) && nounFollows(toks, i, lemma)) return true;
    // "peace plan", "mutual trust": a base form needs a plural or pronoun subject, or a modal before it; or, for a
    // verb that is no noun, a clause after it ("proponents of the bill, however, say it would …", "many of whom say
    // the …", "- warn that …"). After "the caustic" or "an unofficial" the word is a noun ("chant", "label") unless
    // "that" follows; "say" is a verb all the same.
    if (form === 'base' && j === i - 1) {
      const adjective = i > 1 && (DETERMINERS.has(toks[i - 2]!.lo) || POSSESSIVES.has(toks[i - 2]!.lo)) && lemma !== 'say' && toks[i + 1]?.lo !== 'that';
      return !pluralSubject(prev) && !(!NOUN_LEMMAS.has(lemma) && !adjective && opensClause(toks, i + 1));
    }
    // "attacks", "plans", "states" are nouns more often than verbs; as verbs they follow a name or pronoun.
    // … or a reporting noun ("the poll shows") or a determiner-led noun ("the video shows").
    if (form === 's' && j === i - 1 && NOUN_LEMMAS.has(lemma)) {
      const det = j > 0 && (DETERMINERS.has(toks[j - 1]!.lo) || POSSESSIVES.has(toks[j - 1]!.lo)) && prev.word && !DETERMINERS.has(prev.lo);
      return !(prev.cap || /^(?:he|she|it|who|which|that)$/.test(prev.lo) || LX.reportingNouns.has(prev.lo) || det);
    }
  }
  // A bare participle ("showing favorable responses") is a cue only after a comma, "and", or a form of "be".
  // … or after a preposition that makes it a clause of the sentence's subject: "began by saying", "before asking".
  if (form === 'ing') return !(prev.t === ',' || prev.lo === 'and' || BE.has(prev.lo) || prev.t === '—' || GERUND_PREPS.has(prev.lo) || reportsAfterNoun(toks, i, lemma));
  return false;
}

/** Verbs of saying whose participle after a noun reports words: "a statement saying …", "voters saying they …". */
const NOUN_PARTICIPLES: ReadonlySet<string> = new Set('say state claim argue assert declare insist warn tell urge ask announce'.split(' '));
/** Words that open the clause, quotation or object of such a participle. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set('that he she they i we it you his her their its the a an him them us whether if how why what'.split(' '));

function reportsAfterNoun(toks: readonly Tok[], i: number, lemma: string): boolean {
  return NOUN_PARTICIPLES.has(lemma) && toks[i - 1]!.word && opensClause(toks, i + 1);
}

/** Whether token k (in the sentence of token k - 1) opens a clause, a quotation or a named object after a verb. */
function opensClause(toks: readonly Tok[], k: number): boolean {
  const next = toks[k];
  if (!next || next.sent !== toks[k - 1]!.sent) return false;
  return next.q >= 0 || next.t === ':' || (next.t === ',' && (toks[k + 1]?.q ?? -1) >= 0) || CLAUSE_OPENERS.has(next.lo) || (next.cap && next.word);
}

/** Verbs whose participle after a noun names it: "a group called Ginbot 7", "a class named “Perception”". */
const NAMING: ReadonlySet<string> = new Set(['call', 'name', 'dub', 'label', 'brand']);

/** "a party called Anti-Prom": a participle between an indefinite noun phrase (not the sentence's subject) and a
 * name or quotation. */
function namesNoun(toks: readonly Tok[], i: number): boolean {
  const prev = toks[i - 1]!;
  const next = toks[i + 1];
  const name = (t: Tok | undefined): boolean => t !== undefined && t.sent === prev.sent && ((t.cap && t.word) || t.q >= 0);
  if (!prev.word || prev.cap || !next || !(name(next) || (next.lo === 'the' && name(toks[i + 2])))) return false;
  if (/^(?:who|which|that|he|she|they|it|we|i|you|also|then|publicly|once)$/.test(prev.lo)) return false;
  for (let k = i - 2; k >= 0 && i - k <= 8 && toks[k]!.sent === prev.sent; k--) {
    const t = toks[k]!;
    // An indefinite phrase that opens the sentence is its subject: "A dozen voters called Clinton a liar."
    if (t.lo === 'a' || t.lo === 'an') return k > 0 && toks[k - 1]!.sent === t.sent;
    if (!t.word || (t.cap && k < i - 2)) return false;
  }
  return false;
}

const MODALS: ReadonlySet<string> = new Set('has have had will would could can may might must should'.split(' '));

/** "the jobs report was released", "New emails raise …", "the 9/11 attacks in …": after a word that is both noun
 * and verb, a verb group or a preposition shows it is the noun. */
function nounFollows(toks: readonly Tok[], i: number, lemma: string): boolean {
  const n = toks[i + 1];
  if (!n || !n.word || n.cap || n.sent !== toks[i]!.sent || n.q >= 0) return false;
  if (BE.has(n.lo) || IRREGULAR_PAST.has(n.lo) || MODALS.has(n.lo)) return true;
  if (PREPOSITIONS.has(n.lo) && n.lo !== 'to' && !LX.particles.get(lemma)?.has(n.lo)) return true;
  return n.lo.length > 4 && n.lo.endsWith('ed') && !LX.verbs.has(n.lo);
}

/** Determiners that can stand alone as the subject of a verb, numbers included ("one in four said"). */
const QUANTIFIERS: ReadonlySet<string> = new Set('some many most several few all both each neither none two three four five six seven eight nine ten dozens hundreds thousands'.split(' '));

/** Words that end a plural subject phrase without being its noun: "Those close to him say", "those polled say". */
const SUBJECT_ENDS: ReadonlySet<string> = new Set('him them us polled surveyed interviewed questioned asked'.split(' '));

function pluralSubject(t: Tok): boolean {
  if (/^(?:i|we|you|they|who|which|that)$/.test(t.lo) || PLURAL_NOUNS.has(t.lo) || SUBJECT_ENDS.has(t.lo)) return true;
  return t.word && (t.cap || (t.lo.endsWith('s') && !t.lo.endsWith('ss') && !t.lo.endsWith('us') && !t.lo.endsWith('is')));
}

const REDUCED: ReadonlySet<string> = new Set(['when', 'if', 'once', 'unless', 'until', 'whenever']);

/** "want to say", "refused to comment" are not cues by themselves; "going to say" is. */
const isModalTo = (toks: readonly Tok[], j: number): boolean => j > 0 && toks[j - 1]!.lo === 'going';

/** Auxiliaries and manner adverbs that join a verb's group ("has also said", "flatly denied"). */
function inGroup(t: Tok, sent: number): boolean {
  return t.sent === sent && (LX.aux.has(t.lo) || (t.lo.endsWith('ly') && !t.cap && t.word && !LY_NOUNS.has(t.lo) && !LX.stanceAdverbs.has(t.lo)));
}

/** The end of a cue ending at b, extended over "in a (phone) interview", "during a statement", "on Facebook". */
function settingEnd(toks: readonly Tok[], b: number): number {
  const p = toks[b + 1];
  // "wrote on Facebook": the platform is where the words were posted.
  if (p?.lo === 'on' && /^(?:facebook|twitter|instagram)$/.test(toks[b + 2]?.lo ?? '')) return b + 2;
  if (!p || (p.lo !== 'in' && p.lo !== 'during')) return b;
  for (let k = b + 2; k < toks.length && k <= b + 5; k++) {
    const t = toks[k]!;
    if (!t.word || t.sent !== p.sent || t.q >= 0) return b;
    if (SETTINGS.has(t.lo)) return k;
  }
  return b;
}

/** Verbs that are cues only before "that", a colon, a comma or a quotation: "charged that …" but not "charged
 * with fraud", "states that …" but not "battleground states", "will continue", "proved costly", "maintained
 * a lead", "figure out", "assumed office" or "signaled a shift"; so is the base form "find" ("polls find that …",
 * not "find a home"). */
const THAT_ONLY: ReadonlySet<string> = new Set(['state', 'charge', 'continue', 'prove', 'maintain', 'figure', 'assume', 'advise', 'underscore', 'demonstrate', 'signal']);

function thatOnlyFails(toks: readonly Tok[], i: number, lemma: string): boolean {
  // "is supposed to": an obligation, not a belief.
  if (lemma === 'suppose' && toks[i + 1]?.lo === 'to') return true;
  if (!THAT_ONLY.has(lemma) && toks[i]!.lo !== 'find') return false;
  const n = toks[i + 1];
  // At the end of its sentence it closes a backward frame: "…, the senator stated."; after a quotation it is
  // inverted: "“…,” stated Roman Smbatyan".
  const p = toks[i - 1];
  if (p !== undefined && p.sent === toks[i]!.sent && p.q >= 0 && !p.word && toks[i - 2]?.t === ',') return false;
  return n !== undefined && n.sent === toks[i]!.sent && !(n.lo === 'that' || n.t === ':' || n.t === ',' || n.t === '.' || n.q >= 0 || n.t === '—');
}

/** A raising verb is a cue before "to" + verb, "that", "like", "as if" or a complement, not before a place or
 * time ("appeared on a reality show", "first appeared in the Post"). */
const RAISING_STOP: ReadonlySet<string> = new Set(['on', 'in', 'at', 'before', 'with', 'onstage', 'alongside', 'during', 'for', 'from']);

function verbAt(toks: readonly Tok[], i: number): Cue | null {
  const v = LX.verbs.get(toks[i]!.lo);
  // "the United States", "Global Times": a capitalised form is a name unless it opens the sentence or a headline.
  if (toks[i]!.cap && i > 0 && toks[i - 1]!.sent === toks[i]!.sent && toks[i - 1]!.q < 0 && !titleCase(toks, i)) return null;
  if (!v || inNotAttribution(toks, i) || badContext(toks, i, v.form, v.lemma) || thatOnlyFails(toks, i, v.lemma)) return null;
  if (LX.raising.has(v.lemma) && RAISING_STOP.has(toks[i + 1]?.lo ?? '')) return null;
  let a = i;
  let passive = false;
  const sent = toks[i]!.sent;
  for (;;) {
    while (a > 0 && inGroup(toks[a - 1]!, sent)) a--;
    // "was asked", "isn’t expected", "could be expected": "be" joins a participle's group as a passive.
    if (a > 0 && (v.form === 'past' || v.form === 'pp') && toks[a - 1]!.sent === sent && (BE.has(toks[a - 1]!.lo) || /^(?:is|was|are|were)n['’]t$/.test(toks[a - 1]!.lo))) { a--; passive = true; continue; }
    // "is saying", "might be asking", "wasn’t telling": the progressive's "be" belongs to the group.
    if (a > 0 && v.form === 'ing' && toks[a - 1]!.sent === sent && (BE.has(toks[a - 1]!.lo) || /^(?:is|was|are|were)n['’]t$/.test(toks[a - 1]!.lo))) { a--; continue; }
    break;
  }
  // A reduced passive: "When asked about …", "Asked whether …, she said" — no source of its own.
  const before = toks[a - 1];
  // … or one that opens the sentence: "Asked whether the plan works, the mayor said …".
  const opens = i === 0 || toks[i - 1]!.sent !== sent;
  if (!passive && a === i && (v.form === 'past' || v.form === 'pp') && ((before?.sent === sent && REDUCED.has(before.lo)) || (opens && toks[i + 1]?.word))) passive = true;
  let b = i;
  // "appeared to suggest", "seems to feel": the raising verb and the verb after it are one cue, with a source.
  if (LX.raising.has(v.lemma) && toks[i + 1]?.lo === 'to') {
    const w = LX.verbs.get(toks[i + 2]?.lo ?? '');
    if (w && w.form === 'base' && !LX.raising.has(w.lemma) && toks[i + 2]!.sent === sent) {
      return { a, b: i + 2, head: i, lemma: w.lemma, cls: w.cls, form: v.form, stance: v.stance, passive };
    }
  }
  const parts = LX.particles.get(v.lemma);
  if (parts && i + 1 < toks.length && parts.has(toks[i + 1]!.lo)) b = i + 1;
  if (v.cls === 'speech') b = settingEnd(toks, b);
  let stance = v.stance;
  const adv = a > 0 ? LX.stanceAdverbs.get(toks[a - 1]!.lo) : undefined;
  if (adv) stance = adv;
  for (const t of LX.stanceTails) if (matchAt(toks, b + 1, t.words)) stance = t.label ?? stance;
  return { a, b, head: i, lemma: v.lemma, cls: v.cls, form: v.form, stance, passive };
}

/** Words of the labels that editors put before a colon; they name no speaker. */
const LABELS: ReadonlySet<string> = new Set(
  ('note correction corrections clarification update updated question answer email e-mail remember related photo photos ' +
    'video watch read listen source sources credit disclosure advertisement editor editor’s editor\'s warning caption ' +
    'continued exclusive breaking analysis opinion commentary transcript also see more contact follow').split(' '),
);

/**
 * "Trump: “…”" and headline style "Issa: Clinton’s honesty is in question" — a colon after a short capitalised
 * phrase that opens the sentence acts as the cue, unless a verb just before it already is one.
 */
function colonCue(toks: readonly Tok[], i: number, cues: readonly Cue[]): boolean {
  const next = toks[i + 1];
  const prev = toks[i - 1];
  if (!next || !prev || !prev.word || next.para !== prev.para) return false;
  const last = cues[cues.length - 1];
  if (last && last.b >= i - 2) return false;
  let k = i - 1;
  while (k > 0 && toks[k - 1]!.sent === prev.sent && toks[k - 1]!.word && i - k < 4) k--;
  // '"WALLACE: Let’s start …': a transcript turn may open its paragraph with a quotation mark left open.
  const mark = toks[k - 1];
  const opensQuote = mark !== undefined && !mark.word && mark.q >= 0 && mark.q === prev.q && (k === 1 || toks[k - 2]!.para !== mark.para);
  if (prev.q >= 0 && !opensQuote) return false;
  const opensSentence = k === 0 || toks[k - 1]!.sent !== prev.sent || opensQuote;
  // Only a name-like run: every word capitalised and not an article ("The Ninth Circle: …" is a title), nor an
  // editorial label ("Correction:", "Editor’s Note:", "Question:").
  for (let j = k; j < i; j++) if (!toks[j]!.cap || DETERMINERS.has(toks[j]!.lo) || LABELS.has(toks[j]!.lo)) return false;
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

/** Whether token i sits in a headline-style run of capitalised words ("Sanders Says He Will Stay In"): the word
 * before it and the word after it are capitalised too. */
function titleCase(toks: readonly Tok[], i: number): boolean {
  const p = toks[i - 1]!;
  const n = toks[i + 1];
  const nn = toks[i + 2];
  // "… of the Washington Post Trump said": a name run followed by a lower-case word is prose, not a headline.
  return p.word && p.cap && n !== undefined && n.sent === toks[i]!.sent && n.word && n.cap && !(nn?.sent === n.sent && nn.word && !nn.cap);
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
