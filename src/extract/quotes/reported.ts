/**
 * Reported speech: "X said (that) …" (forward), "…, X said." and "…, said X." (backward), parentheticals
 * ("The plan, he said, would fail."), participles (", adding that …"), and "according to X".
 * Content never takes tokens already claimed by another attribution.
 */
import { type Ctx, type Draft, contentEnd, leftSpeaker } from './context.js';
import { type Range, isOutlet, lastNameRun, npStartingAt, speakerRightOf } from './phrases.js';
import { afterCue, invertible, quoteChain } from './direct.js';
import { BE, CLAUSE_WORDS, DASHES, GERUND_PREPS, PREPOSITIONS, SUBJECT_PRONOUNS, TIME_WORDS } from './grammar.js';
import type { Cue, Tok } from './types.js';
import { asideSubject, looseSubject, passiveParts, wholeSubject } from './loose.js';
import { ownerFrame } from './nouns.js';
import { LEXICON as LX } from './lexicon.js';

/** Conjunctions after which a subject and cue start a clause of their own. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set('and but while though although whereas because as when since after before so ;'.split(' '));

const CONFIDENCE: Record<Cue['cls'], number> = { speech: 0.75, quoted: 0.8, according: 0.7, belief: 0.55, evidence: 0.55, evaluative: 0.45 };

export function newDraft(ctx: Ctx, cue: Cue, source: Range | null, content: Range[], frame: string): Draft {
  const { toks, quotes } = ctx;
  let direct = false;
  for (const r of content) for (let k = r[0]; k <= r[1] && !direct; k++) {
    const q = toks[k]!.q;
    if (q >= 0 && quotes[q]!.a >= r[0] && quotes[q]!.b <= r[1] && quotes[q]!.words >= 3) direct = true;
  }
  const via = source && isOutlet(toks, source) ? lastNameRun(toks, source) : null;
  const conf = CONFIDENCE[cue.cls] - (source ? 0 : 0.2);
  return { cue, source, content, addressee: null, via, stance: cue.stance, direct, conf, frame };
}

/** Punctuation outside quotation marks: never the first or last token of content. */
const isEdge = (t: Tok): boolean => !t.word && t.q < 0;

/** Shrinks [a, b] so that it holds no claimed token and no edge punctuation; null when no word is left. */
export function trimRange(ctx: Ctx, a: number, b: number, minWords = 2): Range | null {
  const { toks, claimed } = ctx;
  for (let k = a; k <= b; k++) if (claimed[k] !== 0) { if (k - a >= 2) { b = k - 1; break; } a = k + 1; }
  while (a <= b && (isEdge(toks[a]!) || claimed[a] !== 0)) a++;
  while (b >= a && (isEdge(toks[b]!) || claimed[b] !== 0)) b--;
  let words = 0;
  for (let k = a; k <= b; k++) if (toks[k]!.word) words++;
  return words >= minWords ? [a, b] : null;
}

function speakerOf(ctx: Ctx, cue: Cue): Range | null {
  const { toks } = ctx;
  const at = cue.form === 'ing' && BE.has(toks[cue.a - 1]?.lo ?? '') ? cue.a - 1 : cue.a;
  return wholeSubject(ctx, at);
}

/** What follows the cue group in a backward frame: nothing, adverbials ("on Tuesday", "in a statement"), or a
 * participle that starts its own attribution ('end'); or the comma after which the rest of an aside's sentence is
 * content ("The plan, he said on Monday, would fail": the comma's index). */
