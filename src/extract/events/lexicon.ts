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
  return {
    re,
    byForm,
    stops: new Set(verbsJson.stops),
    virtual: verbsJson.virtual,
    reporting: verbsJson.reporting,
    capitals: new Map(Object.entries(capitalsJson.capitals as Record<string, string>)),
  };
}

export const LEXICON: EventLexicon = compile();

export function entriesOf(form: string): readonly TriggerEntry[] {
  return LEXICON.byForm.get(form.toLowerCase().replace(/\s+/g, ' ')) ?? [];
}
