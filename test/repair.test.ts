import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes } from '../src/ingest/repair/encoding.js';
import { repairMojibake } from '../src/ingest/repair/mojibake.js';
import { toSource } from '../src/model/offsets.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

test('decodeBytes: UTF-8, BOMs, Windows-1252, Latin-1', () => {
  assert.equal(decodeBytes(enc('Café ’quoted’')).encoding, 'utf-8');
  const bom = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('hello')]));
  assert.deepEqual([bom.text, bom.bom], ['hello', true]);
  const le = decodeBytes(new Uint8Array([0xff, 0xfe, 0x68, 0, 0x69, 0]));
  assert.deepEqual([le.text, le.encoding], ['hi', 'utf-16le']);
  // 0x92 is a right single quote in Windows-1252 and invalid UTF-8.
  const cp = decodeBytes(new Uint8Array([0x49, 0x74, 0x92, 0x73, 0x20, 0x63, 0x61, 0x66, 0xe9]));
  assert.deepEqual([cp.text, cp.encoding], ['It’s café', 'windows-1252']);
  const latin = decodeBytes(new Uint8Array([0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e]));
  assert.deepEqual([latin.text, latin.encoding], ['München', 'iso-8859-1']);
});

test('decodeBytes refuses empty and binary input with codes', () => {
  assert.throws(() => decodeBytes(new Uint8Array()), { code: 'EMPTY' });
  assert.throws(() => decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])), { code: 'BINARY' });
});

const MOJIBAKE: Array<[string, string]> = [
  ['China\u00e2\u20ac\u2122s', 'China’s'],
  ['\u00e2\u20ac\u0153quoted\u00e2\u20ac\u009d', '“quoted”'],
  ['crisis. \u00e2\u2013\u00a0', 'crisis. ■'],
  ['caf\u00c3\u00a9', 'café'],
  ['a \u00e2\u20ac\u201d b', 'a — b'],
];
const UNTOUCHED = ['café crème', 'Señor Muñoz', 'naïve résumé', 'Â alone', 'São Paulo', '£5 and ©2024'];

test('repairMojibake repairs UTF-8 read as Windows-1252', () => {
  for (const [bad, good] of MOJIBAKE) assert.equal(repairMojibake(bad).text, good, bad);
});

test('repairMojibake leaves genuine accented text alone', () => {
  for (const s of UNTOUCHED) assert.equal(repairMojibake(s).fixes.length, 0, s);
});

test('repairMojibake maps repaired offsets back to the raw text', () => {
  const raw = 'X \u00e2\u20ac\u2122 Y end';
  const r = repairMojibake(raw);
  assert.equal(r.text, 'X ’ Y end');
  const y = r.text.indexOf('Y');
  assert.equal(raw[toSource(r.map, y)], 'Y');
  assert.equal(toSource(r.map, 2), 2);
  assert.equal(toSource(r.map, 3, 'end'), 5);
});