function trailer(ctx: Ctx, k: number, end: number): 'end' | number | null {
  const { toks, cueAt } = ctx;
  // Adverbs after the group belong to it: "…,” reported TASS further.
  while (k <= end && !toks[k]!.cap && (toks[k]!.lo.endsWith('ly') || /^(?:further|later|again|too|then|today|yesterday|tonight|earlier|recently|previously)$/.test(toks[k]!.lo))) k++;
  if (k > end) return 'end';
  const t = toks[k]!;
  if (t.t === ',') {
    const c = cueAt[k + 1]!;
    if (c >= 0 && (ctx.cues[c]!.form === 'ing' || ctx.cues[c]!.cls === 'according')) return 'end';
    if (toks[k + 1]!.lo === 'that' || restHasCue(ctx, k + 1, end)) return null;
    return end - k >= 3 ? k : null;
  }
  // "this week" is an adverbial, "this was …" a clause; "warned officials to boost …" is the cue's complement.
  const time = TIME_WORDS.has(t.lo) && (!/^(?:this|last|next)$/.test(t.lo) || TIME_WORDS.has(toks[k + 1]?.lo ?? ''));
  if (!(PREPOSITIONS.has(t.lo) || time) || t.lo === 'to' || end - k > 25) return null;
  for (let j = k; j <= end; j++) {
    const c = cueAt[j]!;
    // "The difference, he told me on Friday, is …": the adverbial closes an aside.
    if (toks[j]!.t === ',' && toks[j]!.q < 0) return end - j >= 3 && toks[j + 1]!.lo !== 'that' && !restHasCue(ctx, j + 1, end) ? j : null;
    // A title in quotation marks may sit in the adverbial: "said on “Meet the Press.”"
    const q = toks[j]!.q;
    if (toks[j]!.lo === 'that' || (q >= 0 && (ctx.quotes[q]!.words > 4 || !toks[ctx.quotes[q]!.a - 1]?.word))) return null;
    if (c >= 0 && ctx.cues[c]!.cls !== 'according') return null;
  }
  return 'end';
}

/** Whether tokens [a, end] hold a cue, or more of a quotation that token a is part of. */
function restHasCue(ctx: Ctx, a: number, end: number): boolean {
  const { toks, cueAt } = ctx;
  for (let j = a; j <= end; j++) if (cueAt[j]! >= 0 || (toks[j]!.q === toks[a]!.q && toks[j]!.q >= 0)) return true;
  return false;
}

/** "ST. PETERSBURG, Sept. 10 (Xinhua) -- China is …": content starts after a dateline's dash. */
function afterDateline(ctx: Ctx, S: number, limit: number): number {
  const { toks } = ctx;
  const first = toks[S]!;
  if (!first.word || first.t !== first.t.toUpperCase() || first.t.length < 3) return S;
  for (let k = S + 1; k < Math.min(limit, S + 14); k++) {
    if (DASHES.has(toks[k]!.t)) return k + 1;
    // "WASHINGTON -- …" or "WASHINGTON - …": hyphens that stand alone.
    if (toks[k]!.t === '-') return toks[k + 1]?.t === '-' ? k + 2 : k + 1;
  }
  return S;
}

