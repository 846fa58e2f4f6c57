/**
 * Noun-phrase heuristics for speakers and addressees, without a tagger: walk over capitalised words, nouns,
 * determiners and "of/for/at/from" until a clause word, a preposition, punctuation or a reporting verb.
 * Spans are token ranges [a, b], inclusive.
 */
import type { Tok } from './types.js';
import { LEXICON as LX } from './lexicon.js';
import { NOUN_LEMMAS } from './cues.js';
import {
  CLAUSE_WORDS, DASHES, DETERMINERS, IRREGULAR_PAST, LY_NOUNS, NP_PREPOSITIONS, PREPOSITIONS, SHORT_ADVERBS, SUBJECT_PRONOUNS, TERMINAL, TIME_WORDS,
} from './grammar.js';

export type Range = [number, number];
const MAX_NP = 12;

/** Lower-case words that look like verbs or adverbs by their ending: "met", "expressed", "including", "jointly". */
function verbLike(t: Tok, prev: Tok | undefined): boolean {
  if (t.cap || t.t.includes('-')) return false;
  if (IRREGULAR_PAST.has(t.lo)) return true;
  if (t.lo.endsWith('ly')) return !LY_NOUNS.has(t.lo);
  const afterDet = prev !== undefined && DETERMINERS.has(prev.lo);
  return t.lo.length > 4 && (t.lo.endsWith('ed') || t.lo.endsWith('ing')) && !afterDet && !LX.reportingNouns.has(t.lo);
}

/** Can this word sit inside a speaker phrase? */
function npWord(t: Tok, prev?: Tok): boolean {
  if (verbLike(t, prev)) return false;
  if (!t.word || t.q >= 0) return false;
  if (CLAUSE_WORDS.has(t.lo) || TIME_WORDS.has(t.lo)) return false;
  if (PREPOSITIONS.has(t.lo) && !NP_PREPOSITIONS.has(t.lo)) return false;
  if (SUBJECT_PRONOUNS.has(t.lo) && t.lo !== 'one') return false;
  const v = LX.verbs.get(t.lo);
  // Verb forms end the phrase, except base forms that are common nouns: "the state news agency".
  return !v || t.cap || LX.reportingNouns.has(t.lo) || (v.form === 'base' && NOUN_LEMMAS.has(v.lemma));
}

const pluralNoun = (t: Tok): boolean => t.word && !t.cap && t.lo.length > 3 && t.lo.endsWith('s') && !t.lo.endsWith('ss') && !t.lo.endsWith('ous') && !LX.verbs.has(t.lo);

const NUMBERS: ReadonlySet<string> = new Set('two three four five six seven eight nine ten'.split(' '));

/** Determiners that can stand alone as a subject ("many argue"). */
const LONE_QUANTIFIERS: ReadonlySet<string> = new Set('some many most several few both others'.split(' '));

const isName = (t: Tok): boolean => t.word && t.cap && !DETERMINERS.has(t.lo) && !CLAUSE_WORDS.has(t.lo);

/** The noun phrase ending at token j, walking left inside the sentence. */
export function npEndingAt(toks: readonly Tok[], j: number): Range | null {
  const end = toks[j];
  if (!end || !end.word || end.q >= 0 || SHORT_ADVERBS.has(end.lo)) return null;
  // "many argue", "some say": a quantifier standing alone is the subject.
  if (SUBJECT_PRONOUNS.has(end.lo) || (LONE_QUANTIFIERS.has(end.lo) && !toks[j - 1]?.word)) return [j, j];
  // "one in four", "two in three": a share of those polled.
  if (NUMBERS.has(end.lo) && toks[j - 1]?.lo === 'in' && (NUMBERS.has(toks[j - 2]?.lo ?? '') || toks[j - 2]?.lo === 'one')) return [j - 2, j];
  let a = j + 1;
  for (let k = j; k >= 0 && j - k < MAX_NP; k--) {
    const t = toks[k]!;
    if (t.sent !== end.sent) break;
    if (t.lo === 'and' && k > 0 && isName(toks[k - 1]!) && isName(toks[a] ?? t)) { a = k; continue; }
    // "Netanyahu and other leaders", "Friends and former foes": a coordinated subject before the cue.
    if (t.lo === 'and' && k > 0 && a <= j && (isName(toks[k - 1]!) || pluralNoun(toks[k - 1]!)) && (DETERMINERS.has(toks[a]!.lo) || pluralNoun(toks[j]!))) { a = k; continue; }
    // "Sanders’ aides": the apostrophe of a plural possessive.
    if ((t.t === '’' || t.t === "'") && k > 0 && a <= j && toks[k - 1]!.word && toks[k - 1]!.lo.endsWith('s') && toks[k - 1]!.e === t.s) { a = k; continue; }
    // "Commission on Presidential Debates": a preposition inside a capitalised name.
    if ((t.lo === 'on' || t.lo === 'in') && k > 0 && isName(toks[k - 1]!) && a <= j && isName(toks[a]!)) { a = k; continue; }
    if (!npWord(t, toks[k - 1])) break;
    a = k;
  }
  // A phrase cannot start with a dangling "of"/"for" or end in a determiner.
  while (a <= j && (NP_PREPOSITIONS.has(toks[a]!.lo) || toks[a]!.lo === 'and')) a++;
  if (a > j || DETERMINERS.has(end.lo) || NP_PREPOSITIONS.has(end.lo) || (a === j && /^[\d.,]+$/.test(end.t))) return null;
  return [a, j];
}

