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

function inside(s: Span, span: QuoteSpan): boolean {
  return s.start >= span.start && s.end <= span.end;
}

/**
 * The entity named inside a span: the first person ("Wang, who was congratulated by Lavrov …" is Wang;
 * titles come before the name, so "Kremlin spokesman Dmitry Peskov" has one), else an organisation, else a country.
 */
export function entityIn(ents: Span[], span: QuoteSpan): Speaker | null {
  const within = ents.filter((s) => inside(s, span) && !data(s).credit);
  const pick = (f: (d: EntityData) => boolean): Speaker | null => {
    const hit = within.find((s) => f(data(s)));
    return hit ? { name: data(hit).name, type: data(hit).type } : null;
  };
  return pick((d) => d.type === 'person') ?? pick((d) => d.type === 'organization') ?? pick((d) => d.type === 'place');
}

/** The subject-like person of the nearest sentence at or before `at` that names one outside quoted words. */
function antecedent(doc: Doc, at: number, quoted: QuoteSpan[]): Speaker | null {
  const sentences = doc.layers['sentence'] ?? [];
  const people = (doc.layers['entity'] ?? []).filter((s) => data(s).type === 'person' && !data(s).credit && !quoted.some((q) => s.start >= q.start && s.end <= q.end));
  let i = sentences.findIndex((s) => s.end >= at);
  if (i < 0) i = sentences.length - 1;
  for (let k = i; k >= 0 && k >= i - 6; k--) {
    const s = sentences[k]!;
    const first = people.find((p) => p.start >= s.start && p.end <= Math.min(s.end, at));
    if (first) return { name: data(first).name, type: 'person' };
  }
  return null;
}

export function resolveSpeaker(doc: Doc, a: Attribution, quoted: QuoteSpan[]): Speaker | null {
  if (!a.source) return null;
  const ents = doc.layers['entity'] ?? [];
  const named = entityIn(ents, a.source);
  if (named && named.type !== 'place') return named;
  const words = doc.text.slice(a.source.start, a.source.end).toLowerCase();
  // "the Russian side", "Chinese officials": the country, when no one is named.
  if (named && /\b(side|government|officials?|authorities|delegation)\b/.test(words)) return named;
  return antecedent(doc, a.source.start, quoted) ?? named;
}
