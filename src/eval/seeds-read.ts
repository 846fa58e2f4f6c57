/** Seed scores for the read stage: entities, published dates (stated and inferred). */
import type { ExportJson } from '../query/export.js';
import { entityKey } from '../query/entities.js';

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