/** The noun phrase starting at token i, walking right; stops before prepositions other than of/for/at/from. */
export function npStartingAt(toks: readonly Tok[], i: number): Range | null {
  const first = toks[i];
  if (!first || !first.word || first.q >= 0) return null;
  if (SUBJECT_PRONOUNS.has(first.lo)) return [i, i];
  let b = i - 1;
  for (let k = i; k < toks.length && k - i < MAX_NP; k++) {
    const t = toks[k]!;
    if (t.sent !== first.sent) break;
    if (NP_PREPOSITIONS.has(t.lo)) {
      const nx = toks[k + 1];
      if (!nx || nx.sent !== t.sent || !(nx.cap || DETERMINERS.has(nx.lo))) break;
    } else if (t.lo === 'and') {
      if (!(isName(toks[b] ?? t) && toks[k + 1] && isName(toks[k + 1]!))) break;
    } else if (!npWord(t, toks[k - 1])) break;
    // "told reporters the bill was dead": a determiner after a noun opens the next phrase.
    if (k > i && DETERMINERS.has(t.lo) && toks[k - 1]!.word && !DETERMINERS.has(toks[k - 1]!.lo) && !NP_PREPOSITIONS.has(toks[k - 1]!.lo)) break;
    b = k;
  }
  while (b >= i && (NP_PREPOSITIONS.has(toks[b]!.lo) || DETERMINERS.has(toks[b]!.lo) || toks[b]!.lo === 'and')) b--;
  return b >= i ? [i, b] : null;
}

/**
 * The speaker left of a cue that starts at token c: a pronoun, a phrase, a phrase with a parenthesis
 * ("Rep. Bobby Scott (D-Va.)"), or a name with an appositive between commas ("Wang, a member of …, said").
 */
export function speakerLeftOf(toks: readonly Tok[], c: number): Range | null {
  let j = c - 1;
  const sent = toks[c]!.sent;
  // "He angrily said", "Lee, in a hat, matter-of-factly said", "The Post first reported": skip one adverb.
  const adv = toks[j];
  if (j > 0 && adv && adv.word && !adv.cap && adv.q < 0) {
    const after = SUBJECT_PRONOUNS.has(toks[j - 1]!.lo) || isName(toks[j - 1]!);
    if ((adv.lo.endsWith('ly') && !LY_NOUNS.has(adv.lo) && (after || toks[j - 1]!.t === ',')) || (after && SHORT_ADVERBS.has(adv.lo))) j--;
  }
  if (j < 0 || toks[j]!.sent !== sent) return null;
  j = skipTimeAdverbial(toks, j);
  if (toks[j]!.t === ')') return withParenthesis(toks, j);
  // "Sen. Jack Reed (D-R.I.), said": a comma after the party and state.
  if (toks[j]!.t === ',') return appositiveLeft(toks, j) ?? (toks[j - 1]?.t === ')' ? withParenthesis(toks, j - 1) : null);
  if (DASHES.has(toks[j]!.t)) return dashAsideLeft(toks, j);
  return npEndingAt(toks, j);
}

/** "Murphy — after a pause — told me": a name before an aside between two dashes that ends at token j. */
function dashAsideLeft(toks: readonly Tok[], j: number): Range | null {
  const sent = toks[j]!.sent;
  for (let k = j - 1; k > 0 && j - k <= 12; k--) {
    const t = toks[k]!;
    if (t.sent !== sent || t.q >= 0 || TERMINAL.has(t.t)) return null;
    if (!DASHES.has(t.t)) continue;
    const np = npEndingAt(toks, k - 1);
    return np && isName(toks[np[1]]!) ? np : null;
  }
  return null;
}