/** "…, X said." / "…, said X." / "The plan, he said, would fail." */
export function backwardFrame(ctx: Ctx, ci: number): Draft | null {
  const cue = ctx.cues[ci]!;
  if (cue.cls === 'according' || cue.cls === 'evaluative' || cue.passive || LX.raising.has(cue.lemma)) return null;
  const { toks } = ctx;
  const sent = toks[cue.a]!.sent;
  const S = ctx.ss[sent]!;
  const E = contentEnd(ctx, sent);
  let source = speakerOf(ctx, cue);
  let groupStart = source ? source[0] : cue.a;
  const probe: Draft = newDraft(ctx, cue, source, [], 'backward');
  let k = source ? afterCue(ctx, cue, probe) : cue.b + 1;
  if (!source) {
    if (!invertible(cue)) return null;
    source = speakerRightOf(toks, cue.b + 1, E);
    if (!source) return null;
    k = source[1] + 1;
    groupStart = cue.a;
  }
  const before = toks[groupStart - 1];
  if (!before || before.sent !== sent || groupStart - 1 <= S) return null;
  // The comma may sit inside a closing quotation mark: … a “new Cold War,” says the paper.
  const closesWithComma = before.q >= 0 && ctx.quotes[before.q]!.b === groupStart - 1 && toks[groupStart - 2]!.t === ',';
  if (!(before.t === ',' || DASHES.has(before.t) || closesWithComma)) return null;
  const tail = trailer(ctx, k, E);
  // A belief verb is a backward cue only as an aside: "The reform, his advisers believe, would pass."
  const paren = typeof tail === 'number';
  if (tail === null || (cue.cls === 'belief' && !paren)) return null;
  const head = trimRange(ctx, afterDateline(ctx, S, groupStart), closesWithComma ? groupStart - 1 : groupStart - 2, paren ? 1 : 2);
  if (!head) return null;
  // "DuVernay said she felt … because “…,” she said. “We …”": a verb of saying with its own subject before the
  // quotation already introduces the words; the closing pronoun and verb only lead into the next quotation.
  const repeated = closesWithComma && source[0] === source[1] && /^(?:he|she|they)$/.test(toks[source[0]]!.lo)
    && introducedBefore(ctx, head[0], ctx.quotes[before.q]!.a);
  if (repeated) {
    const next = paren ? [] : quotesAfter(ctx, sent, ci);
    return next.length > 0 ? newDraft(ctx, cue, source, next, 'backward') : null;
  }
  const content: Range[] = [head];
  if (paren) { const rest = trimRange(ctx, tail + 1, E); if (rest) content.push(rest); }
  else content.push(...quotesAfter(ctx, sent, ci));
  const d = newDraft(ctx, cue, source, content, paren ? 'parenthetical' : 'backward');
  d.addressee = probe.addressee;
  d.via = probe.via ?? d.via;
  return d;
}

/** Whether a verb of saying with its own subject starts between tokens a and q. */
function introducedBefore(ctx: Ctx, a: number, q: number): boolean {
  const { toks, cueAt } = ctx;
  for (let k = a; k < q; k++) {
    const c = cueAt[k]!;
    if (c < 0) continue;
    const cue = ctx.cues[c]!;
    if (cue.a === k && cue.cls === 'speech' && !cue.passive && cue.form !== 'ing' && ctx.claimed[cue.head] === 0 && leftSpeaker(ctx, k) !== null) return true;
    k = cue.b;
  }
  return false;
}

/** Conjunctions that open an adverbial clause before the main clause: "If Trump thought …, he …". */
const SUBORDINATORS: ReadonlySet<string> = new Set('if while when as although though because since after before until unless once whereas'.split(' '));

/** Whether token a lies in an adverbial clause that opens the sentence, before that clause's comma. */
function inOpeningClause(ctx: Ctx, sent: number, a: number): boolean {
  const { toks } = ctx;
  let k = ctx.ss[sent]!;
  if (toks[k]!.lo === 'but' || toks[k]!.lo === 'and') k++;
  if (!SUBORDINATORS.has(toks[k]?.lo ?? '')) return false;
  for (let j = k + 1; j < a; j++) if (toks[j]!.t === ',' && toks[j]!.q < 0) return false;
  return true;
}

/** "… “because …,” Lee said. “But …”": a quotation that opens the next sentence of the paragraph continues the turn. */
function quotesAfter(ctx: Ctx, sent: number, ci: number): Range[] {
  const { toks } = ctx;
  const first = ctx.se[sent]! + 1;
  const t = toks[first];
  if (!t || t.para !== toks[first - 1]!.para || t.q < 0 || ctx.quotes[t.q]!.a !== first || ctx.quotes[t.q]!.words < 3 || ctx.claimed[first] !== 0) return [];
  for (let k = ctx.quotes[t.q]!.b + 1; k < toks.length && toks[k]!.sent === t.sent; k++) if (ctx.cueAt[k]! >= 0) return [];
  return quoteChain(ctx, t.q, ci);
}

/** Where forward content starts: at "that" (PolNeAR keeps the complementiser in the content), after an addressee,
 * or after adverbials that precede "that". */
