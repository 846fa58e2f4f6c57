/**
 * Where a rule can match. Every match of a rule holds one of its key words (find.ts KEYS) and none runs across
 * the cuts below, so each rule's regex only has to run over the stretches between cuts that hold one of its keys:
 * the same matches as over the whole text, for a fraction of the scanning.
 */

/**
 * Places no rule (nor chrono.ts's TRIGGERS) can match across, and why (test/dates-gate.test.ts holds the patterns
 * to it):
 * - after `!`, `?`, `;`, `"`, `“`, `”`, `(` or `)` before white space: no pattern consumes these characters;
 * - after `.`, `!` or `?` (and closing quotes or brackets) before white space and a capital letter or an opening
 *   quote, except the dot of "a.m."/"p.m." ("10 p.m. Wednesday"): patterns consume `.` only after a digit (before
 *   another digit), a month abbreviation ("Dec.") or in a clock time's "a.m."/"p.m.", and
 *   `’` only before `s` or a digit; what may follow "Dec." is a comma, a year, a lower-case word or a dash;
 * - after a comma before white space and anything but a digit or an "o": patterns take a comma only before
 *   spaces and a year, or "of" and a year.
 * The character before a cut is never a word character, so a stretch that starts or ends there sees the same
 * `\b` as the whole text.
 */
