/**
 * The trigger lexicon, compiled once from lexicons/event-verbs.json into a trie of the forms' first words (each end
 * node listing its forms, longest first) that triggersIn walks character by character. Read-only after module load.
 */
import verbsJson from '../../../lexicons/event-verbs.json' with { type: 'json' };
import capitalsJson from '../../../lexicons/events-capitals.json' with { type: 'json' };

export interface TriggerEntry {
  kind: string;
  cameo: string;
  plover: string;
  pos: 'verb' | 'noun';
  min: number;
  /** When set, the form triggers only with one of these nouns within its next four words ("restored full diplomatic ties"). */
  object?: RegExp;
}

/** One surface form: its words after the first, and the entries it triggers (a form can be a verb and a noun). */
interface Form {
  rest: readonly string[];
  entries: readonly TriggerEntry[];
}

export interface EventLexicon {
  /**
   * The forms' first words as a trie over lower-case letters and the hyphen (27 edges a node; node 0 is the root):
   * next[node * 27 + edge] is the child (0: none), and forms[node] the forms whose first word ends there, longest first.
   */
  next: Int32Array;
  forms: ReadonlyArray<readonly Form[] | undefined>;
  stops: ReadonlySet<string>;
  virtual: readonly string[];
  reporting: readonly string[];
  capitals: ReadonlyMap<string, string>;
}

/** A trigger found in the text: [at, end) and what it can mean. */
export interface TriggerMatch {
  at: number;
  end: number;
  entries: readonly TriggerEntry[];
}

export function ploverOf(cameo: string): string {
  const roots = verbsJson.plover_of_root as Record<string, string>;
  if (cameo === '057') return 'AGREE'; // signing is agreement, though CAMEO files it under diplomatic cooperation
  if (cameo === '036' || cameo === '030') return 'AGREE';
  return roots[cameo.slice(0, 2)] ?? 'OTHER';
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** JavaScript's [\w-]. */
export const isWordOrHyphen = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 45;
/** JavaScript's \s. */
export const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/** Trie edge of a character: a letter of either case 0–25, the hyphen 26, anything else -1. */
const edgeOf = (c: number): number => (isLetter(c) ? (c | 0x20) - 97 : c === 45 ? 26 : -1);

function compile(): EventLexicon {
  const byForm = new Map<string, TriggerEntry[]>();
  for (const t of verbsJson.triggers as Array<{ kind: string; cameo: string; pos: 'verb' | 'noun'; min: number; forms: string[]; object?: string[] }>) {
    const entry: TriggerEntry = { kind: t.kind, cameo: t.cameo, plover: ploverOf(t.cameo), pos: t.pos, min: t.min };
    if (t.object) entry.object = new RegExp(`^(?:\\s+[\\w’'-]+){0,3}?\\s+(?:${t.object.join('|')})(?![\\w-])`, 'i');
    for (const f of t.forms) {
      // Lower-case words of letters and inner hyphens, single spaces: the shape triggersIn matches.
      if (!/^[a-z]+(?:-[a-z]+)*(?: [a-z]+(?:-[a-z]+)*)*$/.test(f)) throw new Error(`event trigger form must be lower-case words: ${f}`);
      byForm.set(f, [...(byForm.get(f) ?? []), entry]);
    }
  }
  const next: number[] = new Array(27).fill(0);
  const forms: Array<Form[] | undefined> = [];
  for (const f of [...byForm.keys()].sort((a, b) => b.length - a.length)) {
    const [first, ...rest] = f.split(' ') as [string, ...string[]];
    let node = 0;
    for (let k = 0; k < first.length; k++) {
      const slot = node * 27 + edgeOf(first.charCodeAt(k));
      if (!next[slot]) { next[slot] = next.length / 27; next.push(...new Array(27).fill(0)); }
      node = next[slot]!;
    }
    forms[node] = [...(forms[node] ?? []), { rest, entries: byForm.get(f)! }];
  }
  return {
    next: Int32Array.from(next),
    forms,
    stops: new Set(verbsJson.stops),
    virtual: verbsJson.virtual,
    reporting: verbsJson.reporting,
    capitals: new Map(Object.entries(capitalsJson.capitals as Record<string, string>)),
  };
}

export const LEXICON: EventLexicon = compile();

/** End of the run of word characters and hyphens from i, within `to`. */
function wordEnd(text: string, i: number, to: number): number {
  while (i < to && isWordOrHyphen(text.charCodeAt(i))) i++;
  return i;
}

/** The words of `rest` from offset i on (whitespace before each), case-insensitively; the end offset or -1. */
function restEnd(text: string, i: number, to: number, rest: readonly string[]): number {
  for (const w of rest) {
    const s = i;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i === s) return -1;
    const e = wordEnd(text, i, to);
    if (e - i !== w.length) return -1;
    for (let k = 0; k < w.length; k++) if (edgeOf(text.charCodeAt(i + k)) !== edgeOf(w.charCodeAt(k))) return -1;
    i = e;
  }
  return i;
}

/** Class of each ASCII code for the scan: its trie edge (letters 0–25, hyphen 26), 27 other word characters, -1 none. */
const CLASS = Int8Array.from({ length: 128 }, (_, c) => (edgeOf(c) >= 0 ? edgeOf(c) : isWordOrHyphen(c) ? 27 : -1));

/**
 * The trigger forms in text[from, to), leftmost first, longest form at each start, not overlapping: a form starts
 * where no word character or hyphen precedes (within the range) and each of its words is a whole word there.
 * Word by word, each word walked down the trie of first words: no string is made for a word that is no trigger.
 */
export function triggersIn(text: string, from: number, to: number): TriggerMatch[] {
  const { next, forms } = LEXICON;
  const out: TriggerMatch[] = [];
  let i = from;
  while (i < to) {
    const c0 = text.charCodeAt(i);
    if (c0 >= 128 || CLASS[c0]! < 0) { i++; continue; }
    // Down the trie while the word's letters and hyphens lead somewhere (node 0: the root, then: no such word).
    let node = 0;
    let e = i;
    for (; e < to; e++) {
      const c = text.charCodeAt(e);
      const k = c < 128 ? CLASS[c]! : -1;
      if (k < 0 || k === 27) break;
      node = next[node * 27 + k]!;
      if (node === 0) break;
    }
    const fs = node !== 0 && (e >= to || !isWordOrHyphen(text.charCodeAt(e))) ? forms[node] : undefined;
    let end = -1;
    if (fs) {
      for (const f of fs) {
        end = f.rest.length ? restEnd(text, e, to, f.rest) : e;
        if (end >= 0) { out.push({ at: i, end, entries: f.entries }); break; }
      }
    }
    if (end >= 0) { i = end; continue; }
    // The rest of the word: CLASS answers isWordOrHyphen in one read (nothing outside ASCII is one).
    for (; e < to; e++) {
      const c = text.charCodeAt(e);
      if (c >= 128 || CLASS[c]! < 0) break;
    }
    i = e;
  }
  return out;
}
