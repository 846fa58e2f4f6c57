/**
 * The cue lexicon, compiled once from the human-edited JSON files into read-only lookups.
 * Nothing here is mutated after module load; findAttributions only reads it.
 */
import verbsJson from '../../../lexicons/attribution-verbs.json' with { type: 'json' };
import outletsJson from '../../../lexicons/quotes-outlets.json' with { type: 'json' };
import type { Cue } from './types.js';

export interface VerbEntry { lemma: string; cls: Cue['cls']; form: Cue['form']; stance: string | null }
export interface Phrase { words: string[]; kind: Cue['cls'] | string; label?: string }

export interface Lexicon {
  verbs: ReadonlyMap<string, VerbEntry>;
  particles: ReadonlyMap<string, ReadonlySet<string>>;
  /** Multiword cues keyed by their first word. */
  multi: ReadonlyMap<string, readonly Phrase[]>;
  aux: ReadonlySet<string>;
  stanceAdverbs: ReadonlyMap<string, string>;
  stanceTails: readonly Phrase[];
  reportingNouns: ReadonlySet<string>;
  notAttribution: readonly Phrase[];
  outlets: ReadonlySet<string>;
  outletHeads: ReadonlySet<string>;
  /** Nouns whose phrase is a source after "In": "In a new poll, 40 percent back the plan", "In his view, …". */
  evidenceNouns: ReadonlySet<string>;
  /** Nouns that are cues after an owner, with the words that may open their content ("claim" → that, to). */
  ownerNouns: ReadonlyMap<string, ReadonlySet<string>>;
  /** Verbs whose subject is part of the content, not a source: "Trump seemed to enjoy it". */
  raising: ReadonlySet<string>;
}

/** Which inflection a listed form is; the JSON lists forms without labels to stay easy to edit. */
function formOf(form: string, lemma: string): Cue['form'] {
  if (form === lemma) return 'base';
  if (form.endsWith('ing')) return 'ing';
  if (/(?:en|wn)$/.test(form) && !form.endsWith('ened')) return 'pp';
  if (form.endsWith('s') && !form.endsWith('ss')) return 's';
  return 'past';
}

const words = (s: string): string[] => s.toLowerCase().split(/\s+/).filter(Boolean);

function compile(): Lexicon {
  const verbs = new Map<string, VerbEntry>();
  for (const v of verbsJson.verbs as Array<{ lemma: string; class: string; forms: string[]; stance?: string }>) {
    for (const f of v.forms) {
      // The first listing wins: "found" is 'find' (evidence) rather than 'found' the verb, which is not listed.
      if (!verbs.has(f)) verbs.set(f, { lemma: v.lemma, cls: v.class as Cue['cls'], form: formOf(f, v.lemma), stance: v.stance ?? null });
    }
  }
  const particles = new Map<string, ReadonlySet<string>>();
  for (const [k, v] of Object.entries(verbsJson.particles as Record<string, string[]>)) particles.set(k, new Set(v));
  const multi = new Map<string, Phrase[]>();
  for (const m of verbsJson.multiword) {
    const w = words(m.text);
    const list = multi.get(w[0]!) ?? [];
    list.push({ words: w, kind: m.kind });
    // Longest first, so "was quoted as saying" wins over shorter phrases sharing a first word.
    list.sort((x, y) => y.words.length - x.words.length);
    multi.set(w[0]!, list);
  }
  const tails = Object.entries(verbsJson.stanceTails as Record<string, string>).map(([k, v]) => ({ words: words(k), kind: 'tail', label: v }));
  return {
    verbs,
    particles,
    multi,
    aux: new Set(verbsJson.auxiliaries),
    stanceAdverbs: new Map(Object.entries(verbsJson.stanceAdverbs as Record<string, string>)),
    stanceTails: tails,
    reportingNouns: new Set(verbsJson.reportingNouns),
    notAttribution: verbsJson.notAttribution.map((p) => ({ words: words(p), kind: 'not' })),
    outlets: new Set(outletsJson.names),
    outletHeads: new Set(outletsJson.heads),
    evidenceNouns: new Set(verbsJson.evidenceNouns),
    ownerNouns: new Map(Object.entries(verbsJson.ownerNouns as Record<string, string[]>).map(([k, v]) => [k, new Set(v)])),
    raising: new Set((verbsJson as { raising?: string[] }).raising ?? []),
  };
}

export const LEXICON: Lexicon = compile();