const CUT_RE = /(?<!\b[apAP]\.[mM])[.!?][)"”’]*(?=\s+["“‘(]?[A-Z])|[!?;"“”()](?=\s)|,(?=\s+[^\s\doO])/g;

/** Offsets where the text may be cut, ascending, with 0 first and the text's length last. */
export function cuts(text: string): number[] {
  const out = [0];
  CUT_RE.lastIndex = 0;
  for (let m = CUT_RE.exec(text); m; m = CUT_RE.exec(text)) out.push(m.index + m[0].length);
  out.push(text.length);
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One scan for many key words: every occurrence, overlapping ones included, with the rules each one gates. Keys found
 * at word starts are walked down a trie of lower-case letters (as `\b(?:longest|…)` with the `i` flag finds them,
 * without the alternation's cost at every offset); keys found anywhere, as written, by one regular expression.
 */
class KeyScanner {
  readonly re: RegExp | null;
  /** For the longest key found at an offset (lower-cased when `wordStart`): the rules gated by it or its prefixes. */
  readonly rulesOf = new Map<string, readonly number[]>();
  /**
   * Word-start keys: a trie over the keys' letters as one flat table (the inner loop of scanWords runs at every word
   * start, where a Map per node cost more than the rest of the scan): child = next[node * width + letter[code]], 0
   * for none (the root is no child); and the rules of the key ending at each node, if any.
   */
  private readonly letter = new Int16Array(128).fill(-1);
  private width = 0;
  private next = new Int32Array(0);
  private readonly ends: (readonly number[] | null)[] = [null];

  /** `wordStart`: keys are found at the start of a word, in any case; else anywhere, as written. */
  constructor(keys: Map<string, number[]>, readonly wordStart: boolean) {
    const words = [...keys.keys()].sort((a, b) => b.length - a.length);
    for (const w of words) {
      const rules = new Set<number>();
      for (const p of words) if (w.startsWith(p)) for (const r of keys.get(p)!) rules.add(r);
      this.rulesOf.set(w, [...rules]);
    }
    // Longest first: at one offset the alternation reports the longest key; shorter ones there are its prefixes.
    this.re = wordStart ? null : new RegExp(words.map(escape).join('|'), 'g');
    if (!wordStart) return;
    for (const w of words) for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (c >= 128 || (c >= 65 && c <= 90)) throw new Error(`date key "${w}": word-start keys are lower-case ASCII`);
      if (this.letter[c] < 0) this.letter[c] = this.width++;
    }
    const children: number[] = new Array<number>(this.width).fill(0);
    for (const w of words) {
      let node = 0;
      for (let i = 0; i < w.length; i++) {
        const at = node * this.width + this.letter[w.charCodeAt(i)]!;
        if (children[at] === 0) {
          children[at] = this.ends.length;
          this.ends.push(null);
          for (let k = 0; k < this.width; k++) children.push(0);
        }
        node = children[at]!;
      }
      this.ends[node] = this.rulesOf.get(w)!;
    }
    this.next = Int32Array.from(children);
  }

  /** Calls `hit` with the offset and the rules of the longest key at each word start of `text`. */
  scanWords(text: string, hit: (at: number, rules: readonly number[]) => void): void {
    const n = text.length;
    const { letter, next, width } = this;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (!isWord(c) || (i > 0 && isWord(text.charCodeAt(i - 1)))) continue;
      let node = 0;
      let best: readonly number[] | null = null;
      for (let k = i; k < n; k++) {
        let d = text.charCodeAt(k);
        if (d >= 128) break;
        if (d >= 65 && d <= 90) d += 32;
        const l = letter[d]!;
        if (l < 0) break;
        const child = next[node * width + l]!;
        if (child === 0) break;
        node = child;
        best = this.ends[node] ?? best;
      }
      if (best) hit(i, best);
    }
  }
}

/** `\w` of a regular expression without the `u` flag: ASCII letters, digits and the underscore. */
const isWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** The key words of one rule (see find.ts KEYS). */
export interface RuleKeys {
  /** Keys found at the start of a word, in any case (lower-case here). */
  words?: readonly string[];
  /** Keys found anywhere, as written. */
  anywhere?: readonly string[];
}

/** For each rule (by index), the stretches of a text it has to scan. */
export class RuleGate {
  private readonly scanners: KeyScanner[] = [];
  private readonly nRules: number;

  constructor(keys: readonly RuleKeys[]) {
    this.nRules = keys.length;
    const words = new Map<string, number[]>();
    const anywhere = new Map<string, number[]>();
    const add = (into: Map<string, number[]>, k: string, r: number): void => {
      (into.get(k) ?? into.set(k, []).get(k)!).push(r);
    };
    keys.forEach((k, r) => {
      for (const w of k.words ?? []) add(words, w.toLowerCase(), r);
      for (const w of k.anywhere ?? []) add(anywhere, w, r);
    });
    if (words.size) this.scanners.push(new KeyScanner(words, true));
    if (anywhere.size) this.scanners.push(new KeyScanner(anywhere, false));
  }

  /**
   * Per rule, the stretches of `text` between `cut`s that hold one of its keys, as flat [start, end, start, end …]
   * (ascending, adjacent ones merged); null when there are none.
   */
  windows(text: string, cut: readonly number[]): (number[] | null)[] {
    // Per rule, the indices of the stretches its keys fall in (ascending within one scanner, maybe not across).
    const segs: (number[] | null)[] = new Array<number[] | null>(this.nRules).fill(null);
    let unsorted = false;
    for (const sc of this.scanners) {
      let seg = 0;
      const hit = (at: number, rules: readonly number[]): void => {
        while (cut[seg + 1]! <= at) seg++;
        for (const r of rules) {
          const list = segs[r];
          if (!list) segs[r] = [seg];
          else if (list[list.length - 1]! < seg) list.push(seg);
          else if (list[list.length - 1]! > seg) {
            list.push(seg);
            unsorted = true;
          }
        }
      };
      if (sc.re === null) {
        sc.scanWords(text, hit);
        continue;
      }
      const re = sc.re;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        hit(m.index, sc.rulesOf.get(m[0])!);
        re.lastIndex = m.index + 1; // keys can overlap ("bi-weekly" holds "weekly")
      }
    }
    return segs.map((list) => {
      if (!list) return null;
      if (unsorted) list.sort((a, b) => a - b);
      const out: number[] = [];
      for (const s of list) {
        if (out.length && out[out.length - 1]! >= cut[s]!) out[out.length - 1] = cut[s + 1]!;
        else out.push(cut[s]!, cut[s + 1]!);
      }
      return out;
    });
  }
}

const DIGIT = /\d/g;

/** The stretches between cuts that hold a digit (ascending, adjacent ones merged). */
export function digitWindows(text: string, cut: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let seg = 0;
  DIGIT.lastIndex = 0;
  for (let m = DIGIT.exec(text); m; m = DIGIT.exec(text)) {
    while (cut[seg + 1]! <= m.index) seg++;
    const last = out[out.length - 1];
    if (last && last[1] === cut[seg]) last[1] = cut[seg + 1]!;
    else out.push([cut[seg]!, cut[seg + 1]!]);
    DIGIT.lastIndex = cut[seg + 1]!; // the rest of this stretch is in
  }
  return out;
}
