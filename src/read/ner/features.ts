/**
 * Feature templates of the tagger, shared by training and inference so both see identical strings.
 * Most features depend on one token at one relative position ("unit" features), so inference can sum their weights
 * once per distinct word form and slot and cache the result; only a few pair features and the gazetteer bits are
 * computed per token.
 */

/** Slots of unit features: the token itself (not / at sentence start) and its neighbours at -2, -1, +1, +2. */
export const SLOTS = ['0', '0i', '-2', '-1', '+1', '+2'] as const;
export const SLOT_SELF = 0;
export const SLOT_SELF_INITIAL = 1;
export const BOS = '<S>';
export const EOS = '</S>';

/** Word shape with runs collapsed: `Xxxx` → `Xx`, `U.S.` → `X.X.`, `1,000` → `d,d`, `Jong-un` → `Xx-x`. */
export function shape(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length && out.length < 8; i++) {
    const c = w.charCodeAt(i);
    let k: string;
    if (c >= 65 && c <= 90) k = 'X';
    else if (c >= 97 && c <= 122) k = 'x';
    else if (c >= 48 && c <= 57) k = 'd';
    else if (c > 127) { const ch = w[i]; k = ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch; }
    else k = w[i];
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/** Capitalisation class: a coarse shape used at sentence start and for neighbours. */
export function capClass(w: string): string {
  const s = shape(w);
  if (s === 'Xx' || s === 'Xx-x' || s === 'Xx-Xx' || s === "Xx'Xx") return 'C';
  if (s === 'X' || s === 'X.' ) return 'I';
  if (s.indexOf('x') < 0 && s.indexOf('X') >= 0) return 'A';
  if (s[0] === 'x') return 'L';
  if (s[0] === 'X') return 'M';
  if (s[0] === 'd') return 'D';
  return 'P';
}

/** Lower-case forms seen in the training text: a capitalised word outside it is likely a name. */
export type Vocab = ReadonlySet<string>;

/** Unit features of word `w` in slot `slot` (an index into SLOTS). */
export function unitFeatures(w: string, slot: number, vocab: Vocab): string[] {
  const l = w.toLowerCase();
  const known = l === w ? '' : (vocab.has(l) ? 'K' : 'U') + capClass(w);
  if (slot === SLOT_SELF || slot === SLOT_SELF_INITIAL) {
    const sh = shape(w);
    const f = ['b', 'w=' + w, 'l=' + l, 's=' + sh, 'p1=' + w.slice(0, 1), 'p3=' + w.slice(0, 3),
      'x2=' + l.slice(-2), 'x3=' + l.slice(-3), 'x4=' + l.slice(-4), 'n=' + Math.min(w.length, 12)];
    if (known) f.push('v=' + known + (slot === SLOT_SELF_INITIAL ? 'i' : ''));
    if (slot === SLOT_SELF_INITIAL) f.push('i=' + capClass(w), 'il=' + l, 'is=' + sh);
    return f;
  }
  const p = SLOTS[slot];
  const f = [p + 'l=' + l, p + 'c=' + capClass(w)];
  if (slot === 3 || slot === 4) f.push(p + 's=' + shape(w), p + 'x3=' + l.slice(-3));
  if (known && (slot === 3 || slot === 4)) f.push(p + 'v=' + known);
  return f;
}

/** Pair features of token i: previous+current lower form, and the capitalisation trigram. */
export function pairFeatures(lower: string[], caps: string[], i: number): string[] {
  const pl = i > 0 ? lower[i - 1] : BOS;
  const pc = i > 0 ? caps[i - 1] : 'B';
  const nc = i + 1 < caps.length ? caps[i + 1] : 'E';
  return ['lb=' + pl + '|' + lower[i], 'cc=' + pc + caps[i] + nc, 'ln=' + lower[i] + '|' + (i + 1 < lower.length ? lower[i + 1] : EOS)];
}

/** Gazetteer features of one token, from the bitmasks of the tokens at -1, 0, +1. */
export function gazFeatures(bits: Uint16Array, i: number): string[] {
  const f: string[] = [];
  for (let k = -1; k <= 1; k++) {
    const j = i + k;
    if (j < 0 || j >= bits.length || bits[j] === 0) continue;
    for (let b = 0; b < 16; b++) if (bits[j] & (1 << b)) f.push('g' + k + '=' + b);
  }
  return f;
}

/** Whether token i starts a sentence for feature purposes (first token, or after an opening quote/bracket/dash). */
export function isInitial(raw: string[], i: number): boolean {
  if (i === 0) return true;
  const p = raw[i - 1];
  return i <= 2 && (p === '"' || p === '“' || p === "'" || p === '‘' || p === '(' || p === '[' || p === '-' || p === '--' || p === '—' || p === ':');
}

/**
 * What the rest of the document says about its words: the lower-case forms written in lower case somewhere, and the
 * capitalised forms that occur capitalised away from a sentence start. A capitalised word also seen in lower case is
 * likely an ordinary word; a sentence-initial word that is capitalised mid-sentence elsewhere is likely a name.
 */
export interface DocInfo { lowerSeen: ReadonlySet<string>; capMid: ReadonlySet<string> }

const isCap = (w: string): boolean => { const c = w.charCodeAt(0); return (c >= 65 && c <= 90) || (c > 127 && w[0].toLowerCase() !== w[0]); };

/** Collects a document's DocInfo from its tokenised sentences. */
export function docInfo(sentences: string[][]): DocInfo {
  const lowerSeen = new Set<string>();
  const capMid = new Set<string>();
  for (const ws of sentences) {
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      if (isCap(w)) { if (!isInitial(ws, i)) capMid.add(w); } else lowerSeen.add(w);
    }
  }
  return { lowerSeen, capMid };
}

