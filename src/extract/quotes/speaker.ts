/**
 * The speaker of an attribution as a canonical entity. The source span as written names it directly
 * ("Kremlin spokesman Dmitry Peskov", "Russia’s Foreign Ministry"), or points back to it: a pronoun or
 * "the minister" takes the subject of the nearest sentence before it that names a person (the first
 * person named, outside quotations); "the Russian side" takes the country its adjective names.
 */
import type { Doc, Span } from '../../model/doc.js';
import type { Attribution, QuoteSpan } from './types.js';

interface EntityData {
  type: string;
  name: string;
  credit?: boolean;
  demonymOf?: string;
}

export interface Speaker {
  name: string;
  type: string;
}

const data = (s: Span): EntityData => s.data as unknown as EntityData;

/** What resolving the article's speakers looks up, gathered once per article (every attribution asks it). */
export interface SpeakerIndex {
  text: string;
  /** Entity spans in layer order, credits (bylines, photo credits) left out. */
  named: readonly Span[];
  /** Persons among them outside quoted words: the antecedents a pronoun or "the minister" may take. */
  people: readonly Span[];
  sentences: readonly Span[];
}

/** `quoted`: the content of the article's direct quotations. */
export function speakerIndex(doc: Doc, quoted: readonly QuoteSpan[]): SpeakerIndex {
  const named = (doc.layers['entity'] ?? []).filter((s) => !data(s).credit);
  const people = named.filter((s) => data(s).type === 'person' && !quoted.some((q) => s.start >= q.start && s.end <= q.end));
  return { text: doc.text, named, people, sentences: doc.layers['sentence'] ?? [] };
}

/**
 * The entity named inside a span: the first person ("Wang, who was congratulated by Lavrov …" is Wang;
 * titles come before the name, so "Kremlin spokesman Dmitry Peskov" has one), else an organisation, else a country.
 */
export function entityIn(ix: SpeakerIndex, span: QuoteSpan): Speaker | null {
  let org: Span | null = null;
  let place: Span | null = null;
  for (const s of ix.named) {
    if (s.start < span.start || s.end > span.end) continue;
    const type = data(s).type;
    if (type === 'person') return { name: data(s).name, type };
    if (type === 'organization') org ??= s;
    else if (type === 'place') place ??= s;
  }
  const hit = org ?? place;
  return hit ? { name: data(hit).name, type: data(hit).type } : null;
}

/** The subject-like person of the nearest sentence at or before `at` that names one outside quoted words. */
function antecedent(ix: SpeakerIndex, at: number): Speaker | null {
  const { sentences, people } = ix;
  let i = sentences.findIndex((s) => s.end >= at);
  if (i < 0) i = sentences.length - 1;
  for (let k = i; k >= 0 && k >= i - 6; k--) {
    const s = sentences[k]!;
    const first = people.find((p) => p.start >= s.start && p.end <= Math.min(s.end, at));
    if (first) return { name: data(first).name, type: 'person' };
  }
  return null;
}

export function resolveSpeaker(ix: SpeakerIndex, a: Attribution): Speaker | null {
  if (!a.source) return null;
  const named = entityIn(ix, a.source);
  if (named && named.type !== 'place') return named;
  const words = ix.text.slice(a.source.start, a.source.end).toLowerCase();
  // "the Russian side", "Chinese officials": the country, when no one is named.
  if (named && /\b(side|government|officials?|authorities|delegation)\b/.test(words)) return named;
  return antecedent(ix, a.source.start) ?? named;
}
