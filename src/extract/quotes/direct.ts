/**
 * Direct quotations: a quote right before the speaker and cue (“A,” he said / “A,” said Wang), or right after
 * them (Wang said: “A.”), with the pieces that belong to the same turn: a quote split around the cue, further
 * quotes in the paragraph before the next cue, and paragraphs that continue an unclosed quote.
 */
import type { Cue } from './types.js';
import { type Ctx, type Draft, claim, leftSpeaker, quoteClosingAt, quoteOpeningAt } from './context.js';
import { type Range, npStartingAt, speakerRightOf, lastNameRun } from './phrases.js';
import { BE, TERMINAL } from './grammar.js';

/** Verbs whose object is the person spoken to: "told Lavrov", "assured reporters". */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(
  ['tell', 'inform', 'assure', 'remind', 'warn', 'urge', 'brief', 'ask', 'reassure', 'notify', 'advise', 'email', 'text', 'thank'],
);

/** The quotations of one turn, starting at quote qi: backwards over continued paragraphs, forwards in the
 * paragraph until the next cue, then over continuation paragraphs. */
export function quoteChain(ctx: Ctx, qi: number, self = -1): Range[] {
  const { quotes, toks, cueAt } = ctx;
  let first = qi;
  while (quotes[first]!.cont >= 0) first = quotes[first]!.cont;
  const out: number[] = [];
  for (let i = first; i <= qi; i++) if (i === qi || (chained(ctx, i, qi) && ctx.claimed[quotes[i]!.a] === 0)) out.push(i);
  let last = qi;
  // Cues after this turn's own cue in its sentence ("…,” said Lee, who noted that …, / …, referring to …) are
  // asides of the same turn: the next quotation in the paragraph still continues it.
  const own = self >= 0 ? ctx.cues[self]! : null;
  for (let i = qi + 1; i < quotes.length; i++) {
    const q = quotes[i]!;
    const prev = quotes[last]!;
    // A continued quotation with a cue of its own after it ("…,” Lee said.) is that cue's turn.
    if (q.cont === last) { if (cueInSentenceAfter(ctx, q.b, self)) break; out.push(i); last = i; continue; }
    if (q.para !== prev.para || ctx.claimed[q.a] !== 0) break;
    let cueBetween = false;
    for (let k = prev.b + 1; k < q.a && !cueBetween; k++) if (cueAt[k]! >= 0 && cueAt[k] !== self && toks[k]!.q < 0 && !aside(ctx, own, k)) cueBetween = true;
    if (cueBetween) break;
    // A title or scare quote inside the cue's sentence ("said on “Meet the Press.”") is passed over.
    if (!standalone(ctx, i)) { if (own !== null && toks[q.a]!.sent === toks[own.a]!.sent) continue; break; }
    if (cueInSentenceAfter(ctx, q.b, self)) break;
    out.push(i);
    last = i;
  }
  return out.map((i) => [quotes[i]!.a, quotes[i]!.b] as Range);
}

/** Whether token k comes after the cue `own` in its sentence (an aside of the same turn). */
const aside = (ctx: Ctx, own: Cue | null, k: number): boolean => own !== null && k > own.b && ctx.toks[k]!.sent === ctx.toks[own.a]!.sent;

/** Whether another cue follows token k in its sentence: “A,” she said. “B,” she said. — B is the second turn's. */
function cueInSentenceAfter(ctx: Ctx, k: number, self: number): boolean {
  const { toks, cueAt } = ctx;
  const sent = toks[k]!.sent;
  for (let j = k + 1; j < toks.length && toks[j]!.sent === sent; j++) if (cueAt[j]! >= 0 && cueAt[j] !== self && toks[j]!.q < 0) return true;
  return false;
}

/** Whether quote i is part of the continuation chain that leads to qi. */
function chained(ctx: Ctx, i: number, qi: number): boolean {
  for (let j = qi; j >= 0; j = ctx.quotes[j]!.cont) if (j === i) return true;
  return false;
}

/** A quotation that starts a sentence (or follows the cue group's comma), not a scare-quoted word. */
function standalone(ctx: Ctx, i: number): boolean {
  const q = ctx.quotes[i]!;
  const before = ctx.toks[q.a - 1];
  return q.words >= 3 && (!before || before.sent !== ctx.toks[q.a]!.sent || /^[,:.]$/.test(before.t));
}

/** Only finite verbs of saying invert: "…,” said Wang" but not "…,” saying they …". */
export const invertible = (cue: Cue): boolean => (cue.form === 'past' || cue.form === 's') && (cue.cls === 'speech' || cue.cls === 'evidence');

function draft(cue: Cue, source: Range | null, content: Range[], frame: string): Draft {
  return { cue, source, content, addressee: null, via: null, stance: cue.stance, direct: true, conf: source ? 0.9 : 0.7, frame };
}

/** After "was quoted as saying" / "told": an optional "by OUTLET" (via) or addressee. Returns the next free token. */
export function afterCue(ctx: Ctx, cue: Cue, d: Draft): number {
  const { toks } = ctx;
  let k = cue.b + 1;
  if (cue.cls === 'quoted' && toks[k]?.lo === 'by') {
    const np = npStartingAt(toks, k + 1);
    if (np) { d.via = lastNameRun(toks, np); return np[1] + 1; }
  }
  if (ADDRESSEE_VERBS.has(cue.lemma) && cue.form !== 'pp') {
    const np = npStartingAt(toks, k);
    if (np && toks[np[0]]!.lo !== 'that') { d.addressee = np; return np[1] + 1; }
  }
  return k;
}