function forwardStart(ctx: Ctx, k: number, E: number): number {
  const { toks, cueAt } = ctx;
  if (toks[k] && /^[,:]$/.test(toks[k]!.t) && toks[k + 1]?.lo !== 'that') {
    if (toks[k]!.t === ':' || (toks[k + 1]?.q ?? -1) >= 0) return k + 1;
  }
  const t = toks[k];
  if (t && (PREPOSITIONS.has(t.lo) || TIME_WORDS.has(t.lo) || t.t === ',')) {
    for (let j = k; j <= Math.min(E, k + 30); j++) {
      if (cueAt[j]! >= 0 || toks[j]!.q >= 0) break;
      if (toks[j]!.lo === 'that') return j;
    }
  }
  return k;
}

/** Subject of a participial cue (", saying …"): the last speaker in this sentence, else its opening phrase. */
function participleSource(ctx: Ctx, cue: Cue): Range | null {
  const { toks } = ctx;
  const sent = toks[cue.a]!.sent;
  for (let i = ctx.drafts.length - 1; i >= 0; i--) {
    const d = ctx.drafts[i]!;
    // A noun's owner ("ratcheted up his attacks on …, saying") is not the clause's subject.
    if (d.cue && toks[d.cue.a]!.sent === sent && d.source && d.cue.owner === undefined) return d.source;
  }
  // The clause's subject comes after a dateline ("WASHINGTON — ") and an opening phrase ("Speaking in Ohio, …").
  const S = ctx.ss[sent]!;
  let k = afterDateline(ctx, S, cue.a);
  // "However, he …": a connective before its comma.
  if (toks[k + 1]?.t === ',' && toks[k]!.word && (CLAUSE_WORDS.has(toks[k]!.lo) || toks[k]!.lo.endsWith('ly'))) k += 2;
  const first = toks[k]!;
  // … or a reduced passive ("Asked about the vote, she …").
  const passiveOpener = ctx.cueAt[k]! >= 0 && ctx.cues[ctx.cueAt[k]!]!.passive === true;
  if (first.cap && (PREPOSITIONS.has(first.lo) || (first.lo.length > 4 && first.lo.endsWith('ing')) || passiveOpener)) {
    let c = k;
    while (c < cue.a && toks[c]!.t !== ',') c++;
    if (c < cue.a) k = c + 1;
  }
  const np = npStartingAt(toks, k);
  return np && (toks[np[0]]!.cap || SUBJECT_PRONOUNS.has(toks[np[0]]!.lo)) ? np : null;
}

/** What a speaker issues; a participle of saying after it reports the issuer's words. */
const ISSUED: ReadonlySet<string> = new Set('statement letter email tweet post message release memo'.split(' '));

/** Words that, after a comma or dash, open a clause of the writer's own: "…, but …", "— even though …". */
const CONTENT_BREAKS: ReadonlySet<string> = new Set('but however though although while whereas yet even despite unlike meanwhile instead'.split(' '));
/** Nouns and prepositions ending in "-ing" that do not open a participle clause. */
const ING_NOUNS: ReadonlySet<string> = new Set('during including according nothing something anything everything morning evening building meeting funding spending hearing ruling briefing polling'.split(' '));

/** Relative pronouns that open a writer's aside when their clause runs to the end of the content. */
const RELATIVES: ReadonlySet<string> = new Set('which who whom whose where'.split(' '));

/**
 * Whether reported content ends before token j (the content runs to at most `end`): a semicolon, or a comma or
 * dash (outside quotation marks) followed by a contrastive conjunction or a participle ("…, saying …",
 * "— asserting …") that comments on it, or by a relative clause that runs to the end (", which …").
 */
function contentBreak(toks: readonly Tok[], j: number, end: number): boolean {
  const t = toks[j]!;
  if (t.q >= 0 || t.word) return false;
  if (t.t === ';') return true;
  if (t.t !== ',' && !DASHES.has(t.t)) return false;
  const next = toks[j + 1];
  if (!next || next.q >= 0 || next.sent !== t.sent) return false;
  if (CONTENT_BREAKS.has(next.lo)) return true;
  // … or by a relative clause or an appositive that runs to the end (", which …", ", a swipe at …").
  if (t.t === ',' && (RELATIVES.has(next.lo) || next.lo === 'a' || next.lo === 'an')) {
    let k = j + 2;
    while (k <= end && toks[k]!.t !== ',' && !DASHES.has(toks[k]!.t)) k++;
    if (k > end) return true;
  }
  return !next.cap && next.lo.length > 5 && next.lo.endsWith('ing') && !ING_NOUNS.has(next.lo);
}

