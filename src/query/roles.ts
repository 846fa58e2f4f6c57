/**
 * Offices over time across the stored articles: each article's role spans become assertions dated by the
 * article (the time it speaks of), and "who held OFFICE on DATE" is answered from them alone.
 */
import type { Doc } from '../model/doc.js';
import { qualifyOffices, whoHeld, type RoleAssertion, type WhoHeldAnswer } from '../read/roles/index.js';

export interface RoleJson {
  person: string;
  office: string;
  as_of: string | null;
  article: string;
  former?: boolean;
}

interface RoleData {
  office: string;
  person: string;
  former: boolean;
}

/** The date an article speaks of: its publication date (stated or inferred), when its year is known. */
function asOf(doc: Doc): string | null {
  const v = doc.meta.published.value;
  return v && !v.startsWith('XXXX') ? v : null;
}

export function collectRoles(docs: Iterable<Doc>): RoleAssertion[] {
  const out: RoleAssertion[] = [];
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const s of doc.layers['role'] ?? []) {
      const d = s.data as unknown as RoleData;
      const key = `${d.person}|${d.office}|${d.former}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ person: d.person, office: d.office, asOf: asOf(doc), article: doc.id, ...(d.former ? { former: true } : {}) });
    }
  }
  // A bare title ("President Xi") takes the person's one qualified office from other articles.
  return qualifyOffices(out);
}

export function rolesJson(docs: Iterable<Doc>): RoleJson[] {
  return collectRoles(docs).map((a) => ({ person: a.person, office: a.office, as_of: a.asOf, article: a.article, ...(a.former ? { former: true } : {}) }));
}

export function whoHeldOn(docs: Iterable<Doc>, office: string, on: string): WhoHeldAnswer {
  return whoHeld(collectRoles(docs), office, on);
}
