/**
 * Mojibake repair: text that was UTF-8, decoded as Windows-1252 (or Latin-1) and re-encoded, shows each
 * non-ASCII character as two to four Latin-1/CP1252 characters ("â€™" for "’", "â– " for "■").
 * We map each suspicious run back to the bytes it came from and keep the UTF-8 decoding when it is valid.
 * Runs that do not form valid UTF-8 are left alone, so genuine accented text is untouched.
 * Written by hand: no maintained JS library does this with offsets (ftfy is Python).
 */
import { TextBuilder, compose, type OffsetMap } from '../../model/offsets.js';
import { CP1252_HIGH } from './cp1252.js';

const CHAR_TO_BYTE = new Map<string, number>();
for (let i = 0; i < 32; i++) CHAR_TO_BYTE.set(CP1252_HIGH[i]!, 0x80 + i);
for (let b = 0xa0; b <= 0xff; b++) CHAR_TO_BYTE.set(String.fromCharCode(b), b);
// Text decoded as strict Latin-1 keeps 0x80–0x9F as C1 controls.
for (let b = 0x80; b <= 0x9f; b++) if (!CHAR_TO_BYTE.has(String.fromCharCode(b))) CHAR_TO_BYTE.set(String.fromCharCode(b), b);

function byteOf(ch: string | undefined): number {
  if (ch === undefined) return -1;
  return CHAR_TO_BYTE.get(ch) ?? -1;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface Repair {
  text: string;
  map: OffsetMap;
  fixes: Array<{ found: string; means: string; at: number }>;
}

/** Try to read one mojibake sequence starting at text[i]; returns the repaired string or null. */
function readSequence(text: string, i: number): string | null {
  const lead = byteOf(text[i]);
  const len = sequenceLength(lead);
  if (len === 0) return null;
  const bytes = new Uint8Array(len);
  bytes[0] = lead;
  for (let k = 1; k < len; k++) {
    const b = byteOf(text[i + k]);
    if (b < 0x80 || b > 0xbf) return null;
    bytes[k] = b;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Every mojibake run starts with a character in U+00C2–U+00F4; most texts have none, and one native search says so. */
const LEAD = /[\u00C2-\u00F4]/;

function repairOnce(text: string): Repair {
  if (!LEAD.test(text)) return { text, map: { segments: [{ ds: 0, de: text.length, ss: 0, se: text.length }] }, fixes: [] };
  const builder = new TextBuilder();
  const fixes: Repair['fixes'] = [];
  let copyFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xc2 || c > 0xf4) continue;
    const fixed = readSequence(text, i);
    if (fixed === null) continue;
    const len = sequenceLength(byteOf(text[i]));
    builder.copy(text, copyFrom, i);
    builder.replace(fixed, i, i + len);
    fixes.push({ found: text.slice(i, i + len), means: fixed, at: i });
    i += len - 1;
    copyFrom = i + 1;
  }
  if (fixes.length === 0) return { text, map: { segments: [{ ds: 0, de: text.length, ss: 0, se: text.length }] }, fixes };
  builder.copy(text, copyFrom, text.length);
  const built = builder.build();
  return { text: built.text, map: built.map, fixes };
}

/** Repairs mojibake, twice at most (doubly mis-decoded text needs two passes). */
export function repairMojibake(text: string): Repair {
  const first = repairOnce(text);
  if (first.fixes.length === 0) return first;
  const second = repairOnce(first.text);
  if (second.fixes.length === 0) return first;
  return { text: second.text, map: compose(second.map, first.map), fixes: [...first.fixes, ...second.fixes] };
}
