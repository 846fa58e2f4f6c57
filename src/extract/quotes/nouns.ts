/**
 * Attributions without a verb of saying. A noun with an owner: "Trump’s claim that …", "his refusal to …",
 * "their support for the bill" (the owner is the source, the clause or phrase after the noun the content). And
 * "In a new poll, 40 percent back the plan", "In his view, the plan fails": the opening "In" is the cue and the
 * phrase after it the source, when the clause after the comma has no cue of its own.
 */
import { type Ctx, type Draft, contentEnd } from './context.js';
import { type Range, npEndingAt, npStartingAt } from './phrases.js';
import { BE, CLAUSE_WORDS, DASHES, DETERMINERS, POSSESSIVES, PREPOSITIONS } from './grammar.js';
import { LEXICON as LX } from './lexicon.js';
import { newDraft, trimRange } from './reported.js';
import type { Cue, Tok } from './types.js';

/** Words that open a clause or phrase which stays inside the content ("claim that …", "refusal to …"). */
const CLAUSAL = new Set(['that', 'to', 'of']);

/** Auxiliaries that start the sentence's own verb group after a noun's phrase ("His plan to win would fail"). */
const MAIN_VERB_AUX: ReadonlySet<string> = new Set('has have had would will could can should may might must does did'.split(' '));

/** A noun cue at token i ("claim", "support for") when an owner comes before it, with at most two modifiers
 * between ("his repeated claims that"). */
export function ownerNounAt(toks: readonly Tok[], i: number): Cue | null {
  const t = toks[i]!;
  const opens = LX.ownerNouns.get(t.lo);
  const next = toks[i + 1];
  if (!opens || !next || next.sent !== t.sent || !opens.has(next.lo)) return null;
  let o = i - 1;
  while (o >= 0 && i - o <= 2 && toks[o]!.word && !toks[o]!.cap && !POSSESSIVES.has(toks[o]!.lo) && !DETERMINERS.has(toks[o]!.lo)
    && !CLAUSE_WORDS.has(toks[o]!.lo) && !PREPOSITIONS.has(toks[o]!.lo) && !toks[o]!.lo.endsWith('’s') && !toks[o]!.lo.endsWith("'s")) o--;
  const owner = toks[o];
  if (!owner || owner.sent !== t.sent || owner.q >= 0) return null;
  if (!(POSSESSIVES.has(owner.lo) && owner.lo !== 'whose') && !(owner.word && (owner.lo.endsWith('’s') || owner.lo.endsWith("'s")))) return null;
  const b = CLAUSAL.has(next.lo) ? i : i + 1;
  return { a: i, b, head: i, lemma: t.lo, cls: 'evaluative', form: 'base', stance: null, owner: o };
}

/** Owner, cue and content of a noun cue; the content of a bare phrase ("support for the bill") ends with it. */
export function ownerFrame(ctx: Ctx, cue: Cue): Draft | null {
  const { toks } = ctx;
  const o = cue.owner!;
  const source: Range | null = POSSESSIVES.has(toks[o]!.lo) ? [o, o] : npEndingAt(toks, o);
  if (!source) return null;
  const E = contentEnd(ctx, toks[cue.a]!.sent);
  const start = cue.b + 1;
  // "… his call for" at the very end of the text: nothing is left for the content.
  if (start >= toks.length) return null;
  let end = start;
  if (CLAUSAL.has(toks[start]!.lo)) {
    // The clause runs to punctuation; a phrase with "to"/"of" also stops at the sentence's own verb ("His
    // refusal to act was …"), which a that-clause cannot be told apart from.
    const clause = toks[start]!.lo === 'that';
    for (let k = start + 1; k <= E; k++) {
      const t = toks[k]!;
      if ((!t.word && t.q < 0 && t.t !== '’' && t.t !== "'") || (!clause && k > start + 2 && (BE.has(t.lo) || MAIN_VERB_AUX.has(t.lo)))) break;
      end = k;
    }
  } else {
    const np = npStartingAt(toks, start);
    if (!np) return null;
    end = Math.min(np[1], E);
  }
  const body = trimRange(ctx, start, end, 1);
  return body ? newDraft(ctx, cue, source, [body], 'owner') : null;
}

/** Drafts for sentences that open with "In" + an evidence phrase + a comma. */
export function evidenceFrames(ctx: Ctx): Draft[] {
  const { toks, cueAt, claimed } = ctx;
  const out: Draft[] = [];
  for (let sent = 0; sent < ctx.ss.length; sent++) {
    const S = ctx.ss[sent]!;
    if (toks[S]!.lo !== 'in' || claimed[S] !== 0) continue;
    const np = npStartingAt(toks, S + 1);
    if (!np) continue;
    const E = contentEnd(ctx, sent);
    // The phrase may run on over a modifier up to the comma: "an NBC News poll released Monday,".
    let comma = -1;
    let evidence = false;
    for (let k = S + 1; k <= Math.min(E, np[1] + 8); k++) {
      const t = toks[k]!;
      if (t.q >= 0 || cueAt[k]! >= 0 || DASHES.has(t.t)) break;
      if (t.t === ',') { comma = k; break; }
      if (LX.evidenceNouns.has(t.lo)) evidence = true;
    }
    if (!evidence || comma < 0 || comma >= E) continue;
    let free = true;
    for (let k = comma + 1; k <= E && free; k++) if (cueAt[k]! >= 0 || claimed[k] !== 0) free = false;
    if (!free || E - comma < 3) continue;
    const source: Range = [S + 1, comma - 1];
    const cue: Cue = { a: S, b: S, head: S, lemma: 'in', cls: 'evidence', form: 'base', stance: null };
    out.push(newDraft(ctx, cue, source, [[comma + 1, E]], 'evidence'));
  }
  return out;
}
