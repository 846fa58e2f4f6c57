/**
 * The shared document model. Every stage annotates one Doc; every annotation is a span of `doc.text`
 * (UTF-16 offsets, end-exclusive) that maps back to `doc.raw` through `doc.offsets`.
 */
import type { OffsetMap } from './offsets.js';

export type Precision = 'day' | 'month' | 'season' | 'year' | 'range' | 'unknown';

/** Who produced an annotation and how sure it is. */
export interface Provenance {
  stage: string;
  rule: string;
  version?: string;
  confidence?: number;
  /** Fields read off the text, versus fields implied (e.g. a year taken from the article date). */
  stated?: string[];
  implied?: string[];
}

export interface Span<D = Record<string, unknown>> {
  start: number;
  end: number;
  label: string;
  data?: D;
  prov: Provenance;
}

/** A piece of the input that cleaning removed, with the reason (so `show` can explain it). */
export interface Removal {
  text: string;
  reason: string;
  /** Offsets in `doc.raw`. */
  rawStart: number;
  rawEnd: number;
}

export interface DateValue {
  value: string | null;
  precision: Precision | null;
  source: string | null;
  inferred?: boolean;
  evidence?: string[];
}

export interface DocMeta {
  source: string;
  format: 'text' | 'html' | 'jsonl' | 'feed';
  url: string | null;
  encoding: string;
  title: string | null;
  titleSource: string | null;
  outlet: string | null;
  outletSource: string | null;
  dateline: { place: string | null; date: string | null; outlet: string | null } | null;
  published: DateValue;
}

export interface Doc {
  id: string;
  /** The decoded input text the cleaner worked on (for HTML: the extracted blocks, one per line). */
  raw: string;
  /** The cleaned text every later stage reads. */
  text: string;
  offsets: OffsetMap;
  meta: DocMeta;
  layers: Record<string, Span[]>;
  removed: Removal[];
}

export function layer(doc: Doc, name: string): Span[] {
  return doc.layers[name] ?? [];
}

export function spanText(doc: Doc, s: { start: number; end: number }): string {
  return doc.text.slice(s.start, s.end);
}