/** "Rep. Ann Lee (D-Md.)": a phrase followed by a short parenthesis ending at token j, parenthesis included. */
function withParenthesis(toks: readonly Tok[], j: number): Range | null {
  if (toks[j]?.t !== ')') return null;
  const sent = toks[j]!.sent;
  let k = j - 1;
  while (k >= 0 && toks[k]!.sent === sent && toks[k]!.t !== '(' && j - k < 8) k--;
  const np = k > 0 && toks[k]!.t === '(' ? npEndingAt(toks, k - 1) : null;
  return np ? [np[0], j] : null;
}

/** Steps left over "on Tuesday", "last week", "Monday" between a subject and its verb. */
function skipTimeAdverbial(toks: readonly Tok[], j: number): number {
  let k = j;
  while (k > 0 && toks[k]!.word && TIME_WORDS.has(toks[k]!.lo) && j - k < 3) k--;
  if (k === j) return j;
  if (toks[k]!.lo === 'on' || toks[k]!.lo === 'late' || toks[k]!.lo === 'early') k--;
  // "Sen. Ann Reed (R-Iowa) on Wednesday said": the parenthesis before the adverbial ends the speaker.
  return k >= 0 && (toks[k]!.word || toks[k]!.t === ')') && toks[k]!.sent === toks[j]!.sent ? k : j;
}

/** Connectives that sit between commas after a subject. */
const CONNECTIVES: ReadonlySet<string> = new Set(
  ['for example', 'for instance', 'for one', 'of course', 'in turn', 'in fact', 'meanwhile', 'however', 'though', 'too', 'also', 'instead', 'likewise', 'in particular'],
);

/** The lower-case words of tokens [a, b] joined by spaces. */
function words(toks: readonly Tok[], a: number, b: number): string {
  let s = '';
  for (let k = a; k <= b; k++) s += (k > a ? ' ' : '') + toks[k]!.lo;
  return s;
}

/** "Name, appositive, said": find the comma opening the appositive and a name-headed phrase before it. */
function appositiveLeft(toks: readonly Tok[], comma: number): Range | null {
  const sent = toks[comma]!.sent;
  let commas = 0;
  for (let k = comma - 1; k >= 0 && comma - k < 40; k--) {
    const t = toks[k]!;
    if (t.sent !== sent || t.q >= 0 || TERMINAL.has(t.t) || DASHES.has(t.t)) return null;
    if (t.t !== ',') continue;
    if (++commas > 3) return null;
    const np = npEndingAt(toks, k - 1) ?? withParenthesis(toks, k - 1);
    const apFirst = toks[k + 1]!;
    // The appositive opens like one: "a/the/who/former", a number (age), or a lower-case title.
    // "IBM, for example, said", "Sanders, meanwhile, said": a connective between commas is no part of the speaker.
    if (np && commas === 1 && CONNECTIVES.has(words(toks, k + 1, comma - 1))) return np;
    const looksAppositive = DETERMINERS.has(apFirst.lo) || /^(?:who|whose|which|also|former|now|then|\d+)$/.test(apFirst.lo)
      || (!apFirst.cap && apFirst.word && !CLAUSE_WORDS.has(apFirst.lo) && !PREPOSITIONS.has(apFirst.lo)) || isName(apFirst);
    // The phrase is a name, or ends in one: "the economist Jared Bernstein, a former adviser …, wrote".
    const named = np !== null && (isName(toks[np[0]]!) || isName(toks[np[1]]!));
    if (np && named && looksAppositive && (np[0] === np[1] || toks[np[1]]!.cap || toks[np[1]]!.t === ')')) return [np[0], comma - 1];
    // "The governor, who backs the plan, said": a relative clause after any noun phrase.
    if (np && commas === 1 && /^(?:who|whose|which)$/.test(apFirst.lo) && !SUBJECT_PRONOUNS.has(toks[np[1]]!.lo)) return [np[0], comma - 1];
    // "The state’s campaign chairman, Phil Lovas, said": a title phrase, then the name as appositive.
    if (np && isName(apFirst) && commas === 1 && npEndingAt(toks, comma - 1)?.[0] === k + 1) return [np[0], comma - 1];
    // "Trump, in Kentucky, said": a short prepositional aside between the speaker and the cue.
    if (np && isName(toks[np[1]]!) && commas === 1 && PREPOSITIONS.has(apFirst.lo) && comma - k <= 8) return np;
    if (np && SUBJECT_PRONOUNS.has(toks[np[0]]!.lo)) return null;
  }
  return null;
}

