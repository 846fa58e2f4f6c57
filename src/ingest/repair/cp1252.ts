/**
 * Windows-1252 by hand: Node's TextDecoder treats the 'windows-1252' label as Latin-1 and leaves bytes
 * 0x80–0x9F as C1 controls, so curly quotes and dashes from 1252 text would be lost.
 */
export const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes: number[] = [];
    for (let j = i; j < Math.min(bytes.length, i + CHUNK); j++) {
      const b = bytes[j]!;
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}
