/** Seed scores for the read stage: entities, published dates (stated and inferred). */
import type { Doc } from '../model/doc.js';
import type { ExportJson } from '../query/export.js';
import { entityKey } from '../query/entities.js';
import { whoHeldOn } from '../query/roles.js';
import { normaliseOffice } from '../read/roles/index.js';

type GoldEntities = Record<string, Record<string, { aliases?: string[]; docs: string[] }>>;

/** F1 over canonical name and type: a prediction matches a gold entity by name or by any alias of either. */
export function scoreEntities(gold: GoldEntities, exported: ExportJson, details: string[]): number {
  const goldByKey = new Map<string, string>();
  const goldNames: string[] = [];
  for (const [type, ents] of Object.entries(gold)) {
    for (const [name, g] of Object.entries(ents)) {
      const id = `${type}:${name}`;
      goldNames.push(id);
      for (const n of [name, ...(g.aliases ?? [])]) goldByKey.set(entityKey(type, n), id);
    }
  }
  const found = new Set<string>();
  let fp = 0;
  for (const e of exported.entities) {
    const hit = [e.name, ...e.aliases].map((n) => goldByKey.get(entityKey(e.type, n))).find(Boolean);
    if (hit && !found.has(hit)) found.add(hit);
    else if (!hit) {
      fp++;
      details.push(`entity not in gold: ${e.type} ${e.name}`);
    }
  }
  for (const g of goldNames) if (!found.has(g)) details.push(`entity missed: ${g}`);
  const tp = found.size;
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = goldNames.length === 0 ? 1 : tp / goldNames.length;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Stated dates exact and not marked inferred; inferred ones marked inferred, with evidence, right to the month. */
export function publishedOk(gold: { value: string | null; inferred?: string }, pred: ExportJson['articles'][number]['published']): boolean {
  if (gold.value) return pred.value === gold.value && !pred.inferred;
  if (!gold.inferred) return pred.value === null;
  if (!pred.inferred || !pred.value || !(pred.evidence ?? []).length) return false;
  const month = gold.inferred.slice(0, 7);
  return pred.value.slice(0, 7) === month;
}

export interface GoldRole {
  person: string;
  role: string;
  docs: string[];
  as_of?: string[];
}

/** Each (person, office, article) of the gold found in the export, with the right time where the gold gives one. */
export function scoreRoles(gold: GoldRole[], exported: ExportJson, docIds: Map<string, string>, details: string[]): number {
  let total = 0;
  let ok = 0;
  for (const g of gold) {
    const office = normaliseOffice(g.role) ?? g.role;
    g.docs.forEach((d, i) => {
      total++;
      const id = docIds.get(d);
      const hit = exported.roles.find((r) => r.article === id && entityKey('person', r.person) === entityKey('person', g.person) && r.office === office);
      const want = g.as_of?.[i];
      if (!hit) details.push(`role missed: ${g.person} — ${g.role} in ${d}`);
      else if (want && !(hit.as_of ?? '').startsWith(want)) details.push(`role time: ${g.person} — ${g.role} in ${d} as of ${hit.as_of} ≠ ${want}`);
      else ok++;
    });
  }
  return total === 0 ? 1 : ok / total;
}

export function scoreTimeQuestions(questions: Array<{ office: string; on: string; answer: string }>, docs: Doc[], details: string[]): number {
  let ok = 0;
  for (const q of questions) {
    const a = whoHeldOn(docs, q.office, q.on);
    if (a.person && entityKey('person', a.person) === entityKey('person', q.answer)) ok++;
    else details.push(`who held ${q.office} on ${q.on}: ${a.person ?? 'unknown'} ≠ ${q.answer}`);
  }
  return questions.length === 0 ? 1 : ok / questions.length;
}