/** Whether an "according to" between tokens `from` and E closes the sentence: "The witness said the order was …,
 * according to the report." takes the whole clause, its verb of saying included (PolNeAR gives each token one role). */
function closingAccording(ctx: Ctx, from: number, E: number): boolean {
  const { toks, cueAt } = ctx;
  for (let j = from; j <= E; j++) {
    const c = cueAt[j]!;
    if (c < 0 || ctx.cues[c]!.a !== j) continue;
    const cue = ctx.cues[c]!;
    if (cue.cls !== 'according') continue;
    const p = toks[j - 1]!;
    const comma = p.t === ',' || (p.q >= 0 && ctx.quotes[p.q]!.b === j - 1 && toks[j - 2]?.t === ',');
    const src = npStartingAt(toks, cue.b + 1);
    // An outlet only relays the words ("…, according to Reuters"): the verb keeps them and the outlet is its via.
    return comma && src !== null && !isOutlet(toks, src) && (src[1] >= E || modifiedSourceEnd(ctx, src[1] + 1, E, true) === E);
  }
  return false;
}

/** "X said (that) …", "X told Y …", ", adding that …". */
export function forwardFrame(ctx: Ctx, ci: number): Draft | null {
  const cue = ctx.cues[ci]!;
  if (cue.cls === 'according') return accordingFrame(ctx, ci);
  if (cue.owner !== undefined) return ownerFrame(ctx, cue);
  const { toks, cueAt } = ctx;
  const sent = toks[cue.a]!.sent;
  const E = contentEnd(ctx, sent);
  if (closingAccording(ctx, cue.b + 1, E)) return null;
  const prevLo = toks[cue.a - 1]?.lo;
  // ", adding …" and "… and said …" share the subject of the clause before them.
  const participle = (cue.form === 'ing' && (prevLo === ',' || GERUND_PREPS.has(prevLo ?? ''))) || prevLo === 'and' || prevLo === 'but';
  let source: Range | null;
  let lead: Range | null = null;
  let from = -1;
  if (cue.passive || LX.raising.has(cue.lemma)) {
    const p = passiveParts(ctx, cue.a, cue.b);
    source = p.agent;
    lead = p.subject && trimRange(ctx, p.subject[0], p.subject[1], 1);
    from = p.next;
  } else if (cue.form === 'ing' && cue.a === cue.head && !participle && toks[cue.a - 1]?.word) {
    // "voters saying they …" are the speakers; "put out a statement saying …" speaks for the clause's subject.
    source = leftSpeaker(ctx, cue.a);
    if (source && ISSUED.has(toks[source[1]]!.lo)) source = participleSource(ctx, cue) ?? source;
  } else {
    source = participle ? participleSource(ctx, cue) : speakerOf(ctx, cue) ?? looseSubject(ctx, cue.a) ?? asideSubject(ctx, cue.a);
    // "… have pointed out that …" after a clause the subject cannot be read from: the cue and content stand alone.
    if (!source && !(cue.a < cue.head || participle)) return null;
  }
  // "a reform which officials said would cost billions": the relative pronoun stands for the content's subject.
  if (!lead && source && /^(?:which|what)$/.test(toks[source[0] - 1]?.lo ?? '') && ctx.claimed[source[0] - 1] === 0) lead = [source[0] - 1, source[0] - 1];
  const d = newDraft(ctx, cue, source, [], lead ? 'passive' : participle ? 'participle' : 'forward');
  const start = forwardStart(ctx, from >= 0 ? from : afterCue(ctx, cue, d), E);
  let end = E;
  // A reduced passive that opens the sentence ends at its comma, where the main clause begins; so does a relative
  // clause set off by commas ("The mayor, who thinks the plan fails, called it …").
  const opener = (cue.passive && cue.a === ctx.ss[sent])
    || (source !== null && source[0] === source[1] && RELATIVES.has(toks[source[0]]!.lo) && toks[source[0] - 1]?.t === ',')
    || (lead !== null && lead[0] === lead[1] && toks[lead[0]]!.lo === 'which' && toks[lead[0] - 1]?.t === ',')
    || inOpeningClause(ctx, sent, cue.a);
  for (let j = start + 1; j <= E; j++) {
    if (contentBreak(toks, j, E) || (opener && toks[j]!.t === ',' && toks[j]!.q < 0)) { end = j - 1; break; }
    if (opener && toks[j]!.q >= 0 && ctx.quotes[toks[j]!.q]!.b === j && toks[j - 1]!.t === ',') { end = j; break; }
    const c = cueAt[j]!;
    const joint = toks[j - 1]!.lo;
    if (c < 0 || ctx.used.has(c)) continue;
    const next = ctx.cues[c]!;
    // "… praised the team and said …": a coordinated cue starts its own attribution.
    if ((joint === 'and' || joint === 'but') && (next.head === j || next.a === j) && next.cls !== 'according') { end = j - 2; break; }
    // "…, though she acknowledged …": a later cue with its own subject after a clause break starts a new attribution.
    if (next.a === j && next.cls !== 'according') {
      const subj = leftSpeaker(ctx, j);
      const gate = subj ? toks[subj[0] - 1] : undefined;
      if (subj && gate && subj[0] - 1 > start && CLAUSE_BREAKS.has(gate.lo)) { end = subj[0] - 2; break; }
    }
    if (joint !== ',') continue;
    if (next.cls === 'according') {
      const src = npStartingAt(toks, next.b + 1);
      if (src && isOutlet(toks, src)) { d.via = lastNameRun(toks, src); ctx.used.add(c); }
    }
    if (next.cls === 'according' || next.form === 'ing') { end = j - 2; break; }
  }
  const object = start <= end ? objectEnd(ctx, cue, start, end) : -1;
  if (object >= 0) end = object;
  // One word is content only as a whole answer ("75 percent said yes, but …", "said, “No.”") or a whole object
  // ("endorsed Cruz").
  const q = start <= end ? toks[start]!.q : -1;
  const answer = (start === end && toks[start]!.word && (end === E || toks[end + 1]!.t === ',' || object >= 0))
    || (q >= 0 && ctx.quotes[q]!.a === start && ctx.quotes[q]!.b === end);
  const body = start <= end ? trimRange(ctx, start, end, answer ? 1 : 2) : null;
  d.content = [lead, body].filter((r): r is Range => r !== null);
  if (d.content.length === 0) return null;
  d.direct = newDraft(ctx, cue, null, d.content, '').direct;
  return d;
}