/**
 * The speaker right of a cue ("…,” said Carla Cruz, 24, who …): a phrase, extended over a following
 * appositive to the end of the sentence when one opens with an age, "a/the", "who" or a title.
 */
export function speakerRightOf(toks: readonly Tok[], i: number, end: number): Range | null {
  const np = npStartingAt(toks, i);
  if (!np || np[1] > end) return null;
  const comma = toks[np[1] + 1];
  const next = toks[np[1] + 2];
  // "…, said six million people who lost their insurance": a relative clause to the end belongs to the speaker.
  // … and so does a participle or "close to" that runs to the end: "…, said a source involved in the talks."
  const relative = comma !== undefined && np[1] + 1 <= end && (/^(?:who|whose)$/.test(comma.lo) || reducedRelative(toks, np[1] + 1, end));
  if (!relative && (!comma || comma.t !== ',' || !next || np[1] + 2 > end)) return np;
  // A lower-case title opens an appositive when "of/for/at" follows it: "executive director of the union".
  // … within a few words: "senior adviser to the committee", "managing director and analyst at Evercore".
  let title = false;
  // "…, said Joe Biden, urging …": a participle after the comma opens the speaker's own clause.
  if (next !== undefined && next.word && !next.cap && !next.lo.endsWith('ing')) {
    for (let k = np[1] + 3; k < np[1] + 7 && k <= end && !title; k++) title = (NP_PREPOSITIONS.has(toks[k]!.lo) && toks[k]!.lo !== 'from') || toks[k]!.lo === 'to';
  }
  const opens = relative || /^(?:\d+|a|an|the|who|whose|which|former|also|now|then)$/.test(next!.lo) || (next!.cap && next!.word) || title;
  if (!opens) return np;
  let b = np[1];
  for (let k = np[1] + (relative ? 1 : 2); k <= end; k++) {
    const t = toks[k]!;
    if (t.q >= 0 || DASHES.has(t.t) || t.t === ';' || TERMINAL.has(t.t)) break;
    if (t.t === ',' && (toks[k + 1]?.q ?? -1) >= 0) break;
    if (t.word || t.t === ')' ) b = k;
  }
  return [np[0], b];
}

/** Whether tokens [k, end] are a participle phrase ("involved in the talks", "close to the campaign") with no
 * clause break before the end. */
function reducedRelative(toks: readonly Tok[], k: number, end: number): boolean {
  const t = toks[k]!;
  const near = /^(?:close|familiar)$/.test(toks[k - 1]!.lo) && (t.lo === 'to' || t.lo === 'with');
  if (!t.word || t.cap || !((t.lo.length > 4 && t.lo.endsWith('ed')) || t.lo === 'close' || t.lo === 'familiar' || near)) return false;
  for (let j = k + 1; j <= end; j++) if (!toks[j]!.word && !(j === end && TERMINAL.has(toks[j]!.t))) return false;
  return end - k < 15;
}

/** The last capitalised run of a phrase: "Russian state-owned news agency Sputnik" → "Sputnik". */
export function lastNameRun(toks: readonly Tok[], r: Range): Range {
  let b = r[1];
  while (b > r[0] && !toks[b]!.cap) b--;
  let a = b;
  while (a > r[0] && toks[a - 1]!.cap && toks[a - 1]!.word) a--;
  return toks[b]!.cap ? [a, b] : r;
}

/** First words of the listed outlet names: a name can only start at one of them. */
const OUTLET_FIRST: ReadonlySet<string> = new Set([...LX.outlets].map((n) => n.split(' ')[0]!));

/** Whether a phrase names a news outlet: a listed name, or a phrase headed by "agency", "newspaper", … */
export function isOutlet(toks: readonly Tok[], r: Range): boolean {
  const words: string[] = [];
  for (let k = r[0]; k <= r[1]; k++) words.push(toks[k]!.lo);
  for (let a = 0; a < words.length; a++) {
    if (!toks[r[0] + a]!.cap || !OUTLET_FIRST.has(words[a]!)) continue;
    // Listed names have at most four words.
    for (let b = Math.min(words.length, a + 4); b > a; b--) if (LX.outlets.has(words.slice(a, b).join(' '))) return true;
  }
  return words.some((w) => LX.outletHeads.has(w)) && toks[r[1]]!.cap;
}
