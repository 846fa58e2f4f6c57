/** `parallax entities`, `parallax entity NAME`: who and what the stored articles are about. */
import type { Doc } from '../model/doc.js';
import { ParallaxError } from '../pipeline/errors.js';
import { collectEntities, type EntityJson } from '../query/entities.js';
import { rolesJson, whoHeldOn } from '../query/roles.js';
import { nameKey } from '../read/entities/names.js';
import { allDocs, type Repository } from '../store/repository.js';
import { table, type CliIO } from './io.js';

async function loadDocs(store: Repository, article?: string): Promise<Doc[]> {
  if (article) {
    const doc = await store.getArticle(article);
    if (!doc) throw new ParallaxError('NOT_FOUND', `no article with id "${article}"`);
    return [doc];
  }
  return allDocs(store);
}

const TYPES = new Set(['person', 'organization', 'place']);

export async function runEntities(store: Repository, io: CliIO, opts: { type?: string; article?: string; json: boolean; limit?: number }): Promise<number> {
  if (opts.type && !TYPES.has(opts.type)) throw new ParallaxError('USAGE', `--type must be person, organization or place, not "${opts.type}"`);
  let list = collectEntities(await loadDocs(store, opts.article));
  if (opts.type) list = list.filter((e) => e.type === opts.type);
  if (opts.limit) list = list.slice(0, opts.limit);
  if (opts.json) io.stdout.write(JSON.stringify({ entities: list }) + '\n');
  else io.stdout.write(table(list.map((e) => [e.type, e.name, e.articles.length, e.mentions, e.aliases.join(', ')]), ['type', 'name', 'articles', 'mentions', 'aliases']));
  return 0;
}

/** The entity a user means by NAME: its canonical name or any alias, case and spelling folded. */
export function findEntity(list: EntityJson[], name: string): EntityJson | null {
  const k = nameKey(name);
  return list.find((e) => nameKey(e.name) === k) ?? list.find((e) => e.aliases.some((a) => nameKey(a) === k)) ?? null;
}

export async function runEntity(store: Repository, io: CliIO, name: string, json: boolean): Promise<number> {
  const docs = await loadDocs(store);
  const e = findEntity(collectEntities(docs), name);
  if (!e) throw new ParallaxError('NOT_FOUND', `no entity named "${name}" (see \`parallax entities\`)`);
  const byId = new Map(docs.map((d) => [d.id, d]));
  const articles = e.articles.map((id) => {
    const d = byId.get(id)!;
    return { id, title: d.meta.title, outlet: d.meta.outlet, published: d.meta.published.value };
  });
  const names = new Set([e.name, ...e.aliases].map(nameKey));
  const offices = rolesJson(docs)
    .filter((r) => names.has(nameKey(r.person)))
    .sort((a, b) => (a.as_of ?? '').localeCompare(b.as_of ?? ''));
  if (json) {
    io.stdout.write(JSON.stringify({ ...e, offices, articles }) + '\n');
    return 0;
  }
  io.stdout.write(`${e.name}  (${e.type})\naliases   ${e.aliases.join(', ') || '-'}\nmentions  ${e.mentions}\n`);
  for (const o of offices) io.stdout.write(`office    ${o.office}${o.former ? ' (former)' : ''} — as of ${o.as_of ?? 'an undated article'} (${o.article})\n`);
  io.stdout.write('\n');
  io.stdout.write(table(articles.map((a) => [a.id, a.published, a.outlet, a.title]), ['article', 'published', 'outlet', 'title']));
  return 0;
}

/** `parallax who-held OFFICE --on DATE`: answered from what the stored articles say, with the evidence. */
export async function runWhoHeld(store: Repository, io: CliIO, office: string, on: string | undefined, json: boolean): Promise<number> {
  if (!on || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(on)) throw new ParallaxError('USAGE', 'usage: parallax who-held OFFICE --on YYYY-MM-DD');
  const answer = whoHeldOn(await loadDocs(store), office, on);
  if (json) {
    io.stdout.write(JSON.stringify({ office, on, ...answer }) + '\n');
    return 0;
  }
  io.stdout.write(`${office} on ${on}: ${answer.person ?? 'unknown from the stored articles'}\n`);
  for (const e of answer.evidence) io.stdout.write(`  evidence: ${e.person} — ${e.office}, as of ${e.asOf ?? '?'} (article ${e.article})\n`);
  if (!answer.person) for (const c of answer.candidates) io.stdout.write(`  candidate: ${c.person} (nearest ${c.nearest ?? '?'})\n`);
  return 0;
}