/** Verbs that take a bare clause ("said the plan fails", "thinks Trump can win"); after the others a noun phrase
 * is the whole object. */
const BARE_CLAUSE: ReadonlySet<string> = new Set(
  'say tell add write tweet post argue claim insist warn suggest predict explain note report think believe feel hope fear expect know worry doubt suspect guess reckon realize recognize imagine suppose presume assume understand find show figure wish'.split(' '),
);
/** Words that open an adverbial after an object ("attacked her during the debate", "endorsed him after …"); "in",
 * "on", "of", "for" and the like attach to the noun as often as to the verb ("a tax on trading"). */
const ADVERBIAL_PREPS: ReadonlySet<string> = new Set('during since after before amid despite while when until because following throughout'.split(' '));
/** Forms of "be", "have", "do" and modals: after a noun phrase they make it the subject of a clause. */
const VERB_AUX: ReadonlySet<string> = new Set('is are was were has have had will would could can may might must should do does did'.split(' '));

/** "endorsed Cruz last week", "attacked Machado during the debate": when the content is a noun phrase followed by a
 * time adverbial or an adverbial clause, the phrase alone is the object; the token that ends it, or -1 when the
 * content is a clause ("criticized the plan last year would fail" has a verb after the phrase). */
function objectEnd(ctx: Ctx, cue: Cue, start: number, end: number): number {
  const { toks } = ctx;
  const first = toks[start]!;
  if (BARE_CLAUSE.has(cue.lemma) || !first.word || first.q >= 0 || CLAUSE_WORDS.has(first.lo) || SUBJECT_PRONOUNS.has(first.lo)
    || TIME_WORDS.has(first.lo) || first.lo === 'late' || first.lo === 'early') return -1;
  const np = npStartingAt(toks, start);
  if (!np || np[1] >= end) return -1;
  const next = toks[np[1] + 1]!;
  // "those who support Sanders are in college": after an evaluative verb, a verb ends its object.
  if (cue.cls === 'evaluative' && VERB_AUX.has(next.lo)) return np[1];
  if (!(ADVERBIAL_PREPS.has(next.lo) || TIME_WORDS.has(next.lo))) return -1;
  for (let k = np[1] + 1; k <= end && k <= np[1] + 12; k++) {
    if (toks[k]!.t === ',' || toks[k]!.q >= 0) break;
    if (VERB_AUX.has(toks[k]!.lo)) return -1;
  }
  return np[1];
}