/** “A,” he said. / “A,” said Wang. */
export function quoteBeforeCue(ctx: Ctx, ci: number): Draft | null {
  const cue = ctx.cues[ci]!;
  const { toks } = ctx;
  let left = leftSpeaker(ctx, cue.a);
  if (!left && cue.form === 'ing' && BE.has(toks[cue.a - 1]?.lo ?? '')) left = leftSpeaker(ctx, cue.a - 1);
  let qi = left ? quoteClosingAt(ctx, left[0] - 1) : -1;
  let source = left;
  if (qi < 0 && invertible(cue)) {
    qi = quoteClosingAt(ctx, cue.a - 1);
    if (qi >= 0) source = speakerRightOf(toks, cue.b + 1, ctx.se[toks[cue.a]!.sent]!);
  }
  if (qi < 0) return null;
  const q = ctx.quotes[qi]!;
  // The quote must be the speaker's turn, not a phrase quoted inside a longer sentence ("a “new Cold War,” says X").
  const before = toks[q.a - 1];
  const embedded = before !== undefined && before.sent === toks[q.a]!.sent && before.word;
  // A one-word quotation counts when it opens its sentence: "“Savage,” she said."
  const opens = !before || before.sent !== toks[q.a]!.sent;
  if (ctx.claimed[q.a] !== 0 || q.words < (opens ? 1 : 2) || q.para !== toks[cue.a]!.para || embedded) return null;
  const d = draft(cue, source, [], 'quote-cue');
  if (source === left) afterCue(ctx, cue, d);
  d.content = quoteChain(ctx, qi, ci);
  return d;
}

/** Wang said: “A.” / He told reporters, “A.” — the quotation must run to the end of its sentence. */
export function cueBeforeQuote(ctx: Ctx, ci: number): Draft | null {
  const cue = ctx.cues[ci]!;
  const { toks, quotes } = ctx;
  const source = leftSpeaker(ctx, cue.a);
  const d = draft(cue, source, [], 'cue-quote');
  let k = afterCue(ctx, cue, d);
  if (!source) {
    if (!invertible(cue)) return null;
    const right = speakerRightOf(toks, k, ctx.se[toks[cue.a]!.sent]!);
    if (!right) return null;
    d.source = right;
    k = right[1] + 1;
  }
  if (toks[k] && /^[,:]$/.test(toks[k]!.t)) k++;
  const qi = quoteOpeningAt(ctx, k);
  if (qi < 0 || ctx.claimed[k] !== 0) return null;
  const q = quotes[qi]!;
  const after = toks[q.b + 1];
  const endsSentence = q.runsOn || !after || after.sent !== toks[q.b]!.sent || /^[.!?]$/.test(after.t) || /^[.!?]$/.test(toks[q.b - 1]!.t);
  // "… and said, “No.”": one word is enough when the quotation is the whole sentence after the cue.
  if (!endsSentence || q.words < (/^[.!?]$/.test(toks[q.b - 1]!.t) ? 1 : 2)) return null;
  d.content = quoteChain(ctx, qi, ci);
  return d;
}

/** "what he falsely described as “…”": an evaluative cue ending in "as" takes the quotation after it. */
export function cueAsQuote(ctx: Ctx, ci: number): Draft | null {
  const cue = ctx.cues[ci]!;
  if (ctx.toks[cue.b]!.lo !== 'as') return null;
  const qi = quoteOpeningAt(ctx, cue.b + 1);
  if (qi < 0 || ctx.claimed[cue.b + 1] !== 0 || ctx.quotes[qi]!.words < 2) return null;
  const source = leftSpeaker(ctx, cue.a);
  return draft(cue, source, [[ctx.quotes[qi]!.a, ctx.quotes[qi]!.b]], 'as-quote');
}

export function claimIf(ctx: Ctx, d: Draft | null): boolean {
  if (!d || d.content.length === 0) return false;
  claim(ctx, d);
  return true;
}

/** "PENCE: Well, look, … " (a transcript turn, sometimes inside a quotation mark left open over the paragraph): a
 * colon after a name that opens a paragraph of several sentences introduces the rest of the paragraph. */
export function transcriptTurn(ctx: Ctx, ci: number): Draft | null {
  const cue = ctx.cues[ci]!;
  const { toks } = ctx;
  const para = toks[cue.a]!.para;
  if (cue.lemma !== ':') return null;
  let k = cue.a - 1;
  while (k > 0 && toks[k - 1]!.word && toks[k - 1]!.para === para) k--;
  let s = k;
  if (s > 0 && !toks[s - 1]!.word && toks[s - 1]!.q >= 0 && toks[s - 1]!.para === para) s--;
  if (s > 0 && toks[s - 1]!.para === para) return null;
  let e = cue.a + 1;
  while (e + 1 < toks.length && toks[e + 1]!.para === para) e++;
  if (toks[e]!.sent === toks[cue.a]!.sent) return null;
  while (e > cue.a + 1 && (TERMINAL.has(toks[e]!.t) || (!toks[e]!.word && toks[e]!.q < 0))) e--;
  for (let j = cue.a + 1; j <= e; j++) if (ctx.claimed[j] !== 0) return null;
  return draft(cue, [k, cue.a - 1], [[cue.a + 1, e]], 'transcript');
}
