/**
 * Framing: the phrases by which an outlet judges what it reports ("falsely described", "unprovoked invasion",
 * "in an apparent dig at"), read from `lexicons/framing.json`. Only the outlet's own voice counts: a cue that
 * stands inside the quoted words of someone else (the quotation marks of a direct quote) is that person's
 * language, not the outlet's. Each hit names the entity it judges when the clause makes that simple.
 */
import type { Doc, Span } from '../model/doc.js';
import framingJson from '../../lexicons/framing.json' with { type: 'json' };

export type FramingKind = 'doubt' | 'contradiction' | 'loaded' | 'evaluative' | 'media-criticism';

export interface Framing {
  start: number;
  end: number;
  text: string;
  kind: FramingKind;
  target: string | null;
  outlet: string | null;
}

interface Cue { re: RegExp; kind: FramingKind; target: 'left' | 'right' }

/** Compiled once; the lexicon is read-only, so sharing the compiled form holds no mutable state. */
const CUES: Cue[] = (framingJson as { cues: Array<{ pattern: string; kind: string; target: string }> }).cues.map((c) => ({
  re: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${c.pattern})(?![\\p{L}\\p{N}])`, 'giu'),
  kind: c.kind as FramingKind,
  target: c.target === 'right' ? 'right' : 'left',
}));

const ENTITY_LABELS = new Set(['person', 'organization', 'place']);

/** Characters inside quotation marks of direct quotes; a direct quote with no marks counts whole. */
export function quotedRegions(doc: Doc): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const q of doc.layers['quote'] ?? []) {
    const d = q.data as { direct?: boolean; content?: Array<{ start: number; end: number }> } | undefined;
    if (!d?.direct) continue;
    for (const c of d.content ?? [{ start: q.start, end: q.end }]) {
      const part = doc.text.slice(c.start, c.end);
      const marks = [...part.matchAll(/[“"«„]([^”"»“]*)[”"»]?/g)];
      if (!marks.length) out.push([c.start, c.end]);
      for (const m of marks) out.push([c.start + m.index!, c.start + m.index! + m[0].length]);
    }
  }
  return out;
}

/** Clause boundaries: a comma, dash, semicolon, colon or bracket ends the stretch a simple target lives in. */
function clauseAround(text: string, start: number, end: number, lo: number, hi: number): [number, number] {
  const stop = /[,;:—–()\u201c\u201d"]/;
  let a = start;
  while (a > lo && !stop.test(text[a - 1]!)) a--;
  let b = end;
  while (b < hi && !stop.test(text[b]!) && !/[.!?]/.test(text[b]!)) b++;
  return [a, b];
}

/**
 * The nearest entity in the clause, on the cue's side first (a dash-delimited aside, "– in an apparent dig at X –",
 * is its own clause); else the sentence's first entity before the cue, its usual subject; else a quote's speaker.
 */
function targetOf(doc: Doc, hit: { start: number; end: number }, side: 'left' | 'right', ents: Span[], sent: Span | undefined, bySpeaker: boolean): string | null {
  const [a, b] = clauseAround(doc.text, hit.start, hit.end, sent?.start ?? 0, sent?.end ?? doc.text.length);
  const left = ents.filter((e) => e.end <= hit.start && e.start >= a).sort((x, y) => y.end - x.end)[0];
  const right = ents.filter((e) => e.start >= hit.end && e.end <= b).sort((x, y) => x.start - y.start)[0];
  const subject = ents.find((e) => e.start >= (sent?.start ?? 0) && e.end <= hit.start);
  const pick = (side === 'left' ? left ?? right : right ?? left) ?? subject;
  if (pick) return (pick.data as { name?: string } | undefined)?.name ?? doc.text.slice(pick.start, pick.end);
  return bySpeaker ? speakerAt(doc, hit) : null;
}

/** A cue inside a quote's frame ("citing what he falsely described as …") judges that quote's speaker. */
function speakerAt(doc: Doc, hit: { start: number; end: number }): string | null {
  for (const q of doc.layers['quote'] ?? []) {
    const d = q.data as { speaker?: { name: string } | null; source?: { start: number; end: number } } | undefined;
    if (!d?.speaker) continue;
    const lo = Math.min(q.start, d.source?.start ?? q.start);
    const hi = Math.max(q.end, d.source?.end ?? q.end);
    if (hit.start >= lo && hit.end <= hi) return d.speaker.name;
  }
  return null;
}

/** All cue matches, longest first where they overlap (so "baseless claims" wins over "baseless"). */
function matches(text: string): Array<{ start: number; end: number; cue: Cue }> {
  const all: Array<{ start: number; end: number; cue: Cue }> = [];
  for (const cue of CUES) for (const m of text.matchAll(cue.re)) all.push({ start: m.index!, end: m.index! + m[0].length, cue });
  all.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: typeof all = [];
  for (const m of all) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/** Framing phrases in the outlet's own voice, in text order. */
export function findFraming(doc: Doc): Framing[] {
  const quoted = quotedRegions(doc);
  const ents = (doc.layers['entity'] ?? []).filter((e) => ENTITY_LABELS.has(e.label) && !(e.data as { credit?: boolean } | undefined)?.credit);
  const sents = doc.layers['sentence'] ?? [];
  return matches(doc.text)
    .filter((m) => !quoted.some(([a, b]) => m.start >= a && m.start < b))
    .map((m) => {
      const sent = sents.find((s) => s.start <= m.start && m.end <= s.end);
      // Media criticism judges other media: only an organisation named in the clause is a fair target.
      const pool = m.cue.kind === 'media-criticism' ? ents.filter((e) => e.label === 'organization') : ents;
      return {
        start: m.start,
        end: m.end,
        text: doc.text.slice(m.start, m.end),
        kind: m.cue.kind,
        target: targetOf(doc, m, m.cue.target, pool, sent, m.cue.kind !== 'media-criticism'),
        outlet: doc.meta.outlet,
      };
    });
}