/** The last token of a source after "according to" that a modifier extends ("early results of the poll conducted
 * by Edison Research"): the token before the first comma, or the end when `toEnd`, provided no cue, quotation or
 * dash comes first; -1 otherwise. */
function modifiedSourceEnd(ctx: Ctx, k: number, E: number, toEnd: boolean): number {
  const { toks, cueAt } = ctx;
  for (let j = k; j <= Math.min(E, k + 12); j++) {
    if (cueAt[j]! >= 0 || toks[j]!.q >= 0 || DASHES.has(toks[j]!.t)) return -1;
    if (toks[j]!.t === ',') return toEnd ? -1 : j - 1;
  }
  return toEnd && E <= k + 12 ? E : -1;
}

/** "According to X, …" and "…, according to X." */
function accordingFrame(ctx: Ctx, ci: number): Draft | null {
  const cue = ctx.cues[ci]!;
  const { toks } = ctx;
  const sent = toks[cue.a]!.sent;
  const S = ctx.ss[sent]!;
  const E = contentEnd(ctx, sent);
  // No appositive extension here: in "According to Trump, Clinton is …" the comma ends the speaker.
  const src = npStartingAt(toks, cue.b + 1);
  if (!src || src[1] > E) return null;
  const prev = toks[cue.a - 1];
  const last = src[1] < E && toks[src[1] + 1]!.t !== ',' ? modifiedSourceEnd(ctx, src[1] + 1, E, cue.a > S) : -1;
  let body: Range | null = null;
  let rest: Range | null = null;
  // The comma may sit inside a closing quotation mark: … “a fine start,” according to the report.
  const quoteComma = prev !== undefined && prev.q >= 0 && ctx.quotes[prev.q]!.b === cue.a - 1 && toks[cue.a - 2]?.t === ',';
  if (prev && prev.sent === sent && (prev.t === ',' || DASHES.has(prev.t) || quoteComma)) {
    if (last > 0) src[1] = last;
    // "Since November, according to the group, forces have killed …": the clause after the aside is content too.
    if (toks[src[1] + 1]?.t === ',' && src[1] + 1 < E) rest = trimRange(ctx, src[1] + 2, E, 3);
    body = trimRange(ctx, S, quoteComma ? cue.a - 1 : cue.a - 2, rest ? 1 : 2);
  } else if (toks[src[1] + 1]?.t === ',') body = trimRange(ctx, src[1] + 2, E);
  else if (cue.a === S && last > 0) {
    src[1] = last;
    body = trimRange(ctx, last + 2, E);
  } else if (src[1] < E) body = trimRange(ctx, src[1] + 1, E);
  else if (cue.a > S) body = trimRange(ctx, S, cue.a - 1);
  const content = [body, rest].filter((r): r is Range => r !== null);
  return content.length > 0 ? newDraft(ctx, cue, src, content, 'according') : null;
}