/** Document features of token i as bits: 1 = capitalised, seen lower-case in the document (2 = and sentence-initial), 4 = sentence-initial, capitalised mid-sentence elsewhere. */
export function docBits(raw: string[], lower: string[], i: number, d: DocInfo | undefined): number {
  if (!d || !isCap(raw[i])) return 0;
  const init = isInitial(raw, i);
  let b = 0;
  if (d.lowerSeen.has(lower[i])) b |= init ? 2 : 1;
  if (init && d.capMid.has(raw[i])) b |= 4;
  return b;
}
export const DOC_FEATURES = ['dL', 'dLi', 'dC'];

/** Per-sentence arrays the features read. */
export interface SentenceView { raw: string[]; lower: string[]; caps: string[]; bits: Uint16Array; vocab: Vocab; doc?: DocInfo }

/** Every feature string of token i (used by training; inference sums the same features through a cache). */
export function allFeatures(v: SentenceView, i: number): string[] {
  const n = v.raw.length;
  const at = (j: number): string => (j < 0 ? BOS : j >= n ? EOS : v.raw[j]);
  return [
    ...unitFeatures(v.raw[i], isInitial(v.raw, i) ? SLOT_SELF_INITIAL : SLOT_SELF, v.vocab),
    ...unitFeatures(at(i - 2), 2, v.vocab), ...unitFeatures(at(i - 1), 3, v.vocab),
    ...unitFeatures(at(i + 1), 4, v.vocab), ...unitFeatures(at(i + 2), 5, v.vocab),
    ...pairFeatures(v.lower, v.caps, i), ...gazFeatures(v.bits, i), ...docFeatures(v, i),
  ];
}

/** Document feature strings of token i. */
export function docFeatures(v: SentenceView, i: number): string[] {
  const b = docBits(v.raw, v.lower, i, v.doc);
  const f: string[] = [];
  for (let k = 0; k < DOC_FEATURES.length; k++) if (b & (1 << k)) f.push(DOC_FEATURES[k]);
  return f;
}
