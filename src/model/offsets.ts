/**
 * Offset maps between a derived text and the text it was built from.
 * A map is a sorted list of segments; each says "derived [ds, de) came from source [ss, se)".
 * Equal-length segments map character by character; unequal ones (a repaired mojibake run,
 * a collapsed space) map their ends to the source segment's ends. Separators the builder
 * inserts (paragraph breaks) have no segment and map to the nearest source position.
 */
export interface Segment {
  ds: number;
  de: number;
  ss: number;
  se: number;
}

export interface OffsetMap {
  segments: Segment[];
}

export const identityMap = (length: number): OffsetMap => ({ segments: [{ ds: 0, de: length, ss: 0, se: length }] });

/** Map a derived offset to a source offset. `side` picks the start or end side of an unequal segment. */
export function toSource(map: OffsetMap, offset: number, side: 'start' | 'end' = 'start'): number {
  const segs = map.segments;
  if (segs.length === 0) return offset;
  let lo = 0;
  let hi = segs.length - 1;
  // Binary search for the last segment with ds <= offset.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.ds <= offset) lo = mid;
    else hi = mid - 1;
  }
  const seg = segs[lo]!;
  if (offset < seg.ds) return seg.ss;
  if (offset >= seg.de) return seg.se; // in a gap after the segment (an inserted separator)
  if (seg.de - seg.ds === seg.se - seg.ss) return seg.ss + (offset - seg.ds);
  return side === 'start' ? seg.ss : seg.se;
}

/** Compose two maps: a (text2 → text1) after b (text1 → text0) gives text2 → text0. */
export function compose(a: OffsetMap, b: OffsetMap): OffsetMap {
  return {
    segments: a.segments.map((s) => ({
      ds: s.ds,
      de: s.de,
      ss: toSource(b, s.ss, 'start'),
      se: toSource(b, s.se, 'end'),
    })),
  };
}

/** Builds a derived string from slices of a source string, recording the map as it goes. */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly segments: Segment[] = [];

  /** Append source[ss, se) unchanged. */
  copy(source: string, ss: number, se: number): void {
    if (se <= ss) return;
    this.push(source.slice(ss, se), ss, se);
  }

  /** Append `text` standing for source[ss, se) (a replacement). */
  replace(text: string, ss: number, se: number): void {
    if (!text) return;
    this.push(text, ss, se);
  }

  /** Append text that has no source (separators). */
  insert(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  get size(): number {
    return this.length;
  }

  private push(text: string, ss: number, se: number): void {
    const ds = this.length;
    const last = this.segments[this.segments.length - 1];
    // Merge with the previous segment when both are contiguous and char-for-char.
    if (last && last.de === ds && last.se === ss && last.de - last.ds === last.se - last.ss && text.length === se - ss) {
      last.de += text.length;
      last.se = se;
    } else {
      this.segments.push({ ds, de: ds + text.length, ss, se });
    }
    this.parts.push(text);
    this.length += text.length;
  }

  build(): { text: string; map: OffsetMap } {
    return { text: this.parts.join(''), map: { segments: this.segments } };
  }
}
