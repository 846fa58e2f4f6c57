/**
 * The trigger lexicon, compiled once from lexicons/event-verbs.json into one alternation (longest form first)
 * and a lookup from form to entry. Read-only after module load.
 */
import verbsJson from '../../../lexicons/event-verbs.json' with { type: 'json' };
import capitalsJson from '../../../lexicons/events-capitals.json' with { type: 'json' };

export interface TriggerEntry {
  kind: string;
  cameo: string;
  plover: string;
  pos: 'verb' | 'noun';
  min: number;
}

export interface EventLexicon {
  /** Global, case-insensitive: every trigger form on word boundaries. */
  re: RegExp;
  /** form (lower case, single spaces) → entries (a form can be both a verb and a noun). */
  byForm: ReadonlyMap<string, readonly TriggerEntry[]>;
  stops: ReadonlySet<string>;
  virtual: readonly string[];
  reporting: readonly string[];
  capitals: ReadonlyMap<string, string>;
  /**
   * The alternation split by the first three letters of its forms (prefixKey → sticky regex over just those
   * forms, in the same order): at a given offset only forms starting with the three letters there can match.
   */
  byPrefix: ReadonlyArray<RegExp | undefined>;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

export function ploverOf(cameo: string): string {
  const roots = verbsJson.plover_of_root as Record<string, string>;
  if (cameo === '057') return 'AGREE'; // signing is agreement, though CAMEO files it under diplomatic cooperation
  if (cameo === '036' || cameo === '030') return 'AGREE';
  return roots[cameo.slice(0, 2)] ?? 'OTHER';
}

function compile(): EventLexicon {
  const byForm = new Map<string, TriggerEntry[]>();
  for (const t of verbsJson.triggers as Array<{ kind: string; cameo: string; pos: 'verb' | 'noun'; min: number; forms: string[] }>) {
    const entry: TriggerEntry = { kind: t.kind, cameo: t.cameo, plover: ploverOf(t.cameo), pos: t.pos, min: t.min };
    for (const f of t.forms) {
      const key = f.toLowerCase();
      byForm.set(key, [...(byForm.get(key) ?? []), entry]);
    }
  }
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\w-])(?:${forms.map(escape).join('|')})(?![\\w-])`, 'gi');
  const groups = new Map<number, string[]>();
  for (const f of forms) {
    // Every form starts with three ASCII letters (checked here, as triggersIn relies on it).
    if (!/^[a-z]{3}/.test(f)) throw new Error(`event trigger form must start with three letters: ${f}`);
    const key = prefixKey(f.charCodeAt(0), f.charCodeAt(1), f.charCodeAt(2));
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const byPrefix: Array<RegExp | undefined> = new Array(26 * 26 * 26).fill(undefined);
  for (const [k, fs] of groups) byPrefix[k] = new RegExp(`(?:${fs.map(escape).join('|')})(?![\\w-])`, 'iy');
  return {
    re,
    byPrefix,
    byForm,
    stops: new Set(verbsJson.stops),
    virtual: verbsJson.virtual,
    reporting: verbsJson.reporting,
    capitals: new Map(Object.entries(capitalsJson.capitals as Record<string, string>)),
  };
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isWordOrHyphen = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 45;

/** Three ASCII letters, folded to lower case, as an index < 26³; -1 when any is not an ASCII letter. */
function prefixKey(a: number, b: number, c: number): number {
  if (!isLetter(a) || !isLetter(b) || !isLetter(c)) return -1;
  return ((a | 0x20) - 97) * 676 + ((b | 0x20) - 97) * 26 + ((c | 0x20) - 97);
}

export const LEXICON: EventLexicon = compile();

/**
 * The matches of LEXICON.re in text.slice(from, to), as text offsets, without running the whole alternation
 * at every offset: a match starts where the first three letters select a group of forms (and no word character or
 * hyphen precedes, within the slice) and is that group's first form matching there. Same result, far less work.
 */
export function triggersIn(text: string, from: number, to: number): Array<{ at: number; end: number }> {
  const slice = text.slice(from, to); // the slice bounds the lookbehind and lookahead, as in a match over the slice
  const out: Array<{ at: number; end: number }> = [];
  const n = slice.length;
  let prev = 0; // code of the character before i (0: none)
  for (let i = 0; i + 2 < n; prev = slice.charCodeAt(i), i++) {
    if (isWordOrHyphen(prev)) continue;
    const key = prefixKey(slice.charCodeAt(i), slice.charCodeAt(i + 1), slice.charCodeAt(i + 2));
    const re = key < 0 ? undefined : LEXICON.byPrefix[key];
    if (!re) continue;
    re.lastIndex = i;
    const m = re.exec(slice);
    if (!m) continue;
    out.push({ at: from + i, end: from + i + m[0].length });
    i += m[0].length - 1; // the scan resumes after the match, as a global regex does
  }
  return out;
}

export function entriesOf(form: string): readonly TriggerEntry[] {
  return LEXICON.byForm.get(form.toLowerCase().replace(/\s+/g, ' ')) ?? [];
}
