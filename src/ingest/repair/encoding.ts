/**
 * Bytes → text. Decides between BOM-marked Unicode, UTF-8, Windows-1252 and Latin-1, and refuses binary.
 * Written by hand because the decision is small and the WHATWG TextDecoder (built into Node) does the decoding.
 */
import { ParallaxError } from '../../pipeline/errors.js';
import { decodeCp1252 } from './cp1252.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-1';
  bom: boolean;
}

/** Share of control bytes (other than tab, CR, LF, FF) above which input counts as binary. */
const BINARY_CONTROL_SHARE = 0.02;

export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  if (bytes.length === 0) throw new ParallaxError('EMPTY');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  }
  if (looksBinary(bytes)) throw new ParallaxError('BINARY', 'the input holds NUL or control bytes: it is binary, not text');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    // Not valid UTF-8: a single-byte encoding. A declared charset wins when it is one we know.
  }
  const decl = (declared ?? '').toLowerCase();
  const hasC1 = bytes.some((b) => b >= 0x80 && b <= 0x9f);
  const encoding = decl === 'iso-8859-1' || decl === 'latin1' || (!hasC1 && decl !== 'windows-1252') ? 'iso-8859-1' : 'windows-1252';
  // Windows-1252 agrees with Latin-1 on every printable byte and adds quotes and dashes at 0x80–0x9F.
  return { text: decodeCp1252(bytes), encoding, bom: false };
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / n > BINARY_CONTROL_SHARE;
}

/** The charset an HTML or XML document declares for itself, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = decodeCp1252(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}
